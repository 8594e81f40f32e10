import { describe, expect, it } from 'vitest';
import { ProjectLayout } from './project-layout.js';

describe('ProjectLayout', () => {
  const layout = new ProjectLayout(['src/a.ts', 'src/lib/b.ts', 'src/lib/c.ts', 'main.go']);

  it('knows files and every folder above them', () => {
    expect(layout.hasFile('src/lib/b.ts')).toBe(true);
    expect(layout.hasFile('src/lib')).toBe(false);
    expect(layout.hasDirectory('src/lib')).toBe(true);
    expect(layout.hasDirectory('src')).toBe(true);
    expect(layout.hasDirectory('')).toBe(true);
    expect(layout.hasDirectory('lib')).toBe(false);
    expect([...layout.directories()].sort()).toEqual(['', 'src', 'src/lib']);
  });

  it('lists the files directly in a folder', () => {
    expect(layout.filesIn('src/lib')).toEqual(['src/lib/b.ts', 'src/lib/c.ts']);
    expect(layout.filesIn('')).toEqual(['main.go']);
    expect(layout.filesIn('none')).toEqual([]);
  });
});
