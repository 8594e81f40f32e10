import type { ProjectLayout } from './project-layout.js';
import { childPath } from './project-paths.js';

/** Extensions tried after a specifier without one, in `tsc`'s order (sources before declarations before JavaScript). */
const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];

/** A JavaScript extension written in a specifier → the TypeScript sources it may stand for (ESM TypeScript style: `./a.js` for `a.ts`). */
const SOURCE_FOR_OUTPUT: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx', '.d.ts'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts', '.d.mts'],
  '.cjs': ['.cts', '.d.cts'],
};

const CODE_EXTENSION = /\.(?:[cm]?[jt]sx?)$/;

/**
 * The project file a TypeScript/JavaScript module path stands for, as Node and `tsc` probe it:
 * the path itself when it names a code file; a `.js`/`.jsx`/`.mjs`/`.cjs` path written for its
 * TypeScript source; the path plus `.ts .tsx .d.ts .js .jsx .mjs .cjs .mts .cts`; then the
 * folder's `index` with those extensions. `base` is root-relative; returns null when nothing
 * matches.
 */
export function probeTypeScriptModule(base: string, layout: ProjectLayout): string | null {
  const written = CODE_EXTENSION.exec(base)?.[0];
  if (written !== undefined) {
    if (layout.hasFile(base)) return base;
    const stem = base.slice(0, -written.length);
    for (const extension of SOURCE_FOR_OUTPUT[written] ?? []) {
      if (layout.hasFile(stem + extension)) return stem + extension;
    }
  }
  for (const extension of EXTENSIONS) {
    if (layout.hasFile(base + extension)) return base + extension;
  }
  if (!layout.hasDirectory(base)) return null;
  for (const extension of EXTENSIONS) {
    const index = childPath(base, `index${extension}`);
    if (layout.hasFile(index)) return index;
  }
  return null;
}
