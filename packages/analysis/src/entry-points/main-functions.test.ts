import type { CodeLanguage } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadedParser, loadParsers } from '../parsers/parser-registry.js';
import { FileContext } from './file-context.js';
import { isMainFunction, isPackageInitializer } from './main-functions.js';

beforeAll(async () => {
  await loadParsers(['go', 'rust', 'c', 'cpp', 'java', 'kotlin', 'csharp', 'python', 'typescript']);
});

/** Qualified names of the functions that are a program's main. */
function mains(language: CodeLanguage, path: string, source: string): string[] {
  const facts = loadedParser(language).parse(path, source);
  const context = new FileContext({ path, facts });
  return facts.functions.filter((fn) => isMainFunction(fn, context)).map((fn) => fn.qualifiedName);
}

describe('isMainFunction', () => {
  it('reads main of Go package main only', () => {
    expect(mains('go', 'cmd/app/main.go', 'package main\nfunc main() {}\nfunc run() {}\n')).toEqual(
      ['main'],
    );
    expect(mains('go', 'lib/lib.go', 'package lib\nfunc main() {}\n')).toEqual([]);
    expect(
      mains('go', 'cmd/app/x.go', 'package main\ntype S struct{}\nfunc (s S) main() {}\n'),
    ).toEqual([]);
  });

  it('reads top-level fn main of Rust, not a method or a nested module function', () => {
    const source = 'fn main() {}\nstruct S;\nimpl S { fn main() {} }\nmod inner { fn main() {} }\n';
    expect(mains('rust', 'src/main.rs', source)).toEqual(['main']);
  });

  it('reads C and C++ main outside namespaces and classes, and the Windows variants', () => {
    expect(
      mains(
        'c',
        'src/app.c',
        'int main(int argc, char **argv) { return 0; }\nint wmain() { return 0; }\nint mainly() { return 0; }\n',
      ),
    ).toEqual(['main', 'wmain']);
    const cpp =
      'namespace app { int main() { return 0; } }\nclass A { public: static int main() { return 0; } };\nint main() { return 1; }\n';
    expect(mains('cpp', 'src/app.cpp', cpp)).toEqual(['main']);
  });

  it('reads static main of Java and C#, not instance methods named so', () => {
    const java =
      'public class App { public static void main(String[] args) {} public void main() {} }';
    expect(mains('java', 'src/main/java/App.java', java)).toEqual(['App.main']);
    const csharp =
      'class Program { static void Main(string[] args) {} void Main2() {} public void Main(int x) {} }';
    expect(mains('csharp', 'Program.cs', csharp)).toEqual(['Program.Main']);
  });

  it('reads Kotlin top-level and @JvmStatic main, not instance methods named main', () => {
    const source = `fun main() {}
class App {
  fun main() {}
  companion object { @JvmStatic fun main(args: Array<String>) {} }
}`;
    expect(mains('kotlin', 'src/main/kotlin/App.kt', source)).toEqual([
      'main',
      'App.Companion.main',
    ]);
  });

  it('reads a script-language main that module-level code calls', () => {
    const python = 'def main():\n    pass\n\nif __name__ == "__main__":\n    main()\n';
    expect(mains('python', 'tool.py', python)).toEqual(['main']);
    expect(mains('python', 'lib.py', 'def main():\n    pass\n')).toEqual([]);
    expect(
      mains('python', 'obj.py', 'class A:\n    def main(self):\n        pass\n\nA().main()\n'),
    ).toEqual([]);
    expect(
      mains(
        'typescript',
        'scripts/run.ts',
        'async function main() {}\nmain().catch(console.error);\n',
      ),
    ).toEqual(['main']);
  });

  it("reads Go init functions, not methods or other languages' init", () => {
    const facts = loadedParser('go').parse(
      'a/a.go',
      'package a\nfunc init() {}\ntype S struct{}\nfunc (s S) init() {}\n',
    );
    const context = new FileContext({ path: 'a/a.go', facts });
    expect(facts.functions.map((fn) => isPackageInitializer(fn, context))).toEqual([true, false]);
    const python = loadedParser('python').parse('a.py', 'def init():\n    pass\n');
    expect(
      isPackageInitializer(python.functions[0]!, new FileContext({ path: 'a.py', facts: python })),
    ).toBe(false);
  });
});
