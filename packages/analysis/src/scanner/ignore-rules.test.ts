import { describe, expect, it } from 'vitest';
import { useProjects } from '../test-helpers/project.js';
import { createPathFilter, hasAlwaysSkippedSegment } from './ignore-rules.js';

const project = useProjects();

describe('hasAlwaysSkippedSegment', () => {
  it('matches .git, .drift and node_modules at any depth, whole segments only', () => {
    expect(hasAlwaysSkippedSegment('node_modules/x/index.js')).toBe(true);
    expect(hasAlwaysSkippedSegment('packages/a/node_modules/x.js')).toBe(true);
    expect(hasAlwaysSkippedSegment('.git/config')).toBe(true);
    expect(hasAlwaysSkippedSegment('.drift/drift.db')).toBe(true);
    expect(hasAlwaysSkippedSegment('src/node_modules2/x.js')).toBe(false);
    expect(hasAlwaysSkippedSegment('src/.gitignore')).toBe(false);
    expect(hasAlwaysSkippedSegment('a.ts')).toBe(false);
  });
});

describe('createPathFilter', () => {
  it('applies .driftignore and scan.extra_ignore with gitignore semantics', () => {
    const root = project({ '.driftignore': '# generated\n*.gen.ts\n!keep.gen.ts\nbuild/\n' });
    const filter = createPathFilter(root, ['vendor/', 'docs/**/*.md']);
    expect(filter.ignores('src/a.gen.ts')).toBe(true);
    expect(filter.ignores('src/keep.gen.ts')).toBe(false);
    expect(filter.ignores('build', true)).toBe(true);
    expect(filter.ignores('build/out.js')).toBe(true);
    expect(filter.ignores('vendor/lib.js')).toBe(true);
    expect(filter.ignores('docs/guide/x.md')).toBe(true);
    expect(filter.ignores('src/a.ts')).toBe(false);
    expect(filter.ignores('node_modules/a.ts')).toBe(true);
  });

  it('without rules, skips only the always-skipped folders', () => {
    const filter = createPathFilter(project(), []);
    expect(filter.ignores('build/out.js')).toBe(false);
    expect(filter.ignores('.drift/x', true)).toBe(true);
  });
});
