import type { FunctionFact } from '@drift/core';
import type { FunctionEntry } from './file-symbols.js';

/** Leading parameters that stand for the receiver, not for an argument (Python `self`/`cls`, Rust `&self`, a TypeScript `this:` parameter). */
const RECEIVER_PARAMETER = /^(?:self|cls|this|&self|&mut self|mut self)$/;

/** The number of arguments a function accepts: `[min, max]` (max is Infinity with a rest parameter). */
function arity(fact: FunctionFact): [number, number] {
  const parameters = fact.parameters.filter(
    (parameter, i) => !(i === 0 && RECEIVER_PARAMETER.test(parameter.name)),
  );
  let min = 0;
  for (const parameter of parameters) {
    if (parameter.defaultValue === null && !parameter.rest) min += 1;
  }
  const rest = parameters.some((parameter) => parameter.rest);
  return [min, rest ? Number.POSITIVE_INFINITY : parameters.length];
}

/**
 * The one function of `candidates` a call with `argumentCount` arguments can reach: the only
 * candidate, or the only one whose arity admits the count (overloads of Java, C#, Kotlin, C++;
 * redefinitions elsewhere). Null when none or several fit.
 */
export function pickOverload(
  candidates: readonly FunctionEntry[],
  argumentCount: number,
): FunctionEntry | null {
  if (candidates.length === 1) return candidates[0] ?? null;
  let chosen: FunctionEntry | null = null;
  for (const candidate of candidates) {
    const [min, max] = arity(candidate.fact);
    if (argumentCount < min || argumentCount > max) continue;
    if (chosen !== null) return null;
    chosen = candidate;
  }
  return chosen;
}
