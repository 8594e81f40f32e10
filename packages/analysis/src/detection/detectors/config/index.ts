import type { Detector } from '../../detector.js';
import { envAccess } from './env-access.js';
import { envLookupForm } from './env-lookup-form.js';

/** The detectors of the `config` category, in a stable order. */
export const CONFIG_DETECTORS: readonly Detector[] = [envAccess, envLookupForm];
