import type ts from 'typescript';
import type { Node } from 'web-tree-sitter';
import { defineDetector } from '../../detector.js';
import {
  IDLE_TREE_SITTER_VISITOR,
  IDLE_TYPESCRIPT_VISITOR,
  isForeignCode,
} from '../../shared/errors-foreign-code.js';
import { capturedNode } from '../../shared/tree-sitter-captures.js';
import { isFunctionNode } from '../../shared/typescript-function-nodes.js';

type Loop = ts.ForStatement | ts.ForOfStatement | ts.ForInStatement;

/**
 * The loop whose body holds the node at the end of `ancestors` (within the same function), or
 * null. `while`/`do` loops and `for await` stop the search: they are neutral.
 */
function enclosingLoop(typescript: typeof ts, ancestors: readonly ts.Node[]): Loop | null {
  for (let index = ancestors.length - 1; index >= 0; index -= 1) {
    const ancestor = ancestors[index];
    if (ancestor === undefined || isFunctionNode(typescript, ancestor)) return null;
    const child = ancestors[index + 1];
    if (typescript.isWhileStatement(ancestor) || typescript.isDoStatement(ancestor)) {
      if (child === ancestor.statement) return null;
      continue;
    }
    if (
      (typescript.isForStatement(ancestor) ||
        typescript.isForOfStatement(ancestor) ||
        typescript.isForInStatement(ancestor)) &&
      child === ancestor.statement
    ) {
      if (typescript.isForOfStatement(ancestor) && ancestor.awaitModifier !== undefined)
        return null;
      return ancestor;
    }
  }
  return null;
}

/**
 * True when iterations depend on each other: the body leaves the loop early (`break`, `return`,
 * `throw`: a search or a retry) or assigns to a variable declared outside it (a cursor, an
 * accumulator fed by the previous result). Nested functions are not looked into.
 */
function iterationsDepend(typescript: typeof ts, loop: Loop): boolean {
  const declared = new Set<string>();
  let depends = false;
  const visit = (node: ts.Node): void => {
    if (depends || isFunctionNode(typescript, node)) return;
    if (
      typescript.isBreakStatement(node) ||
      typescript.isReturnStatement(node) ||
      typescript.isThrowStatement(node)
    ) {
      depends = true;
      return;
    }
    if (typescript.isVariableDeclaration(node) && typescript.isIdentifier(node.name))
      declared.add(node.name.text);
    if (
      typescript.isBinaryExpression(node) &&
      node.operatorToken.kind >= typescript.SyntaxKind.FirstAssignment &&
      node.operatorToken.kind <= typescript.SyntaxKind.LastAssignment &&
      typescript.isIdentifier(node.left) &&
      !declared.has(node.left.text)
    ) {
      depends = true;
      return;
    }
    typescript.forEachChild(node, visit);
  };
  visit(loop.statement);
  return depends;
}

function loopKind(typescript: typeof ts, loop: Loop): string {
  if (typescript.isForOfStatement(loop)) return 'for…of';
  if (typescript.isForInStatement(loop)) return 'for…in';
  return 'for';
}

/** `Promise.all(xs.map(…))`, `Promise.allSettled([...xs.map(…)])`: the batch's name, or null. */
function batchOf(typescript: typeof ts, call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (!typescript.isPropertyAccessExpression(callee)) return null;
  if (!typescript.isIdentifier(callee.expression) || callee.expression.text !== 'Promise')
    return null;
  const name = callee.name.text;
  if (name !== 'all' && name !== 'allSettled') return null;
  let argument = call.arguments[0];
  if (argument !== undefined && typescript.isArrayLiteralExpression(argument)) {
    const only = argument.elements[0];
    argument =
      argument.elements.length === 1 && only !== undefined && typescript.isSpreadElement(only)
        ? only.expression
        : undefined;
  }
  if (argument === undefined || !typescript.isCallExpression(argument)) return null;
  const mapper = argument.expression;
  return typescript.isPropertyAccessExpression(mapper) && mapper.name.text === 'map'
    ? `Promise.${name}`
    : null;
}

// Python

const PYTHON_FUNCTION = new Set(['function_definition', 'lambda']);

/** True when a Python loop body leaves early (`break`, `return`, `raise`). */
function pythonBodyLeavesEarly(body: Node): boolean {
  return (
    body.descendantsOfType(['break_statement', 'return_statement', 'raise_statement']).length > 0
  );
}

/** `asyncio.gather(*…)`, `asyncio.TaskGroup()`, `anyio.create_task_group()`: the batch, or null. */
function pythonBatchOf(call: Node): string | null {
  const callee = call.childForFieldName('function')?.text;
  if (callee === 'asyncio.TaskGroup' || callee === 'TaskGroup') return 'asyncio.TaskGroup';
  if (callee === 'anyio.create_task_group') return 'anyio.create_task_group';
  if (callee !== 'asyncio.gather' && callee !== 'gather') return null;
  const first = call.childForFieldName('arguments')?.namedChild(0);
  return first?.type === 'list_splat' ? 'asyncio.gather' : null;
}

/**
 * Awaits inside loops: `sequential` — an `await` in the body of a `for`, `for…of` or `for…in`
 * loop (Python `for`), one after the other (ESLint `no-await-in-loop`) — versus `batched` —
 * `Promise.all`/`Promise.allSettled` over a `.map(…)`, Python `asyncio.gather(*…)`,
 * `asyncio.TaskGroup` or anyio task groups, which run independent operations concurrently.
 * Neutral: `while`/`do` loops (pagination, polling and retries whose iterations depend on the
 * previous one), `for await` and `async for` (consuming a stream is sequential by nature),
 * loops whose body leaves early (`break`, `return`, `throw`: searches and retries) or assigns a
 * variable declared outside the loop (a cursor or accumulator), and awaits inside functions
 * nested in the loop. One observation per loop. Severity info: sequential awaits may be
 * deliberate (ordering, rate limits, one connection), so this is a convention, not a defect.
 */
export const awaitInLoop = defineDetector({
  id: 'performance/await-in-loop',
  category: 'performance',
  name: 'Awaits in loops',
  description:
    'Independent asynchronous operations over a collection run the codebase’s way: batched with Promise.all / asyncio.gather, or awaited one by one in a loop.',
  severity: 'info',
  mode: 'learned',
  noun: 'asynchronous operations over collections',
  lapses: ['sequential'],
  peerRules: ['no-await-in-loop'],
  variants: {
    sequential: 'await each operation in turn inside a loop',
    batched: 'batch the operations (`Promise.all`, `asyncio.gather`)',
  },
  describe(observation) {
    return observation.variant === 'sequential'
      ? `awaits inside a \`${String(observation.context?.loop ?? 'for')}\` loop, one iteration at a time`
      : `batches the operations with \`${String(observation.context?.batch ?? 'Promise.all')}\``;
  },
  typescript: {
    kinds: ['AwaitExpression', 'CallExpression'],
    create(context) {
      if (isForeignCode(context.file)) return IDLE_TYPESCRIPT_VISITOR;
      const typescript = context.ts;
      const seen = new Set<Loop>();
      return {
        visit(node) {
          if (typescript.isCallExpression(node)) {
            const batch = batchOf(typescript, node);
            if (batch !== null) context.report('batched', node, { batch });
            return;
          }
          const loop = enclosingLoop(typescript, context.ancestors);
          if (loop === null || seen.has(loop)) return;
          seen.add(loop);
          if (iterationsDepend(typescript, loop)) return;
          context.report('sequential', node, { loop: loopKind(typescript, loop) });
        },
      };
    },
  },
  treeSitter: {
    python: {
      query: [
        '(for_statement body: (block) @body) @loop',
        '[(while_statement) (function_definition) (lambda)] @scope',
        '(await) @await',
        '(call function: [(identifier) (attribute)] @callee (#match? @callee "^(asyncio\\\\.)?(gather|TaskGroup)$|^anyio\\\\.create_task_group$")) @call',
      ].join('\n'),
      create(context) {
        if (isForeignCode(context.file)) return IDLE_TREE_SITTER_VISITOR;
        /** Open loops, while-loops and functions, innermost last. */
        const open: { node: Node; body: Node | null }[] = [];
        const seen = new Set<number>();
        return {
          match(match) {
            const captured = (name: string): Node | undefined => capturedNode(match, name);
            const node =
              captured('loop') ?? captured('scope') ?? captured('await') ?? captured('call');
            if (node === undefined) return;
            while (open.length > 0 && (open.at(-1)?.node.endIndex ?? 0) <= node.startIndex)
              open.pop();
            const call = captured('call');
            if (call !== undefined) {
              const batch = pythonBatchOf(call);
              if (batch !== null) context.report('batched', call, { batch });
              return;
            }
            if (captured('await') === undefined) {
              open.push({ node, body: captured('body') ?? null });
              return;
            }
            const inner = open.at(-1);
            const body = inner?.body ?? null;
            if (inner === undefined || body === null || PYTHON_FUNCTION.has(inner.node.type))
              return;
            const loop = inner.node;
            const inBody = body.startIndex <= node.startIndex && node.endIndex <= body.endIndex;
            if (!inBody || loop.text.startsWith('async') || seen.has(loop.startIndex)) return;
            seen.add(loop.startIndex);
            if (!pythonBodyLeavesEarly(body)) context.report('sequential', node, { loop: 'for' });
          },
        };
      },
    },
  },
});
