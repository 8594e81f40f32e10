import type { Detector } from '../../detector.js';
import { exportedApiDocs } from './exported-api-docs.js';

/** The detectors of the `documentation` category, in a stable order. */
export const DOCUMENTATION_DETECTORS: readonly Detector[] = [exportedApiDocs];
