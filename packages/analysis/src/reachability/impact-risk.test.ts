import type { EntryPointKind } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { scoreImpactRisk, type ImpactRiskInput } from './impact-risk.js';

const NONE: Record<EntryPointKind, number> = {
  route: 0,
  main: 0,
  exported: 0,
  cli: 0,
  test: 0,
  lifecycle: 0,
  event: 0,
};
const QUIET: ImpactRiskInput = {
  entryPointsByKind: NONE,
  affectedFunctions: 0,
  maxDepth: 0,
  directCallers: 0,
  testableFunctions: 0,
  untestedFunctions: 0,
};

describe('scoreImpactRisk', () => {
  it('scores 0 with no reasons when nothing is affected and everything is tested', () => {
    expect(scoreImpactRisk({ ...QUIET, testableFunctions: 2 })).toEqual({ score: 0, reasons: [] });
  });

  it('adds capped points per factor, largest first, with a sentence each', () => {
    const risk = scoreImpactRisk({
      entryPointsByKind: { ...NONE, route: 3, cli: 1, main: 1, test: 4 },
      affectedFunctions: 14,
      maxDepth: 4,
      directCallers: 5,
      testableFunctions: 3,
      untestedFunctions: 2,
    });
    expect(risk).toEqual({
      score: 30 + 10 + 14 + 8 + 10 + 13,
      reasons: [
        { factor: 'routes', points: 30, message: 'reached by 3 route handlers' },
        {
          factor: 'callers',
          points: 14,
          message: '14 functions call the changed code, directly or transitively',
        },
        {
          factor: 'untested',
          points: 13,
          message: '2 of 3 changed functions are not reached by any test',
        },
        {
          factor: 'entryPoints',
          points: 10,
          message: 'reached by 2 other entry points (1 main, 1 cli)',
        },
        { factor: 'fanIn', points: 10, message: 'called directly by 5 functions' },
        { factor: 'depth', points: 8, message: 'the longest caller chain is 4 calls deep' },
      ],
    });
  });

  it('reaches 100 when every factor is at its cap', () => {
    const risk = scoreImpactRisk({
      entryPointsByKind: { ...NONE, route: 9, exported: 2, lifecycle: 1, event: 5 },
      affectedFunctions: 400,
      maxDepth: 30,
      directCallers: 40,
      testableFunctions: 1,
      untestedFunctions: 1,
    });
    expect(risk.score).toBe(100);
    expect(risk.reasons.map((reason) => [reason.factor, reason.points])).toEqual([
      ['routes', 30],
      ['untested', 20],
      ['entryPoints', 15],
      ['callers', 15],
      ['depth', 10],
      ['fanIn', 10],
    ]);
    expect(risk.reasons[2]!.message).toBe(
      'reached by 8 other entry points (2 exported, 1 lifecycle, 5 event)',
    );
    expect(risk.reasons[1]!.message).toBe('1 of 1 changed function is not reached by any test');
  });

  it('uses singular sentences for one of a kind', () => {
    const risk = scoreImpactRisk({
      ...QUIET,
      entryPointsByKind: { ...NONE, route: 1 },
      affectedFunctions: 1,
      maxDepth: 1,
      directCallers: 1,
    });
    expect(risk.reasons.map((reason) => reason.message)).toEqual([
      'reached by 1 route handler',
      'the longest caller chain is 1 call deep',
      'called directly by 1 function',
      '1 function calls the changed code, directly or transitively',
    ]);
    expect(risk.score).toBe(10 + 2 + 2 + 1);
  });
});
