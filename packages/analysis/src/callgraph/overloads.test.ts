import type { FunctionFact, ParameterFact } from '@drift/core';
import { describe, expect, it } from 'vitest';
import type { FunctionEntry } from './file-symbols.js';
import { pickOverload } from './overloads.js';

function parameter(name: string, extra: Partial<ParameterFact> = {}): ParameterFact {
  return { name, type: null, defaultValue: null, rest: false, ...extra };
}

function entry(id: string, parameters: ParameterFact[]): FunctionEntry {
  return { id, file: 'a', fact: { parameters } as unknown as FunctionFact, ownerKey: null };
}

describe('pickOverload', () => {
  const none = entry('none', []);
  const one = entry('one', [parameter('a')]);
  const optional = entry('optional', [parameter('a'), parameter('b', { defaultValue: '1' })]);
  const rest = entry('rest', [parameter('a'), parameter('more', { rest: true })]);
  const method = entry('method', [parameter('self'), parameter('a'), parameter('b')]);

  it('takes the only candidate whatever the argument count', () => {
    expect(pickOverload([one], 5)?.id).toBe('one');
  });

  it('chooses by arity, counting defaults, rest parameters and skipping self', () => {
    expect(pickOverload([none, one], 0)?.id).toBe('none');
    expect(pickOverload([none, rest], 4)?.id).toBe('rest');
    expect(pickOverload([none, method], 2)?.id).toBe('method');
  });

  it('gives null when no overload or several fit', () => {
    expect(pickOverload([one, optional], 1)).toBeNull();
    expect(pickOverload([none, one], 3)).toBeNull();
    expect(pickOverload([], 0)).toBeNull();
  });
});
