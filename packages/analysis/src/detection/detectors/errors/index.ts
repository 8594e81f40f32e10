import type { Detector } from '../../detector.js';
import { errorClassNaming } from './error-class-naming.js';
import { errorHierarchy } from './error-hierarchy.js';
import { goErrorWrapping } from './go-error-wrapping.js';
import { promiseRejection } from './promise-rejection.js';
import { swallowedException } from './swallowed-exception.js';
import { thrownType } from './thrown-type.js';

/** The detectors of the `errors` category, in a stable order. */
export const ERRORS_DETECTORS: readonly Detector[] = [
  thrownType,
  swallowedException,
  promiseRejection,
  errorClassNaming,
  errorHierarchy,
  goErrorWrapping,
];
