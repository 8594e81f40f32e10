/**
 * Lapse variants: one-sided conventions on a symmetric learner.
 *
 * Some conventions have a good side and a lapse (`documented`/`undocumented`,
 * `annotated`/`inferred`): when most of a scope lapses, the lapse must not become the
 * convention, or every documented function would be reported as an outlier. Learning treats
 * variants symmetrically, so until a detector can say which variants may be outliers, a lapse
 * is observed under a variant of its own file: `undocumented@src/users/service.ts`. Such a
 * variant occurs in one file, below `min_files`, so it never forms a pattern, while each of
 * its observations still counts against the good side's share; messages strip the file.
 */

const SEPARATOR = '@';

/** The variant a lapse is observed under in `path`: `undocumented@src/users/service.ts`. */
export function lapseVariant(lapse: string, path: string): string {
  return `${lapse}${SEPARATOR}${path}`;
}

/** The variant without its file: `undocumented@src/users/service.ts` → `undocumented`. */
export function baseVariant(variant: string): string {
  const at = variant.indexOf(SEPARATOR);
  return at < 0 ? variant : variant.slice(0, at);
}
