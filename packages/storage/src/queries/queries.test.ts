import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseManager } from '../database-manager.js';
import { useTempDir } from '../test-helpers/temp-dir.js';
import { queryChangedFiles } from './file-changes.js';
import {
  countFiles,
  countFilesByLanguage,
  FileWriter,
  getFile,
  loadFileStates,
  type FileWrite,
} from './files.js';
import { getMeta, setMeta } from './meta.js';
import { insertScanErrors, scanErrors } from './scan-errors.js';
import {
  finishScan,
  lastScan,
  markInterruptedScans,
  SCAN_HISTORY_KEPT,
  startScan,
} from './scan-history.js';
import { storageStats } from './storage-stats.js';

const temp = useTempDir();

async function open(): Promise<DatabaseManager> {
  return DatabaseManager.open({ path: join(temp(), 'drift.db') });
}

function file(path: string, overrides: Partial<FileWrite> = {}): FileWrite {
  return {
    path,
    language: 'typescript',
    size: 10,
    mtimeMs: 1000.5,
    contentHash: 'abcdef0123456789',
    skipReason: null,
    invalidUtf8: false,
    ...overrides,
  };
}

describe('files', () => {
  it('inserts, updates in place and removes with a removal log', async () => {
    const db = await open();
    const writer = new FileWriter(db.writer);
    const scanId = startScan(db.writer, '/r', 1);
    const id = db.transaction(() => writer.insert(file('src/a.ts'), 100));
    db.transaction(() => writer.insert(file('README.md', { language: 'markdown' }), 100));
    expect(getFile(db.writer, 'src/a.ts')).toEqual({
      id,
      path: 'src/a.ts',
      language: 'typescript',
      size: 10,
      mtimeMs: 1000.5,
      contentHash: 'abcdef0123456789',
      skipReason: null,
      invalidUtf8: false,
      firstSeenAt: 100,
      changedAt: 100,
      lastScannedAt: 100,
    });

    db.transaction(() => writer.update(id, file('src/a.ts', { mtimeMs: 2000 }), false, 200));
    expect(getFile(db.writer, 'src/a.ts')).toMatchObject({
      id,
      mtimeMs: 2000,
      changedAt: 100,
      lastScannedAt: 200,
    });

    db.transaction(() =>
      writer.update(
        id,
        file('src/a.ts', { size: 11, contentHash: 'ffff', invalidUtf8: true }),
        true,
        300,
      ),
    );
    expect(getFile(db.writer, 'src/a.ts')).toMatchObject({
      size: 11,
      changedAt: 300,
      firstSeenAt: 100,
      invalidUtf8: true,
    });
    expect(loadFileStates(db.writer).get('src/a.ts')).toEqual({
      id,
      size: 11,
      mtimeMs: 1000.5,
      contentHash: 'ffff',
      skipReason: null,
    });

    db.transaction(() => writer.remove('src/a.ts', scanId, 400));
    expect(getFile(db.writer, 'src/a.ts')).toBeUndefined();
    expect([...loadFileStates(db.writer).keys()]).toEqual(['README.md']);
    expect(db.writer.prepare('SELECT path, removed_at AS at FROM file_removals').all()).toEqual([
      { path: 'src/a.ts', at: 400 },
    ]);
    db.close();
  });

  it('counts analysed files per language, skipped files apart', async () => {
    const db = await open();
    const writer = new FileWriter(db.writer);
    db.transaction(() => {
      writer.insert(file('a.ts'), 1);
      writer.insert(file('b.ts'), 1);
      writer.insert(file('c.py', { language: 'python' }), 1);
      writer.insert(file('big.ts', { skipReason: 'too_large', contentHash: null }), 1);
    });
    expect(countFilesByLanguage(db.writer)).toEqual({ python: 1, typescript: 2 });
    expect(countFiles(db.writer)).toEqual({ analysed: 3, skipped: 1 });
    db.close();
  });
});

describe('scan history and errors', () => {
  it('records a scan from start to finish, with its errors', async () => {
    const db = await open();
    expect(lastScan(db.writer)).toBeNull();
    const id = startScan(db.writer, '/repo', 1000);
    expect(lastScan(db.writer)).toMatchObject({
      id,
      status: 'running',
      startedAt: 1000,
      endedAt: null,
    });
    insertScanErrors(db.writer, id, [
      { file: 'x.ts', code: 'PERMISSION_DENIED', reason: 'EACCES' },
    ]);
    finishScan(
      db.writer,
      id,
      {
        status: 'complete',
        filesTotal: 5,
        filesAdded: 2,
        filesModified: 1,
        filesRemoved: 1,
        filesUnchanged: 1,
        filesSkipped: 1,
        durationMs: 12.6,
        errorCount: 1,
      },
      2000,
    );
    expect(lastScan(db.writer)).toEqual({
      id,
      root: '/repo',
      startedAt: 1000,
      endedAt: 2000,
      status: 'complete',
      filesTotal: 5,
      filesAdded: 2,
      filesModified: 1,
      filesRemoved: 1,
      filesUnchanged: 1,
      filesSkipped: 1,
      durationMs: 13,
      errorCount: 1,
      errorMessage: null,
    });
    expect(scanErrors(db.writer, id)).toEqual([
      { file: 'x.ts', code: 'PERMISSION_DENIED', reason: 'EACCES' },
    ]);
    db.close();
  });

  it('marks scans left running as interrupted', async () => {
    const db = await open();
    startScan(db.writer, '/repo', 1);
    expect(markInterruptedScans(db.writer)).toBe(1);
    expect(lastScan(db.writer)?.status).toBe('interrupted');
    db.close();
  });

  it('keeps the last SCAN_HISTORY_KEPT scans and cascades to their errors', async () => {
    const db = await open();
    const outcome = {
      status: 'complete' as const,
      filesTotal: 0,
      filesAdded: 0,
      filesModified: 0,
      filesRemoved: 0,
      filesUnchanged: 0,
      filesSkipped: 0,
      durationMs: 1,
      errorCount: 0,
    };
    const first = startScan(db.writer, '/r', 0);
    insertScanErrors(db.writer, first, [{ file: 'a', code: 'SCAN_ERROR', reason: 'x' }]);
    let id = first;
    for (let i = 0; i < SCAN_HISTORY_KEPT; i += 1) {
      finishScan(db.writer, id, outcome, i);
      id = startScan(db.writer, '/r', i);
    }
    finishScan(db.writer, id, outcome, 0);
    const count = db.writer.prepare('SELECT count(*) AS n FROM scan_history').get() as {
      n: number;
    };
    expect(count.n).toBe(SCAN_HISTORY_KEPT);
    expect(scanErrors(db.writer, first)).toEqual([]);
    db.close();
  });
});

describe('queryChangedFiles', () => {
  async function history(): Promise<DatabaseManager> {
    const db = await open();
    const writer = new FileWriter(db.writer);
    const s1 = startScan(db.writer, '/r', 100);
    db.transaction(() => {
      for (const path of ['a.ts', 'b.ts', 'c.ts', 'gone|odd.ts']) writer.insert(file(path), 100);
    });
    const s2 = startScan(db.writer, '/r', 200);
    const a = loadFileStates(db.writer).get('a.ts')!.id;
    db.transaction(() => {
      writer.update(a, file('a.ts', { contentHash: 'new' }), true, 200);
      writer.remove('c.ts', s2, 200);
      writer.remove('gone|odd.ts', s2, 200);
      writer.insert(file('d.ts'), 200);
    });
    const s3 = startScan(db.writer, '/r', 300);
    db.transaction(() => {
      writer.remove('d.ts', s3, 300);
      writer.insert(file('c.ts'), 300);
    });
    expect(s1).toBeLessThan(s3);
    return db;
  }

  it('gives the latest change of each path since a time, newest first', async () => {
    const db = await history();
    expect(queryChangedFiles(db.writer, 150).items).toEqual([
      { path: 'd.ts', change: 'removed', changedAt: 300 },
      { path: 'c.ts', change: 'added', changedAt: 300 },
      { path: 'gone|odd.ts', change: 'removed', changedAt: 200 },
      { path: 'a.ts', change: 'modified', changedAt: 200 },
    ]);
    const all = queryChangedFiles(db.writer, undefined);
    expect(all.items.map((c) => [c.path, c.change])).toEqual([
      ['d.ts', 'removed'],
      ['c.ts', 'added'],
      ['gone|odd.ts', 'removed'],
      ['a.ts', 'added'],
      ['b.ts', 'added'],
    ]);
    expect(all).toMatchObject({ total: 5, hasMore: false, nextCursor: null });
    expect(queryChangedFiles(db.writer, 301).items).toEqual([]);
    db.close();
  });

  it('pages with keyset cursors, including paths that contain the separator', async () => {
    const db = await history();
    const pages: string[][] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = queryChangedFiles(db.writer, undefined, {
        limit: 2,
        ...(cursor === undefined ? {} : { cursor }),
      });
      pages.push(page.items.map((c) => c.path));
      expect(page.total).toBe(5);
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    expect(pages).toEqual([['d.ts', 'c.ts'], ['gone|odd.ts', 'a.ts'], ['b.ts']]);
    db.close();
  });

  it('rejects cursors that are not changed-files cursors', async () => {
    const db = await open();
    expect(() => queryChangedFiles(db.writer, undefined, { cursor: 'bm9wZQ' })).toThrow(
      '[INVALID_CURSOR]',
    );
    const foreign = Buffer.from('src/a.ts|x').toString('base64url');
    expect(() => queryChangedFiles(db.writer, undefined, { cursor: foreign })).toThrow(
      '[INVALID_CURSOR]',
    );
    db.close();
  });
});

describe('meta and storage stats', () => {
  it('stores key-value pairs', async () => {
    const db = await open();
    expect(getMeta(db.writer, 'k')).toBeUndefined();
    setMeta(db.writer, 'k', '1');
    setMeta(db.writer, 'k', '2');
    expect(getMeta(db.writer, 'k')).toBe('2');
    db.close();
  });

  it('reports sizes, pages and row counts', async () => {
    const db = await open();
    setMeta(db.writer, 'k', 'v');
    const stats = storageStats(db.reader(), db.path, db.schemaVersion());
    expect(stats.tables['meta']).toBe(1);
    expect(stats.tables['files']).toBe(0);
    expect(stats.schemaVersion).toBe(db.latestVersion);
    expect(stats.pageSize).toBe(4096);
    expect(stats.pageCount).toBeGreaterThan(1);
    expect(stats.sizeBytes + stats.walSizeBytes).toBeGreaterThan(0);
    db.close();
  });
});
