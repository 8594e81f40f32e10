import type { Detector } from '../../detector.js';
import { envAccess } from './env-access.js';

/** The detectors of the `config` category, in a stable order. */
export const CONFIG_DETECTORS: readonly Detector[] = [envAccess];
