import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { StorageError } from '@drift/core';
import Database from 'better-sqlite3';

/**
 * `operational`: taken before migrate, clean and restore (and by `drift backup create`), keep
 * `backup.max_operational`; `daily`: taken at the first scan of a UTC day, keep
 * `backup.max_daily` (spec 000 §20 "Backup Strategy").
 */
export type BackupKind = 'operational' | 'daily';

/** One backup file under `.drift/backups/<kind>/`. */
export interface BackupInfo {
  readonly path: string;
  readonly kind: BackupKind;
  /** Why it was taken: `migrate`, `clean`, `restore`, `manual`, `daily` … */
  readonly reason: string;
  /** Epoch ms, from the file name. */
  readonly createdAt: number;
  readonly sizeBytes: number;
}

/** The result of {@link verifyBackup}. */
export interface BackupVerification {
  readonly ok: boolean;
  /** `PRAGMA integrity_check` messages, or the open error; empty when ok. */
  readonly problems: readonly string[];
}

const KINDS: readonly BackupKind[] = ['operational', 'daily'];
const NAME = /^drift-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z][a-z0-9-]*)\.db$/;

/** `.drift/backups`. */
export function backupsDir(driftDir: string): string {
  return join(driftDir, 'backups');
}

function fileName(createdAt: number, reason: string): string {
  const stamp = new Date(createdAt).toISOString().replace(/[:.]/g, '-');
  return `drift-${stamp}-${reason}.db`;
}

function parseName(name: string): { createdAt: number; reason: string } | null {
  const match = NAME.exec(name);
  if (match === null) return null;
  const [, day, hh, mm, ss, ms, reason] = match as unknown as string[];
  return { createdAt: Date.parse(`${day}T${hh}:${mm}:${ss}.${ms}Z`), reason: reason ?? '' };
}

/** Backups of one kind, or all, newest first. */
export function listBackups(driftDir: string, kind?: BackupKind): BackupInfo[] {
  const backups: BackupInfo[] = [];
  for (const k of kind === undefined ? KINDS : [kind]) {
    const dir = join(backupsDir(driftDir), k);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const parsed = parseName(name);
      if (parsed === null) continue;
      const path = join(dir, name);
      backups.push({ path, kind: k, ...parsed, sizeBytes: statSync(path).size });
    }
  }
  return backups.sort((a, b) =>
    b.createdAt !== a.createdAt ? b.createdAt - a.createdAt : b.path.localeCompare(a.path),
  );
}

/** Deletes the oldest backups of a kind beyond `keep`; returns the deleted paths. */
export function pruneBackups(driftDir: string, kind: BackupKind, keep: number): string[] {
  const removed = listBackups(driftDir, kind)
    .slice(Math.max(0, keep))
    .map((backup) => backup.path);
  for (const path of removed) rmSync(path, { force: true });
  return removed;
}

/**
 * Copies a live database with SQLite's online backup API into `.drift/backups/<kind>/`, then
 * prunes that kind to `keep`. The copy is written under a temporary name and renamed, so a
 * crash never leaves a half-written file that looks like a backup.
 *
 * @returns the new backup, or null when `keep` is 0 (that kind of backup is disabled).
 * @throws StorageError `STORAGE_ERROR` / `DB_DISK_FULL` when the copy fails.
 */
export async function createBackup(
  db: Database.Database,
  driftDir: string,
  kind: BackupKind,
  reason: string,
  keep: number,
  now: number = Date.now(),
): Promise<BackupInfo | null> {
  if (keep <= 0) return null;
  const dir = join(backupsDir(driftDir), kind);
  mkdirSync(dir, { recursive: true });
  let createdAt = now;
  while (
    listBackups(driftDir, kind).some((b) => b.createdAt === createdAt && b.reason === reason)
  ) {
    createdAt += 1;
  }
  const path = join(dir, fileName(createdAt, reason));
  const partial = `${path}.partial`;
  try {
    await db.backup(partial);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    const code = (error as { code?: string }).code;
    throw new StorageError(
      code === 'SQLITE_FULL' || code === 'ENOSPC' ? 'DB_DISK_FULL' : 'STORAGE_ERROR',
      `backup to ${path} failed: ${(error as Error).message}`,
      { cause: error },
    );
  }
  pruneBackups(driftDir, kind, keep);
  return { path, kind, reason, createdAt, sizeBytes: statSync(path).size };
}

/** True when a daily backup was taken on the UTC day of `now`. */
export function hasDailyBackupOn(driftDir: string, now: number = Date.now()): boolean {
  const day = new Date(now).toISOString().slice(0, 10);
  return listBackups(driftDir, 'daily').some(
    (b) => new Date(b.createdAt).toISOString().slice(0, 10) === day,
  );
}

/** Opens a backup read-only and runs `PRAGMA integrity_check` on it. */
export function verifyBackup(path: string): BackupVerification {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
    if (
      problems.length === 0 &&
      db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_version'").get() === undefined
    ) {
      return { ok: false, problems: ['not a drift.db (no schema_version table)'] };
    }
    return { ok: problems.length === 0, problems };
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  } finally {
    db?.close();
  }
}

/**
 * Replaces a database file by a backup. Every connection to `dbPath` must be closed. The old
 * `-wal` and `-shm` files are removed first (a stale WAL applied to the restored file would
 * corrupt it), then a copy of the backup is renamed over `dbPath` atomically.
 */
export function replaceDatabaseFile(dbPath: string, backupPath: string): void {
  const staging = join(dirname(dbPath), `.${basename(dbPath)}.restoring`);
  copyFileSync(backupPath, staging);
  rmSync(`${dbPath}-wal`, { force: true });
  rmSync(`${dbPath}-shm`, { force: true });
  renameSync(staging, dbPath);
}
