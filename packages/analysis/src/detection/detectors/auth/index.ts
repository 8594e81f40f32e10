import type { Detector } from '../../detector.js';
import { routeGuard } from './route-guard.js';

/** The detectors of the `auth` category, in a stable order. */
export const AUTH_DETECTORS: readonly Detector[] = [routeGuard];
