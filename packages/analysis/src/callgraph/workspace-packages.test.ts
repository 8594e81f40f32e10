import { describe, expect, it } from 'vitest';
import { ProjectLayout } from './project-layout.js';
import { WorkspacePackages } from './workspace-packages.js';

function packagesOf(files: Record<string, string>): WorkspacePackages {
  const layout = new ProjectLayout(
    Object.keys(files).filter((path) => !path.endsWith('.json') && !path.endsWith('.yaml')),
  );
  return new WorkspacePackages((path) => files[path] ?? null, layout, layout.directories());
}

describe('WorkspacePackages', () => {
  it('resolves exports with conditions, subpaths and patterns, mapping dist back to src', () => {
    const packages = packagesOf({
      'package.json': '{ "name": "root", "workspaces": ["libs/*"] }',
      'libs/core/package.json': `{
        "name": "@acme/core",
        "exports": {
          ".": { "types": "./dist/index.d.ts", "import": "./dist/index.js" },
          "./utils": "./dist/utils/index.js",
          "./features/*": "./dist/features/*.js"
        }
      }`,
      'libs/core/src/index.ts': '',
      'libs/core/src/utils/index.ts': '',
      'libs/core/src/features/auth.ts': '',
    });
    expect(packages.resolve('@acme/core')).toBe('libs/core/src/index.ts');
    expect(packages.resolve('@acme/core/utils')).toBe('libs/core/src/utils/index.ts');
    expect(packages.resolve('@acme/core/features/auth')).toBe('libs/core/src/features/auth.ts');
    expect(packages.resolve('@acme/core/missing')).toBeNull();
    expect(packages.resolve('@acme/other')).toBeNull();
    expect(packages.resolve('react')).toBeNull();
    expect(packages.entryFiles()).toEqual([
      'libs/core/src/index.ts',
      'libs/core/src/utils/index.ts',
    ]);
  });

  it('lists the files packages expose: exports, main and bin targets', () => {
    const packages = packagesOf({
      'package.json': '{ "name": "root", "workspaces": ["tools/*"] }',
      'tools/cli/package.json':
        '{ "name": "cli", "main": "dist/index.js", "bin": { "cli": "dist/bin.js", "bad": 3 } }',
      'tools/cli/src/index.ts': '',
      'tools/cli/src/bin.ts': '',
      'tools/one/package.json':
        '{ "name": "one", "exports": "./dist/one.js", "bin": "dist/run.js" }',
      'tools/one/src/one.ts': '',
      'tools/one/src/run.ts': '',
    });
    expect(packages.entryFiles()).toEqual([
      'tools/cli/src/bin.ts',
      'tools/cli/src/index.ts',
      'tools/one/src/one.ts',
      'tools/one/src/run.ts',
    ]);
  });

  it('uses main/module fields, then src/index, and keeps dist when the project has it', () => {
    const packages = packagesOf({
      'pnpm-workspace.yaml': "packages:\n  - 'tools/*'\n",
      'tools/cli/package.json': '{ "name": "cli", "main": "lib/main.js" }',
      'tools/cli/src/main.ts': '',
      'tools/plain/package.json': '{ "name": "plain" }',
      'tools/plain/src/index.ts': '',
      'tools/plain/src/sub/x.ts': '',
      'tools/built/package.json': '{ "name": "built", "exports": "./dist/index.js" }',
      'tools/built/dist/index.js': '',
      'tools/built/src/index.ts': '',
    });
    expect(packages.resolve('cli')).toBe('tools/cli/src/main.ts');
    expect(packages.resolve('plain')).toBe('tools/plain/src/index.ts');
    expect(packages.resolve('plain/sub/x')).toBe('tools/plain/src/sub/x.ts');
    expect(packages.resolve('built')).toBe('tools/built/dist/index.js');
  });

  it('finds packages above src folders and through lerna.json', () => {
    const packages = packagesOf({
      'lerna.json': '{ "packages": ["modules/*"] }',
      'modules/a/package.json': '{ "name": "mod-a", "module": "index.mjs" }',
      'modules/a/index.mjs': '',
      'apps/web/package.json': '{ "name": "web" }',
      'apps/web/src/index.tsx': '',
    });
    expect(packages.resolve('mod-a')).toBe('modules/a/index.mjs');
    expect(packages.resolve('web')).toBe('apps/web/src/index.tsx');
  });
});

describe('WorkspacePackages exports forms', () => {
  it('reads condition objects, arrays and the most specific pattern', () => {
    const packages = packagesOf({
      'package.json': '{ "workspaces": { "packages": ["pkgs/**"] } }',
      'pkgs/group/cond/package.json':
        '{ "name": "cond", "exports": { "require": 42, "default": ["./lib/index.js"] } }',
      'pkgs/group/cond/src/index.ts': '',
      'pkgs/arr/package.json':
        '{ "name": "arr", "exports": { "./a/*": "./src/a/*.ts", "./a/deep/*": "./src/deep/*.ts", "./b": null } }',
      'pkgs/arr/src/a/x.ts': '',
      'pkgs/arr/src/deep/y.ts': '',
      'pkgs/root/package.json': '{ "name": "rootpkg", "main": "main.js" }',
      'pkgs/root/main.js': '',
      'pkgs/flat/package.json': '{ "name": "flat", "exports": ["./out/lib.js"] }',
      'pkgs/flat/lib.ts': '',
      'pkgs/plain/package.json': '{ "name": "plain" }',
      'pkgs/plain/index.js': '',
    });
    expect(packages.resolve('cond')).toBe('pkgs/group/cond/src/index.ts');
    expect(packages.resolve('cond/sub')).toBeNull();
    expect(packages.resolve('arr/a/x')).toBe('pkgs/arr/src/a/x.ts');
    expect(packages.resolve('arr/a/deep/y')).toBe('pkgs/arr/src/deep/y.ts');
    expect(packages.resolve('arr/b')).toBeNull();
    expect(packages.resolve('rootpkg')).toBe('pkgs/root/main.js');
    expect(packages.resolve('flat')).toBe('pkgs/flat/lib.ts');
    expect(packages.resolve('flat/x')).toBeNull();
    expect(packages.resolve('plain')).toBe('pkgs/plain/index.js');
  });
});
