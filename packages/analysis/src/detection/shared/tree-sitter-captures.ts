import type { Node, QueryMatch } from 'web-tree-sitter';

/** The node a query match captured under `name` (`@route` → `'route'`), or undefined. */
export function capturedNode(match: QueryMatch, name: string): Node | undefined {
  return match.captures.find((capture) => capture.name === name)?.node;
}
