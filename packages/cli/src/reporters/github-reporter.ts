import type { Severity } from '@drift/core';
import type { CheckReport } from './report.js';

const COMMAND: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
  hint: 'notice',
};

/** Escapes workflow-command data (`%`, CR, LF). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow-command property value (data escapes plus `:` and `,`). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `drift check --format github`: one GitHub Actions workflow command per violation
 * (`::warning file=…,line=…,col=…,title=…::message`), which GitHub shows as annotations on the
 * pull request ("Workflow commands for GitHub Actions", docs.github.com).
 */
export function githubReport(report: CheckReport): string {
  const lines = report.violations.map(
    (v) =>
      `::${COMMAND[v.severity]} file=${escapeProperty(v.file)},line=${String(v.line)},col=${String(v.column)},title=${escapeProperty(`drift ${v.detectorId}`)}::${escapeData(v.message)}`,
  );
  for (const s of report.unusedSuppressions) {
    lines.push(
      `::notice file=${escapeProperty(s.file)},line=${String(s.line)},title=drift unused suppression::${escapeData('this drift-ignore comment silences nothing; remove it')}`,
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
