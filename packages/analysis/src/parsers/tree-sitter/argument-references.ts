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
 * list, read in one call as `namedChildren`) that `valueOf` reads as a name passed as a value
 * (given the argument and its index), up to `MAX_REFERENCES_PER_FILE` in all.
 */
export function collectArgumentReferences(
  args: readonly (Node | null)[],
  valueOf: (
    argument: Node,
    index: number,
  ) => { readonly value: ValueName; readonly at: Node } | null,
  call: ArgumentCall,
  references: ReferenceFact[],
): void {
  for (let i = 0; i < args.length && references.length < MAX_REFERENCES_PER_FILE; i += 1) {
    const argument = args[i];
    const found = argument === null || argument === undefined ? null : valueOf(argument, i);
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

/** A character an argument list's `tail` pattern may match. */
const SEPARATOR = /[\s,.]/;

/**
 * The source text of each argument of an argument list (`args`, its named children), read without
 * the arguments' ends: from an argument's start to the next one's, or to the first `)` after the
 * last, less what `tail` matches at the end (blanks, a comma …; it may match only whitespace,
 * commas and dots); null where `comment` matches in
 * that stretch (only the node knows where a commented argument ends). Only separators can follow
 * an argument that is a name or member path, so its text is exactly the path; an argument that is
 * anything else gives a text that is no path either (a `)` within it follows its `(`, a literal
 * starts with its quote). So a text `valueNameOfPath` rejects rules its argument out as a value
 * name without reading the node, and one it accepts is the argument's text.
 */
export function argumentSourceTexts(
  args: readonly (Node | null)[],
  source: string,
  tail: RegExp,
  comment: RegExp,
): (string | null)[] {
  const texts: (string | null)[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const start = args[i]?.startIndex ?? 0;
    const next = args[i + 1];
    let end = next === null || next === undefined ? source.indexOf(')', start) : next.startIndex;
    if (end === -1) end = source.length;
    const stretch = source.slice(start, end);
    if (comment.test(stretch)) {
      texts.push(null);
      continue;
    }
    // `tail` runs on the trailing separators only: searched for in the whole stretch, an
    // end-anchored pattern is retried at every blank of the argument (2 % of Python's
    // parse and extraction on saleor).
    let cut = stretch.length;
    while (cut > 0 && SEPARATOR.test(stretch[cut - 1] as string)) cut -= 1;
    texts.push(stretch.slice(0, cut) + stretch.slice(cut).replace(tail, ''));
  }
  return texts;
}
