import type { EntryPointKind } from '@drift/core';

/** The factors of an impact risk score. */
export type RiskFactor = 'routes' | 'entryPoints' | 'callers' | 'depth' | 'fanIn' | 'untested';

/** One factor's contribution to a risk score. */
export interface RiskReason {
  readonly factor: RiskFactor;
  /** Points added to the score (> 0). */
  readonly points: number;
  /** A human sentence: "reached by 3 route handlers". */
  readonly message: string;
}

/** How risky a change is: a score 0–100 and the factors that make it up, largest first. */
export interface ImpactRisk {
  readonly score: number;
  readonly reasons: readonly RiskReason[];
}

/** The facts of an impact analysis that the risk score weighs. */
export interface ImpactRiskInput {
  /** Affected entry points by kind (changed entry points and those calling changed code). */
  readonly entryPointsByKind: Readonly<Record<EntryPointKind, number>>;
  /** Transitive callers of the changed functions. */
  readonly affectedFunctions: number;
  /** Hops of the farthest transitive caller (0 when there is none). */
  readonly maxDepth: number;
  /** Distinct direct callers of the changed functions (fan-in), changed ones left out. */
  readonly directCallers: number;
  /** Changed functions that tests should reach (not tests, not module-level code). */
  readonly testableFunctions: number;
  /** How many of those no test reaches. */
  readonly untestedFunctions: number;
}

/**
 * The points of each factor, as `[points per unit, cap]`; the caps add up to 100. Route handlers
 * weigh most because they are reachable from outside the process; other entry points (main, CLI
 * commands, exported API, lifecycle hooks, event handlers) weigh half as much; the breadth
 * (transitive callers), the depth of the caller chains and the fan-in measure how far a change
 * spreads; untested changes weigh up to 20 points in proportion. The weights are Drift's own,
 * chosen to be explainable rather than fitted.
 */
export const RISK_WEIGHTS: Readonly<Record<RiskFactor, readonly [number, number]>> = {
  routes: [10, 30],
  entryPoints: [5, 15],
  callers: [1, 15],
  depth: [2, 10],
  fanIn: [2, 10],
  untested: [20, 20],
};

const OTHER_ENTRY_KINDS: readonly EntryPointKind[] = [
  'main',
  'cli',
  'exported',
  'lifecycle',
  'event',
];

/**
 * The risk score of a change, 0–100, as the sum over factors of
 * `min(cap, points per unit × units)` with the {@link RISK_WEIGHTS}:
 * routes = affected route handlers; entryPoints = other affected non-test entry points;
 * callers = transitive callers; depth = hops of the farthest caller; fanIn = direct callers;
 * untested = the share of testable changed functions no test reaches (20 × untested / testable,
 * rounded). Each contributing factor gives a reason sentence; reasons are sorted by points,
 * largest first, ties in the order above.
 */
export function scoreImpactRisk(input: ImpactRiskInput): ImpactRisk {
  const routes = input.entryPointsByKind.route;
  const others = OTHER_ENTRY_KINDS.filter((kind) => input.entryPointsByKind[kind] > 0);
  const otherCount = others.reduce((sum, kind) => sum + input.entryPointsByKind[kind], 0);
  const otherList = others.map((kind) => `${input.entryPointsByKind[kind]} ${kind}`).join(', ');
  const untestedShare =
    input.testableFunctions === 0 ? 0 : input.untestedFunctions / input.testableFunctions;

  const candidates: (readonly [RiskFactor, number, string])[] = [
    ['routes', routes, `reached by ${count(routes, 'route handler')}`],
    [
      'entryPoints',
      otherCount,
      `reached by ${count(otherCount, 'other entry point')} (${otherList})`,
    ],
    [
      'callers',
      input.affectedFunctions,
      `${count(input.affectedFunctions, 'function')} ${input.affectedFunctions === 1 ? 'calls' : 'call'} the changed code, directly or transitively`,
    ],
    ['depth', input.maxDepth, `the longest caller chain is ${count(input.maxDepth, 'call')} deep`],
    ['fanIn', input.directCallers, `called directly by ${count(input.directCallers, 'function')}`],
    [
      'untested',
      untestedShare,
      `${input.untestedFunctions} of ${count(input.testableFunctions, 'changed function')} ${input.untestedFunctions === 1 ? 'is' : 'are'} not reached by any test`,
    ],
  ];
  const reasons: RiskReason[] = [];
  for (const [factor, units, message] of candidates) {
    const [perUnit, cap] = RISK_WEIGHTS[factor];
    const points = Math.min(cap, Math.round(perUnit * units));
    if (points > 0) reasons.push({ factor, points, message });
  }
  reasons.sort((a, b) => b.points - a.points);
  return { score: reasons.reduce((sum, reason) => sum + reason.points, 0), reasons };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
