import { describe, expect, it } from 'vitest';
import { ProjectLayout } from './project-layout.js';
import { probeTypeScriptModule } from './typescript-module-files.js';

describe('probeTypeScriptModule', () => {
  const layout = new ProjectLayout([
    'src/a.ts',
    'src/b.tsx',
    'src/c.js',
    'src/d.d.ts',
    'src/e.mts',
    'src/dir/index.ts',
    'src/jsdir/index.js',
    'src/plain.js',
  ]);

  it.each([
    ['src/a', 'src/a.ts'],
    ['src/a.js', 'src/a.ts'],
    ['src/b.js', 'src/b.tsx'],
    ['src/b.jsx', 'src/b.tsx'],
    ['src/c', 'src/c.js'],
    ['src/d', 'src/d.d.ts'],
    ['src/e.mjs', 'src/e.mts'],
    ['src/dir', 'src/dir/index.ts'],
    ['src/jsdir', 'src/jsdir/index.js'],
    ['src/plain.js', 'src/plain.js'],
    ['src/a.ts', 'src/a.ts'],
  ])('probes %s to %s', (base, file) => {
    expect(probeTypeScriptModule(base, layout)).toBe(file);
  });

  it('returns null when nothing matches', () => {
    expect(probeTypeScriptModule('src/missing', layout)).toBeNull();
    expect(probeTypeScriptModule('src/missing.js', layout)).toBeNull();
    expect(probeTypeScriptModule('src', layout)).toBeNull();
  });
});
