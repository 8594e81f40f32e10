import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DriftError, type ScanProgress } from '@drift/core';
import { loadMigrations } from '@drift/storage';
import { describe, expect, it } from 'vitest';
import { DriftClient } from '../client/drift-client.js';
import { errorCode, manyFiles, useProjects } from '../test-helpers/project.js';
import { driftConfigure, driftInitialize, driftShutdown } from './lifecycle.js';
import { cancelScan, nativeScan, nativeScanWithProgress, queryChangedFiles } from './scanner.js';
import { backupDatabase, queryStatus, queryStorageStats } from './utility.js';

const project = useProjects();

describe('lifecycle', () => {
  it('refuses calls before driftInitialize with RUNTIME_NOT_INITIALIZED', async () => {
    expect(() => queryStatus()).toThrow('[RUNTIME_NOT_INITIALIZED] call driftInitialize() first');
    expect(() => cancelScan()).toThrow(DriftError);
    expect(await errorCode(nativeScan())).toBe('RUNTIME_NOT_INITIALIZED');
    expect(() => driftConfigure()).toThrow('[RUNTIME_NOT_INITIALIZED]');
    await driftShutdown();
  });

  it('initialises once, creating .drift/ with a .gitignore, and shuts down cleanly', async () => {
    const root = project();
    await driftInitialize({ projectRoot: root });
    expect(readFileSync(join(root, '.drift', '.gitignore'), 'utf8')).toContain('*');
    expect(await errorCode(driftInitialize({ projectRoot: root }))).toBe('ALREADY_INITIALIZED');
    await driftShutdown();
    await driftShutdown();
    await driftInitialize({ projectRoot: root });
  });

  it('resolves configuration with sources and reconfigures from TOML', async () => {
    const root = project({ 'drift.toml': '[scan]\nthreads = 1\n' });
    await driftInitialize({
      projectRoot: root,
      configOverrides: { 'analysis.min_files': 5 },
      env: {},
    });
    const resolved = driftConfigure();
    expect(resolved.config.scan.threads).toBe(1);
    expect(resolved.sources['analysis.min_files']).toBe('command line');
    expect(driftConfigure('[scan]\nthreads = 2\n').config.scan.threads).toBe(2);
    expect(() => driftConfigure('[scan]\nthreads = -1\n')).toThrow(
      '[CONFIG_ERROR] configToml: scan.threads must be an integer between 0 and 256, got -1',
    );
  });

  it('reports an invalid drift.toml as CONFIG_ERROR at initialisation', async () => {
    const root = project({ 'drift.toml': '[analysis]\ndominance_threshold = 1.5\n' });
    expect(await errorCode(driftInitialize({ projectRoot: root }))).toBe('CONFIG_ERROR');
  });
});

describe('nativeScan on the worker pool', () => {
  it('scans, reports progress about every 100 files, and an unchanged rescan reads nothing', async () => {
    const root = project(manyFiles(250));
    await driftInitialize({ projectRoot: root, env: {} });
    const updates: ScanProgress[] = [];
    const first = await nativeScanWithProgress(root, { threads: 2 }, (update) =>
      updates.push(update),
    );
    expect(first).toMatchObject({
      status: 'complete',
      filesTotal: 250,
      filesAdded: 250,
      languages: { typescript: 250 },
    });
    const hashing = updates.filter((u) => u.phase === 'parsing');
    expect(hashing.map((u) => u.total)).toEqual([250, 250, 250]);
    const processed = hashing.map((u) => u.processed);
    expect(processed.at(-1)).toBe(250);
    processed.forEach((value, i) => expect(value - (processed[i - 1] ?? 0)).toBeGreaterThan(0));
    processed.forEach((value, i) =>
      expect(value - (processed[i - 1] ?? 0)).toBeLessThanOrEqual(100),
    );
    expect(hashing.every((u) => typeof u.currentFile === 'string')).toBe(true);

    const again = await nativeScan(root);
    expect(again).toMatchObject({ filesUnchanged: 250, bytesRead: 0 });
  });

  it('cancelScan stops a running scan, which returns partial and keeps what finished', async () => {
    const root = project(manyFiles(600));
    await driftInitialize({ projectRoot: root, env: {} });
    expect(cancelScan()).toBe(false);
    const summary = await nativeScanWithProgress(root, { threads: 1 }, (update) => {
      if (update.phase === 'parsing' && update.processed >= 100) cancelScan();
    });
    expect(summary.status).toBe('partial');
    expect(summary.filesAdded).toBeGreaterThanOrEqual(100);
    expect(summary.filesAdded).toBeLessThan(600);
    const rest = await nativeScan(root);
    expect(rest.status).toBe('complete');
    expect(rest.filesAdded + rest.filesUnchanged).toBe(600);
  });

  it('an AbortSignal cancels too', async () => {
    const root = project(manyFiles(300));
    await driftInitialize({ projectRoot: root, env: {} });
    const controller = new AbortController();
    controller.abort();
    expect((await nativeScan(root, { signal: controller.signal })).status).toBe('partial');
  });

  it('a second scan while one runs fails fast with DB_BUSY', async () => {
    const root = project(manyFiles(300));
    await driftInitialize({ projectRoot: root, env: {} });
    const first = nativeScan(root);
    expect(await errorCode(nativeScan(root))).toBe('DB_BUSY');
    expect((await first).status).toBe('complete');
  });

  it('refuses to scan a folder that is not the runtime project', async () => {
    const root = project();
    await driftInitialize({ projectRoot: root, env: {} });
    expect(await errorCode(nativeScan(project()))).toBe('SCAN_ERROR');
    expect(await errorCode(nativeScan(join(root, 'missing')))).toBe('SCAN_ERROR');
  });

  it('takes a daily backup at the first scan of a day that has data to keep', async () => {
    const root = project({ 'a.ts': 'a' });
    await driftInitialize({ projectRoot: root, env: {} });
    await nativeScan(root);
    expect(DriftClient.listBackups(root)).toEqual([]);
    writeFileSync(join(root, 'b.ts'), 'b');
    await nativeScan(root);
    await nativeScan(root);
    expect(DriftClient.listBackups(root).map((b) => b.kind)).toEqual(['daily']);
  });

  it('marks a scan left running by a dead process as interrupted', async () => {
    const root = project({ 'a.ts': 'a' });
    await driftInitialize({ projectRoot: root, env: {} });
    await nativeScan(root);
    await driftShutdown();
    const { DatabaseManager, startScan } = await import('@drift/storage');
    const db = await DatabaseManager.open({ path: join(root, '.drift', 'drift.db') });
    const orphan = startScan(db.writer, root, 1);
    db.close();
    await driftInitialize({ projectRoot: root, env: {} });
    await nativeScan(root);
    const { DatabaseManager: Db } = await import('@drift/storage');
    const check = await Db.open({ path: join(root, '.drift', 'drift.db') });
    const row = check.writer
      .prepare('SELECT status FROM scan_history WHERE id = ?')
      .get(orphan) as { status: string };
    check.close();
    expect(row.status).toBe('interrupted');
  });
});

describe('queries and backups', () => {
  it('serves changed files, status and storage stats from drift.db', async () => {
    const root = project({ 'a.ts': 'a', 'b.py': 'b' });
    await driftInitialize({ projectRoot: root, env: {} });
    const before = Date.now();
    await nativeScan(root);
    const changes = queryChangedFiles(before);
    expect(changes.items.map((c) => c.path).sort()).toEqual(['a.ts', 'b.py']);
    expect(() => queryChangedFiles(undefined, { cursor: '!!' })).toThrow('[INVALID_CURSOR]');

    const status = queryStatus();
    expect(status).toMatchObject({
      projectRoot: root,
      schemaVersion: loadMigrations().length,
      latestSchemaVersion: loadMigrations().length,
      files: { analysed: 2, skipped: 0 },
      languages: { python: { files: 1 }, typescript: { files: 1 } },
      backups: { operational: 0, daily: 0 },
    });
    expect(status.lastScan).toMatchObject({ status: 'complete', filesAdded: 2 });
    expect(queryStorageStats().tables['files']).toBe(2);
  });

  it('backs up to the backups folder or to a chosen path', async () => {
    const root = project({ 'a.ts': 'a' });
    await driftInitialize({ projectRoot: root, env: {} });
    const managed = await backupDatabase();
    expect(managed).toMatchObject({ kind: 'operational', reason: 'manual' });
    const custom = await backupDatabase(join(root, 'copy.db'));
    expect(custom).toMatchObject({ kind: 'custom', path: join(root, 'copy.db') });
    expect(existsSync(custom.path)).toBe(true);
    expect(queryStatus().backups.operational).toBe(1);
  });
});

describe('DriftClient', () => {
  it('wraps the runtime functions and event registration', async () => {
    const root = project({ 'a.ts': 'a' });
    const client = await DriftClient.initialize({ projectRoot: root, env: {} });
    const seen: number[] = [];
    const off = client.on({ onScanComplete: (summary) => seen.push(summary.filesAdded) });
    const progress: string[] = [];
    await client.scan({ onProgress: (p) => progress.push(p.phase) });
    off();
    await client.scan({ force: true });
    expect(seen).toEqual([1]);
    expect(progress).toContain('parsing');
    expect(client.cancelScan()).toBe(false);
    expect(client.queryStatus().files.analysed).toBe(1);
    expect(client.queryStorageStats().schemaVersion).toBe(loadMigrations().length);
    expect(client.queryChangedFiles().total).toBe(1);
    expect(client.configure().config.scan.threads).toBe(0);
    expect((await client.backupDatabase()).kind).toBe('operational');
    await client.shutdown();
  });
});
