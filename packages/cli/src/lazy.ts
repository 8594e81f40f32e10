import type Table from 'cli-table3';

/**
 * The engine, loaded when a command runs rather than at start-up, so `drift --help` and
 * `drift --version` do not pay for drift.db, the scanner and their dependencies.
 */
export async function loadEngine(): Promise<typeof import('@drift/engine')> {
  return import('@drift/engine');
}

/** A cli-table3 table in the compact style, loaded on first use. */
export async function createTable(
  head: string[],
  colored: boolean,
  colAligns?: Table.HorizontalAlignment[],
): Promise<Table.Table> {
  const { default: TableClass } = await import('cli-table3');
  return new TableClass({
    head,
    style: { head: colored ? ['cyan'] : [], border: colored ? ['grey'] : [], compact: true },
    ...(colAligns === undefined ? {} : { colAligns }),
  });
}
