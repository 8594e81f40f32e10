import { existsSync, writeFileSync } from 'node:fs';
import {
  assertTemplateName,
  loadConfig,
  renderConfigTemplate,
  type ConfigTemplateName,
} from '@drift/core';
import { asyncBoundary } from '../runtime/boundary.js';
import { ensureWorkspaceFolder } from './workspace-folder.js';
import { workspacePaths } from './workspace-paths.js';
import { withDatabase } from './workspace-ops.js';

/** Options of {@link initWorkspace}. */
export interface InitOptions {
  /** A template of `CONFIG_TEMPLATES` for drift.toml. Default `default`. */
  readonly template?: string;
  /** Overwrite an existing drift.toml. Default false: an existing file is kept. */
  readonly force?: boolean;
}

/** What `initWorkspace` created. */
export interface InitResult {
  readonly projectRoot: string;
  readonly driftDir: string;
  readonly dbPath: string;
  readonly configPath: string;
  readonly template: ConfigTemplateName;
  readonly createdDriftDir: boolean;
  /** False when a drift.toml existed and was kept. */
  readonly wroteConfig: boolean;
  readonly schemaVersion: number;
}

/**
 * Sets a project up (spec 000 §20 `drift init`): `.drift/` (with a `.gitignore`), drift.db at
 * the latest schema, and a commented `drift.toml` in the project root from a template.
 *
 * @throws DriftError `CONFIG_ERROR` (unknown template, or an existing drift.toml is invalid),
 *   `DB_CORRUPT`, `MIGRATION_FAILED`, `STORAGE_ERROR`.
 */
export async function initWorkspace(
  projectRoot: string,
  options: InitOptions = {},
): Promise<InitResult> {
  return asyncBoundary(async () => {
    const template = assertTemplateName(options.template ?? 'default');
    const paths = workspacePaths(projectRoot);
    const writeConfig = options.force === true || !existsSync(paths.configPath);
    if (writeConfig) writeFileSync(paths.configPath, renderConfigTemplate(template));
    const { config } = loadConfig({ projectRoot: paths.projectRoot });
    const createdDriftDir = ensureWorkspaceFolder(paths);
    const schemaVersion = await withDatabase(
      paths,
      { maxOperationalBackups: config.backup.max_operational },
      (db) => db.schemaVersion(),
    );
    return {
      projectRoot: paths.projectRoot,
      driftDir: paths.driftDir,
      dbPath: paths.dbPath,
      configPath: paths.configPath,
      template,
      createdDriftDir,
      wroteConfig: writeConfig,
      schemaVersion,
    };
  });
}
