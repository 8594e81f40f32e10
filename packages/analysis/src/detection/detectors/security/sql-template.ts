import { classifyString } from '../../../parsers/strings-of-interest.js';

/**
 * A piece of a SQL string as the code builds it: literal text, or a hole filled at run time
 * with the value of an expression (`hole` is its source text). `safe` marks holes that cannot
 * carry text: numeric format verbs (`%d`), escaping calls, numeric casts.
 */
export type SqlPiece =
  { readonly text: string } | { readonly hole: string; readonly safe?: boolean };

/**
 * How a query is built: `parameterized` (values bound through placeholders or a tagged template
 * that escapes them) or `interpolated` (values concatenated or formatted into the SQL text).
 */
export type SqlVariant = 'parameterized' | 'interpolated';

/** How one SQL string reaches the database, with the evidence for the message. */
export interface SqlVerdict {
  readonly variant: SqlVariant;
  /** The SQL with holes shown as `…`, shortened. */
  readonly sql: string;
  /** For `interpolated`: the expression spliced into a value position. */
  readonly hole?: string;
}

/** Placeholders of the common drivers: `$1`, `?`, `:name`, `%s`, `%(name)s`, `@name`, pg-promise `${name}`. */
const PLACEHOLDER =
  /\$\d+|\?|(?<![:\w]):[A-Za-z_]\w*|%(?:\(\w+\))?s|(?<![@\w])@[A-Za-z_]\w*|\$\{\w+(?:\^|:\w+)?\}/;
/** Escaping and quoting calls (`escape(x)`, `conn.escapeId(t)`, `$pdo->quote($v)`, `quote_ident`). */
const ESCAPING_CALL = /^[\w$.>-]*(?:escape|quote|sanitiz)\w*\s*\(/i;
/** Holes that cannot carry SQL: numeric casts and lengths, constants, numbers. */
const NUMERIC_OR_CONSTANT =
  /^(?:(?:Number|parseInt|parseFloat|int|float|Math\.\w+|len|strconv\.Itoa)\s*\(|[\w$.]*\.(?:length|size\(\)|Count|count)$|(?:[\w$]+\.)*[A-Z][A-Z0-9_]*$|\d+$)/;
/** A hole that produces placeholders (`${placeholders}`, `ids.map(() => '?')`). */
const PLACEHOLDER_HOLE = /placeholder|['"](?:\?|\$)/i;
/** Text right before a hole that makes the hole a value (a comparison, LIKE, LIMIT …). */
const VALUE_BEFORE =
  /(?:[=<>]|\b(?:LIKE|ILIKE|LIMIT|OFFSET|BETWEEN|THEN|ELSE|REGEXP|AGAINST))\s*$/i;
/** An open list of values: `IN (a, `, `VALUES (a, b), (`. */
const VALUE_LIST = /\b(?:IN|VALUES)\s*(?:\([^()]*\)\s*,\s*)*\([^()]*$/i;
const SQL_HEAD_LENGTH = 80;

/** Removes quoted SQL literals (`'it''s'`) so that their content is not read as placeholders. */
function withoutQuoted(text: string): string {
  return text.replace(/'(?:[^']|'')*'/g, "''").replace(/::\w+/g, '');
}

/** How a hole is used, judged from the SQL text before it. */
function holeRole(before: string, hole: string): 'value' | 'placeholder' | 'structure' {
  if (before.endsWith('$') || PLACEHOLDER_HOLE.test(hole)) return 'placeholder';
  const quotes = before.length - before.replaceAll("'", '').length;
  if (quotes % 2 === 1) return 'value';
  if (VALUE_BEFORE.test(before) || VALUE_LIST.test(withoutQuoted(before))) return 'value';
  return 'structure';
}

/** The SQL text with every hole written as `…`. */
export function sqlText(pieces: readonly SqlPiece[]): string {
  return pieces.map((piece) => ('text' in piece ? piece.text : '…')).join('');
}

function shorten(text: string, length: number): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length <= length ? collapsed : `${collapsed.slice(0, length - 1)}…`;
}

/**
 * Whether built SQL is parameterized or interpolated, or null when it is not SQL or not
 * dynamic. A hole in a value position (after `=`, `LIKE`, `LIMIT`, inside quotes, in an `IN`
 * or `VALUES` list) is interpolation (CWE-89) unless it is safe (`%d`, an escaping call, a
 * constant); a hole elsewhere splices structure (table and column names, clauses) and counts
 * for neither side; placeholders make the statement parameterized.
 */
export function classifySql(pieces: readonly SqlPiece[]): SqlVerdict | null {
  if (classifyString(sqlText(pieces).replaceAll('…', 'x')) !== 'sql') return null;
  const sql = shorten(sqlText(pieces), SQL_HEAD_LENGTH);
  let before = '';
  let placeholders = false;
  for (const piece of pieces) {
    if ('text' in piece) {
      before += piece.text;
      if (PLACEHOLDER.test(withoutQuoted(piece.text))) placeholders = true;
      continue;
    }
    const hole = piece.hole.trim();
    if (piece.safe !== true && !ESCAPING_CALL.test(hole) && !NUMERIC_OR_CONSTANT.test(hole)) {
      const role = holeRole(before, hole);
      if (role === 'value') return { variant: 'interpolated', sql, hole: shorten(hole, 40) };
      if (role === 'placeholder') placeholders = true;
    }
    before += 'x';
  }
  return placeholders ? { variant: 'parameterized', sql } : null;
}

/** Splits a printf-style format (`%s`, `%d`, `%(name)s`, `%v`) into text and holes; `%d`-like verbs are safe. */
export function printfPieces(format: string, argument: (index: number) => string): SqlPiece[] {
  const pieces: SqlPiece[] = [];
  let text = '';
  let last = 0;
  let index = 0;
  for (const match of format.matchAll(/%(?:%|(?:\(\w+\))?[-+# 0]*\d*(?:\.\d+)?([a-zA-Z]))/g)) {
    const verb = match[1];
    text += format.slice(last, match.index);
    last = match.index + match[0].length;
    if (verb === undefined) {
      text += '%';
      continue;
    }
    pieces.push({ text }, { hole: argument(index), safe: /^[dibxXoefgF]$/.test(verb) });
    text = '';
    index += 1;
  }
  pieces.push({ text: text + format.slice(last) });
  return pieces;
}

/** Splits a brace format (`{}`, `{0}`, `{name}`; `{{` escapes) into text and holes. */
export function bracePieces(format: string, argument: (index: number) => string): SqlPiece[] {
  const pieces: SqlPiece[] = [];
  let last = 0;
  let index = 0;
  for (const match of format.matchAll(/\{\{|\}\}|\{([^{}]*)\}/g)) {
    if (match[1] === undefined) continue;
    pieces.push({ text: format.slice(last, match.index) });
    const position = /^\d+/.exec(match[1]);
    pieces.push({ hole: argument(position === null ? index : Number(position[0])) });
    index += 1;
    last = match.index + match[0].length;
  }
  pieces.push({ text: format.slice(last) });
  return pieces;
}
