import type { Detector } from '../../detector.js';
import { databaseClient } from './database-client.js';
import { layerBoundary } from './layer-boundary.js';

/** The detectors of the `data-access` category, in a stable order. */
export const DATA_ACCESS_DETECTORS: readonly Detector[] = [layerBoundary, databaseClient];
