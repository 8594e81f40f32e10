import type { CallFact, FileFacts, FunctionFact } from '@drift/core';
import type ts from 'typescript';
import type { DetectionFile, Report } from '../../detector.js';
import { defineDetector } from '../../detector.js';
import { IDLE_TYPESCRIPT_VISITOR, isForeignCode } from '../../shared/errors-foreign-code.js';
import { isFunctionNode } from '../../shared/typescript-function-nodes.js';

// TypeScript / JavaScript

const SYNC_MODULES = new Set([
  'fs',
  'node:fs',
  'fs-extra',
  'graceful-fs',
  'child_process',
  'node:child_process',
]);
const PROMISE_FS_MODULES = new Set(['fs/promises', 'node:fs/promises']);
/** fs-extra's functions return promises when given no callback. */
const PROMISING_FS_EXTRA = new Set(['fs-extra']);

/** How the file's import bindings reach Node's file-system and process APIs. */
interface NodeBindings {
  /** `fs`, `cp`: namespaces of the synchronous-capable modules. */
  readonly syncNamespaces: ReadonlySet<string>;
  /** `readFileSync`, `execSync`: named imports of them. */
  readonly syncFunctions: ReadonlySet<string>;
  /** `fsp`, `fse`: namespaces whose functions return promises. */
  readonly promiseNamespaces: ReadonlySet<string>;
  /** `readFile` from `fs/promises`. */
  readonly promiseFunctions: ReadonlySet<string>;
}

function nodeBindings(facts: FileFacts): NodeBindings {
  const syncNamespaces = new Set<string>();
  const syncFunctions = new Set<string>();
  const promiseNamespaces = new Set<string>();
  const promiseFunctions = new Set<string>();
  for (const entry of facts.imports) {
    const namespace = entry.defaultName ?? entry.namespaceName;
    const names = entry.names.map((name) => name.alias ?? name.name);
    if (PROMISE_FS_MODULES.has(entry.module)) {
      if (namespace !== null) promiseNamespaces.add(namespace);
      for (const name of names) promiseFunctions.add(name);
    } else if (SYNC_MODULES.has(entry.module)) {
      if (namespace !== null) {
        syncNamespaces.add(namespace);
        if (PROMISING_FS_EXTRA.has(entry.module)) promiseNamespaces.add(namespace);
      }
      for (const name of names) if (name.endsWith('Sync')) syncFunctions.add(name);
    }
  }
  return { syncNamespaces, syncFunctions, promiseNamespaces, promiseFunctions };
}

/** True when the innermost function around the visited node is `async`. */
function inAsyncFunction(typescript: typeof ts, ancestors: readonly ts.Node[]): boolean {
  for (let index = ancestors.length - 1; index >= 0; index -= 1) {
    const ancestor = ancestors[index];
    if (ancestor !== undefined && isFunctionNode(typescript, ancestor)) {
      return (
        ancestor.modifiers?.some((m) => m.kind === typescript.SyntaxKind.AsyncKeyword) === true
      );
    }
  }
  return false;
}

/** The variant of a call in an async function and the API it uses, or null when neutral. */
function classifyTypeScriptCall(
  typescript: typeof ts,
  call: ts.CallExpression,
  awaited: boolean,
  bindings: NodeBindings,
  text: (node: ts.Node) => string,
): { variant: string; api: string } | null {
  const callee = call.expression;
  if (typescript.isIdentifier(callee)) {
    if (bindings.syncFunctions.has(callee.text)) return { variant: 'blocking', api: callee.text };
    if (awaited && bindings.promiseFunctions.has(callee.text))
      return { variant: 'non-blocking', api: callee.text };
    return null;
  }
  if (!typescript.isPropertyAccessExpression(callee)) return null;
  const method = callee.name.text;
  const receiver = text(callee.expression);
  if (method.endsWith('Sync') && bindings.syncNamespaces.has(receiver))
    return { variant: 'blocking', api: `${receiver}.${method}` };
  if (!awaited || method.endsWith('Sync')) return null;
  const owner = receiver.endsWith('.promises') ? receiver.slice(0, -'.promises'.length) : null;
  if (
    bindings.promiseNamespaces.has(receiver) ||
    (owner !== null && bindings.syncNamespaces.has(owner))
  )
    return { variant: 'non-blocking', api: `${receiver}.${method}` };
  return null;
}

// Python

/** Blocking calls by receiver and name; `''` for a bare call of a built-in or imported name. */
const PYTHON_BLOCKING: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries<ReadonlySet<string>>({
    '': new Set(['open']),
    time: new Set(['sleep']),
    requests: new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request']),
    subprocess: new Set(['run', 'call', 'check_call', 'check_output', 'Popen']),
    'urllib.request': new Set(['urlopen']),
  }),
);
const PYTHON_NON_BLOCKING: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries<ReadonlySet<string>>({
    aiofiles: new Set(['open']),
    asyncio: new Set([
      'sleep',
      'create_subprocess_exec',
      'create_subprocess_shell',
      'to_thread',
      'open_connection',
    ]),
    anyio: new Set(['sleep', 'open_file', 'run_process']),
    'anyio.to_thread': new Set(['run_sync']),
    httpx: new Set(['AsyncClient']),
    aiohttp: new Set(['ClientSession']),
    '': new Set(['run_in_threadpool']),
  }),
);

/** The module a receiver or bare name stands for, through the file's imports. */
function pythonOrigin(facts: FileFacts, call: CallFact): string | null {
  const receiver = call.receiver;
  for (const entry of facts.imports) {
    if (receiver === null) {
      const imported = entry.names.find((name) => (name.alias ?? name.name) === call.callee);
      if (imported !== undefined) return `${entry.module}.${imported.name}`;
    } else if (entry.names.length === 0 && (entry.defaultName ?? entry.module) === receiver) {
      return entry.module;
    } else {
      const imported = entry.names.find((name) => (name.alias ?? name.name) === receiver);
      if (imported !== undefined) return `${entry.module}.${imported.name}`;
    }
  }
  return null;
}

function classifyPythonCall(
  facts: FileFacts,
  call: CallFact,
): { variant: string; api: string } | null {
  const origin = pythonOrigin(facts, call);
  if (call.receiver === null) {
    if (origin === null) {
      if (PYTHON_BLOCKING.get('')?.has(call.callee) === true)
        return { variant: 'blocking', api: call.callee };
      return null;
    }
    // `from time import sleep`, `from aiofiles import open`.
    const module = origin.slice(0, origin.lastIndexOf('.'));
    const name = origin.slice(origin.lastIndexOf('.') + 1);
    if (PYTHON_BLOCKING.get(module)?.has(name) === true)
      return { variant: 'blocking', api: origin };
    if (PYTHON_NON_BLOCKING.get(module)?.has(name) === true)
      return { variant: 'non-blocking', api: origin };
    return null;
  }
  if (call.callee === 'run_in_executor') return { variant: 'non-blocking', api: 'run_in_executor' };
  if (origin === null) return null;
  const api = `${origin}.${call.callee}`;
  if (PYTHON_BLOCKING.get(origin)?.has(call.callee) === true) return { variant: 'blocking', api };
  if (PYTHON_NON_BLOCKING.get(origin)?.has(call.callee) === true)
    return { variant: 'non-blocking', api };
  return null;
}

function reportPython(file: DetectionFile, report: Report): void {
  const asyncFunctions = new Set(
    file.facts.functions.filter((fn: FunctionFact) => fn.isAsync).map((fn) => fn.qualifiedName),
  );
  if (asyncFunctions.size === 0) return;
  const found = file.facts.calls.flatMap((call) => {
    if (call.enclosingFunction === null || !asyncFunctions.has(call.enclosingFunction)) return [];
    const classified = classifyPythonCall(file.facts, call);
    return classified === null ? [] : [{ call, ...classified }];
  });
  // A blocking call on the line of an offload (`await asyncio.to_thread(lambda: open(p))`) runs
  // in a worker thread.
  const offloaded = new Set(
    found.filter((entry) => entry.variant === 'non-blocking').map((entry) => entry.call.line),
  );
  for (const { call, variant, api } of found) {
    if (variant === 'blocking' && offloaded.has(call.line)) continue;
    report({
      variant,
      line: call.line,
      column: call.column,
      snippet: file.lineText(call.line).slice(call.column - 1),
      context: { api },
    });
  }
}

/**
 * Inside async functions, I/O is awaited (`non-blocking`: `await fs.promises.readFile`, named
 * imports of `fs/promises`, fs-extra's promise API; Python `aiofiles`, `asyncio.sleep`,
 * `httpx.AsyncClient`, `aiohttp.ClientSession`, `asyncio.create_subprocess_*`, offloading with
 * `asyncio.to_thread`/`run_in_executor`/`run_in_threadpool`) rather than blocking the event
 * loop (`blocking`: `fs.*Sync`, `execSync`, `spawnSync`; Python `open(…)`, `time.sleep`,
 * `requests.*`, `subprocess.run`, `urlopen`) — Node's guide "Don't Block the Event Loop", the
 * asyncio documentation's "Running Blocking Code", Ruff's ASYNC rules (ASYNC210, ASYNC230,
 * ASYNC251). Only calls whose innermost enclosing function is `async` are observed (Python:
 * `FunctionFact.isAsync` of `CallFact.enclosingFunction`); other calls, synchronous functions and
 * module-level code are neutral, as are Node's callback APIs. Severity warning: a blocking call
 * stalls every concurrent request for its duration.
 */
export const syncIoInAsync = defineDetector({
  id: 'performance/sync-io-in-async',
  category: 'performance',
  name: 'Blocking I/O in async functions',
  description:
    'Async functions await non-blocking I/O instead of calling blocking file, process, sleep or HTTP APIs that stall the event loop.',
  severity: 'warning',
  mode: 'learned',
  languages: ['typescript', 'javascript', 'python'],
  noun: 'I/O calls in async functions',
  lapses: ['blocking'],
  variants: {
    blocking: 'call blocking I/O',
    'non-blocking': 'await non-blocking I/O',
  },
  describe(observation) {
    const api = String(observation.context?.api ?? '');
    return observation.variant === 'blocking'
      ? `calls the blocking \`${api}\` inside an async function, stalling the event loop`
      : `awaits the non-blocking \`${api}\``;
  },
  facts(file, report) {
    if (isForeignCode(file)) return;
    if (file.language === 'python') reportPython(file, report);
  },
  typescript: {
    kinds: ['CallExpression'],
    create(context) {
      if (isForeignCode(context.file)) return IDLE_TYPESCRIPT_VISITOR;
      const typescript = context.ts;
      const bindings = nodeBindings(context.file.facts);
      const relevant =
        bindings.syncNamespaces.size +
          bindings.syncFunctions.size +
          bindings.promiseNamespaces.size +
          bindings.promiseFunctions.size >
        0;
      return {
        visit(node) {
          if (!relevant || !inAsyncFunction(typescript, context.ancestors)) return;
          const awaited = context.ancestors.at(-1)?.kind === typescript.SyntaxKind.AwaitExpression;
          const found = classifyTypeScriptCall(
            typescript,
            node as ts.CallExpression,
            awaited,
            bindings,
            context.text,
          );
          if (found !== null) context.report(found.variant, node, { api: found.api });
        },
      };
    },
  },
});
