import type { Database } from 'better-sqlite3';

/** A dismissed violation: a false positive a user reported, kept to measure detector health. */
export interface DismissalRow {
  readonly fingerprint: string;
  readonly detectorId: string;
  readonly patternId: string;
  readonly path: string;
  readonly reason: string;
  /** Epoch ms. */
  readonly dismissedAt: number;
}

/** Records a dismissal (a repeated one replaces the earlier). */
export function saveDismissal(db: Database, dismissal: DismissalRow): void {
  db.prepare(
    `INSERT OR REPLACE INTO dismissals (fingerprint, detector_id, pattern_id, path, reason, dismissed_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    dismissal.fingerprint,
    dismissal.detectorId,
    dismissal.patternId,
    dismissal.path,
    dismissal.reason,
    dismissal.dismissedAt,
  );
}

/** Fingerprints of every dismissed violation. */
export function dismissedFingerprints(db: Database): Set<string> {
  const rows = db.prepare('SELECT fingerprint FROM dismissals').all() as { fingerprint: string }[];
  return new Set(rows.map((row) => row.fingerprint));
}

/** When each dismissal happened (epoch ms), per detector id. */
export function dismissalTimesByDetector(db: Database): Map<string, number[]> {
  const rows = db
    .prepare('SELECT detector_id AS detectorId, dismissed_at AS at FROM dismissals')
    .all() as { detectorId: string; at: number }[];
  const byDetector = new Map<string, number[]>();
  for (const row of rows) {
    const times = byDetector.get(row.detectorId) ?? [];
    times.push(row.at);
    byDetector.set(row.detectorId, times);
  }
  return byDetector;
}
