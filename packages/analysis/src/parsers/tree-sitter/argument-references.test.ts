import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { Language, Parser } from 'web-tree-sitter';
import { argumentSourceTexts } from './argument-references.js';
import { initTreeSitter } from './tree-sitter-runtime.js';

let parser: Parser;

beforeAll(async () => {
  await initTreeSitter();
  const language = await Language.load(
    createRequire(import.meta.url).resolve('tree-sitter-python/tree-sitter-python.wasm'),
  );
  parser = new Parser();
  parser.setLanguage(language);
});

/** The texts of the arguments of the first call of `source`, with Python's separators. */
function textsOfFirstCall(source: string): (string | null)[] {
  const tree = parser.parse(source)!;
  const call = tree.rootNode.descendantsOfType('call')[0]!;
  const args = call.childForFieldName('arguments')!.namedChildren;
  const texts = argumentSourceTexts(args, source, /\s*,?\s*$/, /[#\\]/);
  tree.delete();
  return texts;
}

describe('argumentSourceTexts', () => {
  it('gives a name or path argument its exact text, others a text that is no path, a commented one null', () => {
    expect(textsOfFirstCall('f(a, b.c, g(x), ")", *rest, k=v,  # note\n  d)\n')).toEqual([
      'a',
      'b.c',
      'g(x)',
      '")"',
      '*rest',
      'k=v',
      null,
      'd',
    ]);
  });

  it('stops the last argument at the first `)`, which a call argument holds after its `(`', () => {
    expect(textsOfFirstCall('h(k(y))\n')).toEqual(['k(y']);
    expect(textsOfFirstCall('h(x.y )\n')).toEqual(['x.y']);
  });

  it('drops only the separators after an argument, not blanks, commas or dots within it', () => {
    expect(textsOfFirstCall('f(a ,  b . c\t,\n  g(x,  y), 1.  ,\n)\n')).toEqual([
      'a',
      'b . c',
      'g(x,  y)',
      '1.',
    ]);
  });
});
