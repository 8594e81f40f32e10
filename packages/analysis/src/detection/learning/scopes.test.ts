import { describe, expect, it } from 'vitest';
import { packageRoots, ScopeResolver, scopeDepth } from './scopes.js';

describe('packageRoots', () => {
  it('finds the folders of manifests, Deno configurations included, and skips dependencies', () => {
    expect(
      packageRoots([
        'package.json',
        'packages/api/package.json',
        'packages/api/src/a.ts',
        'runtime-tests/deno/deno.json',
        'runtime-tests/deno-jsx/deno.precompile.json',
        'services/billing/pyproject.toml',
        'node_modules/left-pad/package.json',
        'test/fixtures/app/package.json',
        'src/config.json',
      ]),
    ).toEqual([
      '',
      'packages/api',
      'runtime-tests/deno',
      'runtime-tests/deno-jsx',
      'services/billing',
    ]);
  });
});

describe('ScopeResolver', () => {
  it('places a file in its deepest package and knows the package roots', () => {
    const resolver = new ScopeResolver(['', 'packages/api', 'packages/api/plugins/x']);
    expect(resolver.packageOf('packages/api/src/a.ts')).toBe('packages/api');
    expect(resolver.packageOf('packages/api/plugins/x/b.ts')).toBe('packages/api/plugins/x');
    expect(resolver.packageOf('scripts/c.ts')).toBe('');
    expect(resolver.parentOf('packages/api')).toBe('');
    expect(resolver.isPackageRoot('packages/api')).toBe(true);
    expect(resolver.isPackageRoot('packages')).toBe(false);
    expect(scopeDepth('')).toBe(0);
    expect(scopeDepth('packages/api')).toBe(2);
  });
});
