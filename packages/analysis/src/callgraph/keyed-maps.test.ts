import { describe, expect, it } from 'vitest';
import { PairLists, PairMap, PairMemo } from './keyed-maps.js';

describe('keyed maps', () => {
  it('PairMap stores by two keys', () => {
    const map = new PairMap<number>();
    map.set('a', 'b', 1);
    expect(map.get('a', 'b')).toBe(1);
    expect(map.get('a', 'c')).toBeUndefined();
  });

  it('PairLists appends', () => {
    const lists = new PairLists<number>();
    lists.push('a', 'b', 1);
    lists.push('a', 'b', 2);
    expect(lists.get('a', 'b')).toEqual([1, 2]);
    expect(lists.get('a', 'z')).toEqual([]);
  });

  it('PairMemo computes once and yields null inside a cycle', () => {
    const memo = new PairMemo<string>();
    let calls = 0;
    const compute = (): string | null => {
      calls += 1;
      return memo.get('a', 'b', compute) === null ? 'done' : 'cycle not cut';
    };
    expect(memo.get('a', 'b', compute)).toBe('done');
    expect(memo.get('a', 'b', compute)).toBe('done');
    expect(calls).toBe(1);
  });
});
