import { MAX_REFERENCES_PER_FILE, type ReferenceFact } from '@drift/core';
import type { Node } from 'web-tree-sitter';
import type { ValueName } from '../value-references.js';
import { columnOf, lineOf } from './syntax.js';

/** The call whose arguments are read: its callee, receiver and enclosing function. */
export interface ArgumentCall {
  readonly call: string;
  readonly callReceiver: string | null;
  readonly enclosingFunction: string | null;
}

/**
 * Appends to `references` the arguments of a call (`args`: the named children of its argument
 * list, read in one call as `namedChildren`) that `valueOf` reads as a name passed as a value, up
 * to `MAX_REFERENCES_PER_FILE` in all.
 */
export function collectArgumentReferences(
  args: readonly (Node | null)[],
  valueOf: (argument: Node) => { readonly value: ValueName; readonly at: Node } | null,
  call: ArgumentCall,
  references: ReferenceFact[],
): void {
  for (let i = 0; i < args.length && references.length < MAX_REFERENCES_PER_FILE; i += 1) {
    const argument = args[i];
    const found = argument === null || argument === undefined ? null : valueOf(argument);
    if (found === null) continue;
    // Written out, not spread: spreading objects of two shapes was a tenth of Python's extraction.
    references.push({
      name: found.value.name,
      receiver: found.value.receiver,
      call: call.call,
      callReceiver: call.callReceiver,
      enclosingFunction: call.enclosingFunction,
      line: lineOf(found.at),
      column: columnOf(found.at),
    });
  }
}
