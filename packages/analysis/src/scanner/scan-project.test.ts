import { renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CancellationToken,
  EventDispatcher,
  loadConfig,
  StorageError,
  type ScanConfig,
  type ScanProgress,
  type ScanSummary,
} from '@drift/core';
import { DatabaseManager, getFile, lastScan, queryChangedFiles, scanErrors } from '@drift/storage';
import { afterEach, describe, expect, it } from 'vitest';
import { useProjects, writeFiles } from '../test-helpers/project.js';
import { processBatch, type FileBatch, type FileBatchResult } from './file-processor.js';
import { scanProject, type ScanProjectOptions } from './scan-project.js';

const project = useProjects();
const open: DatabaseManager[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const defaults = loadConfig({ projectRoot: '/nonexistent', env: {}, userConfigPath: null }).config;

function scanConfig(overrides: Partial<ScanConfig> = {}): ScanConfig {
  return { ...defaults.scan, ...overrides };
}

async function database(root: string): Promise<DatabaseManager> {
  const db = await DatabaseManager.open({ path: join(root, '.drift', 'drift.db') });
  open.push(db);
  return db;
}

const inline = (batch: FileBatch): Promise<FileBatchResult> => processBatch(batch);

async function scan(
  root: string,
  db: DatabaseManager,
  overrides: Partial<Omit<ScanProjectOptions, 'root' | 'db'>> = {},
): Promise<ScanSummary> {
  return scanProject({
    root,
    db,
    config: scanConfig(),
    analysis: defaults.analysis,
    readBatch: inline,
    concurrency: 2,
    ...overrides,
  });
}

function counts(summary: ScanSummary) {
  return {
    total: summary.filesTotal,
    added: summary.filesAdded,
    modified: summary.filesModified,
    removed: summary.filesRemoved,
    unchanged: summary.filesUnchanged,
    skipped: summary.filesSkipped,
  };
}

function setMtime(root: string, path: string, seconds: number): void {
  utimesSync(join(root, path), seconds, seconds);
}

describe('scanProject: incremental diff', () => {
  it('adds everything on the first scan and reads nothing on an unchanged rescan', async () => {
    const root = project({
      'src/a.ts': 'export const a = 1;\n',
      'src/b.py': 'b = 2\n',
      'README.md': '# x\n',
    });
    const db = await database(root);
    const first = await scan(root, db);
    expect(first.status).toBe('complete');
    expect(counts(first)).toEqual({
      total: 3,
      added: 3,
      modified: 0,
      removed: 0,
      unchanged: 0,
      skipped: 0,
    });
    expect(first.languages).toEqual({ markdown: 1, python: 1, typescript: 1 });
    expect(first.bytesRead).toBe(20 + 6 + 4);

    const again = await scan(root, db);
    expect(counts(again)).toEqual({
      total: 3,
      added: 0,
      modified: 0,
      removed: 0,
      unchanged: 3,
      skipped: 0,
    });
    expect(again.bytesRead).toBe(0);
    expect(again.metrics.cacheHitRate).toBe(1);
  });

  it('tells added, modified, deleted and renamed files apart', async () => {
    const root = project({ 'a.ts': 'a', 'b.ts': 'b', 'c.ts': 'c', 'old.ts': 'rename me' });
    const db = await database(root);
    await scan(root, db, { clock: () => 1000 });
    const idOfA = getFile(db.writer, 'a.ts')?.id;

    writeFiles(root, { 'a.ts': 'a changed', 'new.ts': 'n' });
    rmSync(join(root, 'b.ts'));
    renameSync(join(root, 'old.ts'), join(root, 'renamed.ts'));
    const summary = await scan(root, db, { clock: () => 2000 });
    expect(counts(summary)).toEqual({
      total: 4,
      added: 2,
      modified: 1,
      removed: 2,
      unchanged: 1,
      skipped: 0,
    });
    expect(getFile(db.writer, 'a.ts')?.id).toBe(idOfA);
    expect(getFile(db.writer, 'b.ts')).toBeUndefined();
    expect(getFile(db.writer, 'renamed.ts')?.contentHash).toBeDefined();

    const changes = queryChangedFiles(db.reader(), 1500).items.map((c) => [c.path, c.change]);
    expect(changes.sort()).toEqual([
      ['a.ts', 'modified'],
      ['b.ts', 'removed'],
      ['new.ts', 'added'],
      ['old.ts', 'removed'],
      ['renamed.ts', 'added'],
    ]);
  });

  it('counts a touched file with the same content as unchanged and refreshes its mtime', async () => {
    const root = project({ 'a.ts': 'same' });
    const db = await database(root);
    await scan(root, db);
    const before = getFile(db.writer, 'a.ts');
    setMtime(root, 'a.ts', 1_700_000_000);
    const summary = await scan(root, db);
    expect(counts(summary)).toMatchObject({ unchanged: 1, modified: 0 });
    expect(summary.bytesRead).toBe(4);
    const after = getFile(db.writer, 'a.ts');
    expect(after?.mtimeMs).toBe(1_700_000_000_000);
    expect(after?.changedAt).toBe(before?.changedAt);
  });

  it('detects a same-size edit with a new mtime', async () => {
    const root = project({ 'a.ts': 'aaaa' });
    const db = await database(root);
    setMtime(root, 'a.ts', 1_000_000);
    await scan(root, db);
    writeFileSync(join(root, 'a.ts'), 'bbbb');
    setMtime(root, 'a.ts', 1_000_001);
    expect((await scan(root, db)).filesModified).toBe(1);
  });

  it('re-reads everything with force_full_scan but still sees unchanged content', async () => {
    const root = project({ 'a.ts': 'a', 'b.ts': 'b' });
    const db = await database(root);
    await scan(root, db);
    const forced = await scan(root, db, { config: scanConfig({ force_full_scan: true }) });
    expect(forced.bytesRead).toBe(2);
    expect(counts(forced)).toMatchObject({ unchanged: 2, modified: 0 });
  });

  it('without hashes, treats any stat change as a modification', async () => {
    const root = project({ 'a.ts': 'a' });
    const db = await database(root);
    const config = scanConfig({ compute_hashes: false });
    await scan(root, db, { config });
    expect(getFile(db.writer, 'a.ts')?.contentHash).toBeNull();
    setMtime(root, 'a.ts', 1_600_000_000);
    expect((await scan(root, db, { config })).filesModified).toBe(1);
  });

  it('re-reads every file once when the hash algorithm changes', async () => {
    const root = project({ 'a.ts': 'a' });
    const db = await database(root);
    await scan(root, db);
    const switched = await scan(root, db, { config: scanConfig({ hash_algorithm: 'xxh3' }) });
    expect(switched.filesModified).toBe(1);
    expect(
      (await scan(root, db, { config: scanConfig({ hash_algorithm: 'xxh3' }) })).bytesRead,
    ).toBe(0);
  });

  it('honours .driftignore and extra_ignore, and removes files that become ignored', async () => {
    const root = project({
      'a.ts': 'a',
      'gen/b.ts': 'b',
      'vendor/c.ts': 'c',
      'node_modules/x/d.ts': 'd',
    });
    const db = await database(root);
    expect((await scan(root, db)).filesTotal).toBe(3);
    writeFiles(root, { '.driftignore': 'gen/\n' });
    const summary = await scan(root, db, { config: scanConfig({ extra_ignore: ['vendor/'] }) });
    expect(counts(summary)).toMatchObject({
      total: 2,
      removed: 2,
      added: 0,
      unchanged: 1,
      skipped: 1,
    });
    expect(summary.skipped.unsupported).toBe(1);
  });
});

describe('scanProject: skip reasons', () => {
  it('counts every skip reason and stores only content-based skips', async () => {
    const root = project({
      'ok.ts': 'ok',
      'logo.png': 'png',
      'bin.ts': Buffer.from([1, 0, 2]),
      'big.ts': 'x'.repeat(64),
      'target.ts': 't',
    });
    symlinkSync(join(root, 'target.ts'), join(root, 'link.ts'));
    const db = await database(root);
    const summary = await scan(root, db, { config: scanConfig({ max_file_size: 32 }) });
    expect(summary.skipped).toEqual({
      unsupported: 1,
      binary: 1,
      too_large: 1,
      unreadable: 0,
      symlink: 1,
      broken_symlink: 0,
      symlink_loop: 0,
    });
    expect(counts(summary)).toEqual({
      total: 6,
      added: 2,
      modified: 0,
      removed: 0,
      unchanged: 0,
      skipped: 4,
    });
    expect(getFile(db.writer, 'bin.ts')?.skipReason).toBe('binary');
    expect(getFile(db.writer, 'big.ts')?.skipReason).toBe('too_large');
    expect(getFile(db.writer, 'logo.png')).toBeUndefined();
    expect(summary.languages).toEqual({ typescript: 2 });

    const again = await scan(root, db, { config: scanConfig({ max_file_size: 32 }) });
    expect(again.bytesRead).toBe(0);
    expect(again.skipped).toMatchObject({ binary: 1, too_large: 1 });
  });

  it('counts broken links, loops and unreadable files when following links, and records errors', async () => {
    const root = project({ 'a.ts': 'a' });
    symlinkSync(join(root, 'missing.ts'), join(root, 'broken.ts'));
    symlinkSync(root, join(root, 'self'));
    const db = await database(root);
    const summary = await scan(root, db, {
      config: scanConfig({ follow_symlinks: true }),
      readBatch: (batch) =>
        processBatch({
          ...batch,
          files: [...batch.files, { path: 'dir-that-fails', language: 'typescript' }],
        }),
    });
    expect(summary.skipped).toMatchObject({ broken_symlink: 1, symlink_loop: 1, unreadable: 1 });
    expect(summary.errorCount).toBe(3);
    expect(
      scanErrors(db.writer, summary.scanId)
        .map((e) => e.file)
        .sort(),
    ).toEqual(['broken.ts', 'dir-that-fails', 'self']);
  });

  it('reads invalid UTF-8 with replacement instead of skipping it', async () => {
    const root = project({ 'latin1.py': Buffer.from([0x78, 0x3d, 0xe9, 0x0a]) });
    const db = await database(root);
    const summary = await scan(root, db);
    expect(summary).toMatchObject({ filesAdded: 1, filesSkipped: 0, filesInvalidUtf8: 1 });
    expect(getFile(db.writer, 'latin1.py')?.invalidUtf8).toBe(true);
  });

  it('a file that turns binary leaves the analysed set', async () => {
    const root = project({ 'a.ts': 'text' });
    const db = await database(root);
    await scan(root, db, { clock: () => 1000 });
    writeFileSync(join(root, 'a.ts'), Buffer.from([0, 0, 0]));
    const summary = await scan(root, db, { clock: () => 2000 });
    expect(summary.skipped.binary).toBe(1);
    expect(summary.languages).toEqual({});
    expect(queryChangedFiles(db.reader(), 1500).items[0]).toMatchObject({
      path: 'a.ts',
      change: 'modified',
    });
  });
});

describe('scanProject: failures and cancellation', () => {
  it('counts the files of a batch whose worker failed as unreadable and goes on', async () => {
    const root = project({ 'a.ts': 'a', 'b.ts': 'b' });
    const db = await database(root);
    const summary = await scan(root, db, {
      readBatch: () => Promise.reject(new Error('[PARSE_ERROR] worker died')),
    });
    expect(summary.status).toBe('complete');
    expect(summary.skipped.unreadable).toBe(2);
    expect(summary.errors).toEqual([
      { file: 'a.ts', code: 'SCAN_ERROR', reason: 'worker died' },
      { file: 'b.ts', code: 'SCAN_ERROR', reason: 'worker died' },
    ]);
  });

  it('reads the files of a failed batch again one by one, so only the failing file is lost', async () => {
    const root = project({
      'a.ts': 'export const a = 1;',
      'bad.ts': 'b',
      'c.ts': 'export const c = 3;',
    });
    const db = await database(root);
    const summary = await scan(root, db, {
      readBatch: (batch) =>
        batch.files.some((f) => f.path === 'bad.ts')
          ? Promise.reject(new Error('[SCAN_ERROR] could not be cloned'))
          : inline(batch),
    });
    expect(summary.filesAdded).toBe(2);
    expect(summary.errors).toEqual([
      { file: 'bad.ts', code: 'SCAN_ERROR', reason: 'could not be cloned' },
    ]);
  });

  it('keeps finished batches on cancel, returns partial, and the next scan completes the rest', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 250 }, (_, i) => [`f${i}.ts`, `export const v${i} = ${i};`]),
    );
    const root = project(files);
    const db = await database(root);
    const token = new CancellationToken();
    const updates: ScanProgress[] = [];
    const partial = await scan(root, db, {
      concurrency: 1,
      cancellation: token,
      onProgress: (update) => {
        updates.push(update);
        if (update.phase === 'parsing' && update.processed >= 100) token.cancel();
      },
    });
    expect(partial.status).toBe('partial');
    expect(partial.filesAdded).toBe(100);
    expect(lastScan(db.writer)?.status).toBe('partial');
    expect(updates.filter((u) => u.phase === 'parsing').map((u) => [u.processed, u.total])).toEqual(
      [[100, 250]],
    );

    const rest = await scan(root, db);
    expect(rest.status).toBe('complete');
    expect(counts(rest)).toMatchObject({ added: 150, unchanged: 100 });
  });

  it('discards the file in flight when a worker sees the flag', async () => {
    const root = project({ 'a.ts': 'a', 'b.ts': 'b', 'c.ts': 'c' });
    const db = await database(root);
    const token = new CancellationToken();
    const summary = await scan(root, db, {
      cancellation: token,
      readBatch: async (batch) => {
        const flag = new Int32Array(new SharedArrayBuffer(4));
        const first = await processBatch({ ...batch, files: batch.files.slice(0, 1) });
        token.cancel();
        Atomics.store(flag, 0, 1);
        const rest = await processBatch({ ...batch, files: batch.files.slice(1) }, flag);
        return { results: [...first.results, ...rest.results], cancelled: true, bytesRead: 1 };
      },
    });
    expect(summary.status).toBe('partial');
    expect(summary.filesAdded).toBe(1);
  });

  it('calls afterRead once, after every batch is read and before the call graph', async () => {
    const root = project({
      'a.ts': 'export function a() {}',
      'b.ts': 'export function b() {}',
      'c.ts': 'export function c() {}',
    });
    const db = await database(root);
    const order: string[] = [];
    await scan(root, db, {
      readBatch: async (batch) => {
        const result = await processBatch(batch);
        order.push(`read ${batch.files.length}`);
        return result;
      },
      afterRead: () => {
        const nodes = db.writer.prepare('SELECT count(*) AS n FROM call_graph_nodes').get() as {
          n: number;
        };
        order.push(`afterRead, ${nodes.n} call graph nodes`);
        return Promise.resolve();
      },
    });
    expect(order).toEqual(['read 3', 'afterRead, 0 call graph nodes']);
    expect(db.writer.prepare('SELECT count(*) AS n FROM call_graph_nodes').get()).toEqual({ n: 3 });
  });

  it('emits scan events with counts', async () => {
    const root = project({ 'a.ts': 'a' });
    const db = await database(root);
    const events = new EventDispatcher();
    const seen: string[] = [];
    events.register({
      onScanStarted: (r, n) => seen.push(`started ${r === root} ${n}`),
      onScanProgress: (p, t) => seen.push(`progress ${p}/${t}`),
      onScanComplete: (s) => seen.push(`complete ${s.filesAdded}`),
    });
    await scan(root, db, { events });
    expect(seen).toEqual(['started true 1', 'progress 1/1', 'complete 1']);
  });

  it('fails with DB_DISK_FULL when the disk fills, records nothing half-written, and recovers', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`dir/f${i}.ts`, 'x'.repeat(50)]),
    );
    const root = project(files);
    const db = await database(root);
    const errors: string[] = [];
    const events = new EventDispatcher();
    events.register({ onScanError: (e) => errors.push(e.code) });
    const pages = db.writer.pragma('page_count', { simple: true }) as number;
    db.writer.pragma(`max_page_count = ${pages + 4}`);
    const failure = await scan(root, db, { events }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).code).toBe('DB_DISK_FULL');
    expect(errors).toEqual(['DB_DISK_FULL']);
    expect(db.quickCheck()).toEqual([]);
    db.writer.pragma('max_page_count = 1073741823');
    const recovered = await scan(root, db);
    expect(recovered.status).toBe('complete');
    expect(recovered.filesAdded + recovered.filesUnchanged).toBe(300);
  });
});

describe('scanProject: facts', () => {
  async function facts(db: DatabaseManager, path: string) {
    const { readFileFacts } = await import('@drift/storage');
    const id = getFile(db.writer, path)?.id;
    return id === undefined ? undefined : readFileFacts(db.writer, id);
  }

  it('stores facts with the file, replaces them on change, keeps them on touch, clears them when binary', async () => {
    const root = project({
      'src/a.ts': 'export function a() { return b(); }\n',
      'app.py': 'def f():\n    g()\n',
    });
    const db = await database(root);
    const first = await scan(root, db);
    expect(first.parsing).toEqual({
      filesParsed: 2,
      filesWithErrors: 0,
      parseFailures: 0,
      byLanguage: {
        python: { files: 1, bytes: 17, parseMs: expect.any(Number) as number, filesWithErrors: 0 },
        typescript: {
          files: 1,
          bytes: 36,
          parseMs: expect.any(Number) as number,
          filesWithErrors: 0,
        },
      },
    });
    expect((await facts(db, 'src/a.ts'))?.calls.map((c) => c.callee)).toEqual(['b']);

    writeFiles(root, { 'src/a.ts': 'export function a() { return c(d()); }\n' });
    await scan(root, db);
    expect((await facts(db, 'src/a.ts'))?.calls.map((c) => c.callee)).toEqual(['c', 'd']);

    setMtime(root, 'app.py', 1_650_000_000);
    const touched = await scan(root, db);
    expect(touched.filesUnchanged).toBe(2);
    expect((await facts(db, 'app.py'))?.functions.map((f) => f.name)).toEqual(['f']);

    writeFileSync(join(root, 'app.py'), Buffer.from([0, 1, 2]));
    await scan(root, db);
    expect(await facts(db, 'app.py')).toBeUndefined();
    const count = db.writer.prepare('SELECT count(*) AS n FROM functions').get() as { n: number };
    expect(count.n).toBe(1);
  });

  it('counts files parsed with syntax errors and keeps their facts', async () => {
    const root = project({ 'broken.ts': 'function good() {}\nfunction bad( {\n' });
    const db = await database(root);
    const summary = await scan(root, db);
    expect(summary.parsing).toMatchObject({ filesParsed: 1, filesWithErrors: 1 });
    expect((await facts(db, 'broken.ts'))?.errorCount).toBeGreaterThan(0);
  });

  it('records a parser failure as PARSE_ERROR and keeps the file without facts', async () => {
    const root = project({ 'a.ts': 'export const a = 1;\n' });
    const db = await database(root);
    const summary = await scan(root, db, {
      readBatch: async (batch) => {
        const result = await processBatch(batch);
        return {
          ...result,
          results: result.results.map((r) =>
            r.kind === 'read' ? { ...r, facts: null, parseError: 'grammar exploded' } : r,
          ),
        };
      },
    });
    expect(summary).toMatchObject({ filesAdded: 1, parsing: { parseFailures: 1, filesParsed: 0 } });
    expect(summary.errors).toEqual([
      { file: 'a.ts', code: 'PARSE_ERROR', reason: 'grammar exploded' },
    ]);
    expect(await facts(db, 'a.ts')).toBeUndefined();
  });

  it('re-reads every file when the stored facts version differs', async () => {
    const root = project({ 'a.ts': 'export const a = 1;\n' });
    const db = await database(root);
    await scan(root, db);
    const { setMeta } = await import('@drift/storage');
    db.transaction(() => setMeta(db.writer, 'scan.facts_version', '0'));
    const again = await scan(root, db);
    expect(again.bytesRead).toBeGreaterThan(0);
    expect((await scan(root, db)).bytesRead).toBe(0);
  });
});
