import type { ExportFact } from '@drift/core';
import { defineDetector, type DetectionFile, type ObservationInput } from '../../detector.js';
import { baseName, stem } from '../../shared/paths.js';

/** Next.js App Router files that must default-export (or, `route`, must not). */
const NEXT_SPECIAL_FILES = new Set([
  'page',
  'layout',
  'template',
  'loading',
  'error',
  'global-error',
  'not-found',
  'default',
  'route',
  'middleware',
  'opengraph-image',
  'twitter-image',
  'icon',
  'apple-icon',
  'sitemap',
  'robots',
  'manifest',
  '_layout',
]);
/** Folders whose files a router loads by their default export: Next.js/Gatsby `pages/`, Remix `app/routes/`. */
const ROUTE_FOLDER = /(?:^|\/)(?:pages|app\/routes)\//;
/**
 * Fetch-handler frameworks: Cloudflare Workers, Bun and Deno load the app from the entry's
 * default export (`export default app`).
 */
const FETCH_FRAMEWORK = /^(?:hono|itty-router|elysia)(?:\/|$)/;
/** `module.exports = …`, `exports.x = …`, TypeScript's `export = …`. */
const COMMONJS = /(?:^|[^.\w$])(?:module\.)?exports\s*(?:\.|=[^=>]|\[)|^\s*export\s*=[^=>]/;

/** Files whose export form a framework dictates. */
function isFrameworkFile(path: string): boolean {
  return (
    NEXT_SPECIAL_FILES.has(stem(path)) ||
    ROUTE_FOLDER.test(path) ||
    /\.stories\.[cm]?[jt]sx?$/.test(path) ||
    baseName(path).startsWith('.') ||
    stem(path) === 'index'
  );
}

function isCommonJs(file: DetectionFile, exports: readonly ExportFact[]): boolean {
  return exports.some((e) => COMMONJS.test(file.lineText(e.line)));
}

/**
 * Whether an ES module exports a default (`export default …`, alone or beside named exports)
 * or a single named export (`export function Button`): the choice a one-thing module makes.
 * Learned per folder: components may default-export while libraries export names.
 *
 * Neutral: modules with several named exports and no default (a collection of helpers has no
 * single thing to default-export); files without exports or with type exports only; `index`
 * files (barrels and a folder's public interface, not peers of the modules beside them);
 * CommonJS modules (`module.exports`, `export =`); files whose form a framework dictates
 * (Next.js `page`/`layout`/`route`/`loading`/`error`…, files under `pages/` and Remix
 * `app/routes/`, Storybook `*.stories.*`, dot-files, the default-exported app of Hono-style
 * fetch handlers; build configuration files are scripts and not observed at all). Severity
 * `info`: named exports keep names stable across imports, but either is a legitimate
 * convention.
 */
export const exportStyle = defineDetector({
  id: 'structural/export-style',
  category: 'structural',
  name: 'Default or named exports',
  description:
    'Modules export the same way throughout a folder, a default export or named exports only, so that imports read alike.',
  severity: 'info',
  mode: 'learned',
  scope: 'directory',
  languages: ['typescript', 'javascript'],
  noun: 'modules',
  variants: {
    'default-export': 'have a default export',
    'named-exports': 'use named exports only',
  },
  describe: (observation) =>
    observation.variant === 'default-export' ? 'has a default export' : 'uses named exports only',
  facts(file, report) {
    const exports = file.facts.exports.filter((e) => !e.typeOnly);
    if (exports.length === 0 || isFrameworkFile(file.path) || isCommonJs(file, exports)) return;
    const local = exports.filter((e) => e.module === null);
    const fallback = local.find((e) => e.kind === 'default');
    if (fallback !== undefined) {
      if (file.facts.imports.some((i) => FETCH_FRAMEWORK.test(i.module))) return;
      report(observation(file, 'default-export', fallback.line));
    } else if (local.length === 1 && exports.length === 1) {
      report(observation(file, 'named-exports', (local[0] as ExportFact).line));
    }
  },
});

function observation(file: DetectionFile, variant: string, line: number): ObservationInput {
  return { variant, line, column: 1, snippet: file.lineText(line).trim() };
}
