import type { Suppression } from '@drift/core';

/**
 * `drift-ignore` after a comment marker of any language Drift parses (`//`, `#`, `/*`, `--`,
 * `<!--`, `{/*` in JSX), optionally `: <pattern-or-detector-id> <reason>`.
 */
const SUPPRESSION =
  /(?:\/\/|#|\/\*|--|<!--|\*)\s*drift-ignore\b(?::\s*([^\s*]+)(?:\s+(.*?))?)?\s*(?:\*\/\s*\}?|-->)?\s*$/;

/**
 * The `drift-ignore` comments of a file. Each suppresses violations on its own line and the
 * next one (a comment above the code, or at the end of the line).
 */
export function findSuppressions(source: string): Suppression[] {
  if (!source.includes('drift-ignore')) return [];
  const suppressions: Suppression[] = [];
  const lines = source.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index] ?? '';
    if (!text.includes('drift-ignore')) continue;
    const match = SUPPRESSION.exec(text.trimEnd());
    if (match === null) continue;
    const reason = match[2]?.trim();
    suppressions.push({
      line: index + 1,
      target: match[1] ?? null,
      reason: reason === undefined || reason === '' ? null : reason,
    });
  }
  return suppressions;
}
