import type { Detector } from '../../detector.js';
import { httpClient } from './http-client.js';
import { responseEnvelope } from './response-envelope.js';
import { routeMethodStyle } from './route-method-style.js';
import { routePathCasing } from './route-path-casing.js';
import { statusCodeStyle } from './status-code-style.js';

/** The detectors of the `api` category, in a stable order. */
export const API_DETECTORS: readonly Detector[] = [
  routeMethodStyle,
  routePathCasing,
  statusCodeStyle,
  responseEnvelope,
  httpClient,
];
