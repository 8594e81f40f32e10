import type { DetectionFile } from '../detector.js';

/**
 * Documentation and example sources that file roles miss (`docs_src/`, `doc-examples/`,
 * `tutorials/`; roles catch `docs/` and `examples/` only when no `tests/` or source folder sits
 * deeper): their code demonstrates the library to readers, variants included, so it follows
 * the docs rather than the codebase's conventions.
 */
const DOCUMENTATION_SEGMENT =
  /(?:^|\/)(?:docs?|docs?[-_]\w+|examples?|samples?|tutorials?)(?:\/|$)/i;

/** Alembic's environment and revision scripts: generated from its templates. */
const MIGRATION_SCRIPT = /(?:^|\/)alembic\/(?:env\.py$|versions\/)/;

/** Code of the documentation or examples (see {@link DOCUMENTATION_SEGMENT}). */
export function isDocumentationSource(path: string): boolean {
  return DOCUMENTATION_SEGMENT.test(path);
}

/** Static type tests (PHPStan/Psalm `assertType`, tsd and Vitest `expectTypeOf`): tests kept among sources. */
const TYPE_ASSERTIONS = new Set(['assertType', 'expectTypeOf', 'expectType']);

/**
 * Code that follows other rules than the codebase's own, beyond what file roles exclude:
 * documentation sources, Alembic migration scripts and static type tests.
 */
export function followsOtherRules(file: DetectionFile): boolean {
  return (
    isDocumentationSource(file.path) ||
    MIGRATION_SCRIPT.test(file.path) ||
    file.facts.calls.some((call) => call.receiver === null && TYPE_ASSERTIONS.has(call.callee))
  );
}
