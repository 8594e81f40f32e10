import { describe, expect, it } from 'vitest';
import {
  buildDependencyGraph,
  type DependencyArc,
  type DependencyGraph,
} from './dependency-graph.js';
import { feedbackArcSet } from './feedback-arc-set.js';

function arc(from: number, to: number, weight = 1): DependencyArc {
  return { from, to, weight, typeOnly: false, imports: [] };
}

function graphOf(size: number, arcs: DependencyArc[]): DependencyGraph {
  return buildDependencyGraph(
    Array.from({ length: size }, (_, i) => `f${i}`),
    arcs,
  );
}

function endsOf(graph: DependencyGraph, cut: number[]): [number, number][] {
  return cut.map((e) => [graph.arcs[e]!.from, graph.arcs[e]!.to]);
}

function isAcyclicWithout(graph: DependencyGraph, members: number[], cut: number[]): boolean {
  const inside = new Set(members);
  const removed = new Set(cut);
  const inDegree = new Map(members.map((v) => [v, 0]));
  graph.arcs.forEach((a, e) => {
    if (!removed.has(e) && inside.has(a.from) && inside.has(a.to)) {
      inDegree.set(a.to, inDegree.get(a.to)! + 1);
    }
  });
  const ready = members.filter((v) => inDegree.get(v) === 0);
  let seen = 0;
  for (let v = ready.pop(); v !== undefined; v = ready.pop()) {
    seen += 1;
    graph.arcs.forEach((a, e) => {
      if (a.from !== v || removed.has(e) || !inside.has(a.to)) return;
      inDegree.set(a.to, inDegree.get(a.to)! - 1);
      if (inDegree.get(a.to) === 0) ready.push(a.to);
    });
  }
  return seen === members.length;
}

describe('feedbackArcSet', () => {
  it('finds the minimum cut of a small component exactly', () => {
    // Every cycle passes through 0 → 4; the greedy order alone would cut two arcs.
    const graph = graphOf(5, [
      arc(4, 3),
      arc(0, 4),
      arc(2, 1),
      arc(3, 2),
      arc(4, 1),
      arc(3, 0),
      arc(1, 0),
    ]);
    expect(endsOf(graph, feedbackArcSet(graph, [0, 1, 2, 3, 4]))).toEqual([[0, 4]]);
  });

  it('ignores arcs leaving the members', () => {
    // 0 ↔ 1 is the component; 1 → 2 and 2 → 0 belong to no member pair when 2 is left out.
    const graph = graphOf(3, [arc(0, 1, 5), arc(1, 0, 2), arc(1, 2), arc(2, 0)]);
    expect(endsOf(graph, feedbackArcSet(graph, [0, 1]))).toEqual([[1, 0]]);
  });

  it('cuts a large ring at its lightest arc with the greedy order', () => {
    // Ring of 12 (above the exact bound): every arc weighs 3 but 7 → 8, which weighs 1.
    const ring = Array.from({ length: 12 }, (_, i) => arc(i, (i + 1) % 12, i === 7 ? 1 : 3));
    const graph = graphOf(12, ring);
    const members = [...Array(12).keys()];
    expect(endsOf(graph, feedbackArcSet(graph, members))).toEqual([[7, 8]]);
  });

  it('leaves a large random component acyclic', () => {
    let seed = 9;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const n = 60;
    const arcs = Array.from({ length: 300 }, () =>
      arc(Math.floor(random() * n), Math.floor(random() * n), 1 + Math.floor(random() * 3)),
    );
    const graph = graphOf(n, arcs);
    const members = [...Array(n).keys()];
    const cut = feedbackArcSet(graph, members);
    expect(isAcyclicWithout(graph, members, cut)).toBe(true);
    // Each greedy step places a vertex whose remaining out-weight ≥ in-weight, so the cut never
    // weighs more than half of all arcs.
    const weightOf = (arcIds: number[]): number =>
      arcIds.reduce((sum, e) => sum + graph.arcs[e]!.weight, 0);
    expect(weightOf(cut)).toBeGreaterThan(0);
    expect(weightOf(cut)).toBeLessThanOrEqual(weightOf([...graph.arcs.keys()]) / 2);
    expect(cut).toEqual([...cut].sort((a, b) => a - b));
  });
});
