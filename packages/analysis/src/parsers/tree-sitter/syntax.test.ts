import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Language, Parser } from 'web-tree-sitter';
import { stripCommentMarkers, typeOf } from './syntax.js';
import { initTreeSitter } from './tree-sitter-runtime.js';

describe('stripCommentMarkers', () => {
  it('strips block, line, triple-slash and hash comment markers', () => {
    expect(stripCommentMarkers('/**\n * Loads a user.\n * @param id the id\n */')).toBe(
      'Loads a user.\n@param id the id',
    );
    expect(stripCommentMarkers('/// Adds two numbers.\n/// Returns the sum.')).toBe(
      'Adds two numbers.\nReturns the sum.',
    );
    expect(stripCommentMarkers('// a\n// b')).toBe('a\nb');
    expect(stripCommentMarkers('# Ruby doc\n# more')).toBe('Ruby doc\nmore');
    expect(stripCommentMarkers('/* plain */')).toBe('plain');
  });
});

describe('typeOf', () => {
  it('gives every node its type, also for a later tree that reuses node ids', async () => {
    await initTreeSitter();
    const language = await Language.load(
      createRequire(import.meta.url).resolve('tree-sitter-python/tree-sitter-python.wasm'),
    );
    const parser = new Parser();
    parser.setLanguage(language);
    const typesIn = (source: string): [string[], string[]] => {
      const tree = parser.parse(source)!;
      const nodes = tree.rootNode.descendantsOfType(['identifier', 'integer', 'string', 'call']);
      const memoised = nodes.map((node) => typeOf(node!));
      const again = nodes.map((node) => typeOf(node!));
      const direct = nodes.map((node) => node!.type);
      tree.delete();
      expect(again).toEqual(memoised);
      return [memoised, direct];
    };
    const [first, firstDirect] = typesIn('f(x, 1)\n');
    expect(first).toEqual(['call', 'identifier', 'identifier', 'integer']);
    expect(first).toEqual(firstDirect);
    const [second, secondDirect] = typesIn('g("s", 2, y)\n');
    expect(second).toEqual(['call', 'identifier', 'string', 'integer', 'identifier']);
    expect(second).toEqual(secondDirect);
  });
});
