import type { Detector } from '../../detector.js';
import { awaitInLoop } from './await-in-loop.js';
import { syncIoInAsync } from './sync-io-in-async.js';

/** The detectors of the `performance` category, in a stable order. */
export const PERFORMANCE_DETECTORS: readonly Detector[] = [awaitInLoop, syncIoInAsync];
