import type { EntryPointKind, FunctionFact } from '@drift/core';
import { classMemberEntryPoint } from './class-member-entry-points.js';
import { decoratorEntryPoint } from './decorator-entry-points.js';
import { higherPriority } from './entry-point-priority.js';
import { isPublicApi, type PublicApiOptions } from './exported-api.js';
import { FileContext, type EntryPointFile } from './file-context.js';
import { isMainFunction, isPackageInitializer } from './main-functions.js';
import { moduleEntryPointOf } from './module-entry-point.js';
import { testConventionEntryPoint } from './test-conventions.js';

/** The entry points of one file. */
export interface FileEntryPoints {
  /** The kind of each function of `facts.functions`, at the same index, or null. */
  readonly functions: readonly (EntryPointKind | null)[];
  /** The kind of the file's module-level code (its `<module>` node), or null. */
  readonly module: EntryPointKind | null;
}

function functionEntryPoint(
  fn: FunctionFact,
  context: FileContext,
  options: PublicApiOptions,
): EntryPointKind | null {
  let kind = higherPriority(decoratorEntryPoint(fn, context), classMemberEntryPoint(fn, context));
  kind = higherPriority(kind, testConventionEntryPoint(fn, context));
  if (isPackageInitializer(fn, context)) kind = higherPriority(kind, 'lifecycle');
  if (kind === 'test' || kind === 'route') return kind;
  if (isMainFunction(fn, context)) return 'main';
  return kind ?? (isPublicApi(fn, context, options) ? 'exported' : null);
}

/**
 * Why each function of a file is an entry point, in one pass over its facts. A function that
 * qualifies for several kinds gets the first in priority order: `test` (test functions and
 * methods of every supported framework), `route` (handlers declared by decorators, annotations,
 * attributes or controller classes), `main`, `cli`, `lifecycle` (framework hooks, Go `init`), `event`
 * (listeners, consumers, background tasks), then `exported` (public API, see
 * {@link isPublicApi}). Handlers registered by calls (`app.get('/x', handler)`,
 * `program.action(run)`) may be defined in another file, so they are recognised on the resolved
 * reference edges instead (`registrationEntryPoint`, applied by `applyRegisteredEntryPoints`);
 * struct fields (`cobra.Command{Run: run}`) are not.
 *
 * Output: `functions[i]` is the kind of `file.facts.functions[i]`; `module` is the kind of the
 * file's `<module>` node (see {@link moduleEntryPointOf}).
 */
export function fileEntryPoints(
  file: EntryPointFile,
  options: PublicApiOptions = {},
): FileEntryPoints {
  const context = new FileContext(file);
  return {
    functions: file.facts.functions.map((fn) => functionEntryPoint(fn, context, options)),
    module: moduleEntryPointOf(context),
  };
}
