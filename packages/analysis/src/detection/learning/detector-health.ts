import type { AnalysisConfig, EventDispatcher } from '@drift/core';
import {
  dismissalTimesByDetector,
  loadDetectorStates,
  saveDetectorState,
  type DatabaseManager,
  type DetectorStateRow,
} from '@drift/storage';

/**
 * Detector health (spec 000 §4): a detector's false-positive rate is estimated as its
 * dismissals over its dismissals plus its current violations, counting the dismissals made
 * since a user last re-enabled it. Once it has
 * `detector_min_dismissals` dismissals, a rate ≥ `detector_alert_rate` raises
 * `onDetectorAlert` (again only when the rate rises), and a rate ≥ `detector_disable_rate`
 * disables the detector (`onDetectorDisabled`) until a user re-enables it.
 *
 * @param violationsByDetector current violations per detector id (before this learning).
 * @returns the ids of the detectors disabled by their rate (this time or before).
 */
export function checkDetectorHealth(
  { writer: db }: DatabaseManager,
  config: AnalysisConfig,
  violationsByDetector: ReadonlyMap<string, number>,
  now: number,
  events?: EventDispatcher,
): Set<string> {
  const states = loadDetectorStates(db);
  const disabled = new Set(
    [...states.values()].filter((state) => state.disabled).map((state) => state.detectorId),
  );
  for (const [detectorId, times] of dismissalTimesByDetector(db)) {
    const previous = states.get(detectorId);
    const countedFrom = previous?.countedFrom ?? 0;
    const dismissals = times.filter((time) => time >= countedFrom).length;
    if (dismissals < config.detector_min_dismissals || disabled.has(detectorId)) continue;
    const rate = dismissals / (dismissals + (violationsByDetector.get(detectorId) ?? 0));
    const base: DetectorStateRow = {
      detectorId,
      disabled: false,
      reason: null,
      alertedRate: previous?.alertedRate ?? null,
      countedFrom,
      updatedAt: now,
    };
    if (rate >= config.detector_disable_rate) {
      const reason = `${String(dismissals)} of its violations were dismissed (false-positive rate ${rate.toFixed(2)} ≥ ${String(config.detector_disable_rate)})`;
      saveDetectorState(db, { ...base, disabled: true, reason, alertedRate: rate });
      disabled.add(detectorId);
      events?.emit('onDetectorDisabled', detectorId, reason);
    } else if (rate >= config.detector_alert_rate && rate > (previous?.alertedRate ?? 0)) {
      saveDetectorState(db, { ...base, alertedRate: rate });
      events?.emit('onDetectorAlert', detectorId, rate);
    }
  }
  return disabled;
}
