import type { Language } from 'web-tree-sitter';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadedParser, loadParsers } from '../parsers/parser-registry.js';
import { detectSource } from '../test-helpers/observe.js';
import { defineDetector, type Detector } from './detector.js';
import { combinedQuery } from './tree-sitter-dispatch.js';

const CALL = '(call function: (identifier) @name) @call';
const FIRST = '(call) @first';
const SECOND = '(call) @second';

/** A detector whose visitor logs every match it gets as `id capture@offset …`. */
function logging(id: string, patterns: readonly string[], log: string[]): Detector {
  return defineDetector({
    id,
    category: 'structural',
    name: id,
    description: 'logs its matches',
    severity: 'info',
    mode: 'learned',
    noun: 'matches',
    variants: {},
    describe: () => '',
    treeSitter: {
      python: {
        query: patterns.join('\n'),
        create: () => ({
          match(match) {
            log.push(
              `${id} ${match.captures.map((c) => `${c.name}@${String(c.node.startIndex)}`).join(' ')}`,
            );
          },
        }),
      },
    },
  });
}

const SOURCE = 'f(g())\nh()\n';

/** What detector `id` sees with the given patterns, run alone and beside `others`. */
async function seen(
  id: string,
  patterns: readonly string[],
  others: readonly (readonly string[])[],
): Promise<{ alone: string[]; together: string[] }> {
  const alone: string[] = [];
  await detectSource('app.py', SOURCE, [logging(id, patterns, alone)]);
  const log: string[] = [];
  await detectSource('app.py', SOURCE, [
    ...others.map((other, index) => logging(`other${String(index)}`, other, log)),
    logging(id, patterns, log),
  ]);
  return { alone, together: log.filter((line) => line.startsWith(`${id} `)) };
}

let python: Language;

beforeAll(async () => {
  await loadParsers(['python']);
  loadedParser('python').parse('app.py', '', (tree) => {
    if (tree.engine === 'tree-sitter') python = tree.tree.language;
  });
});

describe('combinedQuery', () => {
  it('compiles a pattern written alike by several detectors once, owned by each', () => {
    const a = logging('test/a', [CALL, FIRST], []);
    const b = logging('test/b', [` ${CALL}\n`], []);
    const c = logging('test/c', [FIRST, SECOND], []);
    const combined = combinedQuery('python', python, [a, b, c]);
    expect(combined?.query.patternCount()).toBe(3);
    expect(combined?.owners.map((owners) => owners.map((d) => d.id))).toEqual([
      ['test/a', 'test/b'],
      ['test/a', 'test/c'],
      ['test/c'],
    ]);
  });

  it("gives a detector its own copy of a pattern another placed before the detector's earlier ones", () => {
    const a = logging('test/a', [SECOND, FIRST], []);
    const c = logging('test/c', [FIRST, SECOND], []);
    expect(
      combinedQuery('python', python, [a, c])?.owners.map((owners) => owners.map((d) => d.id)),
    ).toEqual([['test/a'], ['test/a', 'test/c'], ['test/c']]);
  });
});

describe('runTreeSitterRules', () => {
  it('gives every detector writing a pattern alike the matches of that pattern', async () => {
    const { alone, together } = await seen('test/b', [CALL], [[CALL]]);
    expect(alone).toEqual(['test/b call@0 name@0', 'test/b call@2 name@2', 'test/b call@7 name@7']);
    expect(together).toEqual(alone);
  });

  it("keeps a detector's matches in its own patterns' order when another wrote them the other way", async () => {
    const { alone, together } = await seen('test/c', [FIRST, SECOND], [[SECOND, FIRST]]);
    expect(alone.slice(0, 2)).toEqual(['test/c first@0', 'test/c second@0']);
    expect(together).toEqual(alone);
  });
});
