import type { EntryPointKind } from '@drift/core';
import { registeredEntryPoints, type CallGraphWriter, type DatabaseManager } from '@drift/storage';
import { higherPriority } from '../entry-points/entry-point-priority.js';

/**
 * Brings the stored entry points in line with the registrations (reference edges with
 * `registers`, see `registrationEntryPoint`): a node's entry point is the kind of highest
 * priority among the one its file declares and those its registrations give, so a handler
 * defined in one file and registered in another (`router.get('/', users.list)`) is a `route`,
 * and stops being one when the registration goes. Run after the edges of an update are written.
 * O(nodes) scan plus the registration edges.
 *
 * @returns the number of nodes whose entry point changed.
 */
export function applyRegisteredEntryPoints(db: DatabaseManager, writer: CallGraphWriter): number {
  let changed = 0;
  for (const node of registeredEntryPoints(db.writer)) {
    let kind: EntryPointKind | null = node.declared;
    for (const registered of node.registered) kind = higherPriority(kind, registered);
    if (kind !== node.current) {
      writer.setEntryPoint(node.id, kind);
      changed += 1;
    }
  }
  return changed;
}
