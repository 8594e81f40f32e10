import { describe, expect, it } from 'vitest';
import { backwardWeight, digraph } from '../test-helpers/weighted-digraph.js';
import { eadesLinSmythOrder } from './eades-lin-smyth.js';

describe('eadesLinSmythOrder', () => {
  it('orders an acyclic graph topologically', () => {
    // Diamond 0 → {1, 2} → 3 and a tail 3 → 4.
    const graph = digraph(5, [
      [0, 1],
      [0, 2],
      [1, 3],
      [2, 3],
      [3, 4],
    ]);
    const position = eadesLinSmythOrder(graph);
    expect(backwardWeight(graph, position)).toBe(0);
    expect([...position].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('breaks a two-cycle at its lighter arc', () => {
    const light = digraph(2, [
      [0, 1, 1],
      [1, 0, 3],
    ]);
    expect([...eadesLinSmythOrder(light)]).toEqual([1, 0]);
    const heavy = digraph(2, [
      [0, 1, 3],
      [1, 0, 1],
    ]);
    expect([...eadesLinSmythOrder(heavy)]).toEqual([0, 1]);
  });

  it('moves sources to the front and sinks to the back around a cycle', () => {
    // 0 is a source, 4 a sink, 1 → 2 → 3 → 1 a cycle whose lightest arc is 3 → 1.
    const graph = digraph(5, [
      [0, 1],
      [1, 2, 2],
      [2, 3, 2],
      [3, 1, 1],
      [3, 4],
    ]);
    const position = eadesLinSmythOrder(graph);
    expect(position[0]).toBe(0);
    expect(position[4]).toBe(4);
    expect(backwardWeight(graph, position)).toBe(1);
    expect(position[1]! < position[2]! && position[2]! < position[3]!).toBe(true);
  });

  it('stays within the m/2 − n/6 bound of Eades, Lin and Smyth on random simple graphs', () => {
    let seed = 11;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 300; trial += 1) {
      const n = 2 + Math.floor(random() * 40);
      const seen = new Set<number>();
      const arcs: [number, number][] = [];
      for (let i = 0; i < n * 3; i += 1) {
        const a = Math.floor(random() * n);
        const b = Math.floor(random() * n);
        if (a === b || seen.has(a * 1000 + b) || seen.has(b * 1000 + a)) continue;
        seen.add(a * 1000 + b);
        arcs.push([a, b]);
      }
      const graph = digraph(n, arcs);
      const back = backwardWeight(graph, eadesLinSmythOrder(graph));
      expect(back === 0 || back <= arcs.length / 2 - n / 6).toBe(true);
    }
  });

  it('returns an empty order for an empty graph', () => {
    expect([...eadesLinSmythOrder(digraph(0, []))]).toEqual([]);
  });
});
