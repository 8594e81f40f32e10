import { describe, expect, it } from 'vitest';
import { defineDetector, type Detector } from '../detector.js';
import { learnPatterns, type FileVariantCount } from './learn.js';
import { patternId } from './pattern-id.js';

const settings = { minOccurrences: 3, dominanceThreshold: 0.6, minFiles: 2 };

function detector(overrides: Partial<Detector> = {}): Detector {
  return defineDetector({
    id: 'test/style',
    category: 'structural',
    name: 'Style',
    description: 'A test detector.',
    severity: 'info',
    mode: 'learned',
    noun: 'things',
    variants: { a: 'use a', b: 'use b' },
    describe: (o) => `uses ${o.variant}`,
    languages: ['typescript'],
    ...overrides,
  });
}

function counts(
  rows: [file: string, variant: string, count: number][],
  id = 'test/style',
): FileVariantCount[] {
  return rows.map(([file, variant, count]) => ({ file, detectorId: id, variant, count }));
}

describe('learnPatterns', () => {
  it('makes the dominant variant the pattern with its evidence', () => {
    const [pattern, ...rest] = learnPatterns(
      counts([
        ['src/a.ts', 'a', 3],
        ['src/b.ts', 'a', 2],
        ['src/c.ts', 'b', 1],
      ]),
      [detector()],
      [''],
      settings,
    );
    expect(rest).toEqual([]);
    expect(pattern).toMatchObject({
      id: patternId('test/style', '', 'a'),
      scope: '',
      variant: 'a',
      occurrences: 5,
      files: 2,
      total: 6,
      distribution: { a: 5, b: 1 },
      pinned: false,
    });
    expect([...(pattern?.members ?? [])].sort()).toEqual(['src/a.ts', 'src/b.ts', 'src/c.ts']);
  });

  it('needs the dominance share, the occurrences and the files', () => {
    const split = counts([
      ['a.ts', 'a', 3],
      ['b.ts', 'b', 3],
    ]);
    expect(learnPatterns(split, [detector()], [''], settings)).toEqual([]);
    const oneFile = counts([['a.ts', 'a', 9]]);
    expect(learnPatterns(oneFile, [detector()], [''], settings)).toEqual([]);
    const few = counts([
      ['a.ts', 'a', 1],
      ['b.ts', 'a', 1],
    ]);
    expect(learnPatterns(few, [detector()], [''], settings)).toEqual([]);
  });

  it('finds no pattern when the minority is spread over more than a quarter of the files', () => {
    const spread = counts([
      ['a.ts', 'a', 9],
      ['b.ts', 'a', 9],
      ['c.ts', 'a', 9],
      ['d.ts', 'a', 9],
      ['d.ts', 'b', 1],
      ['e.ts', 'a', 9],
      ['e.ts', 'b', 1],
    ]);
    expect(learnPatterns(spread, [detector()], [''], settings)).toEqual([]);
    const rare = spread.slice(0, 6);
    expect(learnPatterns(rare, [detector()], [''], settings)).toMatchObject([{ variant: 'a' }]);
  });

  it('never learns a lapse as the pattern, though it counts against the share', () => {
    const mostlyLapses = counts([
      ['a.ts', 'b', 3],
      ['b.ts', 'b', 3],
      ['c.ts', 'a', 1],
    ]);
    expect(learnPatterns(mostlyLapses, [detector({ lapses: ['b'] })], [''], settings)).toEqual([]);
    expect(learnPatterns(mostlyLapses, [detector()], [''], settings)).toMatchObject([
      { variant: 'b' },
    ]);
    const rareLapse = counts([
      ['a.ts', 'a', 3],
      ['b.ts', 'a', 3],
      ['c.ts', 'b', 1],
    ]);
    expect(learnPatterns(rareLapse, [detector({ lapses: ['b'] })], [''], settings)).toMatchObject([
      { variant: 'a', total: 7 },
    ]);
  });

  it('learns each workspace package on its own and never pools a package into the root', () => {
    const patterns = learnPatterns(
      counts([
        ['api/a.ts', 'a', 3],
        ['api/b.ts', 'a', 3],
        ['web/a.ts', 'b', 3],
        ['web/b.ts', 'b', 3],
        ['tool/x.ts', 'b', 1],
        ['src/x.ts', 'a', 2],
        ['src/y.ts', 'a', 2],
      ]),
      [detector()],
      ['', 'api', 'web', 'tool'],
      settings,
    );
    expect(patterns.map((p) => `${p.scope}:${p.variant}`)).toEqual([':a', 'api:a', 'web:b']);
    expect(patterns.find((p) => p.scope === '')?.members.has('tool/x.ts')).toBe(false);
  });

  it('learns directory-scoped detectors per folder, pooling thin folders into the package', () => {
    const patterns = learnPatterns(
      counts([
        ['src/components/A.tsx', 'b', 1],
        ['src/components/B.tsx', 'b', 1],
        ['src/components/C.tsx', 'b', 1],
        ['src/utils/x.ts', 'a', 1],
        ['src/utils/y.ts', 'a', 1],
        ['src/utils/z.ts', 'a', 1],
        ['src/lib/one.ts', 'a', 2],
        ['src/misc/two.ts', 'a', 1],
      ]),
      [detector({ scope: 'directory' })],
      [''],
      settings,
    );
    expect(patterns.map((p) => `${p.scope}:${p.variant}`)).toEqual([
      ':a',
      'src/components:b',
      'src/utils:a',
    ]);
    expect([...(patterns[0]?.members ?? [])].sort()).toEqual(['src/lib/one.ts', 'src/misc/two.ts']);
  });

  it('pins an approved variant even when it no longer dominates', () => {
    const rows = counts([
      ['a.ts', 'a', 1],
      ['b.ts', 'b', 5],
      ['c.ts', 'b', 5],
    ]);
    const [pattern] = learnPatterns(rows, [detector()], [''], settings, [
      { detectorId: 'test/style', scope: '', variant: 'a', status: 'approved' },
    ]);
    expect(pattern).toMatchObject({ variant: 'a', pinned: true, occurrences: 1, total: 11 });
  });

  it('folds a merged scope into the kept one before evaluating it', () => {
    const rows = counts([
      ['api/a.ts', 'a', 3],
      ['api/b.ts', 'a', 3],
      ['web/a.ts', 'a', 3],
      ['web/b.ts', 'b', 1],
      ['web/c.ts', 'a', 1],
    ]);
    const patterns = learnPatterns(rows, [detector()], ['', 'api', 'web'], settings, [
      {
        detectorId: 'test/style',
        scope: 'web',
        variant: 'a',
        status: 'merged',
        mergedIntoScope: 'api',
      },
    ]);
    expect(patterns.map((p) => `${p.scope}:${p.variant}:${String(p.total)}`)).toEqual(['api:a:11']);
  });

  it('forms one repository-wide pattern for a rule whenever it observed anything', () => {
    const rule = detector({ id: 'test/rule', mode: 'rule', expected: 'never' });
    const [pattern] = learnPatterns(
      counts([['x/a.ts', 'eval', 1]], 'test/rule'),
      [rule],
      ['', 'x'],
      settings,
    );
    expect(pattern).toMatchObject({ scope: '', variant: 'rule', total: 1, pinned: true });
    expect(learnPatterns([], [rule], [''], settings)).toEqual([]);
  });
});
