import { existsSync } from 'node:fs';
import { loadConfig, parseDriftError, type DriftErrorCode } from '@drift/core';
import { lastScan, listBackups, verifyBackup, type BackupInfo } from '@drift/storage';
import { asyncBoundary } from '../runtime/boundary.js';
import { restoreWorkspaceBackup, type RestoreResult } from './maintenance.js';
import { workspacePaths, type WorkspacePaths } from './workspace-paths.js';
import { withDatabase } from './workspace-ops.js';

/** One finding of `drift doctor`. */
export interface DoctorCheck {
  readonly name: 'workspace' | 'config' | 'database' | 'schema' | 'last-scan' | 'backups';
  readonly status: 'ok' | 'warn' | 'error';
  readonly message: string;
  /** The error code behind an `error`, when there is one. */
  readonly code?: DriftErrorCode;
}

/** The outcome of {@link doctorWorkspace}. */
export interface DoctorReport {
  /** No check is `error`. After a restore, the checks describe the restored state. */
  readonly healthy: boolean;
  readonly checks: readonly DoctorCheck[];
  /** drift.db failed to open or failed `integrity_check`. */
  readonly corrupt: boolean;
  /** The newest backup that passes `integrity_check`, if any. */
  readonly newestGoodBackup: BackupInfo | null;
  /** Set when `restore` was asked for and made. */
  readonly restored: RestoreResult | null;
}

function newestGoodBackup(paths: WorkspacePaths): BackupInfo | null {
  return listBackups(paths.driftDir).find((backup) => verifyBackup(backup.path).ok) ?? null;
}

async function checkDatabase(paths: WorkspacePaths, checks: DoctorCheck[]): Promise<boolean> {
  if (!existsSync(paths.dbPath)) {
    checks.push({ name: 'database', status: 'warn', message: 'no drift.db yet; run `drift scan`' });
    return false;
  }
  try {
    await withDatabase(paths, { migrate: false }, (db) => {
      const problems = (db.writer.pragma('integrity_check') as { integrity_check: string }[])
        .map((row) => row.integrity_check)
        .filter((message) => message !== 'ok');
      if (problems.length > 0) {
        checks.push({
          name: 'database',
          status: 'error',
          code: 'DB_CORRUPT',
          message: `integrity_check failed: ${problems.slice(0, 3).join('; ')}`,
        });
        return;
      }
      checks.push({
        name: 'database',
        status: 'ok',
        message: `${paths.dbPath} passes integrity_check`,
      });
      const version = db.schemaVersion();
      checks.push(
        version === db.latestVersion
          ? { name: 'schema', status: 'ok', message: `schema version ${version} (latest)` }
          : {
              name: 'schema',
              status: 'warn',
              message: `schema version ${version}, latest ${db.latestVersion}; run \`drift migrate\``,
            },
      );
      const scan = lastScan(db.writer);
      if (scan === null)
        checks.push({
          name: 'last-scan',
          status: 'warn',
          message: 'never scanned; run `drift scan`',
        });
      else if (scan.status === 'running' || scan.status === 'interrupted') {
        checks.push({
          name: 'last-scan',
          status: 'warn',
          message: `the last scan (#${scan.id}) did not finish; run \`drift scan\``,
        });
      } else {
        checks.push({
          name: 'last-scan',
          status: 'ok',
          message: `last scan #${scan.id}: ${scan.status}`,
        });
      }
    });
  } catch (error) {
    const driftError = parseDriftError(error);
    checks.push({
      name: 'database',
      status: 'error',
      code: driftError.code,
      message: driftError.reason,
    });
  }
  return checks.some((check) => check.name === 'database' && check.code === 'DB_CORRUPT');
}

/**
 * Checks a project's Drift workspace (`drift doctor`): the `.drift/` folder, the configuration,
 * drift.db (`PRAGMA integrity_check`, schema version, last scan) and the backups. With
 * `restore`, a corrupt drift.db is replaced by the newest backup that passes its own integrity
 * check.
 *
 * @throws DriftError only for failures of the restore itself (`DB_BUSY` …); problems found are
 *   reported as checks.
 */
export async function doctorWorkspace(
  projectRoot: string,
  options: { readonly restore?: boolean } = {},
): Promise<DoctorReport> {
  return asyncBoundary(async () => {
    const paths = workspacePaths(projectRoot);
    const checks: DoctorCheck[] = [];
    if (!existsSync(paths.driftDir)) {
      checks.push({
        name: 'workspace',
        status: 'warn',
        message: `no .drift/ in ${paths.projectRoot}; run \`drift init\` or \`drift scan\``,
      });
    } else {
      checks.push({ name: 'workspace', status: 'ok', message: paths.driftDir });
    }
    try {
      const { files } = loadConfig({ projectRoot: paths.projectRoot });
      const sources = [files.project, files.user].filter((f) => f !== null);
      checks.push({
        name: 'config',
        status: 'ok',
        message: sources.length === 0 ? 'defaults (no drift.toml)' : `valid: ${sources.join(', ')}`,
      });
    } catch (error) {
      const driftError = parseDriftError(error);
      checks.push({
        name: 'config',
        status: 'error',
        code: driftError.code,
        message: driftError.reason,
      });
    }
    const corrupt = existsSync(paths.driftDir) && (await checkDatabase(paths, checks));
    const good = newestGoodBackup(paths);
    const backupCount = listBackups(paths.driftDir).length;
    checks.push({
      name: 'backups',
      status: corrupt && good === null ? 'error' : 'ok',
      message:
        good === null
          ? `${backupCount} backups, none passes integrity_check`
          : `${backupCount} backups; newest good: ${good.path}`,
    });
    if (corrupt && options.restore === true && good !== null) {
      const restored = await restoreWorkspaceBackup(paths.projectRoot, good.path);
      return { ...(await doctorWorkspace(projectRoot)), restored };
    }
    const healthy = checks.every((check) => check.status !== 'error');
    return { healthy, checks, corrupt, newestGoodBackup: good, restored: null };
  });
}
