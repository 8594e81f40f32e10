import {
  isCodeLanguage,
  RESOLUTION_CONFIDENCE,
  type CallGraph,
  type CallGraphEdge,
  type CallGraphNode,
  type ResolutionKind,
} from '@drift/core';
import { detectLanguage } from '../scanner/language.js';

/** Fields of a test node: any node field, and `lines` for `endLine − startLine`. */
export type NodeFields = Partial<CallGraphNode> & { readonly lines?: number };

/**
 * A call graph node for tests. `id` is `file#qualifiedName` (or a bare name, then also the
 * file); the name is the last `.`-separated part of the qualified name; the language follows the
 * file's extension (TypeScript when it has none); the function starts on line 1 and spans
 * `lines` more (default 0); it is exported when its entry-point kind is `exported`. `fields`
 * override all of these.
 */
export function fn(id: string, fields: NodeFields = {}): CallGraphNode {
  const { lines = 0, ...overrides } = fields;
  const hash = id.indexOf('#');
  const file = hash < 0 ? id : id.slice(0, hash);
  const qualifiedName = hash < 0 ? id : id.slice(hash + 1);
  const language = detectLanguage(file) ?? 'typescript';
  const entryPoint = overrides.entryPoint ?? null;
  return {
    id,
    file,
    language: isCodeLanguage(language) ? language : 'typescript',
    name: qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1),
    qualifiedName,
    className: null,
    startLine: 1,
    endLine: 1 + lines,
    isExported: entryPoint === 'exported',
    entryPoint,
    ...overrides,
  };
}

/**
 * A call edge for tests, made in the caller's file at 1:1, with the confidence of its resolution
 * kind (`local`, 0.95) unless `confidence` is given.
 */
export function call(
  caller: string,
  callee: string,
  kind: ResolutionKind = 'local',
  confidence: number = RESOLUTION_CONFIDENCE[kind],
): CallGraphEdge {
  const hash = caller.indexOf('#');
  return {
    caller,
    callee,
    file: hash < 0 ? caller : caller.slice(0, hash),
    line: 1,
    column: 1,
    kind,
    confidence,
    reference: false,
  };
}

/**
 * A call graph of `nodes` (ids, made with {@link fn}, or built nodes) and `edges`
 * (`[caller, callee]` pairs, made with {@link call}, or built edges).
 */
export function graphOf(
  nodes: readonly (string | CallGraphNode)[],
  edges: readonly (CallGraphEdge | readonly [string, string])[],
): CallGraph {
  return {
    nodes: nodes.map((node) => (typeof node === 'string' ? fn(node) : node)),
    edges: edges.map((edge) => ('caller' in edge ? edge : call(edge[0], edge[1]))),
  };
}
