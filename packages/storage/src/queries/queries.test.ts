import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseManager } from '../database-manager.js';
import { useTempDir } from '../test-helpers/temp-dir.js';
import { queryChangedFiles, recordFileChanges } from './file-changes.js';
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
    contentChanged: true,
    ...overrides,
  };
}

describe('files', () => {
  it('inserts, updates in place and deletes', async () => {
    const db = await open();
    const writer = new FileWriter(db.writer);
    const id = db.transaction(() => writer.upsert(file('src/a.ts'), 100));
    db.transaction(() => writer.upsert(file('README.md', { language: 'markdown' }), 100));
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

    expect(
      db.transaction(() =>
        writer.upsert(file('src/a.ts', { mtimeMs: 2000, contentChanged: false }), 200),
      ),
    ).toBe(id);
    expect(getFile(db.writer, 'src/a.ts')).toMatchObject({
      mtimeMs: 2000,
      changedAt: 100,
      lastScannedAt: 200,
    });

    db.transaction(() =>
      writer.upsert(file('src/a.ts', { size: 11, contentHash: 'ffff', invalidUtf8: true }), 300),
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
    db.transaction(() => writer.delete('src/a.ts'));
    expect(getFile(db.writer, 'src/a.ts')).toBeUndefined();
    expect([...loadFileStates(db.writer).keys()]).toEqual(['README.md']);
    db.close();
  });

  it('counts analysed files per language, skipped files apart', async () => {
    const db = await open();
    const writer = new FileWriter(db.writer);
    db.transaction(() => {
      writer.upsert(file('a.ts'), 1);
      writer.upsert(file('b.ts'), 1);
      writer.upsert(file('c.py', { language: 'python' }), 1);
      writer.upsert(file('big.ts', { skipReason: 'too_large', contentHash: null }), 1);
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
  it('returns the latest change per path since a time, newest first, with keyset pages', async () => {
    const db = await open();
    const s1 = startScan(db.writer, '/r', 100);
    recordFileChanges(
      db.writer,
      s1,
      [
        { path: 'a.ts', change: 'added' },
        { path: 'b.ts', change: 'added' },
        { path: 'c.ts', change: 'added' },
      ],
      100,
    );
    const s2 = startScan(db.writer, '/r', 200);
    recordFileChanges(
      db.writer,
      s2,
      [
        { path: 'a.ts', change: 'modified' },
        { path: 'c.ts', change: 'removed' },
      ],
      200,
    );

    const all = queryChangedFiles(db.writer, undefined);
    expect(all.items).toEqual([
      { path: 'c.ts', change: 'removed', changedAt: 200, scanId: s2 },
      { path: 'a.ts', change: 'modified', changedAt: 200, scanId: s2 },
      { path: 'b.ts', change: 'added', changedAt: 100, scanId: s1 },
    ]);
    expect(all).toMatchObject({ total: 3, hasMore: false, nextCursor: null });

    expect(queryChangedFiles(db.writer, 150).items.map((c) => c.path)).toEqual(['c.ts', 'a.ts']);

    const first = queryChangedFiles(db.writer, undefined, { limit: 2 });
    expect(first.items.map((c) => c.path)).toEqual(['c.ts', 'a.ts']);
    expect(first.hasMore).toBe(true);
    const second = queryChangedFiles(db.writer, undefined, { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((c) => c.path)).toEqual(['b.ts']);
    expect(second).toMatchObject({ hasMore: false, nextCursor: null, total: 3 });
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
    expect(stats.schemaVersion).toBe(1);
    expect(stats.pageSize).toBe(4096);
    expect(stats.pageCount).toBeGreaterThan(1);
    expect(stats.sizeBytes + stats.walSizeBytes).toBeGreaterThan(0);
    db.close();
  });
});
