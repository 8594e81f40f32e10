/**
 * Languages whose files Drift parses into facts (ARCHITECTURE §1 "parsing"). TSX files count as
 * `typescript` and JSX, MJS and CJS files as `javascript`.
 */
export const CODE_LANGUAGES = [
  'typescript',
  'javascript',
  'python',
  'java',
  'kotlin',
  'csharp',
  'go',
  'rust',
  'php',
  'c',
  'cpp',
  'ruby',
] as const;

/** Languages recorded as non-code: tracked and hashed, never parsed for facts. */
export const DATA_LANGUAGES = ['json', 'yaml', 'toml', 'markdown', 'css'] as const;

/** A source language Drift parses. */
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/** A non-code file kind Drift records. */
export type DataLanguage = (typeof DATA_LANGUAGES)[number];

/** Every language a scanned file can have. */
export type Language = CodeLanguage | DataLanguage;

const CODE_SET: ReadonlySet<string> = new Set(CODE_LANGUAGES);

/** True for languages that are parsed into facts. */
export function isCodeLanguage(language: string): language is CodeLanguage {
  return CODE_SET.has(language);
}
