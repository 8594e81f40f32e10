import type { Detector } from '../../detector.js';
import { explicitAny } from './explicit-any.js';
import { interfaceVsType } from './interface-vs-type.js';
import { parameterAnnotations } from './parameter-annotations.js';
import { returnTypeAnnotations } from './return-type-annotations.js';

/** The detectors of the `types` category, in a stable order. */
export const TYPES_DETECTORS: readonly Detector[] = [
  explicitAny,
  returnTypeAnnotations,
  parameterAnnotations,
  interfaceVsType,
];
