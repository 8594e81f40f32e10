import type { Detector } from '../../detector.js';
import { cssApproach } from './css-approach.js';

/** The detectors of the `styling` category, in a stable order. */
export const STYLING_DETECTORS: readonly Detector[] = [cssApproach];
