import type { FunctionFact } from '@drift/core';
import type { FileContext } from './file-context.js';

/** How public API is recognised. */
export interface PublicApiOptions {
  /**
   * The files belong to a library, whose public surface is used from outside the project. Then
   * public methods of public classes (Java, Kotlin, C#, PHP, Python, Ruby) and non-`static` C/C++
   * functions count too. Default false: in an application they are public by habit, and counting
   * them would make most methods entry points.
   */
  readonly library?: boolean;
}

/** A Rust binary target: `src/main.rs` or `src/bin/…`, whose `pub` items no other crate can use. */
const RUST_BINARY = /(?:^|\/)src\/(?:main\.rs$|bin\/)/;

function notHidden(fn: FunctionFact): boolean {
  return fn.visibility !== 'private' && fn.visibility !== 'protected';
}

function publicInLibrary(fn: FunctionFact, context: FileContext): boolean {
  const owner = context.ownerOf(fn);
  return fn.isExported && notHidden(fn) && (owner?.isExported ?? true);
}

/**
 * Whether `fn` is part of its package's public API, for the `exported` entry-point kind. Only
 * `source` files count (not tests, fixtures, examples, scripts or generated code). By default
 * only languages where exporting is a deliberate act qualify: TypeScript/JavaScript `export`
 * (methods of exported classes unless `private`/`protected`), Go capitalised names outside
 * `package main` (methods only on exported types), Rust `pub` outside binary targets — as
 * rustc's `dead_code` lint and staticcheck's `unused` check treat such items as used. With
 * {@link PublicApiOptions.library}, public functions and public methods of public classes of
 * the other languages count as well.
 */
export function isPublicApi(
  fn: FunctionFact,
  context: FileContext,
  options: PublicApiOptions = {},
): boolean {
  if (context.role !== 'source') return false;
  switch (context.language) {
    case 'typescript':
    case 'javascript':
      return fn.isExported && notHidden(fn);
    case 'go':
      return (
        context.facts.package !== 'main' &&
        fn.isExported &&
        (fn.className === null || /^[A-Z]/.test(fn.className))
      );
    case 'rust':
      return fn.visibility === 'public' && !RUST_BINARY.test(context.path);
    default:
      return options.library === true && publicInLibrary(fn, context);
  }
}
