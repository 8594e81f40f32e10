import type { Detector } from '../../detector.js';
import { buttonType } from './button-type.js';
import { imgAlt } from './img-alt.js';
import { labelAssociation } from './label-association.js';

/** The detectors of the `accessibility` category, in a stable order. */
export const ACCESSIBILITY_DETECTORS: readonly Detector[] = [imgAlt, buttonType, labelAssociation];
