import type { Detector } from '../../detector.js';
import { assertionStyle } from './assertion-style.js';
import { testCaseFunction } from './test-case-function.js';
import { testFileNaming } from './test-file-naming.js';
import { testFramework } from './test-framework.js';
import { testPlacement } from './test-placement.js';
import { testStructure } from './test-structure.js';

/** The detectors of the `testing` category, in a stable order. */
export const TESTING_DETECTORS: readonly Detector[] = [
  testFileNaming,
  testPlacement,
  testFramework,
  assertionStyle,
  testStructure,
  testCaseFunction,
];
