import { beforeAll, describe, expect, it } from 'vitest';
import { enclosingFunctionOf, fileSymbolsOf, nodesOf } from './file-symbols.js';
import type { ProjectFacts } from './project-input.js';
import { parseProject } from './test-project.js';

const SOURCE = `import { x } from './x';

export function load(a: number): number;
export function load(a: number) {
  return a;
}
class Repo {
  find() {
    function inner() {}
    return inner();
  }
}
const api = { get() { return 1; } };
load(1);
`;

describe('nodesOf', () => {
  let file: ProjectFacts;
  let script: ProjectFacts;

  beforeAll(async () => {
    const { facts } = await parseProject({
      'src/repo.ts': SOURCE,
      'a.py': 'def f():\n    return 1\n\n\ndef f():\n    return 2\n',
    });
    file = facts[0]!;
    script = facts[1]!;
  });

  it('makes one node per function with file#qualifiedName ids, plus <module> for module-level calls', () => {
    expect(nodesOf(file)).toEqual([
      {
        id: 'src/repo.ts#load',
        file: 'src/repo.ts',
        language: 'typescript',
        name: 'load',
        qualifiedName: 'load',
        className: null,
        startLine: 4,
        endLine: 6,
        isExported: true,
        entryPoint: null,
      },
      expect.objectContaining({
        id: 'src/repo.ts#Repo.find',
        className: 'Repo',
        startLine: 8,
        endLine: 11,
      }),
      expect.objectContaining({ id: 'src/repo.ts#Repo.find.inner', className: null }),
      expect.objectContaining({ id: 'src/repo.ts#api.get', isExported: false }),
      {
        id: 'src/repo.ts#<module>',
        file: 'src/repo.ts',
        language: 'typescript',
        name: '<module>',
        qualifiedName: '<module>',
        className: null,
        startLine: 1,
        endLine: 14,
        isExported: false,
        entryPoint: null,
      },
    ]);
  });

  it('numbers repeated qualified names from the second (@2), and has no <module> node without module-level calls', () => {
    expect(nodesOf(script).map((node) => node.id)).toEqual(['a.py#f', 'a.py#f@2']);
  });

  it('indexes functions, classes and containers, and finds the function a call is in', () => {
    const symbols = fileSymbolsOf(file);
    expect([...symbols.byQualifiedName.keys()]).toEqual([
      'load',
      'Repo.find',
      'Repo.find.inner',
      'api.get',
    ]);
    expect([...symbols.classesByName.keys()]).toEqual(['Repo']);
    expect([...symbols.containers]).toEqual(['api']);
    const calls = file.facts.calls;
    expect(calls.map((call) => enclosingFunctionOf(symbols, call)?.id ?? null)).toEqual([
      'src/repo.ts#Repo.find',
      null,
    ]);
  });

  it('picks among same-named functions the one whose range holds the call', () => {
    const symbols = fileSymbolsOf(script);
    const call = {
      callee: 'g',
      receiver: null,
      argumentCount: 0,
      enclosingFunction: 'f',
      isConstructor: false,
      line: 6,
      column: 5,
    };
    expect(enclosingFunctionOf(symbols, call)?.id).toBe('a.py#f@2');
    expect(enclosingFunctionOf(symbols, { ...call, line: 99 })?.id).toBe('a.py#f');
    expect(enclosingFunctionOf(symbols, { ...call, enclosingFunction: 'nope' })).toBeNull();
  });
});
