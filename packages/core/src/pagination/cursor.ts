import { DriftError } from '../errors/drift-error.js';

/** A decoded keyset cursor: the sort value and id of the last item of a page. */
export interface Cursor {
  readonly sortValue: string;
  readonly id: string;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Encodes a keyset cursor: base64url (no padding) of `sortValue|id` (spec 004 §11 "Cursor
 * Encoding"). The id must not contain `|`; the sort value may.
 *
 * @throws DriftError `INTERNAL_ERROR` when the id contains `|`.
 */
export function encodeCursor(sortValue: string | number, id: string | number): string {
  const idText = String(id);
  if (idText.includes('|')) {
    throw new DriftError('INTERNAL_ERROR', `cursor id must not contain "|": ${idText}`);
  }
  return Buffer.from(`${sortValue}|${idText}`, 'utf8').toString('base64url');
}

/**
 * Decodes a cursor made by {@link encodeCursor}. Splits at the last `|`.
 *
 * @throws DriftError `INVALID_CURSOR` for anything that is not such a cursor.
 */
export function decodeCursor(cursor: string): Cursor {
  if (!BASE64URL.test(cursor)) throw invalid('not base64url');
  const bytes = Buffer.from(cursor, 'base64url');
  if (bytes.toString('base64url') !== cursor) throw invalid('not canonical base64url');
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    throw invalid('not UTF-8');
  }
  const bar = raw.lastIndexOf('|');
  if (bar === -1) throw invalid('missing separator');
  return { sortValue: raw.slice(0, bar), id: raw.slice(bar + 1) };
}

function invalid(why: string): DriftError {
  return new DriftError(
    'INVALID_CURSOR',
    `malformed cursor (${why}); pass back nextCursor unchanged`,
  );
}
