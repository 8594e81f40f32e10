import type { DriftClient } from '@drift/engine';
import { loadEngine } from './lazy.js';
import { projectRoot, type GlobalOptions } from './project-root.js';

/**
 * Opens a client on the command's project (which must exist), runs `body`, and shuts the
 * client down whatever happens.
 */
export async function withClient<T>(
  globals: GlobalOptions,
  body: (client: DriftClient) => Promise<T> | T,
): Promise<T> {
  const { DriftClient } = await loadEngine();
  const client = await DriftClient.initialize({ projectRoot: projectRoot(globals, true) });
  try {
    return await body(client);
  } finally {
    await client.shutdown();
  }
}

/** Every item of a keyset-paginated query, fetched 100 at a time. */
export function allPages<T>(
  fetch: (page: { limit: number; cursor?: string }) => {
    readonly items: readonly T[];
    readonly nextCursor: string | null;
  },
): T[] {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page = fetch(cursor === null ? { limit: 100 } : { limit: 100, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}
