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
 * Appends to `references` the arguments of a call (the children of its argument list `args`)
 * that `valueOf` reads as a name passed as a value, up to `MAX_REFERENCES_PER_FILE` in all.
 * Reads each argument once by index (no child arrays: calls are the hot path of extraction).
 */
export function collectArgumentReferences(
  args: Node | null,
  valueOf: (argument: Node) => { readonly value: ValueName; readonly at: Node } | null,
  call: ArgumentCall,
  references: ReferenceFact[],
): void {
  const count = args?.namedChildCount ?? 0;
  for (let i = 0; i < count && references.length < MAX_REFERENCES_PER_FILE; i += 1) {
    const argument = args?.namedChild(i);
    const found = argument === null || argument === undefined ? null : valueOf(argument);
    if (found === null) continue;
    references.push({
      ...found.value,
      ...call,
      line: lineOf(found.at),
      column: columnOf(found.at),
    });
  }
}
