import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useProjects } from '../test-helpers/project.js';
import { checkFiles } from './file-check.js';
import { createPathFilter } from './ignore-rules.js';

const project = useProjects();

function check(root: string, paths: string[], followSymlinks = false) {
  return checkFiles(root, paths, { followSymlinks, filter: createPathFilter(root, []) });
}

describe('checkFiles', () => {
  it('stats supported files and skips unsupported ones without touching them', () => {
    const root = project({ 'a.ts': 'abc', 'logo.png': 'x' });
    const result = check(root, ['a.ts', 'logo.png', 'missing.png']);
    expect(result.files).toEqual([
      { path: 'a.ts', language: 'typescript', size: 3, mtimeMs: expect.any(Number) as number },
    ]);
    expect(result.skipped).toEqual([
      { path: 'logo.png', reason: 'unsupported' },
      { path: 'missing.png', reason: 'unsupported' },
    ]);
  });

  it('drops paths that vanished and folders (submodules) silently', () => {
    const root = project({ 'sub/x.ts': 'x' });
    const result = check(root, ['gone.ts', 'sub']);
    expect(result).toEqual({
      files: [],
      skipped: [{ path: 'sub', reason: 'unsupported' }],
      errors: [],
    });
    expect(check(root, ['gone.ts'], true)).toEqual({ files: [], skipped: [], errors: [] });
  });

  it('counts a path it cannot stat as unreadable, with an error', () => {
    const root = project();
    const long = `${'x'.repeat(300)}.ts`;
    const result = check(root, [long]);
    expect(result.skipped).toEqual([{ path: long, reason: 'unreadable' }]);
    expect(result.errors).toEqual([
      { file: long, code: 'SCAN_ERROR', reason: 'cannot stat (ENAMETOOLONG)' },
    ]);
  });

  it('skips symbolic links when not following them', () => {
    const root = project({ 'a.ts': 'a' });
    symlinkSync(join(root, 'a.ts'), join(root, 'link.ts'));
    expect(check(root, ['a.ts', 'link.ts']).skipped).toEqual([
      { path: 'link.ts', reason: 'symlink' },
    ]);
  });

  it('follows links to files, and reports broken links and ELOOP chains', () => {
    const root = project({ 'a.ts': 'abcd' });
    symlinkSync(join(root, 'a.ts'), join(root, 'link.ts'));
    symlinkSync(join(root, 'nowhere.ts'), join(root, 'broken.ts'));
    symlinkSync(join(root, 'loop-b.ts'), join(root, 'loop-a.ts'));
    symlinkSync(join(root, 'loop-a.ts'), join(root, 'loop-b.ts'));
    const result = check(root, ['link.ts', 'broken.ts', 'loop-a.ts'], true);
    expect(result.files.map((f) => [f.path, f.size])).toEqual([['link.ts', 4]]);
    expect(result.skipped).toEqual([
      { path: 'broken.ts', reason: 'broken_symlink' },
      { path: 'loop-a.ts', reason: 'symlink_loop' },
    ]);
    expect(result.errors.map((e) => e.reason)).toEqual([
      'broken symbolic link',
      'symbolic link loop (ELOOP)',
    ]);
  });

  it('walks a linked folder once, and refuses a link into its own ancestry', () => {
    const root = project({ 'lib/x.ts': 'x', 'lib/deep/y.py': 'y' });
    symlinkSync(join(root, 'lib'), join(root, 'alias'));
    symlinkSync(join(root, 'lib'), join(root, 'alias2'));
    mkdirSync(join(root, 'lib/sub'));
    symlinkSync(root, join(root, 'lib/sub/up'));
    const result = check(root, ['alias', 'alias2', 'lib/sub/up'], true);
    expect(result.files.map((f) => f.path).sort()).toEqual(['alias/deep/y.py', 'alias/x.ts']);
    expect(result.skipped).toContainEqual({ path: 'lib/sub/up', reason: 'symlink_loop' });
    expect(result.skipped.filter((s) => s.reason === 'symlink_loop').map((s) => s.path)).toContain(
      'alias/sub/up',
    );
  });
});
