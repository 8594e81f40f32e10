import { stronglyConnectedComponents } from '../graph/strongly-connected-components.js';
import { callGraphAdjacency } from '../reachability/call-graph-adjacency.js';
import type { CallGraphIndex } from '../reachability/call-graph-index.js';
import type { NodeClasses } from './node-classes.js';

/** Tests per propagation round: 64 words of 32 bits, 256 bytes per component. */
const TESTS_PER_ROUND = 64 * 32;

/**
 * The number of set bits of a 32-bit word (SWAR population count, H. Warren, "Hacker's Delight",
 * §5-1).
 */
function popCount(word: number): number {
  let bits = word - ((word >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * How many distinct test nodes reach each node through calls that do not enter another test
 * node, by dense node index (a test node counts itself). Counting distinct sources per node is
 * not possible by a single search, so the tests' reach sets are propagated as bit sets over the
 * condensation of the graph (its strongly connected components, callers before callees), with
 * edges into test nodes removed: every member of a component is reached by the same tests.
 * Tests are taken {@link TESTS_PER_ROUND} at a time to bound memory to 256 bytes per component;
 * a round skips components its tests do not reach. O((nodes + edges) × ⌈tests / 32⌉) word
 * operations in the worst case.
 */
export function testReachCounts(index: CallGraphIndex, classes: NodeClasses): Int32Array {
  const { isTest, tests } = classes;
  const callees = callGraphAdjacency(index, 'callees');
  const { offsets, targets } = callees;
  const { count, componentOf, memberOffsets, members } = stronglyConnectedComponents(
    callees,
    isTest,
  );

  const reachCount = new Int32Array(count);
  const width = Math.ceil(Math.min(TESTS_PER_ROUND, tests.length) / 32);
  const bits = new Uint32Array(count * width);
  const active = new Uint8Array(count);
  for (let first = 0; first < tests.length; first += TESTS_PER_ROUND) {
    bits.fill(0);
    active.fill(0);
    const round = tests.slice(first, first + TESTS_PER_ROUND);
    round.forEach((test, bit) => {
      const row = (componentOf[test] as number) * width + (bit >>> 5);
      bits[row] = (bits[row] as number) | (1 << (bit & 31));
      active[componentOf[test] as number] = 1;
    });
    for (let c = count - 1; c >= 0; c -= 1) {
      if (active[c] === 0) continue;
      const from = c * width;
      for (let w = 0; w < width; w += 1)
        reachCount[c] = (reachCount[c] as number) + popCount(bits[from + w] as number);
      for (let m = memberOffsets[c] as number; m < (memberOffsets[c + 1] as number); m += 1) {
        const member = members[m] as number;
        for (let p = offsets[member] as number; p < (offsets[member + 1] as number); p += 1) {
          const callee = targets[p] as number;
          const target = componentOf[callee] as number;
          if (isTest[callee] === 1 || target === c) continue;
          const to = target * width;
          for (let w = 0; w < width; w += 1)
            bits[to + w] = (bits[to + w] as number) | (bits[from + w] as number);
          active[target] = 1;
        }
      }
    }
  }
  return Int32Array.from(componentOf, (component) => reachCount[component] as number);
}
