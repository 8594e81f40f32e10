import type { Detector } from '../../detector.js';
import { exportStyle } from './export-style.js';
import { fileNaming } from './file-naming.js';
import { importExtension } from './import-extension.js';
import { importPathStyle } from './import-path-style.js';

/** The detectors of the `structural` category, in a stable order. */
export const STRUCTURAL_DETECTORS: readonly Detector[] = [
  importExtension,
  fileNaming,
  exportStyle,
  importPathStyle,
];
