import { typescriptModule } from '../parsers/typescript/typescript-module.js';

/** The index just past the string literal starting at `start` (a `"`). */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/**
 * JSON with comments and trailing commas made strict: `//` and `/* … *\/` comments outside
 * strings are dropped, then every comma followed (after whitespace) by `}` or `]`.
 */
export function withoutCommentsAndTrailingCommas(text: string): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length;) {
    const char = text[i];
    if (char === '"') {
      i = endOfString(text, i);
    } else if (char === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      parts.push(text.slice(start, i));
      const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2) + 2;
      i = end <= 1 || end === -1 ? text.length : end;
      start = i;
    } else if (char === ',' && /^\s*[}\]]/.test(text.slice(i + 1, i + 200))) {
      parts.push(text.slice(start, i));
      i += 1;
      start = i;
    } else i += 1;
  }
  parts.push(text.slice(start));
  return parts.join('');
}

/**
 * Parses a JSON configuration file leniently, as `tsc` does: comments and trailing commas are
 * allowed (`tsconfig.json`, `jsconfig.json`, `package.json`). Strict JSON goes through
 * `JSON.parse`, then JSON without its comments and trailing commas; anything else through the
 * compiler's `parseConfigFileTextToJson`, loaded with `require` on first need (loading the
 * compiler costs about 200 ms of CPU, see the TypeScript parser). Returns the parsed object,
 * or null when the text is not an object.
 */
export function parseLenientJson(path: string, text: string): Record<string, unknown> | null {
  for (const candidate of [text, withoutCommentsAndTrailingCommas(text)]) {
    try {
      return objectField(JSON.parse(candidate));
    } catch {
      // not strict JSON yet: try the next form
    }
  }
  const { config, error } = typescriptModule().exports.parseConfigFileTextToJson(path, text) as {
    config?: unknown;
    error?: unknown;
  };
  return error === undefined ? objectField(config) : null;
}

/** `value` when it is a string, else null. */
export function stringField(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** `value` when it is a plain object, else null. */
export function objectField(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
