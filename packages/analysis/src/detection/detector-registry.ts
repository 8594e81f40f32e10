import type { Detector } from './detector.js';
import { thrownType } from './detectors/errors/thrown-type.js';
import { consoleVsLogger } from './detectors/logging/console-vs-logger.js';
import { importExtension } from './detectors/structural/import-extension.js';

/**
 * Every detector, in a stable order. A detector is one module under `detectors/<category>/`
 * and one line here.
 */
export const DETECTORS: readonly Detector[] = [consoleVsLogger, thrownType, importExtension];

/**
 * The version of what detectors observe. Bump it whenever a detector is added or its
 * observations change: a scan that finds another version in drift.db re-reads every file.
 */
export const DETECTION_VERSION = 1;

const BY_ID = new Map(DETECTORS.map((detector) => [detector.id, detector]));

/** The detector with this id, or undefined. */
export function detectorById(id: string): Detector | undefined {
  return BY_ID.get(id);
}
