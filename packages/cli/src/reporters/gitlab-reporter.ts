import type { Severity } from '@drift/core';
import type { CheckReport } from './report.js';

/** GitLab Code Quality severities: info, minor, major, critical, blocker. */
const SEVERITY: Record<Severity, string> = {
  error: 'critical',
  warning: 'major',
  info: 'minor',
  hint: 'info',
};

/**
 * `drift check --format gitlab`: a GitLab Code Quality report (the JSON array of issues with
 * `description`, `check_name`, `fingerprint`, `severity`, `location.path`,
 * `location.lines.begin`, per GitLab's "Code Quality" documentation), for
 * `artifacts:reports:codequality`.
 */
export function gitlabReport(report: CheckReport): string {
  return `${JSON.stringify(
    report.violations.map((v) => ({
      description: v.message,
      check_name: v.detectorId,
      fingerprint: v.fingerprint,
      severity: SEVERITY[v.severity],
      location: { path: v.file, lines: { begin: v.line } },
    })),
    null,
    2,
  )}\n`;
}
