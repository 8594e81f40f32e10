import { CallGraphError } from '@drift/core';
import { compareText } from './compare-text.js';

/** What `rankHotspots` needs of a file. */
export interface HotspotCandidate {
  /** Root-relative path. */
  readonly path: string;
  /** Ca: number of files depending on this one. */
  readonly afferent: number;
  /** Ce: number of files this one depends on. */
  readonly efferent: number;
  /** Files in this file's strongly connected component: 1 when it is in no cycle. */
  readonly cycleSize: number;
}

/** A file ranked as a coupling hotspot. */
export interface Hotspot extends HotspotCandidate {
  /** Ca × Ce × cycleSize (see `rankHotspots`). */
  readonly score: number;
  /** Human-readable reasons, one per factor of the score that applies. */
  readonly reasons: readonly string[];
}

/**
 * The `limit` files with the highest hub score, best first (ties: larger Ca + Ce, then path).
 *
 * score = Ca × Ce × cycleSize. Ca × Ce counts the (dependent, dependency) pairs the file sits
 * between — the fan-in × fan-out of S. Henry and D. Kafura's information-flow metric ("Software
 * Structure Metrics Based on Information Flow", IEEE TSE 7(5), 1981) and the "hub-like
 * dependency" smell of Arcan (F. Arcelli Fontana et al., "Arcan: a tool for architectural smells
 * detection", ICSA Workshops 2017): a change to it can break every dependent, and a change to any
 * dependency can reach every dependent through it. A file in a cycle of k files is multiplied
 * by k because all k files depend on each other and must be understood, built and tested
 * together (J. Lakos, "Large-Scale C++ Software Design", 1996, cumulative component
 * dependency). Files with Ca = 0 or Ce = 0 (score 0) are no hub and are never returned.
 * O(n log n).
 *
 * @throws CallGraphError (`CALL_GRAPH_ERROR`) when `limit` is not a non-negative integer.
 */
export function rankHotspots(candidates: readonly HotspotCandidate[], limit: number): Hotspot[] {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new CallGraphError('CALL_GRAPH_ERROR', `Hotspot limit must be a count, got ${limit}`);
  }
  const scored: Hotspot[] = [];
  for (const { path, afferent, efferent, cycleSize } of candidates) {
    const score = afferent * efferent * Math.max(1, cycleSize);
    if (score === 0) continue;
    const reasons = [
      `imported by ${plural(afferent, 'file')} (Ca = ${afferent})`,
      `imports ${plural(efferent, 'file')} (Ce = ${efferent})`,
    ];
    if (cycleSize > 1) reasons.push(`in a dependency cycle of ${cycleSize} files`);
    scored.push({ path, afferent, efferent, cycleSize, score, reasons });
  }
  return scored
    .sort((a, b) => {
      if (a.score !== b.score) return b.score - a.score;
      const byCoupling = b.afferent + b.efferent - (a.afferent + a.efferent);
      return byCoupling !== 0 ? byCoupling : compareText(a.path, b.path);
    })
    .slice(0, limit);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
