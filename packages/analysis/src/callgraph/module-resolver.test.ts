import { describe, expect, it } from 'vitest';
import { ModuleResolver } from './module-resolver.js';
import { ProjectLayout } from './project-layout.js';

describe('ModuleResolver', () => {
  const paths = [
    'web/a.ts',
    'web/lib/index.ts',
    'app/__init__.py',
    'app/m.py',
    'store/s.go',
    'store/s_test.go',
  ];
  const config: Record<string, string> = {
    'web/tsconfig.json': '{ "compilerOptions": { "paths": { "~/*": ["./*"] } } }',
    'go.mod': 'module ex.com/m\n',
  };
  const modules = new ModuleResolver(
    (path) => config[path] ?? null,
    new ProjectLayout(paths),
    paths,
  );

  it('resolves TypeScript relative, root-absolute and tsconfig-mapped specifiers', () => {
    expect(modules.typescript('web/a.ts', './lib')).toBe('web/lib/index.ts');
    expect(modules.typescript('web/a.ts', './lib')).toBe('web/lib/index.ts');
    expect(modules.typescript('web/a.ts', '/web/lib')).toBe('web/lib/index.ts');
    expect(modules.typescript('web/a.ts', '~/lib')).toBe('web/lib/index.ts');
    expect(modules.typescript('web/a.ts', 'react')).toBeNull();
    expect(modules.typescript('web/a.ts', '../../x')).toBeNull();
  });

  it('resolves Python modules and Go packages', () => {
    expect(modules.python('app/m.py', '.')?.file).toBe('app/__init__.py');
    expect(modules.pythonSubmodule('app', 'm')?.file).toBe('app/m.py');
    expect(modules.goDirectory('ex.com/m/store')).toBe('store');
    expect(modules.goPackageFiles('ex.com/m/store')).toEqual(['store/s.go']);
    expect(modules.goPackageFiles('fmt')).toEqual([]);
  });

  it('gives the paths a missing module was looked for at', () => {
    expect(modules.stems('web/a.ts', 'typescript', './gone.js', [])).toEqual([
      'web/gone',
      'web/gone/index',
    ]);
    expect(modules.stems('web/a.ts', 'typescript', '../../gone', [])).toEqual([]);
    expect(modules.stems('web/a.ts', 'typescript', 'pkg', [])).toEqual([]);
    expect(modules.stems('store/s.go', 'go', 'ex.com/m/x', [])).toEqual([]);
    expect(modules.stems('app/m.py', 'python', '.x', [])).toEqual(['app/x', 'app/x/__init__']);
  });
});
