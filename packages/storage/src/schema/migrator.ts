import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { StorageError } from '@drift/core';
import type { Database } from 'better-sqlite3';

/** One numbered migration: `NNN_name.up.sql` and `NNN_name.down.sql`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
  readonly down: string;
}

/** What {@link migrate} did. */
export interface MigrationResult {
  readonly from: number;
  readonly to: number;
  /** Versions applied (upwards) or reverted (downwards), in order. */
  readonly applied: readonly number[];
}

/**
 * The migrations folder shipped in the package (`packages/storage/migrations`, listed in the
 * package's `files`), found relative to this module in both `src/` and `dist/`.
 */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

const FILE_NAME = /^(\d{3})_([a-z0-9_]+)\.(up|down)\.sql$/;

/**
 * Reads the numbered migrations of a folder, in version order.
 *
 * @throws StorageError `MIGRATION_FAILED` when the folder is missing, a version lacks its up or
 *   down file, or versions are not 1, 2, 3 … without gaps.
 */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new StorageError('MIGRATION_FAILED', `migrations folder missing: ${dir}`, {
      cause: error,
    });
  }
  const byVersion = new Map<number, { name: string; up?: string; down?: string }>();
  for (const file of names) {
    const match = FILE_NAME.exec(file);
    if (match === null) continue;
    const [, number, name, direction] = match as unknown as [string, string, string, 'up' | 'down'];
    const version = Number(number);
    const entry = byVersion.get(version) ?? { name };
    entry[direction] = readFileSync(`${dir}/${file}`, 'utf8');
    byVersion.set(version, entry);
  }
  const migrations: Migration[] = [];
  for (const version of [...byVersion.keys()].sort((a, b) => a - b)) {
    const entry = byVersion.get(version);
    if (entry?.up === undefined || entry.down === undefined) {
      throw new StorageError(
        'MIGRATION_FAILED',
        `migration ${version} needs both .up.sql and .down.sql`,
      );
    }
    if (version !== migrations.length + 1) {
      throw new StorageError(
        'MIGRATION_FAILED',
        `migration versions must be contiguous; found ${version}`,
      );
    }
    migrations.push({ version, name: entry.name, up: entry.up, down: entry.down });
  }
  return migrations;
}

function ensureVersionTable(db: Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    applied_at INTEGER NOT NULL
  ) STRICT`);
}

/** The schema version of a database: the highest applied migration, 0 for a new database. */
export function schemaVersion(db: Database): number {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
    .get();
  if (table === undefined) return 0;
  const row = db.prepare('SELECT max(version) AS version FROM schema_version').get() as {
    version: number | null;
  };
  return row.version ?? 0;
}

/**
 * Migrates a database up or down to `target` (default: the latest), one transaction per
 * migration, recording each in `schema_version`. A failing migration is rolled back whole.
 *
 * @throws StorageError `MIGRATION_FAILED` naming the version, or when the database is newer
 *   than this build knows (a downgrade of Drift).
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[],
  target: number = migrations.length,
): MigrationResult {
  ensureVersionTable(db);
  const from = schemaVersion(db);
  if (from > migrations.length) {
    throw new StorageError(
      'MIGRATION_FAILED',
      `drift.db has schema version ${from}, newer than this Drift knows (${migrations.length}); upgrade Drift`,
    );
  }
  if (target < 0 || target > migrations.length || !Number.isInteger(target)) {
    throw new StorageError(
      'MIGRATION_FAILED',
      `target version must be between 0 and ${migrations.length}, got ${target}`,
    );
  }
  const applied: number[] = [];
  const run = (migration: Migration, direction: 'up' | 'down'): void => {
    try {
      db.transaction(() => {
        db.exec(migration[direction]);
        if (direction === 'up') {
          db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)').run(
            migration.version,
            migration.name,
            Date.now(),
          );
        } else {
          db.prepare('DELETE FROM schema_version WHERE version = ?').run(migration.version);
        }
      })();
    } catch (error) {
      throw new StorageError(
        'MIGRATION_FAILED',
        `migration ${migration.version} (${migration.name}) ${direction} failed: ${(error as Error).message}`,
        { cause: error },
      );
    }
    applied.push(migration.version);
  };
  for (const migration of migrations) {
    if (migration.version > from && migration.version <= target) run(migration, 'up');
  }
  for (const migration of [...migrations].reverse()) {
    if (migration.version <= from && migration.version > target) run(migration, 'down');
  }
  return { from, to: schemaVersion(db), applied };
}
