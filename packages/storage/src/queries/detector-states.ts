import type { Database } from 'better-sqlite3';

/** The state Drift keeps per detector: disabled by its dismissal rate, last alerted rate. */
export interface DetectorStateRow {
  readonly detectorId: string;
  readonly disabled: boolean;
  readonly reason: string | null;
  /** The dismissal rate (0–1) last alerted on, or null. */
  readonly alertedRate: number | null;
  /** Epoch ms from which dismissals count (set when a user re-enables the detector). */
  readonly countedFrom: number;
  /** Epoch ms. */
  readonly updatedAt: number;
}

/** Every detector state, by detector id. */
export function loadDetectorStates(db: Database): Map<string, DetectorStateRow> {
  const rows = db
    .prepare(
      `SELECT detector_id AS detectorId, disabled, reason, alerted_rate AS alertedRate,
              counted_from AS countedFrom, updated_at AS updatedAt FROM detector_states`,
    )
    .all() as (Omit<DetectorStateRow, 'disabled'> & { disabled: number })[];
  return new Map(rows.map((row) => [row.detectorId, { ...row, disabled: row.disabled === 1 }]));
}

/** Records a detector's state. */
export function saveDetectorState(db: Database, state: DetectorStateRow): void {
  db.prepare(
    `INSERT OR REPLACE INTO detector_states
       (detector_id, disabled, reason, alerted_rate, counted_from, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    state.detectorId,
    state.disabled ? 1 : 0,
    state.reason,
    state.alertedRate,
    state.countedFrom,
    state.updatedAt,
  );
}
