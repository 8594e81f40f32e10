import type { CallGraphEdge, CodeLanguage } from '@drift/core';
import { loadParsers, loadedParser } from '../parsers/parser-registry.js';
import type { ProjectFacts, ReadProjectFile } from './project-input.js';

/** The language of a fixture file by its extension; null for configuration files. */
function languageOf(path: string): CodeLanguage | null {
  const extension = path.slice(path.lastIndexOf('.') + 1);
  const languages: Record<string, CodeLanguage> = {
    ts: 'typescript',
    tsx: 'typescript',
    mts: 'typescript',
    js: 'javascript',
    jsx: 'javascript',
    mjs: 'javascript',
    cjs: 'javascript',
    py: 'python',
    java: 'java',
    kt: 'kotlin',
    go: 'go',
    cs: 'csharp',
    php: 'php',
    rb: 'ruby',
    rs: 'rust',
    c: 'c',
    h: 'c',
    cpp: 'cpp',
    hpp: 'cpp',
  };
  return languages[extension] ?? null;
}

/**
 * Parses the source files of an in-memory fixture project (path → text) with Drift's real
 * parsers, and serves its other files (tsconfig.json, package.json, go.mod …) as configuration.
 */
export async function parseProject(
  files: Readonly<Record<string, string>>,
): Promise<{ facts: ProjectFacts[]; read: ReadProjectFile }> {
  const sources = Object.entries(files).flatMap(([path, text]) => {
    const language = languageOf(path);
    return language === null ? [] : [{ path, text, language }];
  });
  await loadParsers([...new Set(sources.map((source) => source.language))]);
  const facts = sources.map(({ path, text, language }) => ({
    path,
    facts: loadedParser(language).parse(path, text),
  }));
  return { facts, read: (path) => files[path] ?? null };
}

/** Edges as `caller -> callee [kind]` lines, sorted: exact sets that read well in assertions. */
export function edgeLines(edges: readonly CallGraphEdge[]): string[] {
  return edges.map((edge) => `${edge.caller} -> ${edge.callee} [${edge.kind}]`).sort();
}
