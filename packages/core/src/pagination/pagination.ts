import { DriftError } from '../errors/drift-error.js';

/** Page request of every list query (spec 004 §11 `PaginationOptions`). */
export interface PaginationOptions {
  /** `nextCursor` of the previous page; absent for the first page. */
  readonly cursor?: string;
  /** Items per page: default 50, at most 100. */
  readonly limit?: number;
}

/** One page of a list query (spec 004 §11 `PaginatedResult`). */
export interface PaginatedResult<T> {
  readonly items: readonly T[];
  /** Items across all pages. */
  readonly total: number;
  readonly hasMore: boolean;
  /** Pass back as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

/** Items per page when no limit is given. */
export const DEFAULT_PAGE_SIZE = 50;

/** The largest page (ARCHITECTURE §3 rule 2). */
export const MAX_PAGE_SIZE = 100;

/**
 * The effective page size: `limit` capped at {@link MAX_PAGE_SIZE}, {@link DEFAULT_PAGE_SIZE}
 * when absent.
 *
 * @throws DriftError `INVALID_FILTER` for a limit that is not a positive integer.
 */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new DriftError('INVALID_FILTER', `limit must be a positive integer, got ${limit}`);
  }
  return Math.min(limit, MAX_PAGE_SIZE);
}
