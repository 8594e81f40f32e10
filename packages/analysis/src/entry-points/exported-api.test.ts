import type { CodeLanguage } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadedParser, loadParsers } from '../parsers/parser-registry.js';
import { isPublicApi, type PublicApiOptions } from './exported-api.js';
import { FileContext } from './file-context.js';

beforeAll(async () => {
  await loadParsers(['typescript', 'go', 'rust', 'java', 'python']);
});

/** Qualified names of the functions that are public API. */
function api(
  language: CodeLanguage,
  path: string,
  source: string,
  options?: PublicApiOptions,
): string[] {
  const facts = loadedParser(language).parse(path, source);
  const context = new FileContext({ path, facts });
  return facts.functions
    .filter((fn) => isPublicApi(fn, context, options))
    .map((fn) => fn.qualifiedName);
}

const TS = `export function create() {}
function local() {}
export const arrow = () => 1;
export class Repo { find() {} private load() {} protected hook() {} #hash() {} }
class Hidden { find() {} }`;

describe('isPublicApi', () => {
  it('takes exported TypeScript functions and non-private methods of exported classes', () => {
    expect(api('typescript', 'src/repo.ts', TS)).toEqual(['create', 'arrow', 'Repo.find']);
  });

  it('takes nothing from tests, fixtures, examples, scripts or generated files', () => {
    for (const path of [
      'src/repo.test.ts',
      'test/fixtures/repo.ts',
      'examples/repo.ts',
      'scripts/repo.ts',
      'src/gen/repo.ts',
    ])
      expect(api('typescript', path, TS)).toEqual([]);
  });

  it('takes capitalised Go functions and methods of exported types outside package main', () => {
    const source = `package users
func Create() {}
func load() {}
type Repo struct{}
func (r *Repo) Find() {}
type cache struct{}
func (c *cache) Get() {}
`;
    expect(api('go', 'users/repo.go', source)).toEqual(['Create', 'Repo.Find']);
    expect(api('go', 'cmd/main.go', source.replace('package users', 'package main'))).toEqual([]);
  });

  it('takes pub Rust items of library code, not pub(crate) or binary targets', () => {
    const source = 'pub fn api() {}\npub(crate) fn internal() {}\nfn private() {}\n';
    expect(api('rust', 'src/lib.rs', source)).toEqual(['api']);
    expect(api('rust', 'src/main.rs', source)).toEqual([]);
    expect(api('rust', 'src/bin/tool.rs', source)).toEqual([]);
  });

  it('takes Java and Python public members only in library mode', () => {
    const java = `public class Repo { public void find() {} void pkg() {} private void load() {} }
class Internal { public void run() {} }`;
    expect(api('java', 'src/main/java/Repo.java', java)).toEqual([]);
    expect(api('java', 'src/main/java/Repo.java', java, { library: true })).toEqual(['Repo.find']);
    const python = 'def create():\n    pass\ndef _load():\n    pass\n';
    expect(api('python', 'pkg/api.py', python, { library: true })).toEqual(['create']);
  });
});
