import type { Detector } from './detector.js';
import { API_DETECTORS } from './detectors/api/index.js';
import { AUTH_DETECTORS } from './detectors/auth/index.js';
import { SECURITY_DETECTORS } from './detectors/security/index.js';
import { ERRORS_DETECTORS } from './detectors/errors/index.js';
import { LOGGING_DETECTORS } from './detectors/logging/index.js';
import { DATA_ACCESS_DETECTORS } from './detectors/data-access/index.js';
import { CONFIG_DETECTORS } from './detectors/config/index.js';
import { TESTING_DETECTORS } from './detectors/testing/index.js';
import { PERFORMANCE_DETECTORS } from './detectors/performance/index.js';
import { COMPONENTS_DETECTORS } from './detectors/components/index.js';
import { STYLING_DETECTORS } from './detectors/styling/index.js';
import { STRUCTURAL_DETECTORS } from './detectors/structural/index.js';
import { TYPES_DETECTORS } from './detectors/types/index.js';
import { ACCESSIBILITY_DETECTORS } from './detectors/accessibility/index.js';
import { DOCUMENTATION_DETECTORS } from './detectors/documentation/index.js';

/**
 * Every detector, by category in the order of ARCHITECTURE §5. A detector is one module under
 * `detectors/<category>/` and one entry in that folder's `index.ts`.
 */
export const DETECTORS: readonly Detector[] = [
  ...API_DETECTORS,
  ...AUTH_DETECTORS,
  ...SECURITY_DETECTORS,
  ...ERRORS_DETECTORS,
  ...LOGGING_DETECTORS,
  ...DATA_ACCESS_DETECTORS,
  ...CONFIG_DETECTORS,
  ...TESTING_DETECTORS,
  ...PERFORMANCE_DETECTORS,
  ...COMPONENTS_DETECTORS,
  ...STYLING_DETECTORS,
  ...STRUCTURAL_DETECTORS,
  ...TYPES_DETECTORS,
  ...ACCESSIBILITY_DETECTORS,
  ...DOCUMENTATION_DETECTORS,
];

/**
 * The version of what detectors observe. Bump it whenever a detector is added or its
 * observations change: a scan that finds another version in drift.db re-reads every file.
 */
export const DETECTION_VERSION = 3;

const BY_ID = new Map(DETECTORS.map((detector) => [detector.id, detector]));

/** The detector with this id, or undefined. */
export function detectorById(id: string): Detector | undefined {
  return BY_ID.get(id);
}
