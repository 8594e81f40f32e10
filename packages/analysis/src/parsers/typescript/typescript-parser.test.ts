import type { FileFacts } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { typescriptParser } from './typescript-parser.js';

beforeAll(async () => {
  await typescriptParser.load();
});

const CONTROLLER = `import 'reflect-metadata';
import express, { Router as R, type Request } from 'express';
import * as fs from 'node:fs';
import type { User } from './user';
import { type A, type B } from './types';
import config = require('./config');
const { join, resolve: res } = require('path');
const lodash = require('lodash');

/** Handles users. */
@Controller('/users')
export class UserController extends BaseController implements OnInit {
  private cache = new Map<string, User>();
  static readonly VERSION: number = 2;

  constructor(private readonly repo: UserRepository, public log: Logger) {
    super(repo);
  }

  @Get('/:id')
  async findOne(@Param('id') id: string): Promise<User> {
    const user = await this.repo.findById(id);
    this.log.info(\`found \${id}\`);
    return user;
  }

  get size(): number {
    return this.cache.size;
  }

  handle = (req: Request) => this.repo.save(req.body);

  #secret(): void {}
}

export function load(path: string): string;
export function load(path: string, encoding?: string): string {
  return fs.readFileSync(path, encoding ?? 'utf8');
}

export const query = async (db: Db, ...ids: number[]) => {
  function inner() {
    return db.all(\`SELECT * FROM users WHERE id IN (\${ids.join(',')})\`);
  }
  return inner();
};

const api = {
  list() {
    return fetch(process.env.API_URL + '/api/users');
  },
  remove: (id: string) => http.delete(\`/api/users/\${id}\`),
};

export default api;
export { api as client, query as q };
export * from './models';
export * as helpers from './helpers';
export { x } from './x';
export type { User };
const lazy = () => import('./lazy');
const { PORT, HOST: host } = process.env;
`;

describe('typescript parser: a controller module', () => {
  const facts = (): FileFacts => typescriptParser.parse('src/users/user.controller.ts', CONTROLLER);

  it('extracts functions, methods, arrow functions and overload implementations', () => {
    const { functions } = facts();
    expect(functions.map((f) => [f.qualifiedName, f.kind, f.className, f.isExported])).toEqual([
      ['UserController.constructor', 'constructor', 'UserController', true],
      ['UserController.findOne', 'method', 'UserController', true],
      ['UserController.size', 'getter', 'UserController', true],
      ['UserController.handle', 'method', 'UserController', true],
      ['UserController.#secret', 'method', 'UserController', false],
      ['load', 'function', null, true],
      ['query', 'function', null, true],
      ['query.inner', 'function', null, false],
      ['api.list', 'method', null, true],
      ['api.remove', 'method', null, true],
      ['lazy', 'function', null, false],
    ]);
    const findOne = functions[1]!;
    expect(findOne).toEqual({
      name: 'findOne',
      qualifiedName: 'UserController.findOne',
      kind: 'method',
      className: 'UserController',
      parameters: [{ name: 'id', type: 'string', defaultValue: null, rest: false }],
      returnType: 'Promise<User>',
      isAsync: true,
      isGenerator: false,
      isExported: true,
      isStatic: false,
      visibility: 'public',
      decorators: [{ name: 'Get', arguments: "'/:id'" }],
      docComment: null,
      range: { startLine: 21, startColumn: 3, endLine: 25, endColumn: 3 },
      bodyLines: 5,
    });
    expect(functions[5]).toMatchObject({
      parameters: [
        { name: 'path', type: 'string', defaultValue: null, rest: false },
        { name: 'encoding', type: 'string', defaultValue: null, rest: false },
      ],
      range: { startLine: 37, startColumn: 1, endLine: 39, endColumn: 1 },
    });
    expect(functions[6]).toMatchObject({
      isAsync: true,
      parameters: [
        { name: 'db', type: 'Db', defaultValue: null, rest: false },
        { name: 'ids', type: 'number[]', defaultValue: null, rest: true },
      ],
      range: { startLine: 41, startColumn: 14, endLine: 46, endColumn: 1 },
    });
    expect(functions[4]).toMatchObject({ visibility: 'private' });
  });

  it('extracts the class with heritage, decorators, doc comment and properties', () => {
    expect(facts().classes).toEqual([
      {
        name: 'UserController',
        qualifiedName: 'UserController',
        kind: 'class',
        extends: ['BaseController'],
        implements: ['OnInit'],
        methods: ['constructor', 'findOne', 'size', 'handle', '#secret'],
        properties: [
          {
            name: 'cache',
            type: null,
            visibility: 'private',
            isStatic: false,
            isReadonly: false,
            line: 13,
          },
          {
            name: 'VERSION',
            type: 'number',
            visibility: 'public',
            isStatic: true,
            isReadonly: true,
            line: 14,
          },
          {
            name: 'repo',
            type: 'UserRepository',
            visibility: 'private',
            isStatic: false,
            isReadonly: true,
            line: 16,
          },
          {
            name: 'log',
            type: 'Logger',
            visibility: 'public',
            isStatic: false,
            isReadonly: false,
            line: 16,
          },
        ],
        decorators: [{ name: 'Controller', arguments: "'/users'" }],
        isExported: true,
        isAbstract: false,
        visibility: null,
        docComment: 'Handles users.',
        range: { startLine: 12, startColumn: 1, endLine: 34, endColumn: 1 },
      },
    ]);
  });

  it('extracts every import form', () => {
    const imports = facts().imports.map((i) => [
      i.module,
      i.kind,
      i.defaultName,
      i.namespaceName,
      i.names,
      i.typeOnly,
      i.sideEffect,
      i.line,
    ]);
    expect(imports).toEqual([
      ['reflect-metadata', 'import', null, null, [], false, true, 1],
      [
        'express',
        'import',
        'express',
        null,
        [
          { name: 'Router', alias: 'R' },
          { name: 'Request', alias: null },
        ],
        false,
        false,
        2,
      ],
      ['node:fs', 'import', null, 'fs', [], false, false, 3],
      ['./user', 'import', null, null, [{ name: 'User', alias: null }], true, false, 4],
      [
        './types',
        'import',
        null,
        null,
        [
          { name: 'A', alias: null },
          { name: 'B', alias: null },
        ],
        true,
        false,
        5,
      ],
      ['./config', 'require', 'config', null, [], false, false, 6],
      [
        'path',
        'require',
        null,
        null,
        [
          { name: 'join', alias: null },
          { name: 'resolve', alias: 'res' },
        ],
        false,
        false,
        7,
      ],
      ['lodash', 'require', 'lodash', null, [], false, false, 8],
      ['./lazy', 'dynamic', null, null, [], false, false, 61],
    ]);
  });

  it('extracts every export form', () => {
    expect(facts().exports.map((e) => [e.name, e.alias, e.kind, e.module, e.typeOnly])).toEqual([
      ['UserController', null, 'named', null, false],
      ['load', null, 'named', null, false],
      ['query', null, 'named', null, false],
      ['api', null, 'default', null, false],
      ['api', 'client', 'named', null, false],
      ['query', 'q', 'named', null, false],
      ['*', null, 're-export-all', './models', false],
      ['*', 'helpers', 're-export', './helpers', false],
      ['x', null, 're-export', './x', false],
      ['User', null, 'named', null, true],
    ]);
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
      ]),
    ).toEqual([
      [null, 'Controller', 1, null, false, 11],
      [null, 'Map', 0, null, true, 13],
      [null, 'super', 1, 'UserController.constructor', true, 17],
      [null, 'Get', 1, null, false, 20],
      [null, 'Param', 1, 'UserController.findOne', false, 21],
      ['this.repo', 'findById', 1, 'UserController.findOne', false, 22],
      ['this.log', 'info', 1, 'UserController.findOne', false, 23],
      ['this.repo', 'save', 1, 'UserController.handle', false, 31],
      ['fs', 'readFileSync', 2, 'load', false, 38],
      ['db', 'all', 1, 'query.inner', false, 43],
      ['ids', 'join', 1, 'query.inner', false, 43],
      [null, 'inner', 0, 'query', false, 45],
      [null, 'fetch', 1, 'api.list', false, 50],
      ['http', 'delete', 1, 'api.remove', false, 52],
    ]);
  });

  it('keeps route, SQL and env strings', () => {
    expect(facts().strings).toEqual([
      { kind: 'route', value: '/users', context: null, line: 11, column: 13 },
      { kind: 'route', value: '/:id', context: null, line: 20, column: 8 },
      {
        kind: 'sql',
        value: "SELECT * FROM users WHERE id IN (${ids.join(',')})",
        context: null,
        line: 43,
        column: 19,
      },
      { kind: 'env', value: 'API_URL', context: 'process.env', line: 50, column: 18 },
      { kind: 'route', value: '/api/users', context: null, line: 50, column: 40 },
      { kind: 'route', value: '/api/users/${id}', context: null, line: 52, column: 39 },
      { kind: 'env', value: 'PORT', context: 'process.env', line: 62, column: 9 },
      { kind: 'env', value: 'HOST', context: 'process.env', line: 62, column: 15 },
    ]);
    expect(facts().errorCount).toBe(0);
    expect(facts().language).toBe('typescript');
  });
});

describe('typescript parser: other forms', () => {
  it('parses JavaScript and CommonJS exports', () => {
    const facts = typescriptParser.parse(
      'lib/handler.cjs',
      "const db = require('./db');\nexports.handler = async (event) => {\n  return db.get(event.id);\n};\nmodule.exports.util = function () {};\n",
    );
    expect(facts.language).toBe('javascript');
    expect(facts.functions.map((f) => [f.name, f.isExported, f.isAsync])).toEqual([
      ['handler', true, true],
      ['util', true, false],
    ]);
    expect(facts.exports.map((e) => [e.name, e.kind])).toEqual([
      ['handler', 'named'],
      ['util', 'named'],
    ]);
    expect(facts.calls[0]).toMatchObject({
      receiver: 'db',
      callee: 'get',
      enclosingFunction: 'handler',
    });
  });

  it('gives an overloaded implementation without a return type that of its last overload', () => {
    const facts = typescriptParser.parse(
      'src/request.ts',
      [
        'export class Request {',
        '  query(key: string): string | undefined',
        '  query(): Record<string, string>',
        '  query(key?: string) { return key; }',
        '  other() { return 1; }',
        '}',
        'export function load(path: string): Buffer;',
        'export function load(path: string) { return read(path); }',
        'export function plain() { return 2; }',
      ].join('\n'),
    );
    expect(facts.functions.map((f) => [f.qualifiedName, f.returnType])).toEqual([
      ['Request.query', 'Record<string, string>'],
      ['Request.other', null],
      ['load', 'Buffer'],
      ['plain', null],
    ]);
  });

  it('parses TSX components, interfaces, enums and generators', () => {
    const facts = typescriptParser.parse(
      'src/App.tsx',
      'interface Props { readonly title: string; onClick(): void }\nenum Color { Red, Green = "g" }\nexport default function App({ title }: Props) {\n  return <Button onClick={() => track("click")}>{title}</Button>;\n}\nfunction* ids() { yield 1; }\n',
    );
    expect(
      facts.classes.map((c) => [
        c.name,
        c.kind,
        c.methods,
        c.properties.map((p) => [p.name, p.isReadonly]),
      ]),
    ).toEqual([
      ['Props', 'interface', ['onClick'], [['title', true]]],
      [
        'Color',
        'enum',
        [],
        [
          ['Red', true],
          ['Green', true],
        ],
      ],
    ]);
    expect(facts.functions.map((f) => [f.name, f.isExported, f.isGenerator])).toEqual([
      ['App', true, false],
      ['ids', false, true],
    ]);
    expect(facts.exports).toEqual([
      { name: 'App', alias: null, kind: 'default', module: null, typeOnly: false, line: 3 },
    ]);
    expect(facts.calls).toEqual([
      {
        callee: 'track',
        receiver: null,
        argumentCount: 1,
        enclosingFunction: 'App',
        isConstructor: false,
        line: 4,
        column: 33,
      },
    ]);
  });

  it('recovers from syntax errors and keeps what parsed', () => {
    const facts = typescriptParser.parse(
      'src/broken.ts',
      'function good() { return 1; }\nfunction broken( {\nconst x = ;\nfunction after() { good(); }\n',
    );
    expect(facts.errorCount).toBeGreaterThan(0);
    expect(facts.functions.map((f) => f.name)).toContain('good');
    expect(facts.calls.map((c) => c.callee)).toContain('good');
  });

  it('handles unicode identifiers with UTF-16 columns', () => {
    const facts = typescriptParser.parse(
      'src/u.ts',
      'const 🎉 = 1; function grüße(naïve: string) {\n  return größe(naïve);\n}\n',
    );
    expect(facts.functions[0]).toMatchObject({
      name: 'grüße',
      range: { startLine: 1, startColumn: 15 },
    });
    expect(facts.calls[0]).toMatchObject({
      callee: 'größe',
      line: 2,
      column: 10,
      enclosingFunction: 'grüße',
    });
  });

  it('parses a very long file', () => {
    const source = Array.from(
      { length: 5000 },
      (_, i) => `export function f${i}(x: number) {\n  return g${i}(x);\n}\n`,
    ).join('');
    const facts = typescriptParser.parse('src/long.ts', source);
    expect(facts.functions).toHaveLength(5000);
    expect(facts.calls).toHaveLength(5000);
    expect(facts.exports).toHaveLength(5000);
    expect(facts.functions[4999]).toMatchObject({
      name: 'f4999',
      range: { startLine: 14998, endLine: 15000 },
    });
  });
});

describe('typescript parser: functions passed as values and typed variables', () => {
  const SOURCE = `import { listUsers, auth } from './users';
import controller from './controller';
function format(x: string) { return x; }
const repo = new UserRepo();
const typed: Service = make();
const cast = load() as db.Store;
let plain = make();
app.get('/users', listUsers);
router.post('/', auth, controller.create);
export function handle(format: string, items: string[]) {
  const local = new ns.Repo<User>();
  items.map(format);
  setTimeout(tick, 5);
  emitter.on('data', this.onData);
  run('listUsers', listUsers(), { listUsers }, req.body.user, a?.b, undefined);
}
`;

  it('records identifiers and member paths passed to calls, with the call they are passed to', () => {
    const facts = typescriptParser.parse('src/app.ts', SOURCE);
    expect(facts.references).toEqual([
      {
        name: 'listUsers',
        receiver: null,
        enclosingFunction: null,
        call: 'get',
        callReceiver: 'app',
        line: 8,
        column: 19,
      },
      {
        name: 'auth',
        receiver: null,
        enclosingFunction: null,
        call: 'post',
        callReceiver: 'router',
        line: 9,
        column: 18,
      },
      {
        name: 'create',
        receiver: 'controller',
        enclosingFunction: null,
        call: 'post',
        callReceiver: 'router',
        line: 9,
        column: 24,
      },
      {
        // a parameter's name too: facts do not see scopes, resolution does
        name: 'format',
        receiver: null,
        enclosingFunction: 'handle',
        call: 'map',
        callReceiver: 'items',
        line: 12,
        column: 13,
      },
      {
        name: 'onData',
        receiver: 'this',
        enclosingFunction: 'handle',
        call: 'on',
        callReceiver: 'emitter',
        line: 14,
        column: 22,
      },
      {
        name: 'user',
        receiver: 'req.body',
        enclosingFunction: 'handle',
        call: 'run',
        callReceiver: null,
        line: 15,
        column: 48,
      },
    ]);
  });

  it('records variables typed by an annotation, a new expression or an as assertion', () => {
    const facts = typescriptParser.parse('src/app.ts', SOURCE);
    expect(facts.variableTypes).toEqual([
      { name: 'repo', type: 'UserRepo', enclosingFunction: null, line: 4 },
      { name: 'typed', type: 'Service', enclosingFunction: null, line: 5 },
      { name: 'cast', type: 'db.Store', enclosingFunction: null, line: 6 },
      { name: 'local', type: 'ns.Repo', enclosingFunction: 'handle', line: 11 },
    ]);
  });
});
