import { SEVERITIES, type Severity } from '@drift/core';

/** The `--fail-on` levels: a severity, or `none` to never fail. */
export type FailOn = Severity | 'none';

/** True when `severity` is at or above `failOn` (error > warning > info > hint). */
export function failsAt(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn);
}
