import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { getLogger, StorageError } from '@drift/core';
import Database from 'better-sqlite3';
import { createBackup, type BackupInfo, type BackupKind } from './backup/backups.js';
import {
  loadMigrations,
  migrate,
  schemaVersion,
  type Migration,
  type MigrationResult,
} from './schema/migrator.js';
import { mapSqliteError, withStorageErrors } from './sqlite-errors.js';

/** Options of {@link DatabaseManager.open}. */
export interface DatabaseOptions {
  /** Path of drift.db; its folder is created when missing. */
  readonly path: string;
  /** The `.drift` folder holding `backups/`. Default: the folder of `path`. */
  readonly driftDir?: string;
  /** How long a connection waits for a lock before `DB_BUSY`, in ms. Default 5,000. */
  readonly busyTimeoutMs?: number;
  /** `backup.max_operational`: operational backups kept. Default 5. */
  readonly maxOperationalBackups?: number;
  /** Apply pending migrations on open (with a backup first). Default true. */
  readonly migrate?: boolean;
  /** Run `PRAGMA quick_check` on open. Default true. */
  readonly integrityCheck?: boolean;
  /** Override the shipped migrations (tests). */
  readonly migrations?: readonly Migration[];
}

const log = () => getLogger('storage');

/**
 * drift.db: one writer connection and a lazily opened read-only connection for queries, in WAL
 * mode with `synchronous=NORMAL`, a busy timeout and foreign keys on (ARCHITECTURE §1
 * "storage"). On open it checks integrity with `quick_check` and applies pending migrations,
 * taking an operational backup first.
 */
export class DatabaseManager {
  readonly #writer: Database.Database;
  #reader: Database.Database | undefined;
  #closed = false;

  private constructor(
    readonly path: string,
    readonly driftDir: string,
    private readonly busyTimeoutMs: number,
    private readonly maxOperationalBackups: number,
    private readonly migrations: readonly Migration[],
    writer: Database.Database,
  ) {
    this.#writer = writer;
  }

  /**
   * Opens (creating when missing) and prepares a drift.db.
   *
   * @throws StorageError `DB_CORRUPT` (not a database, or `quick_check` failed), `DB_BUSY`,
   *   `MIGRATION_FAILED`, `DB_DISK_FULL` or `STORAGE_ERROR`.
   */
  static async open(options: DatabaseOptions): Promise<DatabaseManager> {
    const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    const context = `opening ${options.path}`;
    mkdirSync(dirname(options.path), { recursive: true });
    const existed = existsSync(options.path);
    const writer = withStorageErrors(
      () => new Database(options.path, { timeout: busyTimeoutMs }),
      context,
    );
    const manager = new DatabaseManager(
      options.path,
      options.driftDir ?? dirname(options.path),
      busyTimeoutMs,
      options.maxOperationalBackups ?? 5,
      options.migrations ?? loadMigrations(),
      writer,
    );
    try {
      withStorageErrors(() => {
        writer.pragma('journal_mode = WAL');
        writer.pragma('synchronous = NORMAL');
        writer.pragma('foreign_keys = ON');
      }, context);
      if (existed && options.integrityCheck !== false) {
        const problems = manager.quickCheck();
        if (problems.length > 0) {
          throw new StorageError(
            'DB_CORRUPT',
            `${options.path} failed quick_check: ${problems.slice(0, 3).join('; ')}`,
            {
              details: { problems },
            },
          );
        }
      }
      if (options.migrate !== false) await manager.migrateTo();
    } catch (error) {
      writer.close();
      throw mapSqliteError(error, context);
    }
    return manager;
  }

  /** The single writer connection. Use inside {@link transaction} for batches. */
  get writer(): Database.Database {
    this.#assertOpen();
    return this.#writer;
  }

  /** A read-only connection for queries; in WAL mode it never waits for the writer. */
  reader(): Database.Database {
    this.#assertOpen();
    this.#reader ??= withStorageErrors(
      () =>
        new Database(this.path, {
          readonly: true,
          fileMustExist: true,
          timeout: this.busyTimeoutMs,
        }),
      `opening ${this.path} for reading`,
    );
    return this.#reader;
  }

  /** Runs `fn` in one write transaction (`BEGIN IMMEDIATE`); SQLite errors become StorageErrors. */
  transaction<T>(fn: () => T): T {
    return withStorageErrors(() => this.writer.transaction(fn).immediate());
  }

  /** `PRAGMA quick_check`: empty when the database is sound, else the problems found. */
  quickCheck(): string[] {
    const rows = withStorageErrors(
      () => this.writer.pragma('quick_check') as { quick_check: string }[],
      `checking ${this.path}`,
    );
    return rows.map((row) => row.quick_check).filter((message) => message !== 'ok');
  }

  /** The applied schema version. */
  schemaVersion(): number {
    return withStorageErrors(() => schemaVersion(this.writer));
  }

  /** The highest version of the shipped migrations. */
  get latestVersion(): number {
    return this.migrations.length;
  }

  /**
   * Migrates to `target` (default latest). When a migration will run on a database that has
   * one already applied, an operational backup is taken first.
   *
   * @throws StorageError `MIGRATION_FAILED`.
   */
  async migrateTo(
    target: number = this.migrations.length,
  ): Promise<MigrationResult & { backup: BackupInfo | null }> {
    const current = this.schemaVersion();
    let backup: BackupInfo | null = null;
    if (current !== target && current > 0) {
      backup = await this.backup(
        'operational',
        current < target ? 'migrate' : 'migrate-down',
        this.maxOperationalBackups,
      );
    }
    const result = withStorageErrors(() => migrate(this.writer, this.migrations, target));
    if (result.applied.length > 0) log().info({ ...result }, 'migrations applied');
    return { ...result, backup };
  }

  /** Takes a backup of this database with SQLite's online backup API; see `createBackup`. */
  async backup(kind: BackupKind, reason: string, keep: number): Promise<BackupInfo | null> {
    return createBackup(this.writer, this.driftDir, kind, reason, keep);
  }

  /** Moves the WAL into the database file and truncates it. */
  checkpoint(): void {
    withStorageErrors(() => this.writer.pragma('wal_checkpoint(TRUNCATE)'));
  }

  /** Checkpoints the WAL (best effort) and closes both connections. Idempotent. */
  close(): void {
    if (this.#closed) return;
    this.#reader?.close();
    try {
      this.#writer.pragma('wal_checkpoint(TRUNCATE)');
    } catch (error) {
      log().warn({ err: error }, 'WAL checkpoint on close failed');
    }
    this.#writer.close();
    this.#closed = true;
  }

  get isOpen(): boolean {
    return !this.#closed;
  }

  #assertOpen(): void {
    if (this.#closed) throw new StorageError('STORAGE_ERROR', `${this.path} is closed`);
  }
}
