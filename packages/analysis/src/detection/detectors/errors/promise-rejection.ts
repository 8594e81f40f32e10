import type ts from 'typescript';
import { defineDetector } from '../../detector.js';
import { IDLE_TYPESCRIPT_VISITOR, isForeignCode } from '../../shared/errors-foreign-code.js';

/** What a promise chain's calls show, read from its outermost call inwards. */
interface Chain {
  readonly hasThen: boolean;
  /** A `.catch(…)`, or a `.then(onFulfilled, onRejected)`. */
  readonly handlesRejection: boolean;
  /** The receiver the chain starts from (`cy` in `cy.get(…).then(…)`). */
  readonly root: ts.Expression;
}

/** Walks `a.then(…).catch(…).finally(…)` from the outside in. */
function readChain(typescript: typeof ts, expression: ts.Expression): Chain | null {
  let hasThen = false;
  let handlesRejection = false;
  let current: ts.Expression = expression;
  let calls = 0;
  while (
    typescript.isCallExpression(current) &&
    typescript.isPropertyAccessExpression(current.expression)
  ) {
    const method = current.expression.name.text;
    if (method === 'then') {
      hasThen = true;
      if (current.arguments.length >= 2) handlesRejection = true;
    } else if (method === 'catch') handlesRejection = true;
    else if (method !== 'finally') break;
    calls += 1;
    current = current.expression.expression;
  }
  return calls === 0 ? null : { hasThen, handlesRejection, root: current };
}

/** The leftmost identifier of an expression: `cy` in `cy.get('a').find('b')`. */
function rootName(typescript: typeof ts, expression: ts.Expression): string | null {
  let current: ts.Expression = expression;
  for (;;) {
    if (typescript.isIdentifier(current)) return current.text;
    if (typescript.isPropertyAccessExpression(current) || typescript.isCallExpression(current))
      current = current.expression;
    else return null;
  }
}

/** Chains of things that are not promises although they have `.then`: Cypress commands. */
const NOT_PROMISES = new Set(['cy', 'Cypress']);

/**
 * Promise chains used as statements — not awaited, returned or assigned, so nobody else will
 * see their failure — handle rejection (`.catch(…)`, or `.then(onFulfilled, onRejected)`) or
 * leave it unhandled, which in Node ≥ 15 crashes the process (`--unhandled-rejections=throw`)
 * and in browsers loses the error (`@typescript-eslint/no-floating-promises`,
 * `promise/catch-or-return`). Observed: an expression statement whose expression is a chain
 * of `.then`/`.catch`/`.finally` calls with at least one `.then`, or a lone `.catch(…)` chain.
 * Neutral: chains that are awaited, returned, assigned or passed on, `void` chains (an explicit
 * fire-and-forget), lone `.finally(…)`, and Cypress command chains. Severity warning: an
 * unhandled rejection is a crash or a lost error.
 */
export const promiseRejection = defineDetector({
  id: 'errors/promise-rejection',
  category: 'errors',
  name: 'Rejection handling of floating promises',
  description:
    'Promise chains that nobody awaits handle their rejection with `.catch`, so that a failure is neither lost nor an unhandled rejection that stops the process.',
  severity: 'warning',
  mode: 'learned',
  noun: 'promise chains used as statements',
  lapses: ['unhandled'],
  peerRules: ['no-floating-promises', 'catch-or-return'],
  variants: {
    handled: 'handle rejection with `.catch`',
    unhandled: 'leave rejection unhandled',
  },
  describe: (observation) =>
    observation.variant === 'unhandled'
      ? 'leaves the rejection of a promise chain nobody awaits unhandled (no `.catch`)'
      : 'handles the rejection of the promise chain',
  typescript: {
    kinds: ['ExpressionStatement'],
    create(context) {
      if (isForeignCode(context.file)) return IDLE_TYPESCRIPT_VISITOR;
      const typescript = context.ts;
      return {
        visit(node) {
          const expression = (node as ts.ExpressionStatement).expression;
          const chain = readChain(typescript, expression);
          if (chain === null || (!chain.hasThen && !chain.handlesRejection)) return;
          const root = rootName(typescript, chain.root);
          if (root !== null && NOT_PROMISES.has(root)) return;
          context.report(chain.handlesRejection ? 'handled' : 'unhandled', expression);
        },
      };
    },
  },
});
