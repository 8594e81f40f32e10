import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMigrations } from '@drift/storage';
import { describe, expect, it } from 'vitest';
import { driftInitialize, driftShutdown } from '../functions/lifecycle.js';
import { nativeScan } from '../functions/scanner.js';
import { backupDatabase, queryStatus } from '../functions/utility.js';
import { errorCode, useProjects } from '../test-helpers/project.js';
import { doctorWorkspace } from './doctor.js';
import { initWorkspace } from './init-workspace.js';
import {
  cleanWorkspace,
  listWorkspaceBackups,
  migrateWorkspace,
  restoreWorkspaceBackup,
} from './maintenance.js';
import { findProjectRoot } from './workspace-paths.js';

const project = useProjects();

function corrupt(path: string): void {
  writeFileSync(path, Buffer.alloc(8192, 0x5a));
}

async function scannedProject(): Promise<string> {
  const root = project({ 'a.ts': 'a', 'b.ts': 'b' });
  await driftInitialize({ projectRoot: root, env: {} });
  await nativeScan(root);
  await driftShutdown();
  return root;
}

describe('initWorkspace', () => {
  it('creates .drift/, drift.db and a commented drift.toml from a template', async () => {
    const root = project();
    const result = await initWorkspace(root, { template: 'strict' });
    expect(result).toMatchObject({
      template: 'strict',
      createdDriftDir: true,
      wroteConfig: true,
      schemaVersion: loadMigrations().length,
    });
    expect(existsSync(join(root, '.drift', 'drift.db'))).toBe(true);
    expect(readFileSync(join(root, 'drift.toml'), 'utf8')).toContain('fail_on = "warning"');
    expect(findProjectRoot(join(root, 'deep', 'er'))).toBe(root);
  });

  it('keeps an existing drift.toml unless forced, and rejects unknown templates', async () => {
    const root = project({ 'drift.toml': '# mine\n' });
    expect((await initWorkspace(root)).wroteConfig).toBe(false);
    expect(readFileSync(join(root, 'drift.toml'), 'utf8')).toBe('# mine\n');
    expect((await initWorkspace(root, { force: true })).wroteConfig).toBe(true);
    expect(await errorCode(initWorkspace(root, { template: 'nope' }))).toBe('CONFIG_ERROR');
  });

  it('finds no project where there is no .drift/', () => {
    expect(findProjectRoot('/')).toBeNull();
  });
});

describe('doctorWorkspace', () => {
  it('reports a healthy workspace', async () => {
    const root = await scannedProject();
    const report = await doctorWorkspace(root);
    expect(report.healthy).toBe(true);
    expect(report.corrupt).toBe(false);
    expect(report.checks.map((c) => [c.name, c.status])).toEqual([
      ['workspace', 'ok'],
      ['config', 'ok'],
      ['database', 'ok'],
      ['schema', 'ok'],
      ['last-scan', 'ok'],
      ['backups', 'ok'],
    ]);
  });

  it('finds a corrupt drift.db and restores the newest good backup', async () => {
    const root = await scannedProject();
    await driftInitialize({ projectRoot: root, env: {} });
    await backupDatabase();
    await driftShutdown();
    corrupt(join(root, '.drift', 'drift.db'));
    expect(await errorCode(driftInitialize({ projectRoot: root }))).toBe('DB_CORRUPT');

    const report = await doctorWorkspace(root);
    expect(report).toMatchObject({ healthy: false, corrupt: true, restored: null });
    expect(report.checks.find((c) => c.name === 'database')).toMatchObject({
      status: 'error',
      code: 'DB_CORRUPT',
    });

    const repaired = await doctorWorkspace(root, { restore: true });
    expect(repaired.healthy).toBe(true);
    expect(repaired.restored?.restoredFrom).toBe(report.newestGoodBackup?.path);
    await driftInitialize({ projectRoot: root });
    expect(queryStatus().files.analysed).toBe(2);
  });

  it('says so when a corrupt drift.db has no good backup', async () => {
    const root = await scannedProject();
    corrupt(join(root, '.drift', 'drift.db'));
    const report = await doctorWorkspace(root, { restore: true });
    expect(report).toMatchObject({ healthy: false, restored: null, newestGoodBackup: null });
    expect(report.checks.find((c) => c.name === 'backups')?.status).toBe('error');
  });

  it('flags a missing workspace, an invalid config and an unfinished scan', async () => {
    expect((await doctorWorkspace(project())).checks[0]).toMatchObject({
      name: 'workspace',
      status: 'warn',
    });
    const root = await scannedProject();
    writeFileSync(join(root, 'drift.toml'), '[scan]\nnope = 1\n');
    const report = await doctorWorkspace(root);
    expect(report.checks.find((c) => c.name === 'config')).toMatchObject({
      status: 'error',
      code: 'CONFIG_ERROR',
    });
    expect(report.healthy).toBe(false);
  });
});

describe('restore, migrate, clean', () => {
  it('restores a backup by file name, backing the current database up first', async () => {
    const root = await scannedProject();
    await driftInitialize({ projectRoot: root, env: {} });
    const backup = await backupDatabase();
    writeFileSync(join(root, 'c.ts'), 'c');
    await nativeScan(root);
    await driftShutdown();
    const name = backup.path.split('/').at(-1) as string;
    const result = await restoreWorkspaceBackup(root, name);
    expect(result.previous?.reason).toBe('restore');
    await driftInitialize({ projectRoot: root, env: {} });
    expect(queryStatus().files.analysed).toBe(2);
  });

  it('refuses a damaged backup, an unknown name, and restoring under an open runtime', async () => {
    const root = await scannedProject();
    const bad = join(root, 'bad.db');
    corrupt(bad);
    expect(await errorCode(restoreWorkspaceBackup(root, bad))).toBe('DB_CORRUPT');
    expect(await errorCode(restoreWorkspaceBackup(root, 'drift-nope.db'))).toBe('STORAGE_ERROR');
    await driftInitialize({ projectRoot: root, env: {} });
    const good = await backupDatabase();
    expect(await errorCode(restoreWorkspaceBackup(root, good.path))).toBe('DB_BUSY');
  });

  it('migrates down and up again, with backups', async () => {
    const root = await scannedProject();
    const down = await migrateWorkspace(root, 0);
    const latest = loadMigrations().length;
    const all = loadMigrations().map((m) => m.version);
    expect(down).toMatchObject({ from: latest, to: 0, applied: [...all].reverse() });
    expect(down.backup?.reason).toBe('migrate-down');
    const up = await migrateWorkspace(root);
    expect(up).toMatchObject({ from: 0, to: latest, applied: all });
    expect(await errorCode(migrateWorkspace(root, 7))).toBe('MIGRATION_FAILED');
  });

  it('cleans drift.db after a backup, and everything with all', async () => {
    const root = await scannedProject();
    const cleaned = await cleanWorkspace(root);
    expect(cleaned.backup?.reason).toBe('clean');
    expect(existsSync(join(root, '.drift', 'drift.db'))).toBe(false);
    expect(listWorkspaceBackups(root)).toHaveLength(1);
    const all = await cleanWorkspace(root, { all: true });
    expect(all.removed).toEqual([join(root, '.drift')]);
    expect(readdirSync(root).sort()).toEqual(['a.ts', 'b.ts']);
    expect(await cleanWorkspace(root)).toEqual({ removed: [], backup: null });
  });
});
