import type { EntryPointKind } from '@drift/core';

/**
 * The order in which entry-point kinds win when a function qualifies for several (a `@Test`
 * method that is also public API is a `test`): the kinds named by the most specific evidence
 * come first, `exported` (mere visibility) last.
 */
export const ENTRY_POINT_PRIORITY: readonly EntryPointKind[] = [
  'test',
  'route',
  'main',
  'cli',
  'lifecycle',
  'event',
  'exported',
];

const RANK = Object.fromEntries(ENTRY_POINT_PRIORITY.map((kind, rank) => [kind, rank])) as Readonly<
  Record<EntryPointKind, number>
>;

/**
 * The kind of higher {@link ENTRY_POINT_PRIORITY} among `a` and `b`; null only when both are null.
 */
export function higherPriority(
  a: EntryPointKind | null,
  b: EntryPointKind | null,
): EntryPointKind | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[a] <= RANK[b] ? a : b;
}
