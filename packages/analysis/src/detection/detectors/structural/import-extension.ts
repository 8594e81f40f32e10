import { defineDetector } from '../../detector.js';

const SCRIPT_EXTENSION = /\.(?:[cm]?[jt]sx?)$/;
/** A declaration file (`import '../global.d.ts'`) has no extensionless form to prefer. */
const DECLARATION_FILE = /\.d\.[cm]?ts$/;
/**
 * Non-script files (styles, images, data, components of other frameworks): their extension is
 * always written, so they are neutral. `./users.service` has no extension: `.service` is part
 * of the name.
 */
const OTHER_EXTENSION =
  /\.(?:css|scss|sass|less|styl|svg|png|jpe?g|gif|webp|avif|ico|json|json5|wasm|html?|md|mdx|txt|vue|svelte|astro|graphql|gql|ya?ml|toml|node|woff2?|ttf|mp4|webm|mp3)$/i;

/**
 * Relative imports write the file extension (`./user.js`, required by Node's ESM resolver) or
 * leave it out (`./user`, resolved by bundlers and CommonJS). Imports of non-script files
 * (`./styles.css`, `./data.json`) are not counted. Source files only: test files are often run
 * by another tool (Playwright, Deno, a TS-native runner) with its own resolution rules, and
 * full-stack-fastapi-template's Playwright tests, which all write `.ts`, were reported against
 * the application's extensionless imports.
 */
export const importExtension = defineDetector({
  id: 'structural/import-extension',
  category: 'structural',
  name: 'Extension in relative imports',
  description:
    'Relative imports consistently include (or omit) the file extension; under Node ESM resolution an import without it fails at run time.',
  severity: 'warning',
  mode: 'learned',
  languages: ['typescript', 'javascript'],
  noun: 'relative imports',
  variants: {
    'with-extension': 'write the file extension',
    extensionless: 'leave the file extension out',
  },
  describe: (observation) =>
    observation.variant === 'with-extension'
      ? `imports \`${String(observation.context?.module)}\` with its extension`
      : `imports \`${String(observation.context?.module)}\` without an extension`,
  facts(file, report) {
    const modules = [
      ...file.facts.imports.map((i) => ({ module: i.module, line: i.line, column: i.column })),
      ...file.facts.exports.flatMap((e) =>
        e.module === null ? [] : [{ module: e.module, line: e.line, column: 1 }],
      ),
    ];
    for (const { module, line, column } of modules) {
      if (!module.startsWith('./') && !module.startsWith('../')) continue;
      const last = module.slice(module.lastIndexOf('/') + 1);
      let variant: string;
      if (DECLARATION_FILE.test(last)) continue;
      if (SCRIPT_EXTENSION.test(last)) variant = 'with-extension';
      else if (OTHER_EXTENSION.test(last) || last === '' || last === '.' || last === '..') continue;
      else variant = 'extensionless';
      report({
        variant,
        line,
        column,
        snippet: file.lineText(line).slice(column - 1),
        context: { module },
      });
    }
  },
});
