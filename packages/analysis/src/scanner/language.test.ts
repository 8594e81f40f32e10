import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['src/a.ts', 'typescript'],
    ['src/a.d.ts', 'typescript'],
    ['App.TSX', 'typescript'],
    ['x.mts', 'typescript'],
    ['x.js', 'javascript'],
    ['x.jsx', 'javascript'],
    ['x.mjs', 'javascript'],
    ['x.cjs', 'javascript'],
    ['app/main.py', 'python'],
    ['Main.java', 'java'],
    ['build.gradle.kts', 'kotlin'],
    ['Program.cs', 'csharp'],
    ['main.go', 'go'],
    ['lib.rs', 'rust'],
    ['index.php', 'php'],
    ['x.c', 'c'],
    ['x.h', 'c'],
    ['x.cpp', 'cpp'],
    ['x.hpp', 'cpp'],
    ['x.cc', 'cpp'],
    ['app.rb', 'ruby'],
    ['package.json', 'json'],
    ['ci.yml', 'yaml'],
    ['ci.yaml', 'yaml'],
    ['drift.toml', 'toml'],
    ['README.md', 'markdown'],
    ['style.css', 'css'],
    ['style.scss', 'css'],
  ])('%s → %s', (path, language) => {
    expect(detectLanguage(path)).toBe(language);
  });

  it.each([
    'Makefile',
    'logo.png',
    '.gitignore',
    'dir.ts/file',
    'archive.tar.gz',
    'noext.',
    'notes.constructor',
    'a.__proto__',
  ])('%s is unsupported', (path) => {
    expect(detectLanguage(path)).toBeUndefined();
  });
});
