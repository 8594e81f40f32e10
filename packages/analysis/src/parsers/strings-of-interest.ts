import type { StringFact, StringKind } from '@drift/core';

/** Longest string value kept; longer SQL is truncated (later detectors need its head). */
export const MAX_STRING_FACT_LENGTH = 500;

const SEGMENT = String.raw`(?:(?:[A-Za-z0-9_.~-]|\$\{[^}]+\})+|:[A-Za-z_]\w*\??|\{[A-Za-z_][\w:]*\}|<(?:\w+:)?\w+>|\*{1,2})`;
const ROUTE = new RegExp(`^/(?:${SEGMENT}(?:/${SEGMENT})*/?)?$`);
const FILE_LIKE =
  /\.(?:[cm]?[jt]sx?|json|ya?ml|toml|md|txt|css|s[ac]ss|html?|png|jpe?g|gif|svg|ico|py|rb|go|rs|java|php|c|h|cpp|sh|lock|log|xml|csv)$/i;
const SQL_VERB = String.raw`\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|MERGE|REPLACE|TRUNCATE)\b`;
const SQL_START = new RegExp(`^${SQL_VERB}`, 'i');
const SQL_START_AT = new RegExp(SQL_VERB, 'iy');
const SQL_BODY = /\b(?:FROM|INTO|SET|TABLE|WHERE|VALUES|INDEX|VIEW|JOIN)\b/i;

/**
 * Classifies a string literal's value: `route` for URL path templates (`/`, `/api/users/:id`,
 * `/items/{id}`, `/users/<int:id>`, template literals `/users/${id}`; not file paths), `sql` for statements that start with a SQL
 * verb and name a clause (`SELECT … FROM`, `INSERT INTO`), else null.
 */
export function classifyString(value: string): Exclude<StringKind, 'env'> | null {
  if (ROUTE.test(value) && !FILE_LIKE.test(value)) return 'route';
  if (SQL_START.test(value) && SQL_BODY.test(value)) return 'sql';
  return null;
}

/**
 * Whether a value that starts at `index` of `source` can be classified by {@link classifyString}:
 * it starts with `/` (a route) or with a SQL verb after optional whitespace, the tests that need
 * no more than its start. Exact as a filter (never false for a value that classifies) when the
 * value is the source text from `index` on, up to a character that is not a word character (a
 * closing quote): extractors call it before reading a literal's end, a call into WebAssembly
 * that most literals need not cost.
 */
export function mayClassifyStringAt(source: string, index: number): boolean {
  if (source.charCodeAt(index) === 47) return true;
  SQL_START_AT.lastIndex = index;
  return SQL_START_AT.test(source);
}

/** A route or SQL string fact for a literal, or null when it is neither. */
export function stringFact(value: string, line: number, column: number): StringFact | null {
  const kind = classifyString(value);
  return kind === null
    ? null
    : { kind, value: value.slice(0, MAX_STRING_FACT_LENGTH), context: null, line, column };
}

/** An environment-variable lookup fact. */
export function envFact(name: string, context: string, line: number, column: number): StringFact {
  return { kind: 'env', value: name.slice(0, MAX_STRING_FACT_LENGTH), context, line, column };
}
