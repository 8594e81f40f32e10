import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StorageError } from '@drift/core';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-helpers/temp-dir.js';
import { loadMigrations, migrate, schemaVersion, type Migration } from './migrator.js';

const temp = useTempDir();

function tables(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
}

const TEST_MIGRATIONS: Migration[] = [
  { version: 1, name: 'one', up: 'CREATE TABLE a (x INTEGER);', down: 'DROP TABLE a;' },
  { version: 2, name: 'two', up: 'CREATE TABLE b (y INTEGER);', down: 'DROP TABLE b;' },
];

describe('loadMigrations', () => {
  it('loads the shipped migrations, each with up and down', () => {
    const migrations = loadMigrations();
    expect(migrations[0]).toMatchObject({ version: 1, name: 'initial' });
    expect(migrations[0]?.up).toContain('CREATE TABLE files');
    expect(migrations[0]?.down).toContain('DROP TABLE files');
  });

  it('rejects a missing down file, a gap, and a missing folder', () => {
    const dir = temp();
    writeFileSync(join(dir, '001_a.up.sql'), 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow('[MIGRATION_FAILED] migration 1 needs both');
    writeFileSync(join(dir, '001_a.down.sql'), 'SELECT 1;');
    writeFileSync(join(dir, '003_c.up.sql'), 'SELECT 1;');
    writeFileSync(join(dir, '003_c.down.sql'), 'SELECT 1;');
    writeFileSync(join(dir, 'README.md'), 'ignored');
    expect(() => loadMigrations(dir)).toThrow('contiguous; found 3');
    expect(() => loadMigrations(join(dir, 'nope'))).toThrow('migrations folder missing');
  });

  it('loads a folder written in any file order', () => {
    const dir = join(temp(), 'm');
    mkdirSync(dir);
    writeFileSync(join(dir, '002_b.down.sql'), 'DROP TABLE b;');
    writeFileSync(join(dir, '001_a.up.sql'), 'CREATE TABLE a (x);');
    writeFileSync(join(dir, '002_b.up.sql'), 'CREATE TABLE b (x);');
    writeFileSync(join(dir, '001_a.down.sql'), 'DROP TABLE a;');
    expect(loadMigrations(dir).map((m) => m.name)).toEqual(['a', 'b']);
  });
});

describe('migrate', () => {
  it('applies all the shipped migrations to a new database and reverts them all', () => {
    const db = new Database(':memory:');
    const migrations = loadMigrations();
    const up = migrate(db, migrations);
    expect(up.from).toBe(0);
    expect(up.to).toBe(migrations.length);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'files',
        'scan_history',
        'scan_errors',
        'file_removals',
        'meta',
        'schema_version',
      ]),
    );
    const down = migrate(db, migrations, 0);
    expect(down.to).toBe(0);
    expect(tables(db)).toEqual(['schema_version']);
  });

  it('goes up and down step by step, recording each version', () => {
    const db = new Database(':memory:');
    expect(schemaVersion(db)).toBe(0);
    expect(migrate(db, TEST_MIGRATIONS, 1).applied).toEqual([1]);
    expect(tables(db)).toEqual(['a', 'schema_version']);
    expect(migrate(db, TEST_MIGRATIONS).applied).toEqual([2]);
    expect(migrate(db, TEST_MIGRATIONS).applied).toEqual([]);
    expect(migrate(db, TEST_MIGRATIONS, 0).applied).toEqual([2, 1]);
    expect(schemaVersion(db)).toBe(0);
  });

  it('rolls a failing migration back whole and names it', () => {
    const db = new Database(':memory:');
    const broken: Migration[] = [
      TEST_MIGRATIONS[0]!,
      {
        version: 2,
        name: 'broken',
        up: 'CREATE TABLE c (z); INSERT INTO nope VALUES (1);',
        down: '',
      },
    ];
    expect(() => migrate(db, broken)).toThrow(StorageError);
    expect(() => migrate(db, broken)).toThrow('[MIGRATION_FAILED] migration 2 (broken) up failed');
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['a', 'schema_version']);
  });

  it('refuses a database newer than this build and an out-of-range target', () => {
    const db = new Database(':memory:');
    migrate(db, TEST_MIGRATIONS);
    expect(() => migrate(db, TEST_MIGRATIONS.slice(0, 1))).toThrow('newer than this Drift knows');
    expect(() => migrate(db, TEST_MIGRATIONS, 3)).toThrow('between 0 and 2, got 3');
  });
});
