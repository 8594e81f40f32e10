import type { Severity, Violation } from '@drift/core';
import type { Colors } from '../output/output.js';
import type { CheckReport } from './report.js';

function paint(colors: Colors, severity: Severity): string {
  const label = severity.padEnd(7);
  switch (severity) {
    case 'error':
      return colors.red(label);
    case 'warning':
      return colors.yellow(label);
    default:
      return colors.cyan(label);
  }
}

/**
 * Violations grouped by file, one line each: `  12:5  warning  message  detector [pattern]`.
 * Suggestions (patterns not yet approved) are marked.
 */
export function formatViolations(colors: Colors, violations: readonly Violation[]): string[] {
  const lines: string[] = [];
  let file: string | undefined;
  for (const v of violations) {
    if (v.file !== file) {
      if (file !== undefined) lines.push('');
      lines.push(colors.underline(v.file));
      file = v.file;
    }
    const where = `${String(v.line)}:${String(v.column)}`.padEnd(8);
    const kind = v.enforced ? '' : colors.dim(' (suggestion)');
    lines.push(
      `  ${colors.dim(where)} ${paint(colors, v.severity)} ${v.message}  ${colors.dim(`${v.detectorId} ${v.patternId}`)}${kind}`,
    );
  }
  return lines;
}

/** `drift check` for people: the violations, unused suppressions and a verdict line. */
export function textReport(report: CheckReport, colors: Colors): string {
  const lines = formatViolations(colors, report.violations);
  if (report.unusedSuppressions.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(colors.bold('unused drift-ignore comments (they silence nothing; remove them):'));
    for (const s of report.unusedSuppressions) {
      const target = s.target === null ? '' : colors.dim(` (${s.target})`);
      lines.push(`  ${s.file}:${String(s.line)}${target}`);
    }
  }
  if (lines.length > 0) lines.push('');
  const baselined =
    report.baselined > 0 ? colors.dim(` (${String(report.baselined)} in the baseline hidden)`) : '';
  const count = `${String(report.violations.length)} violation${report.violations.length === 1 ? '' : 's'}`;
  lines.push(
    report.failing > 0
      ? `${colors.red('✖')} ${count}, ${String(report.failing)} at or above ${report.failOn}${baselined}`
      : `${colors.green('✔')} ${count}, none at or above ${report.failOn}${baselined}`,
  );
  return `${lines.join('\n')}\n`;
}
