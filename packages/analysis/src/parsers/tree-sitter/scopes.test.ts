import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { Language, Parser, Query } from 'web-tree-sitter';
import { ScopeStack } from './scopes.js';
import { initTreeSitter } from './tree-sitter-runtime.js';

let parser: Parser;
let query: Query;

beforeAll(async () => {
  await initTreeSitter();
  const language = await Language.load(
    createRequire(import.meta.url).resolve('tree-sitter-python/tree-sitter-python.wasm'),
  );
  parser = new Parser();
  parser.setLanguage(language);
  query = new Query(
    language,
    '(class_definition name: (identifier) @name) @class (function_definition name: (identifier) @name) @function (call function: (identifier) @callee)',
  );
});

describe('ScopeStack', () => {
  it('tracks nesting from captures in document order', () => {
    const tree = parser.parse(
      'class A:\n  def m(self):\n    def inner():\n      x()\n    y()\nz()\n',
    )!;
    const stack = new ScopeStack();
    const seen: string[] = [];
    let pendingKind: 'type' | 'function' | undefined;
    for (const { name, node } of query.captures(tree.rootNode)) {
      stack.advance(node);
      if (name === 'class') pendingKind = 'type';
      else if (name === 'function') pendingKind = 'function';
      else if (name === 'name' && pendingKind !== undefined) {
        const owner = node.parent!;
        stack.push(owner, node.text, pendingKind);
        pendingKind = undefined;
      } else if (name === 'callee') {
        seen.push(
          `${node.text} in ${stack.enclosingFunction ?? '<module>'} (depth ${stack.depth}, innermost ${stack.innermost?.name ?? '-'})`,
        );
      }
    }
    tree.delete();
    expect(seen).toEqual([
      'x in A.m.inner (depth 3, innermost inner)',
      'y in A.m (depth 2, innermost m)',
      'z in <module> (depth 0, innermost -)',
    ]);
    expect(stack.qualify('q')).toBe('q');
  });
});
