import type { Detector } from '../../detector.js';
import { dynamicCodeExecution } from './dynamic-code-execution.js';
import { hardcodedSecret } from './hardcoded-secret.js';
import { sqlInjection } from './sql-injection.js';
import { tlsVerificationDisabled } from './tls-verification-disabled.js';

/** The detectors of the `security` category, in a stable order. */
export const SECURITY_DETECTORS: readonly Detector[] = [
  sqlInjection,
  dynamicCodeExecution,
  tlsVerificationDisabled,
  hardcodedSecret,
];
