import type { Observation } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { defineDetector, type Detector } from '../detector.js';
import { findViolations, type LocatedObservation, type ScoredPattern } from './violations.js';

const learned = defineDetector({
  id: 'logging/console-vs-logger',
  category: 'logging',
  name: 'Logger',
  description: 'd',
  severity: 'warning',
  mode: 'learned',
  noun: 'logging calls',
  variants: { logger: 'go through a logger', console: 'print to the console' },
  describe: (o) => `prints with \`${String(o.context?.callee)}\``,
  languages: ['typescript'],
});
const rule = defineDetector({
  id: 'security/eval',
  category: 'security',
  name: 'Eval',
  description: 'd',
  severity: 'error',
  mode: 'rule',
  expected: 'code is never evaluated from strings',
  noun: 'calls',
  variants: { eval: 'call eval' },
  describe: () => 'calls `eval`',
  languages: ['typescript'],
});
const detectors = new Map<string, Detector>([
  [learned.id, learned],
  [rule.id, rule],
]);

function pattern(overrides: Partial<ScoredPattern> = {}): ScoredPattern {
  return {
    id: 'p1',
    detectorId: learned.id,
    scope: 'packages/api',
    variant: 'logger',
    occurrences: 212,
    files: 40,
    total: 225,
    distribution: { logger: 212, console: 13 },
    members: new Set(['packages/api/a.ts', 'packages/api/b.ts']),
    pinned: false,
    confidence: 0.8,
    status: 'discovered',
    ...overrides,
  };
}

function observation(
  file: string,
  line: number,
  variant: string,
  detectorId = learned.id,
): LocatedObservation {
  const base: Observation = {
    detectorId,
    variant,
    line,
    column: 3,
    endLine: line,
    snippet: `console.log(${String(line)})`,
    context: { callee: 'console.log' },
    fingerprint: `${file}:${String(line)}`,
  };
  return { ...base, file };
}

describe('findViolations', () => {
  const observations = [
    observation('packages/api/a.ts', 1, 'logger'),
    observation('packages/api/a.ts', 5, 'console'),
    observation('packages/api/b.ts', 9, 'console'),
    observation('packages/web/c.ts', 2, 'console'),
  ];

  it('reports the other variants in the pattern’s member files, with the evidence', () => {
    const { violations } = findViolations([pattern()], observations, detectors, 0.65);
    expect(violations.map((v) => `${v.file}:${String(v.line)}`)).toEqual([
      'packages/api/a.ts:5',
      'packages/api/b.ts:9',
    ]);
    expect(violations[0]).toMatchObject({
      patternId: 'p1',
      severity: 'warning',
      enforced: false,
      message:
        'prints with `console.log`; 212 of 225 logging calls in packages/api go through a logger',
    });
  });

  it('reports nothing for ignored patterns or below the confidence floor, unless approved', () => {
    expect(
      findViolations([pattern({ status: 'ignored' })], observations, detectors, 0.65).violations,
    ).toEqual([]);
    expect(
      findViolations([pattern({ confidence: 0.6 })], observations, detectors, 0.65).violations,
    ).toEqual([]);
    const approved = findViolations(
      [pattern({ confidence: 0.3, status: 'approved' })],
      observations,
      detectors,
      0.65,
    ).violations;
    expect(approved.map((v) => v.enforced)).toEqual([true, true]);
  });

  it('reports every observation of a rule, enforced, with the rule as reason', () => {
    const rulePattern = pattern({
      id: 'r1',
      detectorId: rule.id,
      scope: '',
      variant: 'rule',
      members: new Set(['x.ts']),
      confidence: 1,
    });
    const { violations } = findViolations(
      [rulePattern],
      [observation('x.ts', 4, 'eval', rule.id)],
      detectors,
      0.65,
    );
    expect(violations).toMatchObject([
      {
        severity: 'error',
        enforced: true,
        message: 'calls `eval`; code is never evaluated from strings',
      },
    ]);
  });

  it('honours drift-ignore on the line or the line before, by target, and lists unused ones', () => {
    const suppressions = [
      { file: 'packages/api/a.ts', line: 4, target: null, reason: 'debug output' },
      { file: 'packages/api/b.ts', line: 9, target: 'errors/thrown-type', reason: null },
      { file: 'packages/api/b.ts', line: 20, target: 'p1', reason: null },
    ];
    const search = findViolations([pattern()], observations, detectors, 0.65, suppressions);
    expect(search.violations.map((v) => v.line)).toEqual([9]);
    expect(search.suppressed).toBe(1);
    expect(search.unusedSuppressions.map((s) => s.line)).toEqual([9, 20]);
    const byCategory = findViolations([pattern()], observations, detectors, 0.65, [
      { file: 'packages/api/b.ts', line: 9, target: 'logging', reason: null },
    ]);
    expect(byCategory.violations.map((v) => v.line)).toEqual([5]);
  });

  it('leaves dismissed fingerprints out and counts them', () => {
    const search = findViolations(
      [pattern()],
      observations,
      detectors,
      0.65,
      [],
      new Set(['packages/api/a.ts:5']),
    );
    expect(search.violations.map((v) => v.line)).toEqual([9]);
    expect(search.dismissed).toBe(1);
  });
});
