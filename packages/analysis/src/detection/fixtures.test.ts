import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFiles } from './analyze-files.js';
import { DETECTORS } from './detector-registry.js';

/**
 * The fixture repositories of `packages/analysis/fixtures/detection/`: each is a small project
 * with a known dominant convention per detector and planted outliers, and an `expected.json`:
 * `{ detectors: string[], patterns: {detector, scope, variant}[], violations: {detector, file,
 * line}[] }`. Only the listed detectors' results are compared.
 */
const FIXTURES = join(import.meta.dirname, '../../fixtures/detection');

interface Expected {
  readonly detectors: readonly string[];
  readonly patterns: readonly { detector: string; scope: string; variant: string }[];
  readonly violations: readonly { detector: string; file: string; line: number }[];
}

function readTree(
  root: string,
  dir = root,
  files: Record<string, string> = {},
): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readTree(root, path, files);
    else if (dir !== root || name !== 'expected.json')
      files[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
  }
  return files;
}

const tally = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
const rows: string[] = [];

function score(
  expected: readonly string[],
  actual: readonly string[],
): { tp: number; fp: number; fn: number } {
  const want = new Set(expected);
  const got = new Set(actual);
  const tp = [...got].filter((item) => want.has(item)).length;
  return { tp, fp: got.size - tp, fn: want.size - tp };
}

describe('detection fixtures', () => {
  const names = readdirSync(FIXTURES).filter((name) =>
    statSync(join(FIXTURES, name)).isDirectory(),
  );

  it.each(names)('%s produces exactly the expected patterns and violations', async (name) => {
    const root = join(FIXTURES, name);
    const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as Expected;
    const detectors = DETECTORS.filter((d) => expected.detectors.includes(d.id));
    expect(detectors.map((d) => d.id).sort()).toEqual([...expected.detectors].sort());
    const result = await analyzeFiles(readTree(root), detectors);
    const patterns = result.patterns.map((p) => `${p.detectorId} [${p.scope}] ${p.variant}`).sort();
    const violations = result.violations
      .map((v) => `${v.detectorId} ${v.file}:${String(v.line)}`)
      .sort();
    const wantPatterns = expected.patterns
      .map((p) => `${p.detector} [${p.scope}] ${p.variant}`)
      .sort();
    const wantViolations = expected.violations
      .map((v) => `${v.detector} ${v.file}:${String(v.line)}`)
      .sort();
    const p = score(wantPatterns, patterns);
    const v = score(wantViolations, violations);
    tally.truePositives += p.tp + v.tp;
    tally.falsePositives += p.fp + v.fp;
    tally.falseNegatives += p.fn + v.fn;
    rows.push(
      `${name.padEnd(40)} patterns ${String(p.tp)}/${String(wantPatterns.length)} (+${String(p.fp)})  violations ${String(v.tp)}/${String(wantViolations.length)} (+${String(v.fp)})`,
    );
    expect({ patterns, violations }).toEqual({
      patterns: wantPatterns,
      violations: wantViolations,
    });
  });

  afterAll(() => {
    const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = tally;
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    console.log(
      [
        ...rows,
        `precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} over ${String(names.length)} fixtures (${String(tp)} true positives, ${String(fp)} false positives, ${String(fn)} false negatives)`,
      ].join('\n'),
    );
  });
});
