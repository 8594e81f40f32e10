import { requireWithCompileCache, type CachedModule } from './compile-cache.js';

type TS = typeof import('typescript');

let loaded: CachedModule<TS> | undefined;

/**
 * The TypeScript compiler, loaded once per thread through a V8 code cache (see
 * {@link requireWithCompileCache}): every user in a thread (parser, lenient JSON) shares it.
 */
export function typescriptModule(): CachedModule<TS> {
  loaded ??= requireWithCompileCache<TS>('typescript', import.meta.url);
  return loaded;
}
