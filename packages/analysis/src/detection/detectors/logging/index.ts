import type { Detector } from '../../detector.js';
import { consoleVsLogger } from './console-vs-logger.js';
import { loggingLibrary } from './logging-library.js';
import { messageStyle } from './message-style.js';

/** The detectors of the `logging` category, in a stable order. */
export const LOGGING_DETECTORS: readonly Detector[] = [
  consoleVsLogger,
  loggingLibrary,
  messageStyle,
];
