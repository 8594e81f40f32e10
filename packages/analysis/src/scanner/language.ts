import type { Language } from '@drift/core';

const BY_EXTENSION: ReadonlyMap<string, Language> = new Map(
  Object.entries<Language>({
    ts: 'typescript',
    mts: 'typescript',
    cts: 'typescript',
    tsx: 'typescript',
    js: 'javascript',
    mjs: 'javascript',
    cjs: 'javascript',
    jsx: 'javascript',
    py: 'python',
    pyi: 'python',
    java: 'java',
    kt: 'kotlin',
    kts: 'kotlin',
    cs: 'csharp',
    go: 'go',
    rs: 'rust',
    php: 'php',
    c: 'c',
    h: 'c',
    cc: 'cpp',
    cpp: 'cpp',
    cxx: 'cpp',
    'c++': 'cpp',
    hh: 'cpp',
    hpp: 'cpp',
    hxx: 'cpp',
    'h++': 'cpp',
    rb: 'ruby',
    rake: 'ruby',
    gemspec: 'ruby',
    json: 'json',
    jsonc: 'json',
    yml: 'yaml',
    yaml: 'yaml',
    toml: 'toml',
    md: 'markdown',
    markdown: 'markdown',
    mdx: 'markdown',
    css: 'css',
    scss: 'css',
    sass: 'css',
    less: 'css',
  }),
);

/**
 * The language of a file from its extension (case-insensitive), or undefined when Drift does
 * not support it. `.h` counts as C; TSX as TypeScript; JSX, MJS and CJS as JavaScript.
 */
export function detectLanguage(path: string): Language | undefined {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  if (dot <= slash + 1) return undefined;
  return BY_EXTENSION.get(path.slice(dot + 1).toLowerCase());
}
