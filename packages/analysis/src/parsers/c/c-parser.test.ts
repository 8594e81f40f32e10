import type { FileFacts } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cParser } from './c-parser.js';

beforeAll(async () => {
  await cParser.load();
});

function parse(source: string): FileFacts {
  return cParser.parse('src/module.c', source);
}

const MODULE = `#include <stdio.h>
#include "jv.h"
#define MAX(a, b) ((a) > (b) ? (a) : (b))

/** Adds two numbers. */
static int add(int a, int b) {
  return a + b;
}

// Duplicates a string.
char *dup(const char *s, ...) {
  return strdup(s);
}

int main(void) {
  int (*fp)(int) = 0;
  (*fp)(1);
  obj->fn(x);
  o.fn(2, 3);
  const char *home = getenv("HOME");
  const char *q = "SELECT * " "FROM users";
  return run("/api/users/:id");
}

int old(a, b)
int a;
char *b;
{
  return a;
}

/* A point. */
typedef struct {
  int x;
  const char *name;
} Point;

struct node {
  struct node *next;
  int vals[3], *p;
  union {
    int i;
    float f;
  };
  char *const label;
  int (*cb)(int);
};

union U { int i; float f; };
enum Color { RED, GREEN = 2 };

#ifdef HAVE_X
void inifdef(void) { secure_getenv("TOKEN"); }
#else
void inelse(void) {}
#endif

static const char *const *names(void) { return 0; }
int (*getfp(void))(int) { return 0; }
int proto(int a);
__attribute__((noinline, format(printf, 1, 2))) void attributed(void) {}
`;

const property = (
  name: string,
  type: string | null,
  line: number,
  extra: { isStatic?: boolean; isReadonly?: boolean } = {},
) => ({
  name,
  type,
  visibility: 'public',
  isStatic: extra.isStatic ?? false,
  isReadonly: extra.isReadonly ?? false,
  line,
});

describe('c parser: a module', () => {
  const facts = (): FileFacts => parse(MODULE);

  it('extracts function definitions only, with exact shapes', () => {
    const { functions } = facts();
    expect(
      functions.map((f) => [f.qualifiedName, f.returnType, f.isStatic, f.isExported, f.visibility]),
    ).toEqual([
      ['add', 'int', true, false, 'private'],
      ['dup', 'char *', false, true, 'public'],
      ['main', 'int', false, true, 'public'],
      ['old', 'int', false, true, 'public'],
      ['inifdef', 'void', false, true, 'public'],
      ['inelse', 'void', false, true, 'public'],
      ['names', 'const char *const *', true, false, 'private'],
      ['getfp', 'int (*)(int)', false, true, 'public'],
      ['attributed', 'void', false, true, 'public'],
    ]);
    expect(functions[0]).toEqual({
      name: 'add',
      qualifiedName: 'add',
      kind: 'function',
      className: null,
      parameters: [
        { name: 'a', type: 'int', defaultValue: null, rest: false },
        { name: 'b', type: 'int', defaultValue: null, rest: false },
      ],
      returnType: 'int',
      isAsync: false,
      isGenerator: false,
      isExported: false,
      isStatic: true,
      visibility: 'private',
      decorators: [],
      docComment: 'Adds two numbers.',
      range: { startLine: 6, startColumn: 1, endLine: 8, endColumn: 1 },
      bodyLines: 3,
    });
    expect(functions[1]).toMatchObject({
      parameters: [
        { name: 's', type: 'const char *', defaultValue: null, rest: false },
        { name: '...', type: null, defaultValue: null, rest: true },
      ],
      docComment: 'Duplicates a string.',
    });
    expect(functions[2]?.parameters).toEqual([]);
    expect(functions[3]?.parameters).toEqual([
      { name: 'a', type: 'int', defaultValue: null, rest: false },
      { name: 'b', type: 'char *', defaultValue: null, rest: false },
    ]);
    expect(functions[8]?.decorators).toEqual([
      { name: 'noinline', arguments: null },
      { name: 'format', arguments: 'printf, 1, 2' },
    ]);
  });

  it('extracts structs, unions and enums with their fields', () => {
    const { classes } = facts();
    expect(classes.map((c) => [c.qualifiedName, c.kind])).toEqual([
      ['Point', 'struct'],
      ['node', 'struct'],
      ['U', 'union'],
      ['Color', 'enum'],
    ]);
    expect(classes[0]).toEqual({
      name: 'Point',
      qualifiedName: 'Point',
      kind: 'struct',
      extends: [],
      implements: [],
      methods: [],
      properties: [property('x', 'int', 34), property('name', 'const char *', 35)],
      decorators: [],
      isExported: true,
      isAbstract: false,
      visibility: 'public',
      docComment: 'A point.',
      range: { startLine: 33, startColumn: 1, endLine: 36, endColumn: 8 },
    });
    expect(classes[1]?.range).toEqual({ startLine: 38, startColumn: 1, endLine: 47, endColumn: 1 });
    expect(classes[1]?.properties).toEqual([
      property('next', 'struct node *', 39),
      property('vals', 'int[3]', 40),
      property('p', 'int *', 40),
      property('i', 'int', 42),
      property('f', 'float', 43),
      property('label', 'char *const', 45, { isReadonly: true }),
      property('cb', 'int (*)(int)', 46),
    ]);
    expect(classes[3]?.properties).toEqual([
      property('RED', null, 50, { isStatic: true, isReadonly: true }),
      property('GREEN', null, 50, { isStatic: true, isReadonly: true }),
    ]);
  });

  it('extracts includes', () => {
    const base = {
      kind: 'include',
      names: [],
      defaultName: null,
      namespaceName: null,
      typeOnly: false,
      sideEffect: false,
      column: 1,
    };
    expect(facts().imports).toEqual([
      { ...base, module: '<stdio.h>', line: 1 },
      { ...base, module: 'jv.h', line: 2 },
    ]);
    expect(facts().exports).toEqual([]);
    expect(facts().package).toBeNull();
  });

  it('extracts call sites with receivers and enclosing functions', () => {
    expect(
      facts().calls.map((c) => [
        c.receiver,
        c.callee,
        c.argumentCount,
        c.enclosingFunction,
        c.isConstructor,
        c.line,
        c.column,
      ]),
    ).toEqual([
      [null, 'strdup', 1, 'dup', false, 12, 10],
      [null, '(*fp)', 1, 'main', false, 17, 3],
      ['obj', 'fn', 1, 'main', false, 18, 3],
      ['o', 'fn', 2, 'main', false, 19, 3],
      [null, 'getenv', 1, 'main', false, 20, 22],
      [null, 'run', 1, 'main', false, 22, 10],
      [null, 'secure_getenv', 1, 'inifdef', false, 53, 22],
    ]);
  });

  it('keeps env lookups, joined SQL literals and routes', () => {
    expect(facts().strings).toEqual([
      { kind: 'env', value: 'HOME', context: 'getenv', line: 20, column: 22 },
      { kind: 'sql', value: 'SELECT * FROM users', context: null, line: 21, column: 19 },
      { kind: 'route', value: '/api/users/:id', context: null, line: 22, column: 14 },
      { kind: 'env', value: 'TOKEN', context: 'secure_getenv', line: 53, column: 22 },
    ]);
    expect(facts().errorCount).toBe(0);
  });
});

describe('c parser: edge cases', () => {
  it('recovers from syntax errors and keeps what parsed', () => {
    const facts = parse(
      'int good(void) { return 1; }\n\nint broken( { return 2;\n\nint after(void) { return good(); }\n',
    );
    expect(facts.errorCount).toBeGreaterThan(0);
    expect(facts.functions.map((f) => f.name)).toContain('good');
    expect(facts.calls.map((c) => c.callee)).toContain('good');
  });

  it('handles unicode identifiers with UTF-16 columns', () => {
    const facts = parse(
      'int größe(int naïve) { return grüße(naïve); }\nvoid f(void) {\n  const char *s = "😀"; call();\n}\n',
    );
    expect(facts.functions[0]).toMatchObject({ name: 'größe', parameters: [{ name: 'naïve' }] });
    expect(facts.calls.map((c) => [c.callee, c.line, c.column, c.enclosingFunction])).toEqual([
      ['grüße', 1, 31, 'größe'],
      ['call', 3, 25, 'f'],
    ]);
  });

  it('parses a very long generated file', () => {
    const source = Array.from(
      { length: 5000 },
      (_, i) => `int f${i}(int x) {\n  return g${i}(x);\n}\n`,
    ).join('\n');
    const facts = parse(source);
    expect(facts.functions).toHaveLength(5000);
    expect(facts.calls).toHaveLength(5000);
    expect(facts.functions[4999]).toMatchObject({
      name: 'f4999',
      range: { startLine: 19997, endLine: 19999 },
    });
    expect(facts.calls[4999]).toMatchObject({ callee: 'g4999', enclosingFunction: 'f4999' });
  });

  it('ignores macros and prototypes, and reads include forms as written', () => {
    const facts = parse(
      '#  include <sys/types.h>\n#include CONFIG_HEADER\n#define SQUARE(x) ((x) * (x))\nint proto(int a);\nextern void ext(void);\n',
    );
    expect(facts.functions).toEqual([]);
    expect(facts.calls).toEqual([]);
    expect(facts.imports.map((i) => [i.module, i.line])).toEqual([
      ['<sys/types.h>', 1],
      ['CONFIG_HEADER', 2],
    ]);
  });

  it('qualifies a function-local struct by its function and does not export it', () => {
    const facts = parse(
      'void run(void) {\n  struct local { int n; } value;\n  typedef enum { A, B } mode;\n  use(&value);\n}\n',
    );
    expect(facts.classes.map((c) => [c.qualifiedName, c.kind, c.isExported, c.visibility])).toEqual(
      [
        ['run.local', 'struct', false, null],
        ['run.mode', 'enum', false, null],
      ],
    );
    expect(facts.calls[0]).toMatchObject({ callee: 'use', enclosingFunction: 'run' });
  });

  it('reads nested pointer declarators, arrays and function-pointer parameters', () => {
    const facts = parse(
      'char **split(const char *text, int (*keep)(char), char *out[], unsigned long n) { return 0; }\n',
    );
    expect(facts.functions[0]).toMatchObject({
      name: 'split',
      returnType: 'char **',
      parameters: [
        { name: 'text', type: 'const char *', defaultValue: null, rest: false },
        { name: 'keep', type: 'int (*)(char)', defaultValue: null, rest: false },
        { name: 'out', type: 'char *[]', defaultValue: null, rest: false },
        { name: 'n', type: 'unsigned long', defaultValue: null, rest: false },
      ],
    });
  });

  it('does not read a cast to a typedef name as a call, but keeps calls through pointers', () => {
    const facts = parse(
      'long f(long x) {\n  return (uInt)(x) + (*table[0])(x) + (ops->run)(x);\n}\n',
    );
    expect(facts.calls.map((c) => [c.callee, c.receiver, c.column])).toEqual([
      ['(*table[0])', null, 22],
      ['(ops->run)', null, 39],
    ]);
  });

  it('does not take a trailing comment or a comment before a blank line as a doc comment', () => {
    const facts = parse(
      '/* license */\n\nint a(void) { return 0; } // trailing\nint b(void) { return 1; }\n/* one */\n// two\nint c(void) { return 2; }\n',
    );
    expect(facts.functions.map((f) => f.docComment)).toEqual([null, null, 'one\ntwo']);
  });
});

describe('c parser: text before the first token', () => {
  it('reads a file that starts with blank lines at the right offsets', () => {
    const shifted = parse(`\n\n${MODULE}`);
    const plain = parse(MODULE);
    expect(shifted.functions.map((f) => [f.name, f.docComment, f.range.startLine - 2])).toEqual(
      plain.functions.map((f) => [f.name, f.docComment, f.range.startLine]),
    );
    expect(shifted.calls.map((c) => [c.callee, c.receiver, c.argumentCount])).toEqual(
      plain.calls.map((c) => [c.callee, c.receiver, c.argumentCount]),
    );
  });
});
