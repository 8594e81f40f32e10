import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseManager } from '../database-manager.js';
import { overwriteBytes } from '../test-helpers/corrupt.js';
import { useTempDir } from '../test-helpers/temp-dir.js';
import {
  createBackup,
  hasDailyBackupOn,
  listBackups,
  pruneBackups,
  replaceDatabaseFile,
  verifyBackup,
} from './backups.js';

const temp = useTempDir();

async function seeded(dir: string): Promise<DatabaseManager> {
  const db = await DatabaseManager.open({ path: join(dir, 'drift.db') });
  db.transaction(() => db.writer.prepare("INSERT INTO meta VALUES ('who', 'seed')").run());
  return db;
}

describe('backups', () => {
  it('creates, lists newest first, and prunes to keep', async () => {
    const dir = temp();
    const db = await seeded(dir);
    const t0 = Date.UTC(2026, 0, 1, 10, 0, 0, 0);
    for (let i = 0; i < 4; i += 1) {
      await createBackup(db.writer, dir, 'operational', 'manual', 3, t0 + i * 1000);
    }
    const backups = listBackups(dir, 'operational');
    expect(backups.map((b) => b.createdAt)).toEqual([t0 + 3000, t0 + 2000, t0 + 1000]);
    expect(backups[0]?.path).toMatch(/operational\/drift-2026-01-01T10-00-03-000Z-manual\.db$/);
    expect(backups[0]?.sizeBytes).toBeGreaterThan(0);
    expect(pruneBackups(dir, 'operational', 1)).toHaveLength(2);
    expect(listBackups(dir)).toHaveLength(1);
    db.close();
  });

  it('gives two backups in the same millisecond distinct names', async () => {
    const dir = temp();
    const db = await seeded(dir);
    const a = await createBackup(db.writer, dir, 'operational', 'manual', 5, 1000);
    const b = await createBackup(db.writer, dir, 'operational', 'manual', 5, 1000);
    expect(a?.path).not.toBe(b?.path);
    db.close();
  });

  it('creates nothing when keep is 0', async () => {
    const dir = temp();
    const db = await seeded(dir);
    expect(await createBackup(db.writer, dir, 'daily', 'daily', 0)).toBeNull();
    expect(listBackups(dir)).toEqual([]);
    db.close();
  });

  it('knows whether a daily backup exists for a UTC day', async () => {
    const dir = temp();
    const db = await seeded(dir);
    const day = Date.UTC(2026, 10, 21, 23, 59);
    expect(hasDailyBackupOn(dir, day)).toBe(false);
    await createBackup(db.writer, dir, 'daily', 'daily', 7, day);
    expect(hasDailyBackupOn(dir, day + 60_000 - 1)).toBe(true);
    expect(hasDailyBackupOn(dir, day + 60_000)).toBe(false);
    db.close();
  });

  it('ignores files that are not backups', () => {
    const dir = temp();
    mkdirSync(join(dir, 'backups', 'daily'), { recursive: true });
    writeFileSync(join(dir, 'backups', 'daily', 'notes.txt'), 'x');
    writeFileSync(join(dir, 'backups', 'daily', 'drift-x.db.partial'), 'x');
    expect(listBackups(dir)).toEqual([]);
  });

  it('verifies a good backup and rejects damaged or foreign files', async () => {
    const dir = temp();
    const db = await seeded(dir);
    const backup = await createBackup(db.writer, dir, 'operational', 'manual', 5);
    db.close();
    expect(verifyBackup(backup!.path)).toEqual({ ok: true, problems: [] });

    const foreign = join(dir, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE x (y)');
    other.close();
    expect(verifyBackup(foreign)).toEqual({
      ok: false,
      problems: ['not a drift.db (no schema_version table)'],
    });

    const garbage = join(dir, 'garbage.db');
    writeFileSync(garbage, 'nope'.repeat(1000));
    expect(verifyBackup(garbage).ok).toBe(false);
    expect(verifyBackup(join(dir, 'missing.db')).ok).toBe(false);

    overwriteBytes(backup!.path, 0, 16);
    expect(verifyBackup(backup!.path).ok).toBe(false);
  });

  it('replaces a database file by a backup and drops the stale WAL', async () => {
    const dir = temp();
    const db = await seeded(dir);
    const backup = await createBackup(db.writer, dir, 'operational', 'manual', 5);
    db.transaction(() => db.writer.prepare("UPDATE meta SET value = 'changed'").run());
    const path = db.path;
    db.writer.close();
    writeFileSync(`${path}-wal`, 'stale');
    replaceDatabaseFile(path, backup!.path);
    expect(existsSync(`${path}-wal`)).toBe(false);
    const restored = new Database(path, { readonly: true });
    expect(restored.prepare('SELECT value FROM meta').get()).toEqual({ value: 'seed' });
    restored.close();
  });
});
