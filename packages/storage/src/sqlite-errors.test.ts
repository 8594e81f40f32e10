import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DriftError, StorageError } from '@drift/core';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { mapSqliteError, withStorageErrors } from './sqlite-errors.js';
import { useTempDir } from './test-helpers/temp-dir.js';

const temp = useTempDir();

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('mapSqliteError', () => {
  it('maps SQLITE_FULL to DB_DISK_FULL', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (x TEXT)');
    db.pragma('max_page_count = 3');
    const error = mapSqliteError(
      thrown(() => {
        for (let i = 0; i < 100; i += 1)
          db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(2000));
      }),
    );
    expect(error).toBeInstanceOf(StorageError);
    expect(error.code).toBe('DB_DISK_FULL');
  });

  it('maps SQLITE_NOTADB to DB_CORRUPT with the context', () => {
    const path = join(temp(), 'x.db');
    writeFileSync(path, 'garbage'.repeat(200));
    const error = mapSqliteError(
      thrown(() => new Database(path).pragma('journal_mode = WAL')),
      'opening x.db',
    );
    expect(error.code).toBe('DB_CORRUPT');
    expect(error.reason).toBe('opening x.db: file is not a database');
  });

  it('maps SQLITE_BUSY to DB_BUSY', () => {
    const path = join(temp(), 'busy.db');
    const a = new Database(path);
    a.exec('CREATE TABLE t (x)');
    a.exec('BEGIN EXCLUSIVE');
    const b = new Database(path, { timeout: 0 });
    const error = mapSqliteError(thrown(() => b.prepare('SELECT * FROM t').all()));
    expect(error.code).toBe('DB_BUSY');
    a.exec('ROLLBACK');
    a.close();
    b.close();
  });

  it('maps other SQLite errors and plain errors to STORAGE_ERROR, keeps DriftErrors', () => {
    const db = new Database(':memory:');
    expect(mapSqliteError(thrown(() => db.exec('SELEC 1'))).code).toBe('STORAGE_ERROR');
    expect(mapSqliteError(new Error('disk on fire')).reason).toBe('disk on fire');
    expect(mapSqliteError('text').code).toBe('STORAGE_ERROR');
    const original = new DriftError('NOT_FOUND', 'x');
    expect(mapSqliteError(original)).toBe(original);
  });

  it('withStorageErrors rethrows mapped errors and passes results through', () => {
    const db = new Database(':memory:');
    expect(withStorageErrors(() => 42)).toBe(42);
    expect(() => withStorageErrors(() => db.exec('nope'), 'ctx')).toThrow('[STORAGE_ERROR] ctx: ');
  });
});
