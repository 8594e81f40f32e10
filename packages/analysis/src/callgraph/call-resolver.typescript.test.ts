import { beforeAll, describe, expect, it } from 'vitest';
import { resolveFileCalls, type FileCallResolution } from './call-resolver.js';
import type { ProjectFacts, ReadProjectFile } from './project-input.js';
import { SymbolIndex } from './symbol-index.js';
import { edgeLines, parseProject } from './test-project.js';

const PROJECT: Record<string, string> = {
  'tsconfig.json': `{
    // paths alias, with a comment and a trailing comma as tsc allows
    "compilerOptions": { "baseUrl": ".", "paths": { "@app/*": ["src/*"] }, },
  }`,
  'package.json': '{ "name": "root", "private": true, "workspaces": ["packages/*"] }',
  'packages/shared/package.json': `{
    "name": "@acme/shared",
    "exports": { ".": { "types": "./dist/index.d.ts", "import": "./dist/index.js" } }
  }`,
  'packages/shared/src/index.ts': `export function formatName(name: string): string {
  return name.trim();
}
`,
  'src/util/strings.ts': `export function slugify(text: string) {
  return lower(text);
}
function lower(text: string) {
  return text.toLowerCase();
}
export default function capitalize(text: string) {
  return text;
}
`,
  'src/util/math.ts': `export const sum = (a: number, b: number) => a + b;
export function helper() {
  return 1;
}
`,
  'src/util/index.ts': `export { slugify as makeSlug } from './strings';
export * from './math';
export { default as capitalize } from './strings';
`,
  'src/other/helper.ts': `export function helper() {
  return 2;
}
`,
  'src/repo/base-repo.ts': `export class BaseRepo {
  find(id: string) {
    return this.query(id);
  }
  query(id: string) {
    return id;
  }
}
`,
  'src/repo/user-repo.ts': `import { BaseRepo } from './base-repo';
export class UserRepo extends BaseRepo {
  findByName(name: string) {
    return this.find(name);
  }
}
`,
  'src/service/user-service.ts': `import axios from 'axios';
import { UserRepo } from '../repo/user-repo';
import { makeSlug, helper, capitalize } from '../util';
import * as math from '@app/util/math';
import { formatName } from '@acme/shared';

export class UserService {
  constructor(private readonly repo: UserRepo) {}

  load(name: string) {
    const user = this.repo.findByName(makeSlug(name));
    this.repo.find(name);
    helper();
    math.sum(1, 2);
    capitalize(formatName(name));
    axios.get('/users');
    [1, 2].map((x) => x);
    console.log(user);
    return this.audit(user);
  }

  private audit(value: unknown) {
    return value;
  }
}
`,
  'src/main.ts': `import { UserService } from './service/user-service';
import { UserRepo } from './repo/user-repo';

const service = new UserService(new UserRepo());
service.load('x');
helper();
function run(svc: UserService) {
  svc.load('y');
}
run(service);
`,
  'src/cjs/lib.js': `exports.greet = function () {
  return 'hi';
};
`,
  'src/cjs/use.js': `const { greet } = require('./lib');
greet();
`,
  'scripts/boot.js': `function bootLegacy() {
  return 1;
}
`,
  'scripts/start.js': `bootLegacy();
`,
};

let facts: ProjectFacts[];
let read: ReadProjectFile;
let index: SymbolIndex;

beforeAll(async () => {
  ({ facts, read } = await parseProject(PROJECT));
  index = SymbolIndex.build(facts, read);
});

function resolve(path: string): FileCallResolution {
  return resolveFileCalls(path, index);
}

describe('resolveFileCalls on a TypeScript project', () => {
  it('follows barrels, aliases, export *, default re-exports, tsconfig paths and workspace packages', () => {
    const result = resolve('src/service/user-service.ts');
    expect(edgeLines(result.edges)).toEqual([
      'src/service/user-service.ts#UserService.load -> packages/shared/src/index.ts#formatName [import]',
      'src/service/user-service.ts#UserService.load -> src/repo/base-repo.ts#BaseRepo.find [instance]',
      'src/service/user-service.ts#UserService.load -> src/repo/user-repo.ts#UserRepo.findByName [instance]',
      'src/service/user-service.ts#UserService.load -> src/service/user-service.ts#UserService.audit [this]',
      'src/service/user-service.ts#UserService.load -> src/util/math.ts#helper [import]',
      'src/service/user-service.ts#UserService.load -> src/util/math.ts#sum [import]',
      'src/service/user-service.ts#UserService.load -> src/util/strings.ts#capitalize [import]',
      'src/service/user-service.ts#UserService.load -> src/util/strings.ts#slugify [import]',
    ]);
    // axios.get (external import), [1, 2].map and console.log give no edge
    expect(result).toMatchObject({ unresolved: 0, external: 3 });
  });

  it('records the call site, its confidence and the caller of each edge', () => {
    const audit = resolve('src/service/user-service.ts').edges.find((edge) =>
      edge.callee.endsWith('#UserService.audit'),
    );
    expect(audit).toEqual({
      caller: 'src/service/user-service.ts#UserService.load',
      callee: 'src/service/user-service.ts#UserService.audit',
      file: 'src/service/user-service.ts',
      line: 19,
      column: 12,
      kind: 'this',
      confidence: 0.9,
      reference: false,
    });
  });

  it('walks this-calls up the extends chain and resolves same-file calls as local', () => {
    expect(edgeLines(resolve('src/repo/user-repo.ts').edges)).toEqual([
      'src/repo/user-repo.ts#UserRepo.findByName -> src/repo/base-repo.ts#BaseRepo.find [this]',
    ]);
    expect(edgeLines(resolve('src/util/strings.ts').edges)).toEqual([
      'src/util/strings.ts#slugify -> src/util/strings.ts#lower [local]',
    ]);
  });

  it('attributes module-level calls to <module>, calls constructors, types parameters and leaves a name defined twice unresolved', () => {
    const result = resolve('src/main.ts');
    expect(edgeLines(result.edges)).toEqual([
      'src/main.ts#<module> -> src/main.ts#run [local]',
      'src/main.ts#<module> -> src/service/user-service.ts#UserService.constructor [instance]',
      'src/main.ts#<module> -> src/service/user-service.ts#UserService.load [instance]',
      'src/main.ts#run -> src/service/user-service.ts#UserService.load [instance]',
    ]);
    // helper() is not imported here and two files define it; new UserRepo() has no constructor node
    expect(result).toMatchObject({ unresolved: 1, external: 0 });
  });

  it('resolves CommonJS require destructuring, and unique names only in scripts without imports', () => {
    expect(edgeLines(resolve('src/cjs/use.js').edges)).toEqual([
      'src/cjs/use.js#<module> -> src/cjs/lib.js#greet [import]',
    ]);
    expect(edgeLines(resolve('scripts/start.js').edges)).toEqual([
      'scripts/start.js#<module> -> scripts/boot.js#bootLegacy [name]',
    ]);
  });

  it('returns nothing for a path outside the index', () => {
    expect(resolve('src/missing.ts')).toEqual({ edges: [], unresolved: 0, external: 0 });
  });
});

const SCOPES: Record<string, string> = {
  'lib/tools.ts': `export function helper() {
  return 1;
}
export function audit() {
  return 2;
}
export class Logger {
  static create() {
    return new Logger();
  }
  write(line: string) {
    return line;
  }
}
export * as extra from './extra';
`,
  'lib/extra.ts': `export function shout(text: string) {
  return text;
}
`,
  'lib/model.ts': `import { Logger } from './tools';
export class Base {
  constructor(protected readonly name: string) {}
  describe() {
    return this.name;
  }
}
export default class Model extends Base {
  logger: Logger | null = null;
  readonly loggers: readonly Logger[] = [];
  constructor(name: string) {
    super(name);
  }
  describe() {
    this.logger?.write('describe');
    this.loggers.find((l) => l);
    return super.describe();
  }
}
`,
  'app.ts': `import { helper, audit, Logger, extra } from './lib/tools';
import Model from './lib/model';

function outer() {
  function helper() {
    return audit();
  }
  function inner() {
    return helper();
  }
  return inner();
}
const api = {
  fetchAll() {
    return api.fetchOne();
  },
  fetchOne() {
    return this.fetchAll();
  },
};
export function main(model: Model, logs: Logger<string> | undefined) {
  outer();
  helper();
  Logger.create();
  new Logger().write('x');
  logs?.write('y');
  model.describe();
  extra.shout('hey');
  api.fetchAll();
  const m = new Model('m');
  return m;
}
`,
};

describe('resolveFileCalls: scopes, receivers and class hierarchies', () => {
  let scoped: SymbolIndex;

  beforeAll(async () => {
    const project = await parseProject(SCOPES);
    scoped = SymbolIndex.build(project.facts, project.read);
  });

  it('prefers the innermost scope, lets a nested function shadow an import, and types receivers', () => {
    const result = resolveFileCalls('app.ts', scoped);
    expect(edgeLines(result.edges)).toEqual([
      'app.ts#api.fetchAll -> app.ts#api.fetchOne [local]',
      'app.ts#api.fetchOne -> app.ts#api.fetchAll [this]',
      'app.ts#main -> app.ts#api.fetchAll [local]',
      'app.ts#main -> app.ts#outer [local]',
      'app.ts#main -> lib/extra.ts#shout [import]',
      'app.ts#main -> lib/model.ts#Model.constructor [instance]',
      'app.ts#main -> lib/model.ts#Model.describe [instance]',
      'app.ts#main -> lib/tools.ts#Logger.create [instance]',
      'app.ts#main -> lib/tools.ts#Logger.write [instance]',
      'app.ts#main -> lib/tools.ts#Logger.write [instance]',
      'app.ts#main -> lib/tools.ts#helper [import]',
      // defined in outer and not called by it: a definition edge (reference)
      'app.ts#outer -> app.ts#outer.helper [local]',
      'app.ts#outer -> app.ts#outer.inner [local]',
      'app.ts#outer.helper -> lib/tools.ts#audit [import]',
      'app.ts#outer.inner -> app.ts#outer.helper [local]',
    ]);
  });

  it('calls the base constructor for super(…), the base method for super.m(), and not the element type of an array', () => {
    const result = resolveFileCalls('lib/model.ts', scoped);
    expect(edgeLines(result.edges)).toEqual([
      // Model.describe overrides Base.describe: a dispatch edge from the base method.
      'lib/model.ts#Base.describe -> lib/model.ts#Model.describe [this]',
      'lib/model.ts#Model.constructor -> lib/model.ts#Base.constructor [this]',
      'lib/model.ts#Model.describe -> lib/model.ts#Base.describe [this]',
      'lib/model.ts#Model.describe -> lib/tools.ts#Logger.write [instance]',
    ]);
    // this.loggers.find(…): a method of the array, not of Logger
    expect(result.unresolved + result.external).toBe(1);
  });
});
