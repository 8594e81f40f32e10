import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { Language, Parser, Query, type Node } from 'web-tree-sitter';
import { NodeTypeCaptures, singleNodePatterns } from './node-type-captures.js';
import { initTreeSitter } from './tree-sitter-runtime.js';

let language: Language;
let parser: Parser;

beforeAll(async () => {
  await initTreeSitter();
  language = await Language.load(
    createRequire(import.meta.url).resolve('tree-sitter-python/tree-sitter-python.wasm'),
  );
  parser = new Parser();
  parser.setLanguage(language);
});

describe('singleNodePatterns', () => {
  it('reads patterns that capture one node by type, alternatives and comments included', () => {
    expect(
      singleNodePatterns('(call) @call\n; a comment\n[(string) (concatenated_string)] @s.any'),
    ).toEqual([
      { types: ['call'], name: 'call' },
      { types: ['string', 'concatenated_string'], name: 's.any' },
    ]);
  });

  it('refuses patterns with fields, children, predicates, wildcards or no capture', () => {
    expect(singleNodePatterns('(call) @c (assignment left: (identifier)) @a')).toBeNull();
    expect(singleNodePatterns('(call (argument_list)) @c')).toBeNull();
    expect(singleNodePatterns('((identifier) @i (#eq? @i "x"))')).toBeNull();
    expect(singleNodePatterns('(_) @any')).toBeNull();
    expect(singleNodePatterns('(call)')).toBeNull();
    expect(singleNodePatterns('(call)+ @c')).toBeNull();
  });
});

describe('NodeTypeCaptures', () => {
  const SOURCE = [
    'def gen(xs):',
    '    yield f(g(x), "a".join(xs))',
    '    return [y for y in xs]',
    'class A:',
    '    s = "b" + "c"',
  ].join('\n');

  /** `name@row:column` of each capture. */
  const positions = (captures: readonly { name: string; node: Node }[]): string[] =>
    captures.map(
      ({ name, node }) => `${name}@${node.startPosition.row}:${node.startPosition.column}`,
    );

  it('returns what query.captures returns, in the same order', () => {
    // `string` comes before `call` and `yield` twice: the order is by node first (a call that
    // starts with a string comes before it), then by pattern for the same node.
    const query =
      '(string) @string (call) @call (yield) @yield (class_definition) @class (yield) @again';
    const tree = parser.parse(SOURCE)!;
    const expected = new Query(language, query).captures(tree.rootNode);
    const actual = NodeTypeCaptures.forQuery(language, query)!.captures(tree.rootNode);
    expect(positions(actual)).toEqual(positions(expected));
    expect(positions(actual)).toEqual([
      'yield@1:4',
      'again@1:4',
      'call@1:10',
      'call@1:12',
      'call@1:18',
      'string@1:18',
      'class@3:0',
      'string@4:8',
      'string@4:14',
    ]);
    expect(actual.map(({ node }) => node.id)).toEqual(expected.map(({ node }) => node.id));
    tree.delete();
  });

  it('leaves anonymous nodes of a captured type out (the `yield` keyword)', () => {
    const tree = parser.parse(SOURCE)!;
    const captures = NodeTypeCaptures.forQuery(language, '(yield) @y')!.captures(tree.rootNode);
    expect(captures.map(({ node }) => node.type)).toEqual(['yield']);
    expect(captures[0]?.node.isNamed).toBe(true);
    tree.delete();
  });

  it('is null for a query it cannot answer: other patterns, supertypes', () => {
    expect(NodeTypeCaptures.forQuery(language, '(call function: (identifier)) @c')).toBeNull();
    expect(NodeTypeCaptures.forQuery(language, '(expression) @e')).toBeNull();
    expect(NodeTypeCaptures.forQuery(language, '(call) @c')).not.toBeNull();
  });
});
