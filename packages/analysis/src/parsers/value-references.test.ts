import type { FileFacts, ReferenceFact } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { resolvableReferences, valueNameOfPath } from './value-references.js';

function reference(name: string, receiver: string | null = null): ReferenceFact {
  return {
    name,
    receiver,
    enclosingFunction: null,
    call: 'f',
    callReceiver: null,
    line: 1,
    column: 1,
  };
}

const FACTS: Pick<FileFacts, 'imports' | 'functions'> = {
  imports: [
    {
      module: './users',
      kind: 'import',
      names: [{ name: 'list', alias: 'listUsers' }],
      defaultName: 'auth',
      namespaceName: null,
      typeOnly: false,
      sideEffect: false,
      line: 1,
      column: 1,
    },
  ],
  functions: [],
};

describe('valueNameOfPath', () => {
  it('splits a member path at its last dot and keeps a bare name whole', () => {
    expect(valueNameOfPath('index')).toEqual({ name: 'index', receiver: null });
    expect(valueNameOfPath('views.index')).toEqual({ name: 'index', receiver: 'views' });
    expect(valueNameOfPath('self.app.run')).toEqual({ name: 'run', receiver: 'self.app' });
  });

  it('rejects calls, indexing, spaces and literals', () => {
    expect(valueNameOfPath('make()')).toBeNull();
    expect(valueNameOfPath('items[0].run')).toBeNull();
    expect(valueNameOfPath('a . b')).toBeNull();
    expect(valueNameOfPath('"index"')).toBeNull();
    expect(valueNameOfPath('1.5')).toBeNull();
  });
});

describe('resolvableReferences', () => {
  it('keeps member references and bare names the file imports (by alias) or declares, up to the cap', () => {
    const references = [
      reference('listUsers'),
      reference('list'),
      reference('auth'),
      reference('user'),
      reference('create', 'controller'),
    ];
    expect(resolvableReferences(references, FACTS, 10).map((r) => r.name)).toEqual([
      'listUsers',
      'auth',
      'create',
    ]);
    expect(resolvableReferences(references, FACTS, 2).map((r) => r.name)).toEqual([
      'listUsers',
      'auth',
    ]);
  });

  it('keeps every bare name under a wildcard import', () => {
    const wildcard = {
      ...FACTS,
      imports: [
        {
          ...(FACTS.imports[0] as FileFacts['imports'][number]),
          names: [{ name: '*', alias: null }],
        },
      ],
    };
    expect(resolvableReferences([reference('user')], wildcard, 10)).toHaveLength(1);
  });
});
