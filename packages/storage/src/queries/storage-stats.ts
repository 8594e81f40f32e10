import { statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';

/** Size and shape of drift.db (spec 004 §10.13 `StorageStats`). */
export interface StorageStats {
  readonly path: string;
  /** Main database file, bytes. */
  readonly sizeBytes: number;
  /** Write-ahead log, bytes (0 when absent). */
  readonly walSizeBytes: number;
  readonly pageSize: number;
  readonly pageCount: number;
  /** Unused pages that `VACUUM` would reclaim. */
  readonly freelistCount: number;
  readonly schemaVersion: number;
  /** Row count of each table. */
  readonly tables: Readonly<Record<string, number>>;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Reads storage statistics through `db` (a connection to the file at `path`). */
export function storageStats(db: Database, path: string, schemaVersion: number): StorageStats {
  const names = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string }[];
  const tables: Record<string, number> = {};
  for (const { name } of names) {
    tables[name] = (
      db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }
    ).n;
  }
  return {
    path,
    sizeBytes: sizeOf(path),
    walSizeBytes: sizeOf(`${path}-wal`),
    pageSize: db.pragma('page_size', { simple: true }) as number,
    pageCount: db.pragma('page_count', { simple: true }) as number,
    freelistCount: db.pragma('freelist_count', { simple: true }) as number,
    schemaVersion,
    tables,
  };
}
