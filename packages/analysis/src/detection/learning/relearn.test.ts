import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  EventDispatcher,
  loadConfig,
  type AnalysisConfig,
  type DriftEventHandler,
} from '@drift/core';
import {
  DatabaseManager,
  queryPatternRows,
  queryViolationRows,
  saveDecision,
  saveDismissal,
} from '@drift/storage';
import { afterEach, describe, expect, it } from 'vitest';
import { processBatch } from '../../scanner/file-processor.js';
import { scanProject } from '../../scanner/scan-project.js';
import { useProjects } from '../../test-helpers/project.js';
import { DETECTORS } from '../detector-registry.js';
import { relearn } from './relearn.js';

const project = useProjects();
const opened: DatabaseManager[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
const defaults = loadConfig({ projectRoot: '/nonexistent', env: {}, userConfigPath: null }).config;
const ERROR_DETECTOR = 'errors/thrown-type';

/** A service layer where 22 of 23 throws use the codebase's error classes. */
function services(): Record<string, string> {
  const files: Record<string, string> = { 'package.json': '{}' };
  for (let i = 0; i < 11; i += 1) {
    files[`src/service${String(i)}.ts`] = [
      `export function load${String(i)}(id: string) {`,
      "  if (!id) throw new ValidationError('id');",
      i === 5 ? "  throw new Error('missing');" : "  throw new NotFoundError('missing');",
      '}',
    ].join('\n');
  }
  return files;
}

interface Recorded {
  events: string[];
  handler: DriftEventHandler;
}

function recorder(): Recorded {
  const events: string[] = [];
  return {
    events,
    handler: {
      onPatternDiscovered: (p) => {
        if (p.detectorId === ERROR_DETECTOR) events.push(`discovered ${p.detectorId} ${p.variant}`);
      },
      onViolationDetected: (v) => {
        if (v.detectorId === ERROR_DETECTOR) events.push(`detected ${v.file}:${String(v.line)}`);
      },
      onViolationFixed: (v) => {
        if (v.detectorId === ERROR_DETECTOR) events.push(`fixed ${v.file}:${String(v.line)}`);
      },
      onDetectorAlert: (id, rate) => events.push(`alert ${id} ${rate.toFixed(2)}`),
      onDetectorDisabled: (id) => events.push(`disabled ${id}`),
    },
  };
}

async function scanned(files: Record<string, string>, events?: EventDispatcher) {
  const root = project(files);
  const db = await DatabaseManager.open({ path: join(root, '.drift', 'drift.db') });
  opened.push(db);
  const scan = () =>
    scanProject({
      root,
      db,
      config: defaults.scan,
      analysis: defaults.analysis,
      readBatch: (batch) => processBatch(batch),
      concurrency: 2,
      ...(events === undefined ? {} : { events }),
    });
  return { root, db, scan, summary: await scan() };
}

const thrownType = DETECTORS.filter((detector) => detector.id === ERROR_DETECTOR);
const only = { detectorIds: [ERROR_DETECTOR] };

const learn = (
  db: DatabaseManager,
  config: Partial<AnalysisConfig> = {},
  events?: EventDispatcher,
) =>
  relearn({
    db,
    config: { ...defaults.analysis, ...config },
    detectors: thrownType,
    ...(events === undefined ? {} : { events }),
  });

describe('relearn', () => {
  it('stores the patterns and violations a scan learns, with events and history', async () => {
    const record = recorder();
    const events = new EventDispatcher();
    events.register(record.handler);
    const { root, db, scan, summary } = await scanned(services(), events);
    expect(summary.detection.filesObserved).toBe(11);
    expect(summary.patterns?.newViolations).toBeGreaterThanOrEqual(1);
    expect(record.events).toEqual([
      `discovered ${ERROR_DETECTOR} custom-error`,
      'detected src/service5.ts:3',
    ]);
    const [pattern] = queryPatternRows(db.reader(), only).items;
    expect(pattern).toMatchObject({
      detectorId: ERROR_DETECTOR,
      variant: 'custom-error',
      occurrences: 21,
      total: 22,
      scansSeen: 1,
    });
    const [violation] = queryViolationRows(db.reader(), only).items;
    const firstSeen = violation?.firstSeen;

    record.events.length = 0;
    writeFileSync(join(root, 'src/service1.ts'), 'export const x = 1;\n// moved\n');
    const again = await scan();
    expect(again.filesModified).toBe(1);
    expect(record.events).toEqual([]);
    expect(queryViolationRows(db.reader(), only).items[0]?.firstSeen).toBe(firstSeen);
    expect(queryPatternRows(db.reader(), only).items[0]?.scansSeen).toBe(2);

    writeFileSync(
      join(root, 'src/service5.ts'),
      "export function f() { throw new NotFoundError('x'); }\n",
    );
    await scan();
    expect(queryViolationRows(db.reader(), only).total).toBe(0);
    expect(record.events).toEqual(['fixed src/service5.ts:3']);
  });

  it('respects decisions: approved outliers are enforced, ignored patterns report nothing', async () => {
    const { db } = await scanned(services());
    const [pattern] = queryPatternRows(db.reader(), only).items;
    const decide = (status: 'approved' | 'ignored') =>
      db.transaction(() =>
        saveDecision(db.writer, {
          patternId: pattern?.id ?? '',
          detectorId: ERROR_DETECTOR,
          scope: '',
          variant: 'custom-error',
          status,
          mergedInto: null,
          reason: null,
          decidedAt: 1,
        }),
      );
    decide('approved');
    expect(learn(db)).toMatchObject({ enforced: 1, byStatus: { approved: 1 } });
    expect(queryViolationRows(db.reader(), only).items[0]?.enforced).toBe(true);
    decide('ignored');
    expect(learn(db)).toMatchObject({ violations: 0, byStatus: { ignored: 1 } });
  });

  it('leaves disabled detectors out and honours drift-ignore', async () => {
    const files = services();
    files['src/service5.ts'] = (files['src/service5.ts'] ?? '').replace(
      "  throw new Error('missing');",
      "  // drift-ignore: errors/thrown-type legacy API\n  throw new Error('missing');",
    );
    files['src/extra.ts'] = '// drift-ignore\nexport const unused = 1;\n';
    const { db } = await scanned(files);
    expect(learn(db)).toMatchObject({ violations: 0, suppressed: 1, unusedSuppressions: 1 });
    expect(learn(db, { disabled_detectors: ['errors'] })).toMatchObject({
      patterns: 0,
      disabledDetectors: expect.arrayContaining([ERROR_DETECTOR]) as unknown,
    });
  });

  it('alerts on and then disables a detector whose violations get dismissed', async () => {
    const record = recorder();
    const events = new EventDispatcher();
    events.register(record.handler);
    const { db } = await scanned(services());
    const [violation] = queryViolationRows(db.reader(), only).items;
    db.transaction(() =>
      saveDismissal(db.writer, {
        fingerprint: violation?.fingerprint ?? '',
        detectorId: ERROR_DETECTOR,
        patternId: violation?.patternId ?? '',
        path: violation?.path ?? '',
        reason: 'intended',
        dismissedAt: 1,
      }),
    );
    const health = {
      detector_min_dismissals: 1,
      detector_alert_rate: 0.2,
      detector_disable_rate: 0.9,
    };
    expect(learn(db, health, events)).toMatchObject({ violations: 0, dismissed: 1 });
    expect(record.events).toEqual([`alert ${ERROR_DETECTOR} 0.50`]);
    record.events.length = 0;
    expect(
      learn(db, { ...health, detector_disable_rate: 0.5 }, events).disabledDetectors,
    ).toContain(ERROR_DETECTOR);
    expect(record.events).toEqual([`disabled ${ERROR_DETECTOR}`]);
  });
});
