import type { Detector } from '../../detector.js';
import { componentDefinition } from './component-definition.js';
import { componentStyle } from './component-style.js';
import { propsTyping } from './props-typing.js';

/** The detectors of the `components` category, in a stable order. */
export const COMPONENTS_DETECTORS: readonly Detector[] = [
  componentStyle,
  componentDefinition,
  propsTyping,
];
