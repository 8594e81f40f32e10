import { describe, expect, it } from 'vitest';
import {
  ancestorDirectories,
  baseName,
  childPath,
  isRootRelative,
  joinPath,
  parentDirectory,
} from './project-paths.js';

describe('project paths', () => {
  it('splits a root-relative path into folder and name', () => {
    expect(parentDirectory('a/b/c.ts')).toBe('a/b');
    expect(parentDirectory('c.ts')).toBe('');
    expect(baseName('a/b/c.ts')).toBe('c.ts');
    expect(baseName('c.ts')).toBe('c.ts');
  });

  it('joins relative paths, resolving . and .., and refuses to leave the root', () => {
    expect(joinPath('a/b', '../c/./d')).toBe('a/c/d');
    expect(joinPath('', './x.ts')).toBe('x.ts');
    expect(joinPath('a', '../..')).toBeNull();
    expect(childPath('', 'package.json')).toBe('package.json');
    expect(childPath('pkg', 'package.json')).toBe('pkg/package.json');
  });

  it('lists the folders above a path, innermost first, ending at the root', () => {
    expect(ancestorDirectories('a/b/c.ts')).toEqual(['a/b', 'a', '']);
    expect(ancestorDirectories('c.ts')).toEqual(['']);
  });
});

describe('isRootRelative', () => {
  it.each(['a.ts', 'src/a.ts', '.github/x.yml'])('accepts %s', (path) => {
    expect(isRootRelative(path)).toBe(true);
  });

  it.each(['', '/abs/a.ts', 'src\\a.ts', './a.ts', 'src/../a.ts', 'src//a.ts', 'src/'])(
    'refuses %s',
    (path) => {
      expect(isRootRelative(path)).toBe(false);
    },
  );
});
