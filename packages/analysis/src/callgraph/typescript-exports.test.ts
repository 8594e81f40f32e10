import type { ExportFact } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { TypeScriptExportTables } from './typescript-exports.js';

function exported(
  name: string,
  kind: ExportFact['kind'],
  extra: Partial<ExportFact> = {},
): ExportFact {
  return { name, alias: null, kind, module: null, typeOnly: false, line: 1, ...extra };
}

describe('TypeScriptExportTables', () => {
  const exports: Record<string, ExportFact[]> = {
    'index.ts': [
      exported('a', 're-export', { module: './a', alias: 'renamed' }),
      exported('*', 're-export-all', { module: './b' }),
      exported('*', 're-export-all', { module: './c' }),
      exported('*', 're-export', { module: './c', alias: 'cns' }),
      exported('*', 're-export-all', { module: 'external-pkg' }),
      exported('local', 'named'),
      exported('Main', 'default'),
    ],
    'a.ts': [exported('a', 'named')],
    'b.ts': [exported('shared', 'named'), exported('onlyB', 'named'), exported('b', 'default')],
    'c.ts': [exported('shared', 'named'), exported('*', 're-export-all', { module: './index' })],
  };
  const files: Record<string, string> = {
    './a': 'a.ts',
    './b': 'b.ts',
    './c': 'c.ts',
    './index': 'index.ts',
  };
  const tables = new TypeScriptExportTables({
    exportsOf: (path) => exports[path],
    resolve: (_from, specifier) => files[specifier] ?? null,
  });

  it('maps explicit exports, aliases, namespaces and the default export to their sources', () => {
    expect(tables.lookup('index.ts', 'renamed')).toEqual({
      kind: 'forwarded',
      file: 'a.ts',
      name: 'a',
    });
    expect(tables.lookup('index.ts', 'cns')).toEqual({ kind: 'namespace', file: 'c.ts' });
    expect(tables.lookup('index.ts', 'local')).toEqual({
      kind: 'local',
      file: 'index.ts',
      name: 'local',
    });
    expect(tables.lookup('index.ts', 'default')).toEqual({
      kind: 'local',
      file: 'index.ts',
      name: 'Main',
    });
    expect(tables.lookup('index.ts', 'a')).toBeUndefined();
  });

  it('takes names of export * modules in order, never their default, and survives cycles', () => {
    expect(tables.lookup('index.ts', 'shared')).toEqual({
      kind: 'local',
      file: 'b.ts',
      name: 'shared',
    });
    expect(tables.lookup('index.ts', 'onlyB')).toEqual({
      kind: 'local',
      file: 'b.ts',
      name: 'onlyB',
    });
    expect(tables.lookup('c.ts', 'onlyB')).toEqual({ kind: 'local', file: 'b.ts', name: 'onlyB' });
    expect(tables.lookup('c.ts', 'default')).toBeUndefined();
    expect(tables.lookup('unknown.ts', 'x')).toBeUndefined();
  });
});
