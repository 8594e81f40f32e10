import type { FileFacts } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pythonParser } from './python-parser.js';

beforeAll(async () => {
  await pythonParser.load();
});

function parse(source: string): FileFacts {
  return pythonParser.parse('app/module.py', source);
}

const SERVICE = `"""Module docstring, not a string fact."""
from __future__ import annotations
import os
import numpy as np, sys
from . import sibling
from ..pkg.mod import (a as b, c)
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    from models import User

__all__ = ["UserService", "make_app"]


@app.route("/users/<int:user_id>", methods=["GET"])
async def get_user(user_id: int, *args, verbose: bool = False, **kwargs) -> dict:
    """Fetch one user.

    Returns a dict.
    """
    db = connect(os.environ["DATABASE_URL"])
    return await db.fetch(f"SELECT * FROM users WHERE id = {user_id}")


class UserService(BaseService, metaclass=ABCMeta):
    """Users."""

    table: str = "users"
    _cache = {}

    def __init__(self, repo):
        self.repo = repo
        self.__secret = os.getenv("SECRET_KEY")

    @property
    def size(self):
        return len(self._cache)

    @staticmethod
    def build(name="x"):
        def helper():
            yield name
        return UserService(helper())

    def _private(self):
        self.repo.save(1, 2, key=3)
`;

describe('python parser: a service module', () => {
  const facts = (): FileFacts => parse(SERVICE);

  it('extracts functions with qualified names, parameters, decorators and docstrings', () => {
    const { functions } = facts();
    expect(functions.map((f) => [f.qualifiedName, f.kind, f.className])).toEqual([
      ['get_user', 'function', null],
      ['UserService.__init__', 'constructor', 'UserService'],
      ['UserService.size', 'getter', 'UserService'],
      ['UserService.build', 'method', 'UserService'],
      ['UserService.build.helper', 'function', null],
      ['UserService._private', 'method', 'UserService'],
    ]);
    const getUser = functions[0]!;
    expect(getUser).toEqual({
      name: 'get_user',
      qualifiedName: 'get_user',
      kind: 'function',
      className: null,
      parameters: [
        { name: 'user_id', type: 'int', defaultValue: null, rest: false },
        { name: 'args', type: null, defaultValue: null, rest: true },
        { name: 'verbose', type: 'bool', defaultValue: 'False', rest: false },
        { name: 'kwargs', type: null, defaultValue: null, rest: true },
      ],
      returnType: 'dict',
      isAsync: true,
      isGenerator: false,
      isExported: true,
      isStatic: false,
      visibility: 'public',
      decorators: [{ name: 'app.route', arguments: '"/users/<int:user_id>", methods=["GET"]' }],
      docComment: 'Fetch one user.\n\nReturns a dict.',
      range: { startLine: 15, startColumn: 1, endLine: 21, endColumn: 70 },
      bodyLines: 6,
    });
    const build = functions[3]!;
    expect(build).toMatchObject({
      isStatic: true,
      decorators: [{ name: 'staticmethod', arguments: null }],
    });
    expect(build.parameters).toEqual([
      { name: 'name', type: null, defaultValue: '"x"', rest: false },
    ]);
    const helper = functions[4]!;
    expect(helper).toMatchObject({ isGenerator: true, isExported: false });
    expect(functions[5]).toMatchObject({ visibility: 'protected', isExported: false });
  });

  it('extracts classes with bases, properties and methods', () => {
    const [service] = facts().classes;
    expect(service).toEqual({
      name: 'UserService',
      qualifiedName: 'UserService',
      kind: 'class',
      extends: ['BaseService'],
      implements: [],
      methods: ['__init__', 'size', 'build', '_private'],
      properties: [
        {
          name: 'table',
          type: 'str',
          visibility: 'public',
          isStatic: true,
          isReadonly: false,
          line: 27,
        },
        {
          name: '_cache',
          type: null,
          visibility: 'protected',
          isStatic: true,
          isReadonly: false,
          line: 28,
        },
        {
          name: 'repo',
          type: null,
          visibility: 'public',
          isStatic: false,
          isReadonly: false,
          line: 31,
        },
        {
          name: '__secret',
          type: null,
          visibility: 'private',
          isStatic: false,
          isReadonly: false,
          line: 32,
        },
      ],
      decorators: [],
      isExported: true,
      isAbstract: true,
      visibility: 'public',
      docComment: 'Users.',
      range: { startLine: 24, startColumn: 1, endLine: 45, endColumn: 35 },
    });
  });

  it('extracts every import form', () => {
    const base = { namespaceName: null, sideEffect: false, kind: 'import' };
    expect(facts().imports).toEqual([
      {
        ...base,
        module: '__future__',
        names: [{ name: 'annotations', alias: null }],
        defaultName: null,
        typeOnly: false,
        line: 2,
        column: 1,
      },
      { ...base, module: 'os', names: [], defaultName: null, typeOnly: false, line: 3, column: 1 },
      {
        ...base,
        module: 'numpy',
        names: [],
        defaultName: 'np',
        typeOnly: false,
        line: 4,
        column: 1,
      },
      { ...base, module: 'sys', names: [], defaultName: null, typeOnly: false, line: 4, column: 1 },
      {
        ...base,
        module: '.',
        names: [{ name: 'sibling', alias: null }],
        defaultName: null,
        typeOnly: false,
        line: 5,
        column: 1,
      },
      {
        ...base,
        module: '..pkg.mod',
        names: [
          { name: 'a', alias: 'b' },
          { name: 'c', alias: null },
        ],
        defaultName: null,
        typeOnly: false,
        line: 6,
        column: 1,
      },
      {
        ...base,
        module: 'typing',
        names: [{ name: 'TYPE_CHECKING', alias: null }],
        defaultName: null,
        typeOnly: false,
        line: 7,
        column: 1,
      },
      {
        ...base,
        module: 'models',
        names: [{ name: 'User', alias: null }],
        defaultName: null,
        typeOnly: true,
        line: 9,
        column: 5,
      },
    ]);
  });

  it('extracts call sites with receivers, argument counts and enclosing functions', () => {
    expect(
      facts().calls.map((c) => [
        c.receiver,
        c.callee,
        c.argumentCount,
        c.enclosingFunction,
        c.isConstructor,
        c.line,
      ]),
    ).toEqual([
      ['app', 'route', 2, null, false, 14],
      [null, 'connect', 1, 'get_user', false, 20],
      ['db', 'fetch', 1, 'get_user', false, 21],
      ['os', 'getenv', 1, 'UserService.__init__', false, 32],
      [null, 'len', 1, 'UserService.size', false, 36],
      [null, 'UserService', 1, 'UserService.build', true, 42],
      [null, 'helper', 0, 'UserService.build', false, 42],
      ['self.repo', 'save', 3, 'UserService._private', false, 45],
    ]);
  });

  it('keeps route, SQL and env strings, and the __all__ exports', () => {
    const { strings, exports } = facts();
    expect(strings).toEqual([
      { kind: 'route', value: '/users/<int:user_id>', context: null, line: 14, column: 12 },
      { kind: 'env', value: 'DATABASE_URL', context: 'os.environ', line: 20, column: 18 },
      {
        kind: 'sql',
        value: 'SELECT * FROM users WHERE id = {user_id}',
        context: null,
        line: 21,
        column: 27,
      },
      { kind: 'env', value: 'SECRET_KEY', context: 'os.getenv', line: 32, column: 25 },
    ]);
    expect(exports.map((e) => e.name)).toEqual(['UserService', 'make_app']);
    expect(facts().errorCount).toBe(0);
    expect(facts().package).toBeNull();
  });
});

describe('python parser: edge cases', () => {
  it('recovers from syntax errors and keeps what parsed', () => {
    const facts = parse(
      'def good():\n    pass\n\ndef broken(:\n    return 1\n\ndef after():\n    good()\n',
    );
    expect(facts.errorCount).toBeGreaterThan(0);
    expect(facts.functions.map((f) => f.name)).toContain('good');
    expect(facts.functions.map((f) => f.name)).toContain('after');
    expect(facts.calls.map((c) => c.callee)).toContain('good');
  });

  it('handles unicode identifiers with UTF-16 columns', () => {
    const facts = parse('def grüße(naïve):\n    return größe(naïve)\n');
    expect(facts.functions[0]).toMatchObject({ name: 'grüße', parameters: [{ name: 'naïve' }] });
    expect(facts.calls[0]).toMatchObject({
      callee: 'größe',
      line: 2,
      column: 12,
      enclosingFunction: 'grüße',
    });
  });

  it('parses a very long file', () => {
    const source = Array.from(
      { length: 5000 },
      (_, i) => `def f${i}(x):\n    return g${i}(x)\n`,
    ).join('\n');
    const facts = parse(source);
    expect(facts.functions).toHaveLength(5000);
    expect(facts.calls).toHaveLength(5000);
    expect(facts.functions[4999]).toMatchObject({ name: 'f4999', range: { startLine: 14998 } });
  });

  it('types an attribute assigned an annotated __init__ parameter with its annotation', () => {
    const [service] = parse(
      [
        'class AccountService:',
        '    def __init__(self, repo: Repository, name, *, cache: Cache | None = None, audit: Audit):',
        '        self.repo = repo',
        '        self.cache = cache',
        '        self.name = name',
        '        self.alias: Store = repo',
        '        self.copy = repo.clone()',
        '        self.audit = Audit()',
        '',
        '    def reset(self, repo: Repository):',
        '        self.other = repo',
      ].join('\n'),
    ).classes;
    expect(service?.properties.map((p) => [p.name, p.type])).toEqual([
      ['repo', 'Repository'],
      ['cache', 'Cache | None'],
      ['name', null],
      ['alias', 'Store'],
      ['copy', null],
      ['audit', null],
    ]);
  });

  it('recognises enums, protocols and wildcard imports', () => {
    const facts = parse(
      'from enum import *\nclass Color(Enum):\n    RED = 1\nclass Shape(Protocol):\n    def area(self) -> float: ...\n',
    );
    expect(facts.classes.map((c) => [c.name, c.kind])).toEqual([
      ['Color', 'enum'],
      ['Shape', 'interface'],
    ]);
    expect(facts.imports[0]?.names).toEqual([{ name: '*', alias: null }]);
  });

  it('throws PARSE_ERROR when used before load', async () => {
    const { TreeSitterParser } = await import('../tree-sitter/tree-sitter-parser.js');
    const fresh = new TreeSitterParser({
      language: 'python',
      grammar: { packageName: 'tree-sitter-python', wasmFile: 'tree-sitter-python.wasm' },
      query: '(identifier) @id',
      extract: () => ({
        package: null,
        functions: [],
        classes: [],
        imports: [],
        exports: [],
        calls: [],
        references: [],
        variableTypes: [],
        strings: [],
      }),
    });
    expect(fresh.loaded).toBe(false);
    expect(() => fresh.parse('a.py', 'x')).toThrow('[PARSE_ERROR]');
  });

  it('reports a query that does not compile as QUERY_COMPILATION, and a missing grammar as PARSE_ERROR', async () => {
    const { TreeSitterParser } = await import('../tree-sitter/tree-sitter-parser.js');
    const empty = () => ({
      package: null,
      functions: [],
      classes: [],
      imports: [],
      exports: [],
      calls: [],
      references: [],
      variableTypes: [],
      strings: [],
    });
    const badQuery = new TreeSitterParser({
      language: 'python',
      grammar: { packageName: 'tree-sitter-python', wasmFile: 'tree-sitter-python.wasm' },
      query: '(no_such_node) @x',
      extract: empty,
    });
    await expect(badQuery.load()).rejects.toThrow(
      '[QUERY_COMPILATION] python query does not compile',
    );
    const noGrammar = new TreeSitterParser({
      language: 'python',
      grammar: { packageName: 'tree-sitter-nonexistent', wasmFile: 'x.wasm' },
      query: '',
      extract: empty,
    });
    await expect(noGrammar.load()).rejects.toThrow(
      '[PARSE_ERROR] grammar tree-sitter-nonexistent/x.wasm is not installed',
    );
  });
});

describe('python parser: functions passed as values and typed variables', () => {
  const SOURCE = `from threading import Thread
from app import views
from app.jobs import work

def index(request): pass

urlpatterns = [path('', views.index), path('about/', about_view)]
app.add_url_rule('/', view_func=index)
repo = UserRepo()
MAX = compute()

def start(handler):
    t = Thread(target=work)
    store: Store = make()
    s = models.Session()
    lower = factory()
    run(handler, 'index', index(), self.on_done, data["x"])

class Config:
    repo = Repo()
`;

  it('records names, attributes and keyword values passed to calls, not strings, calls or subscripts', () => {
    const facts = parse(SOURCE);
    expect(
      facts.references.map(
        (r) =>
          `${r.enclosingFunction ?? '-'} ${r.callReceiver ?? ''}.${r.call}(${r.receiver ?? ''}.${r.name}) ${String(r.line)}:${String(r.column)}`,
      ),
    ).toEqual([
      // about_view is neither imported nor defined here: no project function can be meant
      '- .path(views.index) 7:25',
      '- app.add_url_rule(.index) 8:33',
      'start .Thread(.work) 13:23',
      'start .run(self.on_done) 17:36',
    ]);
  });

  it('records variables typed by an annotation or a capitalised constructor call, not class attributes', () => {
    expect(parse(SOURCE).variableTypes).toEqual([
      { name: 'repo', type: 'UserRepo', enclosingFunction: null, line: 9 },
      { name: 't', type: 'Thread', enclosingFunction: 'start', line: 13 },
      { name: 'store', type: 'Store', enclosingFunction: 'start', line: 14 },
      { name: 's', type: 'models.Session', enclosingFunction: 'start', line: 15 },
    ]);
  });
});
