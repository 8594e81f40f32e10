import type { DetectionFile, TreeSitterVisitor, TypeScriptVisitor } from '../detector.js';

/**
 * Markers, near the top of a file, of code the codebase does not write by hand: generated code
 * (Go's "Code generated … DO NOT EDIT." convention, `@generated`) and vendored code that opts
 * out of every lint rule (`/* eslint-disable *\/` with no rule list, `// @ts-nocheck`,
 * `# pylint: skip-file`, `# flake8: noqa`, `# ruff: noqa`).
 */
const FOREIGN_MARKER =
  /Code generated .* DO NOT EDIT|@generated\b|\/\*\s*eslint-disable\s*\*\/|@ts-nocheck|#\s*(?:pylint:\s*skip-file|flake8:\s*noqa|ruff:\s*noqa)\b/;

/** A line this long among the first few is minified or bundled output. */
const MINIFIED_LINE = 1000;
const LINES_CHECKED = 5;

/** How much of the file's head is read for markers. */
const HEAD = 1024;

/**
 * True when the file is generated, vendored or minified, so that its error handling and
 * logging are not the codebase's conventions (the path-based roles miss such files when they
 * sit among the sources: an emscripten binding, a bundled script under `resources/`).
 */
export function isForeignCode(file: DetectionFile): boolean {
  const head = file.source.slice(0, HEAD);
  if (FOREIGN_MARKER.test(head)) return true;
  let start = 0;
  for (let line = 0; line < LINES_CHECKED && start < file.source.length; line += 1) {
    const end = file.source.indexOf('\n', start);
    const stop = end < 0 ? file.source.length : end;
    if (stop - start > MINIFIED_LINE) return true;
    start = stop + 1;
  }
  return false;
}

/** A TypeScript visitor that observes nothing, for foreign files. */
export const IDLE_TYPESCRIPT_VISITOR: TypeScriptVisitor = { visit: () => undefined };

/** A tree-sitter match handler that observes nothing, for foreign files. */
export const IDLE_TREE_SITTER_VISITOR: TreeSitterVisitor = { match: () => undefined };
