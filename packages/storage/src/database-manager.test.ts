import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StorageError } from '@drift/core';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from './backup/backups.js';
import { DatabaseManager } from './database-manager.js';
import type { Migration } from './schema/migrator.js';
import { overwriteBytes } from './test-helpers/corrupt.js';
import { useTempDir } from './test-helpers/temp-dir.js';

const temp = useTempDir();

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(StorageError);
    return (error as StorageError).code;
  }
  throw new Error('expected a StorageError');
}

describe('DatabaseManager.open', () => {
  it('creates drift.db with WAL, synchronous=NORMAL, foreign keys and the latest schema', async () => {
    const path = join(temp(), '.drift', 'drift.db');
    const db = await DatabaseManager.open({ path });
    expect(db.writer.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.writer.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.writer.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.writer.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.schemaVersion()).toBe(db.latestVersion);
    expect(listBackups(db.driftDir)).toEqual([]);
    db.close();
  });

  it('gives a read-only reader that sees committed writes', async () => {
    const db = await DatabaseManager.open({ path: join(temp(), 'drift.db') });
    db.transaction(() => db.writer.prepare("INSERT INTO meta VALUES ('k', 'v')").run());
    expect(db.reader().prepare('SELECT value FROM meta').get()).toEqual({ value: 'v' });
    expect(() => db.reader().exec("INSERT INTO meta VALUES ('a', 'b')")).toThrow(/readonly/);
    expect(db.reader()).toBe(db.reader());
    db.close();
  });

  it('checkpoints the WAL on close and refuses use after close', async () => {
    const path = join(temp(), 'drift.db');
    const db = await DatabaseManager.open({ path });
    db.transaction(() => db.writer.prepare("INSERT INTO meta VALUES ('k', 'v')").run());
    db.close();
    db.close();
    expect(db.isOpen).toBe(false);
    expect(existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0).toBe(0);
    expect(() => db.writer).toThrow('[STORAGE_ERROR]');
    const reopened = new Database(path, { readonly: true });
    expect(reopened.prepare('SELECT value FROM meta').get()).toEqual({ value: 'v' });
    reopened.close();
  });

  it('reports a file that is not a database as DB_CORRUPT', async () => {
    const path = join(temp(), 'drift.db');
    writeFileSync(path, 'this is not sqlite'.repeat(300));
    expect(await codeOf(DatabaseManager.open({ path }))).toBe('DB_CORRUPT');
  });

  it('reports damaged pages as DB_CORRUPT through quick_check', async () => {
    const path = join(temp(), 'drift.db');
    const db = await DatabaseManager.open({ path });
    db.transaction(() => {
      const insert = db.writer.prepare(
        "INSERT INTO files (path, language, size, mtime_ms, first_seen_at, changed_at, last_scanned_at) VALUES (?, 'typescript', 1, 1, 1, 1, 1)",
      );
      for (let i = 0; i < 2000; i += 1) insert.run(`src/file-${i}.ts`);
    });
    const pageSize = db.writer.pragma('page_size', { simple: true }) as number;
    const pages = db.writer.pragma('page_count', { simple: true }) as number;
    db.close();
    overwriteBytes(path, pageSize * (pages - 3) + 8, 200);
    expect(await codeOf(DatabaseManager.open({ path }))).toBe('DB_CORRUPT');
  });

  it('takes an operational backup before migrating a database that has a schema', async () => {
    const dir = temp();
    const path = join(dir, 'drift.db');
    const v1: Migration[] = [
      { version: 1, name: 'one', up: 'CREATE TABLE a (x);', down: 'DROP TABLE a;' },
    ];
    const v2: Migration[] = [
      ...v1,
      { version: 2, name: 'two', up: 'CREATE TABLE b (y);', down: 'DROP TABLE b;' },
    ];
    (await DatabaseManager.open({ path, migrations: v1 })).close();
    expect(listBackups(dir)).toEqual([]);
    const db = await DatabaseManager.open({ path, migrations: v2, maxOperationalBackups: 2 });
    const [backup] = listBackups(dir);
    expect(backup).toMatchObject({ kind: 'operational', reason: 'migrate' });
    const copy = new Database(backup!.path, { readonly: true });
    expect(copy.prepare('SELECT max(version) AS v FROM schema_version').get()).toEqual({ v: 1 });
    copy.close();
    const down = await db.migrateTo(1);
    expect(down.applied).toEqual([2]);
    expect(down.backup?.reason).toBe('migrate-down');
    db.close();
  });

  it('skips migration when asked, and can skip the integrity check', async () => {
    const path = join(temp(), 'drift.db');
    const db = await DatabaseManager.open({ path, migrate: false, integrityCheck: false });
    expect(db.schemaVersion()).toBe(0);
    db.close();
  });

  it('fails with DB_BUSY when another connection holds the write lock past the timeout', async () => {
    const path = join(temp(), 'drift.db');
    const db = await DatabaseManager.open({ path, busyTimeoutMs: 50 });
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    expect(() =>
      db.transaction(() => db.writer.prepare("INSERT INTO meta VALUES ('a','b')").run()),
    ).toThrow('[DB_BUSY]');
    other.exec('ROLLBACK');
    other.close();
    db.close();
  });
});
