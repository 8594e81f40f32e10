import type ts from 'typescript';

/** What a JavaScript test call declares. */
export interface TestCall {
  /** `group` for `describe`/`suite`/`context`, `case` for `it`/`test`. */
  readonly kind: 'group' | 'case';
  /** The runner function: `describe`, `it`, `test` … (`test.describe` is `describe`). */
  readonly base: string;
}

const GROUPS = new Set(['describe', 'suite', 'context', 'fdescribe', 'xdescribe']);
const CASES = new Set(['it', 'test', 'specify', 'fit', 'xit', 'xtest']);
/** Modifiers of a suite or case: `it.only`, `describe.each`, `test.concurrent` … */
const MODIFIERS = new Set([
  'only',
  'skip',
  'todo',
  'each',
  'concurrent',
  'sequential',
  'shuffle',
  'fails',
  'failing',
  'skipIf',
  'runIf',
  'parallel',
  'serial',
  'fixme',
]);
/** Modifiers that return the function to call: `test.each(table)('name', fn)`. */
const FACTORIES = new Set(['each', 'skipIf', 'runIf']);

/** `describe.only.each` → `['describe', 'only', 'each']`, or null for anything else. */
function chainOf(typescript: typeof ts, expression: ts.Expression): string[] | null {
  const names: string[] = [];
  let current = expression;
  while (typescript.isPropertyAccessExpression(current)) {
    names.unshift(current.name.text);
    current = current.expression;
  }
  if (!typescript.isIdentifier(current)) return null;
  names.unshift(current.text);
  return names;
}

/** A declaration passes its body as a function (`it.todo('…')` has none). */
function hasBody(
  typescript: typeof ts,
  call: ts.CallExpression,
  chain: readonly string[],
): boolean {
  return (
    chain.includes('todo') ||
    call.arguments.some((a) => typescript.isArrowFunction(a) || typescript.isFunctionExpression(a))
  );
}

/**
 * The suite or case a call declares: `describe('…', fn)`, `it.only('…', fn)`,
 * `test.each(table)('…', fn)`, ``it.each`table`('…', fn)``, Playwright's `test.describe(…)`.
 * The inner `test.each(table)` of a parameterised case is not a declaration itself.
 */
export function testCallOf(typescript: typeof ts, call: ts.CallExpression): TestCall | null {
  let callee = call.expression;
  let unwrapped = false;
  if (typescript.isCallExpression(callee)) {
    callee = callee.expression;
    unwrapped = true;
  } else if (typescript.isTaggedTemplateExpression(callee)) {
    callee = callee.tag;
    unwrapped = true;
  }
  const chain = chainOf(typescript, callee);
  if (chain === null || !hasBody(typescript, call, chain)) return null;
  const last = chain.at(-1) ?? '';
  if (!unwrapped && FACTORIES.has(last)) return null;
  if (unwrapped && !FACTORIES.has(last)) return null;
  const [first = '', second] = chain;
  const grouped = first === 'test' && second === 'describe';
  const modifiers = chain.slice(grouped ? 2 : 1);
  if (!modifiers.every((m) => MODIFIERS.has(m))) return null;
  if (grouped || GROUPS.has(first)) return { kind: 'group', base: 'describe' };
  return CASES.has(first) ? { kind: 'case', base: first } : null;
}
