import { describe, expect, it } from 'vitest';
import {
  finishObservations,
  fingerprintOf,
  snippetOf,
  SNIPPET_MAX_LENGTH,
} from './observations.js';

describe('snippetOf', () => {
  it('collapses whitespace and cuts long code', () => {
    expect(snippetOf('  throw   new\n  Error( "x" )  ')).toBe('throw new Error( "x" )');
    const long = snippetOf('x'.repeat(500));
    expect(long).toHaveLength(SNIPPET_MAX_LENGTH);
    expect(long.endsWith('…')).toBe(true);
  });

  it('gives what collapsing the whole text gives, for long texts and long whitespace runs', () => {
    const whole = (text: string): string => {
      const collapsed = text.replace(/\s+/g, ' ').trim();
      return collapsed.length <= SNIPPET_MAX_LENGTH
        ? collapsed
        : `${collapsed.slice(0, SNIPPET_MAX_LENGTH - 1)}…`;
    };
    const texts = [
      `class Repo {\n${'  find(id: string) {\n    return this.rows.get(id);\n  }\n'.repeat(40)}}`,
      `${' '.repeat(700)}\n\t  class Short {}  ${' '.repeat(50)}`,
      `${'\n'.repeat(630)}${'y '.repeat(80)}`,
      `${'a '.repeat(80)}${' '.repeat(600)}b`,
      `${'a'.repeat(160)}${' '.repeat(700)}`,
      `${'a'.repeat(161)}${' '.repeat(700)}`,
    ];
    for (const text of texts) expect(snippetOf(text)).toBe(whole(text));
    expect(snippetOf(texts[1] ?? '')).toBe('class Short {}');
  });
});

describe('fingerprints', () => {
  it('ignore the line and the formatting, not the file, detector or code', () => {
    const base = fingerprintOf('d/x', 'a.ts', 'throw new Error("x")', 0);
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintOf('d/x', 'a.ts', 'throw new Error( "x" )', 0)).toBe(base);
    expect(fingerprintOf('d/x', 'a.ts', 'throw new Error("y")', 0)).not.toBe(base);
    expect(fingerprintOf('d/x', 'a.ts', 'throw  new Error("x")', 0)).toBe(base);
    expect(fingerprintOf('d/y', 'a.ts', 'throw new Error("x")', 0)).not.toBe(base);
    expect(fingerprintOf('d/x', 'b.ts', 'throw new Error("x")', 0)).not.toBe(base);
    expect(fingerprintOf('d/x', 'a.ts', 'throw new Error("x")', 1)).not.toBe(base);
  });

  it('survive code moving above them, and number repeated snippets in document order', () => {
    const raw = (line: number) => ({
      detectorId: 'd/x',
      variant: 'v',
      line,
      column: 1,
      snippet: 'f()',
    });
    const before = finishObservations('a.ts', [raw(3), raw(9)]);
    const after = finishObservations('a.ts', [raw(12), raw(5)]);
    expect(after.map((o) => o.line)).toEqual([5, 12]);
    expect(after.map((o) => o.fingerprint)).toEqual(before.map((o) => o.fingerprint));
    expect(new Set(before.map((o) => o.fingerprint)).size).toBe(2);
  });
});
