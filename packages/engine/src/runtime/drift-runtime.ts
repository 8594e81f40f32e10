import {
  EventDispatcher,
  getLogger,
  loadConfig,
  type CancellationToken,
  type ConfigKey,
  type DriftConfig,
  type ResolvedConfig,
} from '@drift/core';
import { CallGraphCache } from '@drift/analysis';
import { DatabaseManager } from '@drift/storage';
import { resolveThreads, WorkerPool } from '../workers/worker-pool.js';
import { ParseCache } from './parse-cache.js';
import { workspacePaths, type WorkspacePaths } from '../workspace/workspace-paths.js';
import { ensureWorkspaceFolder } from '../workspace/workspace-folder.js';

/** Options of `driftInitialize` (spec 004 §4 `RuntimeOptions`). */
export interface RuntimeOptions {
  /** The project to work on. Default: the current directory. */
  readonly projectRoot?: string;
  /** drift.db path. Default `<projectRoot>/.drift/drift.db`. */
  readonly dbPath?: string;
  /** TOML that replaces `<projectRoot>/drift.toml` as the project configuration layer. */
  readonly configToml?: string;
  /** Highest-priority configuration values (command-line flags). */
  readonly configOverrides?: Readonly<Partial<Record<ConfigKey, unknown>>>;
  /** Environment for `DRIFT_*` configuration. Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Everything a process needs to serve Drift functions: configuration, drift.db, the event
 * dispatcher and the worker pool (spec 004 §4 `DriftRuntime`). Created once by
 * `driftInitialize`.
 */
export class DriftRuntime {
  #resolved: ResolvedConfig;
  #pool: WorkerPool | undefined;
  /** The scan in progress, cancelled by `cancelScan()`. */
  currentScan: CancellationToken | undefined;
  /** Facts of recently parsed file contents, and parsing totals. */
  readonly parseCache = new ParseCache();
  /** The state of the last call-graph update, for the next incremental one. */
  readonly callGraphCache = new CallGraphCache();

  private constructor(
    readonly paths: WorkspacePaths,
    readonly db: DatabaseManager,
    readonly events: EventDispatcher,
    resolved: ResolvedConfig,
    private readonly options: RuntimeOptions,
  ) {
    this.#resolved = resolved;
  }

  /**
   * Loads the configuration, creates `.drift/` when missing and opens drift.db (checking its
   * integrity and migrating it).
   *
   * @throws ConfigError `CONFIG_ERROR`; StorageError `DB_CORRUPT`, `DB_BUSY`,
   *   `MIGRATION_FAILED`, `STORAGE_ERROR`.
   */
  static async create(options: RuntimeOptions): Promise<DriftRuntime> {
    const paths = workspacePaths(options.projectRoot ?? process.cwd(), options.dbPath);
    const resolved = DriftRuntime.#load(paths, options, options.configToml);
    ensureWorkspaceFolder(paths);
    const db = await DatabaseManager.open({
      path: paths.dbPath,
      driftDir: paths.driftDir,
      maxOperationalBackups: resolved.config.backup.max_operational,
    });
    return new DriftRuntime(paths, db, new EventDispatcher(getLogger('events')), resolved, options);
  }

  static #load(
    paths: WorkspacePaths,
    options: RuntimeOptions,
    configToml: string | undefined,
  ): ResolvedConfig {
    return loadConfig({
      projectRoot: paths.projectRoot,
      ...(configToml === undefined ? {} : { configToml }),
      ...(options.env === undefined ? {} : { env: options.env }),
      ...(options.configOverrides === undefined ? {} : { cliOverrides: options.configOverrides }),
    });
  }

  /** The effective configuration (every layer merged). */
  get config(): DriftConfig {
    return this.#resolved.config;
  }

  /** The effective configuration with the layer each key came from. */
  get resolvedConfig(): ResolvedConfig {
    return this.#resolved;
  }

  /** Re-resolves the configuration, with `configToml` as the project layer when given. */
  reconfigure(configToml: string | undefined): ResolvedConfig {
    this.#resolved = DriftRuntime.#load(
      this.paths,
      this.options,
      configToml ?? this.options.configToml,
    );
    return this.#resolved;
  }

  /** The worker pool, (re)created for `threads` workers (0 = one per core). */
  pool(threads: number): WorkerPool {
    const wanted = resolveThreads(threads);
    if (this.#pool?.threads !== wanted) {
      const old = this.#pool;
      this.#pool = new WorkerPool(wanted);
      old
        ?.destroy()
        .catch((error: unknown) =>
          getLogger('engine').warn({ err: error }, 'worker pool shutdown failed'),
        );
    }
    return this.#pool;
  }

  /** Cancels a running scan, stops the workers and closes drift.db (checkpointing the WAL). */
  async close(): Promise<void> {
    this.currentScan?.cancel();
    await this.#pool?.destroy();
    this.#pool = undefined;
    this.db.close();
  }
}
