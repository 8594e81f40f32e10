import { CallGraphError } from '@drift/core';
import {
  callGraphAdjacency,
  type CallGraphAdjacency,
  type TraversalDirection,
} from './call-graph-adjacency.js';
import type { CallGraphIndex } from './call-graph-index.js';
import { confidenceLevels, type ConfidenceLevels } from './edge-confidences.js';

/** Limits of a traversal. */
export interface TraversalOptions {
  /** Largest number of hops from a source; a non-negative integer, unlimited when absent. */
  readonly maxDepth?: number;
  /** Edges whose confidence (0–1) is below this are not followed; 0 (all edges) when absent. */
  readonly minConfidence?: number;
}

/** Limits of one {@link CallGraphSearch} run. */
export interface SearchOptions extends TraversalOptions {
  /**
   * Nodes marked 1 (by dense node index) are reached and reported but not expanded, unless they
   * are sources: test analyses mark test nodes so a search from one test does not run on
   * through another.
   */
  readonly stopAt?: Uint8Array;
}

const levelsByAdjacency = new WeakMap<CallGraphAdjacency, Int32Array>();

/**
 * The confidence level (see `confidenceLevels`) of the edge at each position of `adjacency`, an
 * adjacency of `index`, built once per adjacency (O(edges)) and cached, so the hot loops read one
 * flat array instead of looking levels up per edge.
 *
 * @throws CallGraphError `CALL_GRAPH_ERROR` when an edge's confidence is not a number in 0–1.
 */
function adjacencyLevels(index: CallGraphIndex, adjacency: CallGraphAdjacency): Int32Array {
  let levels = levelsByAdjacency.get(adjacency);
  if (levels === undefined) {
    const { edgeLevel } = confidenceLevels(index);
    const { edges } = adjacency;
    levels = new Int32Array(edges.length);
    for (let position = 0; position < edges.length; position += 1) {
      levels[position] = edgeLevel[edges[position] as number] as number;
    }
    levelsByAdjacency.set(adjacency, levels);
  }
  return levels;
}

/**
 * Breadth-first and widest-path search over a {@link CallGraphIndex} from one or more sources,
 * reusable across many searches over the same index: its marks are generation stamps, so a
 * search costs O(reached nodes + their edges) with no O(nodes) reset — what keeps one search
 * per test linear in that test's reach.
 *
 * Each run is a breadth-first search over the edges of confidence ≥ `minConfidence`, giving each
 * reached node its depth (fewest hops from a source, expanding no node at `maxDepth`) and its
 * origin (the source it was first reached from). The first {@link confidenceOf} after a run adds
 * a widest-path (maximum-bottleneck) pass over the reached nodes: a node's confidence is the
 * largest, over paths from a source, of the smallest edge confidence along the path — a chain
 * of calls is only as certain as its weakest resolution. That pass only uses paths whose nodes
 * were all reached by the run and does not expand `stopAt` nodes, so a confidence is witnessed
 * by reported nodes.
 *
 * The widest-path pass is Dijkstra's algorithm for the bottleneck path problem with a bucket
 * queue (Dial, "Algorithm 360", CACM 12(11), 1969) over the graph's confidence levels (its
 * distinct edge confidences, see `confidenceLevels`): levels are settled best first and a
 * node's level only worsens along a path, so each node is settled once and each edge relaxed
 * once — O(reached nodes + their edges + levels).
 */
export class CallGraphSearch {
  readonly #index: CallGraphIndex;
  readonly #stamp: Int32Array;
  readonly #depth: Int32Array;
  readonly #origin: Int32Array;
  readonly #queue: Int32Array;
  #generation = 0;
  #reached = 0;
  #sources = 0;
  #direction: TraversalDirection = 'callees';
  #minConfidence = 0;
  #stopAt: Uint8Array | undefined;
  #widest: WidestPathState | undefined;

  constructor(index: CallGraphIndex) {
    this.#index = index;
    this.#stamp = new Int32Array(index.size).fill(-1);
    this.#depth = new Int32Array(index.size);
    this.#origin = new Int32Array(index.size);
    this.#queue = new Int32Array(index.size);
  }

  /**
   * Searches from `sources` (dense node indexes; duplicates are ignored) towards callees or
   * callers. Output: the number of nodes reached, sources included; {@link reachedAt},
   * {@link depthOf}, {@link originOf} and {@link confidenceOf} describe them until the next run.
   *
   * @throws CallGraphError `CALL_GRAPH_ERROR` when `maxDepth` is not a non-negative integer,
   *   `minConfidence` is not within 0–1, or `minConfidence` is above 0 and an edge's confidence
   *   is not a number in 0–1.
   */
  run(
    sources: Iterable<number>,
    direction: TraversalDirection,
    options: SearchOptions = {},
  ): number {
    const maxDepth = options.maxDepth ?? Number.POSITIVE_INFINITY;
    const minConfidence = options.minConfidence ?? 0;
    assertOptions(maxDepth, minConfidence);
    const adjacency = callGraphAdjacency(this.#index, direction);
    const { offsets, targets } = adjacency;
    // Confidence levels are only needed (and validated) when edges are filtered by confidence.
    const positionLevel = minConfidence > 0 ? adjacencyLevels(this.#index, adjacency) : undefined;
    const levelLimit = minConfidence > 0 ? this.#levelLimit(minConfidence) : 0;
    const stopAt = options.stopAt;
    this.#direction = direction;
    this.#minConfidence = minConfidence;
    this.#stopAt = stopAt;
    const stamp = this.#stamp;
    const depth = this.#depth;
    const origin = this.#origin;
    const queue = this.#queue;
    const generation = (this.#generation += 1);
    let tail = 0;
    for (const source of sources) {
      if (stamp[source] === generation) continue;
      stamp[source] = generation;
      depth[source] = 0;
      origin[source] = source;
      queue[tail++] = source;
    }
    this.#sources = tail;
    for (let head = 0; head < tail; head += 1) {
      const node = queue[head] as number;
      const next = (depth[node] as number) + 1;
      if (next > maxDepth || (next > 1 && stopAt?.[node] === 1)) continue;
      const end = offsets[node + 1] as number;
      for (let position = offsets[node] as number; position < end; position += 1) {
        const other = targets[position] as number;
        if (stamp[other] === generation) continue;
        if (positionLevel !== undefined && (positionLevel[position] as number) > levelLimit) {
          continue;
        }
        stamp[other] = generation;
        depth[other] = next;
        origin[other] = origin[node] as number;
        queue[tail++] = other;
      }
    }
    this.#reached = tail;
    return tail;
  }

  /** The `i`-th node reached by the last run, in breadth-first order (sources first), or −1. */
  reachedAt(i: number): number {
    return i < this.#reached ? (this.#queue[i] as number) : -1;
  }

  /** Fewest hops from a source to `node` in the last run; 0 for a source, −1 when not reached. */
  depthOf(node: number): number {
    return this.#stamp[node] === this.#generation ? (this.#depth[node] as number) : -1;
  }

  /** The source the last run reached `node` from first (nearest, then earliest), or −1. */
  originOf(node: number): number {
    return this.#stamp[node] === this.#generation ? (this.#origin[node] as number) : -1;
  }

  /**
   * The widest-path confidence (0–1) of `node` in the last run: 1 for a source, 0 when it was
   * not reached. The first call after a run computes every reached node's confidence at once.
   *
   * @throws CallGraphError `CALL_GRAPH_ERROR` when an edge's confidence is not a number in 0–1.
   */
  confidenceOf(node: number): number {
    if (this.#stamp[node] !== this.#generation) return 0;
    const current = this.#widest;
    const widest = current?.generation === this.#generation ? current : this.#widestPaths();
    return widest.levels.levels[widest.best[node] as number] as number;
  }

  /** Pass 2: the best confidence level of every node the last run reached. */
  #widestPaths(): WidestPathState {
    const levels = confidenceLevels(this.#index);
    const widest = (this.#widest ??= {
      levels,
      best: new Int32Array(this.#index.size),
      settled: new Int32Array(this.#index.size),
      buckets: Array.from(levels.levels, () => []),
      generation: 0,
    });
    const generation = this.#generation;
    const adjacency = callGraphAdjacency(this.#index, this.#direction);
    const { offsets, targets } = adjacency;
    const positionLevel = adjacencyLevels(this.#index, adjacency);
    const levelLimit = this.#levelLimit(this.#minConfidence);
    const stopAt = this.#stopAt;
    const { best, settled, buckets } = widest;
    const stamp = this.#stamp;
    const queue = this.#queue;
    const unreached = buckets.length;
    for (let i = 0; i < this.#reached; i += 1) best[queue[i] as number] = unreached;
    const first = buckets[0] as number[];
    for (let i = 0; i < this.#sources; i += 1) {
      best[queue[i] as number] = 0;
      first.push(queue[i] as number);
    }
    for (let level = 0; level < buckets.length; level += 1) {
      const bucket = buckets[level] as number[];
      for (let i = 0; i < bucket.length; i += 1) {
        const node = bucket[i] as number;
        if (settled[node] === generation || best[node] !== level) continue;
        settled[node] = generation;
        if (level > 0 && stopAt?.[node] === 1) continue;
        const end = offsets[node + 1] as number;
        for (let position = offsets[node] as number; position < end; position += 1) {
          const other = targets[position] as number;
          const edgeLevel = positionLevel[position] as number;
          if (stamp[other] !== generation || settled[other] === generation) continue;
          if (edgeLevel > levelLimit) continue;
          const through = level > edgeLevel ? level : edgeLevel;
          if (through < (best[other] as number)) {
            best[other] = through;
            (buckets[through] as number[]).push(other);
          }
        }
      }
      bucket.length = 0;
    }
    widest.generation = generation;
    return widest;
  }

  /** The last level whose confidence is at least `minConfidence` (levels are highest first). */
  #levelLimit(minConfidence: number): number {
    const { levels } = confidenceLevels(this.#index);
    let limit = levels.length - 1;
    while (limit > 0 && (levels[limit] as number) < minConfidence) limit -= 1;
    return limit;
  }
}

/** Buffers of the widest-path pass, allocated on first use. */
interface WidestPathState {
  readonly levels: ConfidenceLevels;
  /** Best (lowest) confidence level per node; valid for nodes reached in `generation`. */
  readonly best: Int32Array;
  /** The generation in which each node was settled. */
  readonly settled: Int32Array;
  /** Nodes queued per level; empty between passes. */
  readonly buckets: number[][];
  /** The run whose confidences `best` holds. */
  generation: number;
}

/** What a traversal found, addressed by dense node index (see {@link CallGraphIndex}). */
export interface CallGraphTraversal {
  /** Fewest hops from any source per node index; −1 for nodes not reached; 0 for sources. */
  readonly depth: Int32Array;
  /** Widest-path confidence (0–1) per node index; 0 for nodes not reached; 1 for sources. */
  readonly confidence: Float64Array;
  /** Reached node indexes in breadth-first order: sources first, then by depth and discovery. */
  readonly order: readonly number[];
}

/**
 * Traverses the call graph from `sources` (dense node indexes) towards callees or callers within
 * `options`, giving every reached node its depth (fewest hops) and widest-path confidence — one
 * {@link CallGraphSearch} run with its confidence pass, copied into arrays by node index.
 * O(nodes + edges).
 *
 * @throws CallGraphError `CALL_GRAPH_ERROR` when `maxDepth` is not a non-negative integer,
 *   `minConfidence` is not within 0–1, or an edge's confidence is not a number in 0–1.
 */
export function traverseCallGraph(
  index: CallGraphIndex,
  sources: readonly number[],
  direction: TraversalDirection,
  options: TraversalOptions = {},
): CallGraphTraversal {
  const search = new CallGraphSearch(index);
  const reached = search.run(sources, direction, options);
  const depth = new Int32Array(index.size).fill(-1);
  const confidence = new Float64Array(index.size);
  const order: number[] = [];
  for (let i = 0; i < reached; i += 1) {
    const node = search.reachedAt(i);
    order.push(node);
    depth[node] = search.depthOf(node);
    confidence[node] = search.confidenceOf(node);
  }
  return { depth, confidence, order };
}

function assertOptions(maxDepth: number, minConfidence: number): void {
  if (maxDepth !== Number.POSITIVE_INFINITY && !(Number.isInteger(maxDepth) && maxDepth >= 0)) {
    throw new CallGraphError(
      'CALL_GRAPH_ERROR',
      `maxDepth must be a non-negative integer of hops, got ${maxDepth}.`,
    );
  }
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw new CallGraphError(
      'CALL_GRAPH_ERROR',
      `minConfidence must be between 0 and 1, got ${minConfidence}.`,
    );
  }
}
