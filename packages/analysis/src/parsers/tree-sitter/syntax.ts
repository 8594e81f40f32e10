import type { SourceRange } from '@drift/core';
import type { Node, Tree } from 'web-tree-sitter';

/**
 * The source from `node`'s start up to `next` (a call's arguments), without trailing blanks,
 * when `pattern` (a plain name or name path, which only blanks can separate from what follows)
 * matches it; else null. Reading a callee this way spares its node accessors, each a call into
 * WebAssembly.
 */
export function nameBefore(
  node: Node,
  next: Node | null,
  source: string,
  pattern: RegExp,
): string | null {
  if (next === null) return null;
  const text = source.slice(node.startIndex, next.startIndex).trimEnd();
  return pattern.test(text) ? text : null;
}

/**
 * The range of a node: tree-sitter's 0-based rows and columns (UTF-16 units, end exclusive)
 * become 1-based lines and columns with an inclusive end column.
 */
export function rangeOf(node: Node): SourceRange {
  const start = node.startPosition;
  const end = node.endPosition;
  return {
    startLine: start.row + 1,
    startColumn: start.column + 1,
    endLine: end.row + 1,
    endColumn: end.column,
  };
}

const typesByTree = new WeakMap<Tree, Map<number, string>>();

/**
 * A node's type, read from WebAssembly once per node of a tree: every `node.type` is a call into
 * WebAssembly, and declarations read the types of the same children many times (their
 * specifiers, declarators, modifiers and members, by several helpers). Keyed by the node's id,
 * unique within its tree, and by the tree, so a later tree reusing an id starts afresh.
 */
export function typeOf(node: Node): string {
  let types = typesByTree.get(node.tree);
  if (types === undefined) {
    types = new Map();
    typesByTree.set(node.tree, types);
  }
  let type = types.get(node.id);
  if (type === undefined) {
    type = node.type;
    types.set(node.id, type);
  }
  return type;
}

/** The 1-based line of a node's start. */
export function lineOf(node: Node): number {
  return node.startPosition.row + 1;
}

/** The 1-based column of a node's start. */
export function columnOf(node: Node): number {
  return node.startPosition.column + 1;
}

/** Lines spanned by a body node, 0 when there is none. */
export function bodyLines(body: Node | null): number {
  return body === null ? 0 : body.endPosition.row - body.startPosition.row + 1;
}

/** A field's text, trimmed, or null when the field is absent. */
export function fieldText(node: Node, field: string): string | null {
  const child = node.childForFieldName(field);
  return child === null ? null : child.text.trim();
}

/** The named children of a node, without nulls. */
export function namedChildren(node: Node): Node[] {
  return node.namedChildren.filter((child): child is Node => child !== null);
}

/**
 * Syntax errors tree-sitter recovered from: ERROR and MISSING nodes. Walks the tree only when
 * the root says it has errors, so clean files cost one property read.
 */
export function countSyntaxErrors(root: Node): number {
  if (!root.hasError) return 0;
  let count = 0;
  const cursor = root.walk();
  let descend = true;
  for (;;) {
    const node = cursor.currentNode;
    if (descend && (node.isError || node.isMissing)) count += 1;
    if (descend && node.hasError && cursor.gotoFirstChild()) continue;
    if (cursor.gotoNextSibling()) {
      descend = true;
      continue;
    }
    if (!cursor.gotoParent()) break;
    descend = false;
  }
  cursor.delete();
  return count;
}

/**
 * The comment immediately above a declaration (contiguous comment siblings, no blank line
 * between), with comment markers stripped, or null. `prefixes` are the markers of doc comments
 * in the language (`///`, `/**`, `#` …); other comments are ignored.
 */
export function docCommentAbove(node: Node, prefixes: readonly string[]): string | null {
  const lines: string[] = [];
  let previous = node.previousSibling;
  let nextRow = node.startPosition.row;
  while (
    previous !== null &&
    previous.type.includes('comment') &&
    previous.endPosition.row >= nextRow - 1
  ) {
    const text = previous.text;
    if (!prefixes.some((prefix) => text.startsWith(prefix))) break;
    lines.unshift(text);
    nextRow = previous.startPosition.row;
    previous = previous.previousSibling;
  }
  return lines.length === 0 ? null : stripCommentMarkers(lines.join('\n'));
}

/** Removes comment markers (block openers and closers, `///`, `//`, `#`, leading `*`). */
export function stripCommentMarkers(text: string): string {
  return text
    .replace(/^\/\*\*?/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.trim().replace(/^(\/\/\/?|#+|\*(?!\/))\s?/, ''))
    .join('\n')
    .trim();
}
