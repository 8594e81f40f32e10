import { describe, expect, it } from 'vitest';
import { GoPackages } from './go-packages.js';
import { ProjectLayout } from './project-layout.js';

describe('GoPackages', () => {
  const layout = new ProjectLayout([
    'main.go',
    'store/store.go',
    'store/store_test.go',
    'store/README.md',
    'tools/gen/main.go',
    'tools/gen/internal/x.go',
  ]);
  const mods: Record<string, string> = {
    'go.mod': 'module example.com/app\n\ngo 1.22\n',
    'tools/gen/go.mod': 'module "example.com/app/tools/gen"\n',
  };
  const packages = new GoPackages((path) => mods[path] ?? null, layout, layout.directories());

  it('maps import paths under a go.mod module to folders, the longest module first', () => {
    expect(packages.directoryOf('example.com/app')).toBe('');
    expect(packages.directoryOf('example.com/app/store')).toBe('store');
    expect(packages.directoryOf('example.com/app/tools/gen/internal')).toBe('tools/gen/internal');
    expect(packages.directoryOf('example.com/app/missing')).toBeNull();
    expect(packages.directoryOf('fmt')).toBeNull();
  });

  it('lists the non-test Go files of a package', () => {
    expect(packages.packageFiles('store')).toEqual(['store/store.go']);
  });
});
