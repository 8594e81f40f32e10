import type { FileFacts } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cppParser } from './cpp-parser.js';

beforeAll(async () => {
  await cppParser.load();
});

function parse(source: string): FileFacts {
  return cppParser.parse('src/widget.cc', source);
}

const LIBRARY = `#include <vector>
#include "fmt/core.h"
using namespace std;
using std::string;
namespace fs = std::filesystem;

namespace fmt {
namespace detail {
/// A widget.
template <typename T>
class [[nodiscard]] Widget : public Base<T>, private virtual ns::Other {
 public:
  Widget(int x) : x_(x), y_{make(x)} {}
  ~Widget() { cleanup(); }
  virtual void draw() = 0;
  static int count();
  Widget& operator+=(const Widget& other) { return add(other); }
  explicit operator bool() const { return x_ != 0; }
  Widget(const Widget&) = delete;
  friend bool operator==(const Widget& a, const Widget& b) { return a.x_ == b.x_; }
  template <typename U>
  U convert(U&& value, int base = 10, Args&&... rest) const { return value; }

 protected:
  struct Node { int id; };

 private:
  int x_ = 0, *y_;
  static const int kMax;
  union { int i; float f; };
  void reset() { x_ = 0; }
};

enum class Color : unsigned char { red, green = 2 };
}  // namespace detail
}  // namespace fmt

namespace {
int helper(int v) { return v; }
}  // namespace
static int internal() { return helper(1); }

namespace a::b {
struct Point { double x, y; };
}
`;

const CALLS = `namespace fmt {
namespace detail {
void Widget::draw() {
  auto callback = [&](int z) { notify(z); };
  std::sort(items.begin(), items.end());
  auto p = std::make_shared<Point>(1, 2);
  Widget* w = new Widget(1);
  obj.template get<0>();
  ptr->run();
  Point local(1, 2);
  const char* sql = R"(SELECT id FROM users WHERE name = ?)";
  (std::numeric_limits<int>::max)();
  int n = static_cast<int>(size());
}
}  // namespace detail
}  // namespace fmt

template <typename T>
Widget<T>::Widget(int x) : x_(compute(x)) {}

[[nodiscard]] int outer::Widget::count() {
  return std::getenv("FMT_COUNT") != nullptr && getenv("HOME");
}

void detail::free_function() { route("/api/users/{id}"); }
`;

const property = (
  name: string,
  type: string | null,
  visibility: string,
  line: number,
  extra: { isStatic?: boolean; isReadonly?: boolean } = {},
) => ({
  name,
  type,
  visibility,
  isStatic: extra.isStatic ?? false,
  isReadonly: extra.isReadonly ?? false,
  line,
});

describe('cpp parser: a library header', () => {
  const facts = (): FileFacts => parse(LIBRARY);

  it('qualifies functions by namespace and class, with kinds, access and export', () => {
    expect(
      facts().functions.map((f) => [
        f.qualifiedName,
        f.kind,
        f.className,
        f.visibility,
        f.isExported,
        f.isStatic,
      ]),
    ).toEqual([
      ['fmt.detail.Widget.Widget', 'constructor', 'Widget', 'public', true, false],
      ['fmt.detail.Widget.~Widget', 'method', 'Widget', 'public', true, false],
      ['fmt.detail.Widget.operator+=', 'method', 'Widget', 'public', true, false],
      ['fmt.detail.Widget.operator bool', 'method', 'Widget', 'public', true, false],
      ['fmt.detail.Widget.operator==', 'function', null, 'public', true, false],
      ['fmt.detail.Widget.convert', 'method', 'Widget', 'public', true, false],
      ['fmt.detail.Widget.reset', 'method', 'Widget', 'private', false, false],
      ['helper', 'function', null, 'private', false, false],
      ['internal', 'function', null, 'private', false, true],
    ]);
  });

  it('reads parameters, return types and ranges', () => {
    const [constructor, , plusAssign, toBool, , convert] = facts().functions;
    expect(constructor).toEqual({
      name: 'Widget',
      qualifiedName: 'fmt.detail.Widget.Widget',
      kind: 'constructor',
      className: 'Widget',
      parameters: [{ name: 'x', type: 'int', defaultValue: null, rest: false }],
      returnType: null,
      isAsync: false,
      isGenerator: false,
      isExported: true,
      isStatic: false,
      visibility: 'public',
      decorators: [],
      docComment: null,
      range: { startLine: 13, startColumn: 3, endLine: 13, endColumn: 39 },
      bodyLines: 1,
    });
    expect(plusAssign).toMatchObject({
      name: 'operator+=',
      returnType: 'Widget&',
      parameters: [{ name: 'other', type: 'const Widget&', defaultValue: null, rest: false }],
    });
    expect(toBool).toMatchObject({ name: 'operator bool', returnType: 'bool', parameters: [] });
    expect(convert).toMatchObject({
      name: 'convert',
      returnType: 'U',
      parameters: [
        { name: 'value', type: 'U&&', defaultValue: null, rest: false },
        { name: 'base', type: 'int', defaultValue: '10', rest: false },
        { name: 'rest', type: 'Args&&', defaultValue: null, rest: true },
      ],
      range: { startLine: 21, startColumn: 3, endLine: 22, endColumn: 77 },
    });
  });

  it('extracts classes with bases, members, access sections and abstractness', () => {
    const { classes } = facts();
    expect(classes.map((c) => [c.qualifiedName, c.kind, c.visibility, c.isExported])).toEqual([
      ['fmt.detail.Widget', 'class', 'public', true],
      ['fmt.detail.Widget.Node', 'struct', 'protected', false],
      ['fmt.detail.Color', 'enum', 'public', true],
      ['a.b.Point', 'struct', 'public', true],
    ]);
    expect(classes[0]).toEqual({
      name: 'Widget',
      qualifiedName: 'fmt.detail.Widget',
      kind: 'class',
      extends: ['Base<T>', 'ns::Other'],
      implements: [],
      methods: [
        'Widget',
        '~Widget',
        'draw',
        'count',
        'operator+=',
        'operator bool',
        'convert',
        'reset',
      ],
      properties: [
        property('x_', 'int', 'private', 28),
        property('y_', 'int *', 'private', 28),
        property('kMax', 'const int', 'private', 29, { isStatic: true, isReadonly: true }),
        property('i', 'int', 'private', 30),
        property('f', 'float', 'private', 30),
      ],
      decorators: [{ name: 'nodiscard', arguments: null }],
      isExported: true,
      isAbstract: true,
      visibility: 'public',
      docComment: 'A widget.',
      range: { startLine: 10, startColumn: 1, endLine: 32, endColumn: 1 },
    });
    expect(classes[1]?.properties).toEqual([property('id', 'int', 'public', 25)]);
    expect(classes[2]?.properties.map((p) => p.name)).toEqual(['red', 'green']);
    expect(classes[3]?.properties).toEqual([
      property('x', 'double', 'public', 44),
      property('y', 'double', 'public', 44),
    ]);
  });

  it('extracts includes, using directives and declarations, and namespace aliases', () => {
    const base = { defaultName: null, namespaceName: null, typeOnly: false, sideEffect: false };
    expect(facts().imports).toEqual([
      { ...base, module: '<vector>', kind: 'include', names: [], line: 1, column: 1 },
      { ...base, module: 'fmt/core.h', kind: 'include', names: [], line: 2, column: 1 },
      {
        ...base,
        module: 'std',
        kind: 'using',
        names: [{ name: '*', alias: null }],
        line: 3,
        column: 1,
      },
      {
        ...base,
        module: 'std',
        kind: 'using',
        names: [{ name: 'string', alias: null }],
        line: 4,
        column: 1,
      },
      {
        ...base,
        module: 'std::filesystem',
        kind: 'using',
        names: [],
        defaultName: 'fs',
        line: 5,
        column: 1,
      },
    ]);
    expect(facts().exports).toEqual([]);
    expect(facts().package).toBeNull();
    expect(facts().errorCount).toBe(0);
  });

  it('attributes calls in initializer lists and bodies to their functions', () => {
    expect(
      facts().calls.map((c) => [c.callee, c.receiver, c.enclosingFunction, c.line, c.column]),
    ).toEqual([
      ['make', null, 'fmt.detail.Widget.Widget', 13, 29],
      ['cleanup', null, 'fmt.detail.Widget.~Widget', 14, 15],
      ['add', null, 'fmt.detail.Widget.operator+=', 17, 52],
      ['helper', null, 'internal', 41, 32],
    ]);
  });
});

describe('cpp parser: out-of-class definitions and calls', () => {
  const facts = (): FileFacts => parse(CALLS);

  it('qualifies out-of-class definitions by their written scopes and enclosing namespaces', () => {
    expect(
      facts().functions.map((f) => [
        f.qualifiedName,
        f.name,
        f.kind,
        f.className,
        f.visibility,
        f.isExported,
      ]),
    ).toEqual([
      ['fmt.detail.Widget.draw', 'draw', 'method', 'Widget', null, true],
      ['Widget.Widget', 'Widget', 'constructor', 'Widget', null, true],
      ['outer.Widget.count', 'count', 'method', 'Widget', null, true],
      ['detail.free_function', 'free_function', 'function', null, 'public', true],
    ]);
    expect(facts().functions[1]?.range).toEqual({
      startLine: 18,
      startColumn: 1,
      endLine: 19,
      endColumn: 44,
    });
    expect(facts().functions[2]).toMatchObject({
      returnType: 'int',
      decorators: [{ name: 'nodiscard', arguments: null }],
    });
  });

  it('splits qualified, member and template calls; new is a constructor call', () => {
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
      [null, 'notify', 1, 'fmt.detail.Widget.draw', false, 4, 32],
      ['std', 'sort', 2, 'fmt.detail.Widget.draw', false, 5, 3],
      ['items', 'begin', 0, 'fmt.detail.Widget.draw', false, 5, 13],
      ['items', 'end', 0, 'fmt.detail.Widget.draw', false, 5, 28],
      ['std', 'make_shared', 2, 'fmt.detail.Widget.draw', false, 6, 12],
      [null, 'Widget', 1, 'fmt.detail.Widget.draw', true, 7, 15],
      ['obj', 'get', 0, 'fmt.detail.Widget.draw', false, 8, 3],
      ['ptr', 'run', 0, 'fmt.detail.Widget.draw', false, 9, 3],
      ['std::numeric_limits<int>', 'max', 0, 'fmt.detail.Widget.draw', false, 12, 3],
      [null, 'size', 0, 'fmt.detail.Widget.draw', false, 13, 28],
      [null, 'compute', 1, 'Widget.Widget', false, 19, 31],
      ['std', 'getenv', 1, 'outer.Widget.count', false, 22, 10],
      [null, 'getenv', 1, 'outer.Widget.count', false, 22, 49],
      [null, 'route', 1, 'detail.free_function', false, 25, 32],
    ]);
  });

  it('keeps raw SQL strings, routes and both getenv forms', () => {
    expect(facts().strings).toEqual([
      {
        kind: 'sql',
        value: 'SELECT id FROM users WHERE name = ?',
        context: null,
        line: 11,
        column: 21,
      },
      { kind: 'env', value: 'FMT_COUNT', context: 'std::getenv', line: 22, column: 10 },
      { kind: 'env', value: 'HOME', context: 'getenv', line: 22, column: 49 },
      { kind: 'route', value: '/api/users/{id}', context: null, line: 25, column: 38 },
    ]);
  });
});

describe('cpp parser: edge cases', () => {
  it('recovers from syntax errors and keeps what parsed', () => {
    const facts = parse(
      'int good() { return 1; }\n\nclass Broken { void f( { };\n\nint after() { return good(); }\n',
    );
    expect(facts.errorCount).toBeGreaterThan(0);
    expect(facts.functions.map((f) => f.name)).toContain('good');
    expect(facts.calls.map((c) => c.callee)).toContain('good');
  });

  it('handles unicode identifiers with UTF-16 columns', () => {
    const facts = parse(
      'int größe(int naïve) { return grüße(naïve); }\nvoid f() {\n  auto s = "😀"; call();\n}\n',
    );
    expect(facts.functions[0]).toMatchObject({ name: 'größe', parameters: [{ name: 'naïve' }] });
    expect(facts.calls.map((c) => [c.callee, c.line, c.column, c.enclosingFunction])).toEqual([
      ['grüße', 1, 31, 'größe'],
      ['call', 3, 18, 'f'],
    ]);
  });

  it('parses a very long generated file', () => {
    const body = Array.from(
      { length: 5000 },
      (_, i) => `int f${i}(int x) {\n  return g${i}(x);\n}\n`,
    ).join('\n');
    const facts = parse(`namespace gen {\n${body}}\n`);
    expect(facts.functions).toHaveLength(5000);
    expect(facts.calls).toHaveLength(5000);
    expect(facts.functions[4999]).toMatchObject({
      qualifiedName: 'gen.f4999',
      range: { startLine: 19998, endLine: 20000 },
    });
    expect(facts.calls[4999]).toMatchObject({ callee: 'g4999', enclosingFunction: 'gen.f4999' });
  });

  it('defaults struct members to public and class members to private, nested classes included', () => {
    const facts = parse(
      'struct S { int a; void f() {} private: int b; };\nclass C {\n  int a;\n  void g() {}\n  class Inner { public: void h() {} };\n};\n',
    );
    expect(facts.functions.map((f) => [f.qualifiedName, f.visibility, f.isExported])).toEqual([
      ['S.f', 'public', true],
      ['C.g', 'private', false],
      ['C.Inner.h', 'public', false],
    ]);
    expect(facts.classes.map((c) => [c.qualifiedName, c.visibility, c.isExported])).toEqual([
      ['S', 'public', true],
      ['C', 'public', true],
      ['C.Inner', 'private', false],
    ]);
    expect(facts.classes[0]?.properties.map((p) => [p.name, p.visibility])).toEqual([
      ['a', 'public'],
      ['b', 'private'],
    ]);
  });

  it('qualifies a local class by its function and keeps calls in their own function', () => {
    const facts = parse(
      'void run() {\n  struct Local { void go() { step(); } };\n  Local().go();\n}\n',
    );
    expect(facts.classes.map((c) => [c.qualifiedName, c.visibility, c.isExported])).toEqual([
      ['run.Local', null, false],
    ]);
    expect(facts.functions.map((f) => [f.qualifiedName, f.kind, f.isExported])).toEqual([
      ['run', 'function', true],
      ['run.Local.go', 'method', false],
    ]);
    expect(facts.calls.map((c) => [c.receiver, c.callee, c.enclosingFunction])).toEqual([
      [null, 'step', 'run.Local.go'],
      ['Local()', 'go', 'run'],
      [null, 'Local', 'run'],
    ]);
  });

  it('names template specializations without arguments and reads trailing return types', () => {
    const facts = parse(
      'template <> struct formatter<Foo> : formatter<int> {\n  auto format(Foo f) const -> int { return 0; }\n};\n',
    );
    expect(facts.classes.map((c) => [c.qualifiedName, c.extends])).toEqual([
      ['formatter', ['formatter<int>']],
    ]);
    expect(facts.functions[0]).toMatchObject({
      qualifiedName: 'formatter.format',
      kind: 'method',
      returnType: 'int',
      parameters: [{ name: 'f', type: 'Foo' }],
    });
  });

  it('extracts both branches of preprocessor conditionals and reads function pointers', () => {
    const facts = parse(
      '#ifdef _WIN32\n#include <windows.h>\nvoid platform() {}\n#else\n#include <unistd.h>\nvoid platform() {}\n#endif\nint (*pick(int key))(double) { return table(key); }\nvoid on(void (*handler)(int)) { handler(1); }\n',
    );
    expect(facts.imports.map((i) => i.module)).toEqual(['<windows.h>', '<unistd.h>']);
    expect(facts.functions.map((f) => [f.name, f.range.startLine, f.returnType])).toEqual([
      ['platform', 3, 'void'],
      ['platform', 6, 'void'],
      ['pick', 8, 'int (*)(double)'],
      ['on', 9, 'void'],
    ]);
    expect(facts.functions[2]?.parameters).toEqual([
      { name: 'key', type: 'int', defaultValue: null, rest: false },
    ]);
    expect(facts.functions[3]?.parameters).toEqual([
      { name: 'handler', type: 'void (*)(int)', defaultValue: null, rest: false },
    ]);
  });

  it('names out-of-class destructors, operators and conversions, with their doc comments', () => {
    const facts = parse(
      '/** Releases. */\nFoo::~Foo() { release(); }\n// Orders.\nbool Foo::operator<(const Foo& o) const { return key < o.key; }\nFoo::operator bool() const { return ok; }\n',
    );
    expect(
      facts.functions.map((f) => [f.qualifiedName, f.name, f.kind, f.returnType, f.docComment]),
    ).toEqual([
      ['Foo.~Foo', '~Foo', 'method', null, 'Releases.'],
      ['Foo.operator<', 'operator<', 'method', 'bool', 'Orders.'],
      ['Foo.operator bool', 'operator bool', 'method', 'bool', null],
    ]);
    expect(facts.calls[0]).toMatchObject({ callee: 'release', enclosingFunction: 'Foo.~Foo' });
  });

  it('does not take class-scope using declarations as imports, nor casts as calls', () => {
    const facts = parse(
      'class D : public B {\n  using B::B;\n  int f() { return (Int)(x) + int(y) + reinterpret_cast<int>(z); }\n};\n',
    );
    expect(facts.imports).toEqual([]);
    expect(facts.calls).toEqual([]);
  });
});

describe('cpp parser: text before the first token', () => {
  it('reads a file that starts with blank lines at the right offsets', () => {
    for (const source of [LIBRARY, CALLS]) {
      const shifted = parse(`\n\n${source}`);
      const plain = parse(source);
      expect(
        shifted.functions.map((f) => [
          f.qualifiedName,
          f.visibility,
          f.docComment,
          f.range.startLine - 2,
        ]),
      ).toEqual(
        plain.functions.map((f) => [
          f.qualifiedName,
          f.visibility,
          f.docComment,
          f.range.startLine,
        ]),
      );
      expect(shifted.calls.map((c) => [c.callee, c.receiver, c.argumentCount])).toEqual(
        plain.calls.map((c) => [c.callee, c.receiver, c.argumentCount]),
      );
      expect(shifted.classes.map((c) => [c.qualifiedName, c.extends])).toEqual(
        plain.classes.map((c) => [c.qualifiedName, c.extends]),
      );
    }
  });
});
