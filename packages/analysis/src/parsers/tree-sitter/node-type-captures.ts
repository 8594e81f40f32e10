import type { Language, Node } from 'web-tree-sitter';

/** A captured node and its capture name: what `query.captures()` returns, without the extras. */
export interface NodeCapture {
  readonly name: string;
  readonly node: Node;
}

/** A query pattern that captures one node by its type: `(call) @call`, `[(a) (b)] @x`. */
export interface SingleNodePattern {
  /** The node types the pattern matches (one, or the alternatives of `[…]`). */
  readonly types: readonly string[];
  readonly name: string;
}

const COMMENT = /;[^\n]*/g;
const TYPE = String.raw`\(\s*([A-Za-z][\w]*)\s*\)`;
const PATTERN = new RegExp(String.raw`\s*(${TYPE}|\[(?:\s*${TYPE})+\s*\])\s*@([\w.]+)`, 'gy');
const TYPE_IN_PATTERN = new RegExp(TYPE, 'g');

/**
 * The patterns of a query when each captures a single node by its type, with nothing else (no
 * fields, children, predicates, quantifiers or anchors), in pattern order; null for any other
 * query.
 */
export function singleNodePatterns(query: string): SingleNodePattern[] | null {
  const text = query.replace(COMMENT, '').trimEnd();
  const patterns: SingleNodePattern[] = [];
  PATTERN.lastIndex = 0;
  while (PATTERN.lastIndex < text.length) {
    const match = PATTERN.exec(text);
    if (match === null) return null;
    const types = [...(match[1] as string).matchAll(TYPE_IN_PATTERN)].map((m) => m[1] as string);
    patterns.push({ types, name: match[4] as string });
  }
  return patterns;
}

/**
 * Answers a query made of single-node patterns ({@link singleNodePatterns}) with one
 * `descendantsOfType` walk instead of the query cursor: the nodes come in preorder and each node's
 * captures in pattern order, which is the order `query.captures()` returns (its cursor reports a
 * match of a single-node pattern as soon as it enters the node; checked on the ten grammars).
 * Skipping the query's state machine and its per-capture marshalling saves about a third of the
 * cost of `captures()` (measured on Go, Python and Rust sources: 10–15 % of the parse time).
 */
export class NodeTypeCaptures {
  readonly #types: string[];
  /** Capture names by node type id; a type in several patterns has several names. */
  readonly #namesByTypeId = new Map<number, string[]>();

  private constructor(language: Language, patterns: readonly SingleNodePattern[]) {
    const types = new Set<string>();
    for (const { types: alternatives, name } of patterns) {
      for (const type of alternatives) {
        types.add(type);
        const id = language.idForNodeType(type, true) as number;
        const names = this.#namesByTypeId.get(id);
        if (names === undefined) this.#namesByTypeId.set(id, [name]);
        else names.push(name);
      }
    }
    this.#types = [...types];
  }

  /**
   * The captures of `query` through a type walk, or null when the query has other patterns or
   * names a type the walk cannot find (a supertype such as `(expression)`, or no node type of
   * `language`). The query must compile (see `compileQuery`).
   */
  static forQuery(language: Language, query: string): NodeTypeCaptures | null {
    const patterns = singleNodePatterns(query);
    if (patterns === null) return null;
    const supertypes = new Set(language.supertypes);
    for (const { types } of patterns) {
      for (const type of types) {
        const id = language.idForNodeType(type, true);
        if (id === null || supertypes.has(id)) return null;
      }
    }
    return new NodeTypeCaptures(language, patterns);
  }

  /** The captures under `root`, in the order of `query.captures(root)`. */
  captures(root: Node): NodeCapture[] {
    const captures: NodeCapture[] = [];
    for (const node of root.descendantsOfType(this.#types)) {
      // descendantsOfType also returns anonymous nodes of the same name (Python's `yield`
      // keyword beside the `yield` expression): the type id tells them apart.
      const names = node === null ? undefined : this.#namesByTypeId.get(node.typeId);
      if (names === undefined) continue;
      for (const name of names) captures.push({ name, node: node as Node });
    }
    return captures;
  }
}
