import { CallGraphError, type CallGraphEdge } from '@drift/core';
import type { CallGraphIndex } from './call-graph-index.js';

const confidencesByIndex = new WeakMap<CallGraphIndex, Float64Array>();

/**
 * The confidence (0–1) of every edge of `index`, by edge index, as one typed array built once
 * per index and then cached: traversals read the confidence of every edge they cross, and
 * reading it from scattered edge objects costs a cache miss each (about 3× slower on 150,000
 * edges).
 */
export function edgeConfidences(index: CallGraphIndex): Float64Array {
  let confidences = confidencesByIndex.get(index);
  if (confidences === undefined) {
    const { edges } = index;
    confidences = new Float64Array(edges.length);
    for (let edge = 0; edge < edges.length; edge += 1) {
      confidences[edge] = (edges[edge] as CallGraphEdge).confidence;
    }
    confidencesByIndex.set(index, confidences);
  }
  return confidences;
}

/**
 * The confidence levels of a call graph, for bucket queues over confidences: level 0 is a
 * traversal's source (confidence 1), levels 1 … are the graph's distinct edge confidences,
 * highest first (at most five with `RESOLUTION_CONFIDENCE`), so a lower level is a surer one.
 */
export interface ConfidenceLevels {
  /** The confidence (0–1) of each level; `levels[0]` is 1. */
  readonly levels: Float64Array;
  /** The level of each edge, by edge index (≥ 1). */
  readonly edgeLevel: Int32Array;
}

const levelsByIndex = new WeakMap<CallGraphIndex, ConfidenceLevels>();

/**
 * The {@link ConfidenceLevels} of `index`, built once per index (O(edges + levels log levels))
 * and cached.
 *
 * @throws CallGraphError `CALL_GRAPH_ERROR` when an edge's confidence is not a number in 0–1.
 */
export function confidenceLevels(index: CallGraphIndex): ConfidenceLevels {
  const cached = levelsByIndex.get(index);
  if (cached !== undefined) return cached;
  const confidences = edgeConfidences(index);
  // Each edge first gets the number of its confidence in order of appearance, then its level.
  const appearance = new Map<number, number>();
  const edgeLevel = new Int32Array(confidences.length);
  for (let edge = 0; edge < confidences.length; edge += 1) {
    const confidence = confidences[edge] as number;
    let number = appearance.get(confidence);
    if (number === undefined) {
      if (!(confidence >= 0 && confidence <= 1)) throw invalidConfidence(index, edge);
      appearance.set(confidence, (number = appearance.size));
    }
    edgeLevel[edge] = number;
  }
  const distinct = [...appearance.keys()];
  const byConfidence = distinct
    .map((_, number) => number)
    .sort((a, b) => (distinct[b] as number) - (distinct[a] as number));
  const levelOfNumber = new Int32Array(distinct.length);
  byConfidence.forEach((number, rank) => (levelOfNumber[number] = rank + 1));
  for (let edge = 0; edge < edgeLevel.length; edge += 1) {
    edgeLevel[edge] = levelOfNumber[edgeLevel[edge] as number] as number;
  }
  const levels: ConfidenceLevels = {
    levels: Float64Array.from([1, ...byConfidence.map((number) => distinct[number] as number)]),
    edgeLevel,
  };
  levelsByIndex.set(index, levels);
  return levels;
}

function invalidConfidence(index: CallGraphIndex, edge: number): CallGraphError {
  const { caller, callee, confidence } = index.edges[edge] as CallGraphEdge;
  return new CallGraphError(
    'CALL_GRAPH_ERROR',
    `Edge ${caller} → ${callee} has confidence ${String(confidence)}, not within 0–1.`,
  );
}
