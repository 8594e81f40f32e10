import { beforeAll, describe, expect, it } from 'vitest';
import { loadedParser, loadParsers } from '../parsers/parser-registry.js';
import { FileContext } from './file-context.js';

beforeAll(async () => {
  await loadParsers(['python', 'java']);
});

const SOURCE = `import unittest
from app import models
class A(B): pass
class B(unittest.TestCase): pass
class C(Repo[int], Mixin): pass
class D(E): pass
class E(D): pass
class F(F): pass
def top(): pass
class G:
    def method(self): pass
main()
models.setup()
`;

describe('FileContext', () => {
  const facts = () => loadedParser('python').parse('tests/test_a.py', SOURCE);

  it('classifies the file from its path unless the caller gives the role', () => {
    expect(new FileContext({ path: 'tests/test_a.py', facts: facts() }).role).toBe('test');
    expect(
      new FileContext({ path: 'tests/test_a.py', facts: facts(), role: 'generated' }).role,
    ).toBe('generated');
  });

  it('records imported modules, bare module-level callees and the base name', () => {
    const context = new FileContext({ path: 'tests/test_a.py', facts: facts() });
    expect([...context.importedModules]).toEqual(['unittest', 'app']);
    expect([...context.moduleCallees]).toEqual(['main']);
    expect(context.baseName).toBe('test_a.py');
  });

  it('collects ancestors through classes of the file, written and simple, and cuts cycles', () => {
    const context = new FileContext({ path: 'tests/test_a.py', facts: facts() });
    const byName = new Map(context.facts.classes.map((cls) => [cls.name, cls]));
    const ancestors = (name: string) => [...context.ancestorsOf(byName.get(name)!)].sort();
    expect(ancestors('A')).toEqual(['B', 'TestCase', 'unittest.TestCase']);
    expect(ancestors('C')).toEqual(['Mixin', 'Repo']);
    expect(ancestors('D')).toEqual(['D', 'E']);
    expect(ancestors('F')).toEqual(['F']);
  });

  it('finds the owner of a method and none for a free function', () => {
    const context = new FileContext({ path: 'tests/test_a.py', facts: facts() });
    const [top, method] = context.facts.functions;
    expect(context.ownerOf(top!)).toBeUndefined();
    expect(context.ownerOf(method!)?.name).toBe('G');
  });

  it('finds the owner of a method of a nested Java class', () => {
    const java = loadedParser('java').parse(
      'A.java',
      'class Outer { static class Inner { void run() {} } }',
    );
    const context = new FileContext({ path: 'A.java', facts: java });
    expect(context.ownerOf(java.functions[0]!)?.qualifiedName).toBe('Outer.Inner');
  });
});
