import { join } from 'node:path';
import type { Observation } from '@drift/core';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseManager } from '../database-manager.js';
import { useTempDir } from '../test-helpers/temp-dir.js';
import { loadDetectorStates, saveDetectorState } from './detector-states.js';
import { dismissalTimesByDetector, dismissedFingerprints, saveDismissal } from './dismissals.js';
import { FileWriter, type FileWrite } from './files.js';
import {
  countObservations,
  iterateObservations,
  loadSuppressions,
  markSuppressionsUsed,
  observationExamples,
  ObservationWriter,
  queryObservationsPage,
} from './observations.js';
import {
  findPatternIds,
  getDecision,
  getPatternRow,
  loadDecisions,
  loadPatternHistory,
  queryPatternRows,
  replacePatterns,
  saveDecision,
  type PatternRow,
} from './patterns.js';
import { startScan } from './scan-history.js';
import {
  countViolationsBySeverity,
  getViolationRow,
  loadViolations,
  queryViolationRows,
  replaceViolations,
  type ViolationRow,
} from './violations.js';

const temp = useTempDir();
const opened: DatabaseManager[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function open(): Promise<DatabaseManager> {
  const db = await DatabaseManager.open({ path: join(temp(), 'drift.db') });
  opened.push(db);
  return db;
}

function file(path: string): FileWrite {
  return {
    path,
    language: 'typescript',
    size: 10,
    mtimeMs: 1,
    contentHash: 'h',
    skipReason: null,
    invalidUtf8: false,
  };
}

function observation(
  line: number,
  variant: string,
  detectorId = 'logging/console-vs-logger',
): Observation {
  return {
    detectorId,
    variant,
    line,
    column: 1,
    endLine: line,
    snippet: `${variant}(${String(line)})`,
    context: { callee: variant },
    fingerprint: `fp-${variant}-${String(line)}`,
  };
}

function pattern(id: string, confidence: number, overrides: Partial<PatternRow> = {}): PatternRow {
  return {
    id,
    detectorId: 'logging/console-vs-logger',
    scope: '',
    variant: 'logger',
    confidence,
    occurrences: 9,
    files: 3,
    total: 10,
    outliers: 1,
    distribution: { logger: 9, console: 1 },
    firstSeen: 1,
    lastSeen: 2,
    scansSeen: 2,
    ...overrides,
  };
}

function violation(
  path: string,
  line: number,
  overrides: Partial<ViolationRow> = {},
): ViolationRow {
  return {
    fingerprint: `${path}:${String(line)}`,
    patternId: 'aaaa000001',
    detectorId: 'logging/console-vs-logger',
    path,
    line,
    column: 1,
    endLine: line,
    variant: 'console',
    snippet: 'console.log()',
    message: 'prints',
    severity: 'warning',
    enforced: false,
    firstSeen: 5,
    ...overrides,
  };
}

describe('observations', () => {
  it('are written, replaced and cleared per file, and go with their file', async () => {
    const db = await open();
    const files = new FileWriter(db.writer);
    const writer = new ObservationWriter(db.writer);
    const [a, b] = db.transaction(() => {
      const ids = [files.insert(file('src/a.ts'), 1), files.insert(file('lib/b.ts'), 1)];
      writer.write(
        ids[0] as number,
        [observation(1, 'logger'), observation(2, 'logger'), observation(3, 'console')],
        [],
        false,
      );
      writer.write(
        ids[1] as number,
        [observation(4, 'logger')],
        [{ line: 3, target: null, reason: 'why' }],
        false,
      );
      return ids as [number, number];
    });
    expect(
      countObservations(db.writer).sort(
        (x, y) =>
          Math.sign(x.file.localeCompare(y.file)) * 2 +
          Math.sign(x.variant.localeCompare(y.variant)),
      ),
    ).toEqual([
      { file: 'lib/b.ts', detectorId: 'logging/console-vs-logger', variant: 'logger', count: 1 },
      { file: 'src/a.ts', detectorId: 'logging/console-vs-logger', variant: 'console', count: 1 },
      { file: 'src/a.ts', detectorId: 'logging/console-vs-logger', variant: 'logger', count: 2 },
    ]);
    expect([...iterateObservations(db.writer, ['nothing/else'])]).toEqual([]);
    const outliers = iterateObservations(db.writer, undefined, [
      { detectorId: 'logging/console-vs-logger', variant: 'logger' },
    ]);
    expect([...outliers].map((o) => `${o.file}:${String(o.line)}`)).toEqual(['src/a.ts:3']);
    const all = [...iterateObservations(db.writer)];
    expect(all).toHaveLength(4);
    expect(all.find((o) => o.line === 3)).toMatchObject({
      file: 'src/a.ts',
      context: { callee: 'console' },
    });

    db.transaction(() => writer.write(a, [observation(7, 'console')], [], true));
    expect([...iterateObservations(db.writer)].map((o) => o.line).sort()).toEqual([4, 7]);
    expect(loadSuppressions(db.writer)).toEqual([
      {
        id: expect.any(Number) as number,
        file: 'lib/b.ts',
        line: 3,
        target: null,
        reason: 'why',
        used: false,
      },
    ]);
    const [suppression] = loadSuppressions(db.writer);
    db.transaction(() => markSuppressionsUsed(db.writer, [suppression?.id ?? 0]));
    expect(loadSuppressions(db.writer)[0]?.used).toBe(true);

    db.transaction(() => writer.clear(b));
    expect(loadSuppressions(db.writer)).toEqual([]);
    const scanId = db.transaction(() => startScan(db.writer, '/x', 1));
    db.transaction(() => files.remove('src/a.ts', scanId, 2));
    expect([...iterateObservations(db.writer)]).toEqual([]);
  });

  it('list examples and pages of one variant under a folder', async () => {
    const db = await open();
    const files = new FileWriter(db.writer);
    const writer = new ObservationWriter(db.writer);
    db.transaction(() => {
      for (const path of ['src/a.ts', 'src/b.ts', 'lib/c.ts']) {
        writer.write(
          files.insert(file(path), 1),
          [observation(5, 'logger'), observation(2, 'logger'), observation(9, 'console')],
          [],
          false,
        );
      }
    });
    expect(observationExamples(db.writer, 'logging/console-vs-logger', 'logger', 'src', 5)).toEqual(
      [
        { file: 'src/a.ts', line: 2, variant: 'logger', snippet: 'logger(2)' },
        { file: 'src/b.ts', line: 2, variant: 'logger', snippet: 'logger(2)' },
      ],
    );
    const first = queryObservationsPage(db.writer, 'logging/console-vs-logger', 'logger', '', {
      limit: 4,
    });
    expect(first.total).toBe(6);
    expect(first.items.map((o) => `${o.file}:${String(o.line)}`)).toEqual([
      'lib/c.ts:2',
      'lib/c.ts:5',
      'src/a.ts:2',
      'src/a.ts:5',
    ]);
    const second = queryObservationsPage(db.writer, 'logging/console-vs-logger', 'logger', '', {
      limit: 4,
      cursor: first.nextCursor ?? '',
    });
    expect(second.items.map((o) => `${o.file}:${String(o.line)}`)).toEqual([
      'src/b.ts:2',
      'src/b.ts:5',
    ]);
    expect(second.hasMore).toBe(false);
  });
});

describe('patterns', () => {
  it('are replaced whole and paged by confidence with filters and decisions', async () => {
    const db = await open();
    db.transaction(() => {
      replacePatterns(db.writer, [
        pattern('aaaa000001', 0.9),
        pattern('aaaa000002', 0.9),
        pattern('bbbb000003', 0.5, {
          detectorId: 'errors/thrown-type',
          scope: 'api',
          variant: 'custom-error',
        }),
      ]);
      saveDecision(db.writer, {
        patternId: 'aaaa000002',
        detectorId: 'logging/console-vs-logger',
        scope: '',
        variant: 'logger',
        status: 'ignored',
        mergedInto: null,
        reason: 'scripts print',
        decidedAt: 3,
      });
    });
    const first = queryPatternRows(db.writer, {}, { limit: 2 });
    expect(first.items.map((p) => [p.id, p.status])).toEqual([
      ['aaaa000001', 'discovered'],
      ['aaaa000002', 'ignored'],
    ]);
    expect(first.total).toBe(3);
    const second = queryPatternRows(db.writer, {}, { limit: 2, cursor: first.nextCursor ?? '' });
    expect(second.items.map((p) => p.id)).toEqual(['bbbb000003']);
    expect(queryPatternRows(db.writer, { categories: ['errors'] }).items.map((p) => p.id)).toEqual([
      'bbbb000003',
    ]);
    expect(queryPatternRows(db.writer, { statuses: ['ignored'] }).items.map((p) => p.id)).toEqual([
      'aaaa000002',
    ]);
    expect(queryPatternRows(db.writer, { minConfidence: 0.6, scope: '' }).total).toBe(2);
    expect(queryPatternRows(db.writer, { detectorIds: ['errors/thrown-type'] }).total).toBe(1);
    expect(getPatternRow(db.writer, 'bbbb000003')?.distribution).toEqual({ logger: 9, console: 1 });
    expect(findPatternIds(db.writer, 'aaaa')).toEqual(['aaaa000001', 'aaaa000002']);
    expect(findPatternIds(db.writer, 'bbbb')).toEqual(['bbbb000003']);
    expect(getDecision(db.writer, 'aaaa000002')?.reason).toBe('scripts print');
    expect(loadDecisions(db.writer)).toHaveLength(1);
    expect(loadPatternHistory(db.writer).get('bbbb000003')).toEqual({
      scope: 'api',
      firstSeen: 1,
      scansSeen: 2,
    });
    expect(() => queryPatternRows(db.writer, {}, { cursor: 'eHx5' })).toThrow('[INVALID_CURSOR]');
  });
});

describe('violations', () => {
  it('are replaced whole and paged by path and line with filters', async () => {
    const db = await open();
    db.transaction(() =>
      replaceViolations(db.writer, [
        violation('src/b.ts', 3),
        violation('src/a.ts', 9, {
          severity: 'error',
          enforced: true,
          detectorId: 'security/sql-injection',
        }),
        violation('src/a.ts', 2),
        violation('src/ab/c.ts', 1),
        violation('lib/x.ts', 1, { patternId: 'cccc000001' }),
      ]),
    );
    const first = queryViolationRows(db.writer, {}, { limit: 3 });
    expect(first.items.map((v) => `${v.path}:${String(v.line)}`)).toEqual([
      'lib/x.ts:1',
      'src/a.ts:2',
      'src/a.ts:9',
    ]);
    const rest = queryViolationRows(db.writer, {}, { cursor: first.nextCursor ?? '' });
    expect(rest.items.map((v) => `${v.path}:${String(v.line)}`)).toEqual([
      'src/ab/c.ts:1',
      'src/b.ts:3',
    ]);
    const paths = (filter: Parameters<typeof queryViolationRows>[1]) =>
      queryViolationRows(db.writer, filter).items.map((v) => `${v.path}:${String(v.line)}`);
    expect(paths({ paths: ['src/a.ts'] })).toEqual(['src/a.ts:2', 'src/a.ts:9']);
    expect(paths({ paths: ['src/ab/'] })).toEqual(['src/ab/c.ts:1']);
    expect(paths({ paths: ['src'] })).toHaveLength(4);
    expect(paths({ severities: ['error'] })).toEqual(['src/a.ts:9']);
    expect(paths({ enforcedOnly: true })).toEqual(['src/a.ts:9']);
    expect(paths({ categories: ['security'] })).toEqual(['src/a.ts:9']);
    expect(paths({ patternIds: ['cccc000001'] })).toEqual(['lib/x.ts:1']);
    expect(paths({ detectorIds: ['security/sql-injection'] })).toEqual(['src/a.ts:9']);
    expect(countViolationsBySeverity(db.writer)).toEqual({
      error: 1,
      warning: 4,
      info: 0,
      hint: 0,
    });
    expect(getViolationRow(db.writer, 'src/a.ts:9')?.enforced).toBe(true);
    expect(loadViolations(db.writer).size).toBe(5);
    expect(() => queryViolationRows(db.writer, {}, { cursor: 'eHx5' })).toThrow('[INVALID_CURSOR]');
  });
});

describe('dismissals and detector states', () => {
  it('are kept per fingerprint and per detector', async () => {
    const db = await open();
    db.transaction(() => {
      for (const fingerprint of ['f1', 'f2', 'f1']) {
        saveDismissal(db.writer, {
          fingerprint,
          detectorId: 'errors/thrown-type',
          patternId: 'p',
          path: 'a.ts',
          reason: 'intended',
          dismissedAt: 1,
        });
      }
      saveDetectorState(db.writer, {
        detectorId: 'errors/thrown-type',
        disabled: true,
        reason: 'too many dismissals',
        alertedRate: 0.6,
        countedFrom: 0,
        updatedAt: 2,
      });
    });
    expect([...dismissedFingerprints(db.writer)].sort()).toEqual(['f1', 'f2']);
    expect(dismissalTimesByDetector(db.writer).get('errors/thrown-type')).toEqual([1, 1]);
    expect(loadDetectorStates(db.writer).get('errors/thrown-type')).toEqual({
      detectorId: 'errors/thrown-type',
      disabled: true,
      reason: 'too many dismissals',
      alertedRate: 0.6,
      countedFrom: 0,
      updatedAt: 2,
    });
  });
});
