import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useProjects, writeFiles } from '../../test-helpers/project.js';
import { createPathFilter } from '../ignore-rules.js';
import { discoverFiles } from './discover.js';
import { listGitFiles } from './git-files.js';
import { walkDirectory } from './walk.js';

const project = useProjects();

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd: root,
    stdio: 'ignore',
  });
}

const TREE = {
  '.gitignore': 'dist/\n*.log\n!keep.log\n',
  'src/a.ts': 'a',
  'src/b.ts': 'b',
  'dist/out.js': 'x',
  'debug.log': 'x',
  'keep.log': 'x',
  'node_modules/pkg/index.js': 'x',
  'packages/p/.gitignore': 'generated/\n',
  'packages/p/generated/g.ts': 'x',
  'packages/p/src/c.ts': 'c',
};

describe('discoverFiles in a git work tree', () => {
  it('lists tracked and untracked files, not ignored ones, with .driftignore applied', () => {
    const root = project({ ...TREE, '.driftignore': 'src/b.ts\n' });
    git(root, 'init', '-q');
    git(root, 'add', 'src/a.ts', '.gitignore');
    git(root, 'commit', '-qm', 'init');
    const discovery = discoverFiles(root, createPathFilter(root, []));
    expect(discovery.mode).toBe('git');
    expect([...discovery.paths].sort()).toEqual([
      '.driftignore',
      '.gitignore',
      'keep.log',
      'packages/p/.gitignore',
      'packages/p/src/c.ts',
      'src/a.ts',
    ]);
  });

  it('lists paths relative to a subfolder of the work tree', () => {
    const root = project(TREE);
    git(root, 'init', '-q');
    expect(listGitFiles(join(root, 'packages/p'))?.sort()).toEqual(['.gitignore', 'src/c.ts']);
  });

  it('leaves out nested repositories and tracked-but-deleted files are left to stat', () => {
    const root = project({ 'a.ts': 'a', 'nested/x.ts': 'x' });
    git(join(root, 'nested'), 'init', '-q');
    git(root, 'init', '-q');
    expect(listGitFiles(root)).toEqual(['a.ts']);
  });
});

describe('discoverFiles without git', () => {
  it('walks honouring .gitignore at every level, with negation, never entering ignored folders', () => {
    const root = project(TREE);
    const discovery = discoverFiles(root, createPathFilter(root, ['src/b.ts']));
    expect(discovery.mode).toBe('walk');
    expect([...discovery.paths].sort()).toEqual([
      '.gitignore',
      'keep.log',
      'packages/p/.gitignore',
      'packages/p/src/c.ts',
      'src/a.ts',
    ]);
  });

  it('reports symbolic links as entries without following them', () => {
    const root = project({ 'real/a.ts': 'a' });
    symlinkSync(join(root, 'real'), join(root, 'linked'));
    symlinkSync(join(root, 'real/a.ts'), join(root, 'link.ts'));
    const walked = walkDirectory(root, '', createPathFilter(root, []), true);
    expect(walked.files.sort()).toEqual(['link.ts', 'linked', 'real/a.ts']);
  });

  it('records a folder it cannot read and goes on', () => {
    const root = project({ 'a.ts': 'a' });
    mkdirSync(join(root, 'sub'));
    const walked = walkDirectory(root, 'missing', createPathFilter(root, []), true);
    expect(walked.files).toEqual([]);
    expect(walked.errors).toEqual([
      { file: 'missing', code: 'SCAN_ERROR', reason: 'cannot read folder (ENOENT)' },
    ]);
  });

  it('walks a git work tree in which git lists nothing', () => {
    const root = project();
    git(root, 'init', '-q');
    writeFiles(root, { '.gitignore': '*\n' });
    expect(listGitFiles(root)).toBeNull();
    expect(discoverFiles(root, createPathFilter(root, []))).toEqual({
      mode: 'walk',
      paths: [],
      errors: [],
    });
  });
});
