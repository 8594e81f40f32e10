import type { Observation } from '@drift/core';
import { xxh64 } from '@node-rs/xxhash';
import type { ObservationInput } from './detector.js';

/** Longest snippet kept, in characters. */
export const SNIPPET_MAX_LENGTH = 160;

/** Characters collapsed first: enough for a snippet unless whitespace runs are long. */
const SNIPPET_PREFIX_LENGTH = SNIPPET_MAX_LENGTH * 4;

/**
 * Collapses whitespace runs to one space, trims, and cuts to {@link SNIPPET_MAX_LENGTH} with `…`.
 * A report's text can be a whole class, so a prefix is collapsed first; the whole text only
 * when the prefix collapses to a complete snippet's length or less.
 */
export function snippetOf(text: string): string {
  if (text.length > SNIPPET_PREFIX_LENGTH) {
    const head = text.slice(0, SNIPPET_PREFIX_LENGTH).replace(/\s+/g, ' ').trim();
    if (head.length > SNIPPET_MAX_LENGTH) return `${head.slice(0, SNIPPET_MAX_LENGTH - 1)}…`;
  }
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length <= SNIPPET_MAX_LENGTH
    ? collapsed
    : `${collapsed.slice(0, SNIPPET_MAX_LENGTH - 1)}…`;
}

/**
 * The violation fingerprint of an observation: xxh64 over detector id, path, the snippet with
 * all whitespace removed (reformatting keeps it) and the occurrence index of that snippet for
 * that detector in the file. No line number: code moving above it does not change it.
 */
export function fingerprintOf(
  detectorId: string,
  path: string,
  snippet: string,
  occurrence: number,
): string {
  const normalized = snippet.replace(/\s+/g, '');
  return xxh64(`${detectorId}\0${path}\0${normalized}\0${String(occurrence)}`)
    .toString(16)
    .padStart(16, '0');
}

/**
 * Turns the raw reports of one file into observations: snippets collapsed, sorted by position,
 * fingerprinted with per-(detector, snippet) occurrence indexes in document order.
 */
export function finishObservations(
  path: string,
  raw: readonly (ObservationInput & { readonly detectorId: string })[],
): Observation[] {
  const sorted = [...raw].sort((a, b) => {
    if (a.line !== b.line) return a.line - b.line;
    if (a.column !== b.column) return a.column - b.column;
    return a.detectorId < b.detectorId ? -1 : a.detectorId > b.detectorId ? 1 : 0;
  });
  const seen = new Map<string, number>();
  return sorted.map((input) => {
    const snippet = snippetOf(input.snippet);
    const key = `${input.detectorId}\0${snippet.replace(/\s+/g, '')}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return {
      detectorId: input.detectorId,
      variant: input.variant,
      line: input.line,
      column: input.column,
      endLine: input.endLine ?? input.line,
      snippet,
      context: input.context ?? null,
      fingerprint: fingerprintOf(input.detectorId, path, snippet, occurrence),
    };
  });
}
