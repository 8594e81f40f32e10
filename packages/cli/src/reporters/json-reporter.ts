import { violationJson, type CheckReport } from './report.js';

/** `drift check --format json`: the violations, the unused suppressions and the verdict. */
export function jsonReport(report: CheckReport): string {
  return `${JSON.stringify(
    {
      violations: report.violations.map(violationJson),
      baselined: report.baselined,
      unusedSuppressions: report.unusedSuppressions,
      failing: report.failing,
      failOn: report.failOn,
    },
    null,
    2,
  )}\n`;
}
