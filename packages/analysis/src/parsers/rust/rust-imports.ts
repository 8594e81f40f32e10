import type { ExportFact, ImportFact } from '@drift/core';
import type { Node } from 'web-tree-sitter';
import { columnOf, lineOf, namedChildren } from '../tree-sitter/syntax.js';

/** One leaf of a use tree: the full path as written (whitespace removed) and its alias. */
interface UseLeaf {
  readonly path: string;
  readonly alias: string | null;
  readonly node: Node;
}

const WHITESPACE = /\s+/g;

function compact(text: string): string {
  return text.replace(WHITESPACE, '');
}

function joinPath(prefix: string, path: string): string {
  if (prefix === '') return path;
  return path === '' ? prefix : `${prefix}::${path}`;
}

/** Flattens a use tree (`a::{b, c::d as e, f::*}`) into one leaf per imported path. */
function useLeaves(node: Node, prefix: string, leaves: UseLeaf[]): void {
  switch (node.type) {
    case 'use_as_clause': {
      const path = node.childForFieldName('path');
      const alias = node.childForFieldName('alias');
      leaves.push({
        path: joinPath(prefix, compact(path?.text ?? '')),
        alias: alias === null ? null : alias.text,
        node,
      });
      return;
    }
    case 'use_wildcard': {
      const text = compact(node.text);
      leaves.push({ path: joinPath(prefix, text), alias: null, node });
      return;
    }
    case 'scoped_use_list': {
      const path = node.childForFieldName('path');
      const list = node.childForFieldName('list');
      const inner = joinPath(prefix, path === null ? '' : compact(path.text));
      if (list !== null) useLeaves(list, inner, leaves);
      return;
    }
    case 'use_list':
      for (const child of namedChildren(node)) useLeaves(child, prefix, leaves);
      return;
    case 'identifier':
    case 'scoped_identifier':
    case 'self':
    case 'crate':
    case 'super':
    case 'metavariable':
      leaves.push({ path: joinPath(prefix, compact(node.text)), alias: null, node });
      return;
    default:
      return;
  }
}

/** A leaf's path split at its last `::` (a leading `::` does not split). */
function splitPath(path: string): { module: string; name: string | null } {
  const cut = path.lastIndexOf('::');
  return cut <= 0
    ? { module: path, name: null }
    : { module: path.slice(0, cut), name: path.slice(cut + 2) };
}

/**
 * The imports of a `use` declaration, one per leaf path: `use a::{b, c::d as e}` → module `a`
 * name `b`, module `a::c` name `d` alias `e`. A single-segment path (`use rayon;`,
 * `use rayon as r;`) imports the whole crate: module `rayon`, no names, the alias as default
 * name. `pub use` also yields re-export facts (`pub(crate) use` does not: it is not public).
 */
export function useDeclarationFacts(
  argument: Node | null,
  isPublic: boolean,
  imports: ImportFact[],
  exports: ExportFact[],
): void {
  if (argument === null) return;
  const leaves: UseLeaf[] = [];
  useLeaves(argument, '', leaves);
  for (const leaf of leaves) {
    const wildcard = leaf.path === '*' || leaf.path.endsWith('::*');
    const { module, name } = wildcard
      ? { module: leaf.path.slice(0, -3), name: '*' }
      : splitPath(leaf.path);
    const line = lineOf(leaf.node);
    imports.push({
      module,
      kind: 'use',
      names: name === null ? [] : [{ name, alias: leaf.alias }],
      defaultName: name === null ? leaf.alias : null,
      namespaceName: null,
      typeOnly: false,
      sideEffect: false,
      line,
      column: columnOf(leaf.node),
    });
    if (isPublic) {
      exports.push({
        name: name ?? module,
        alias: leaf.alias,
        kind: wildcard ? 're-export-all' : 're-export',
        module: name === null ? null : module,
        typeOnly: false,
        line,
      });
    }
  }
}

/** `extern crate serde;` → module `serde`; `extern crate serde as s;` → default name `s`. */
export function externCrateFact(declaration: Node): ImportFact {
  const name = declaration.childForFieldName('name');
  const alias = declaration.childForFieldName('alias');
  return {
    module: name?.text ?? '',
    kind: 'use',
    names: [],
    defaultName: alias === null ? null : alias.text,
    namespaceName: null,
    typeOnly: false,
    sideEffect: false,
    line: lineOf(declaration),
    column: columnOf(declaration),
  };
}
