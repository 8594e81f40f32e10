import type { CallGraphNode, EntryPointKind } from '@drift/core';
import type { DriftClient } from '@drift/engine';
import { Option, type Command } from 'commander';
import { action } from '../action.js';
import { allPages, withClient } from '../client.js';
import { EXIT, UsageError } from '../output/errors.js';
import { formatCount, formatDuration } from '../output/format.js';
import type { Output } from '../output/output.js';
import { projectRoot, relativePathsInProject } from '../project-root.js';

const ENTRY_POINT_KINDS: readonly EntryPointKind[] = [
  'route',
  'main',
  'exported',
  'cli',
  'test',
  'lifecycle',
  'event',
];
const EXPORT_FORMATS = ['jsonl', 'dot'] as const;

/** `--min-confidence` of the traversals. */
const MIN_CONFIDENCE = new Option(
  '--min-confidence <c>',
  'follow only calls resolved with at least this confidence (0-1)',
);

interface TraversalFlags {
  readonly depth?: string;
  readonly minConfidence?: string;
}

function traversalOptions(flags: TraversalFlags): { maxDepth?: number; minConfidence?: number } {
  const depth = flags.depth === undefined ? undefined : Number(flags.depth);
  if (depth !== undefined && !(Number.isInteger(depth) && depth >= 0))
    throw new UsageError(`--depth must be a whole number, got ${String(flags.depth)}`);
  const confidence = flags.minConfidence === undefined ? undefined : Number(flags.minConfidence);
  if (confidence !== undefined && !(confidence >= 0 && confidence <= 1))
    throw new UsageError(
      `--min-confidence must be between 0 and 1, got ${String(flags.minConfidence)}`,
    );
  return {
    ...(depth === undefined ? {} : { maxDepth: depth }),
    ...(confidence === undefined ? {} : { minConfidence: confidence }),
  };
}

function where(node: CallGraphNode): string {
  return `${node.file}:${String(node.startLine)}`;
}

function label(node: CallGraphNode, output: Output): string {
  const kind = node.entryPoint === null ? '' : output.color.dim(` [${node.entryPoint}]`);
  return `${node.qualifiedName}${kind}  ${output.color.dim(where(node))}`;
}

/** `file:line` when the reference is a file path (no `#`, no `:name`), else null. */
function isFunctionRef(ref: string): boolean {
  return ref.includes('#') || /:[^/\\]+$/.test(ref);
}

function neighbours(
  program: Command,
  name: 'callers' | 'callees',
  description: string,
  query: (client: DriftClient, ref: string) => ReturnType<DriftClient['queryCallers']>['items'],
): void {
  program
    .command(name)
    .description(description)
    .argument('<function>', 'a function id, or file:name (src/user.ts:UserService.find)')
    .option('--json', `print the ${name} as a JSON array of {node, edge}`)
    .action(
      action(async ({ output, globals }, ref: string) => {
        const items = await withClient(globals, (client) => query(client, ref));
        if (output.json) {
          output.data(items);
          return EXIT.ok;
        }
        for (const { node, edge } of items) {
          output.line(
            `${label(node, output)}  ${output.color.dim(`via ${edge.file}:${String(edge.line)} (${edge.kind} ${edge.confidence})`)}`,
          );
        }
        output.note(`${formatCount(items.length)} ${name}`);
        return EXIT.ok;
      }),
    );
}

function dot(graph: ReturnType<DriftClient['exportCallGraph']>): string {
  const quote = (text: string): string => JSON.stringify(text);
  const lines = ['digraph callgraph {', '  rankdir=LR;'];
  for (const node of graph.nodes)
    lines.push(`  ${quote(node.id)} [label=${quote(node.qualifiedName)}];`);
  for (const edge of graph.edges)
    lines.push(`  ${quote(edge.caller)} -> ${quote(edge.callee)} [label=${quote(edge.kind)}];`);
  lines.push('}');
  return lines.join('\n');
}

/** `drift callgraph build|status|callers|callees|entry-points|reach|inverse|path|impact|dead|cycles|export`. */
export function registerCallGraph(program: Command): void {
  const callgraph = program
    .command('callgraph')
    .description('the call graph: who calls what, reachability, paths, impact and dead code');

  callgraph
    .command('build')
    .description(
      'bring the call graph up to date with the scanned facts (drift scan does this too)',
    )
    .option('--full', 'resolve every file again')
    .option('--json', 'print the build summary as JSON')
    .action(
      action(async ({ output, globals }, options: { full?: boolean }) => {
        const stats = await withClient(globals, (client) =>
          client.buildCallGraph(options.full === true ? { full: true } : {}),
        );
        if (output.json) {
          output.data(stats);
          return EXIT.ok;
        }
        output.line(
          `call graph ${stats.update.mode}: ${formatCount(stats.update.filesResolved)} files resolved in ${formatDuration(stats.update.durationMs)}; ${formatCount(stats.nodes)} functions, ${formatCount(stats.edges)} calls, ${formatCount(stats.entryPoints)} entry points`,
        );
        return EXIT.ok;
      }),
    );

  callgraph
    .command('status')
    .description('size of the call graph: functions, calls by resolution kind, entry points')
    .option('--json', 'print the counts as JSON')
    .action(
      action(async ({ output, globals }) => {
        const counts = await withClient(globals, (client) => client.queryCallGraphStats());
        if (output.json) {
          output.data(counts);
          return EXIT.ok;
        }
        const resolved = counts.edges - counts.references;
        output.line(
          `functions     ${formatCount(counts.nodes)} in ${formatCount(counts.files)} files`,
        );
        output.line(
          `calls         ${formatCount(counts.calls)} call sites: ${formatCount(resolved)} resolved, ${formatCount(counts.unresolved)} ambiguous, ${formatCount(counts.external)} external`,
        );
        output.line(
          `resolved by   ${Object.entries(counts.byKind)
            .map(([kind, n]) => `${kind} ${formatCount(n)}`)
            .join(', ')}`,
        );
        output.line(
          `also          ${formatCount(counts.references)} functions passed as values, ${formatCount(counts.dispatch)} overrides (dispatch)`,
        );
        output.line(
          `entry points  ${formatCount(counts.entryPoints)} (${Object.entries(
            counts.entryPointsByKind,
          )
            .map(([kind, n]) => `${kind} ${formatCount(n)}`)
            .join(', ')})`,
        );
        return EXIT.ok;
      }),
    );

  neighbours(
    callgraph,
    'callers',
    'the functions that call a function, one line per call site',
    (client, ref) => allPages((page) => client.queryCallers(ref, page)),
  );
  neighbours(
    callgraph,
    'callees',
    'the functions a function calls, one line per call site',
    (client, ref) => allPages((page) => client.queryCallees(ref, page)),
  );

  callgraph
    .command('entry-points')
    .description(
      'route handlers, main functions, exported API, CLI commands, tests, hooks, event handlers',
    )
    .option('--kind <kind...>', `only these kinds (${ENTRY_POINT_KINDS.join(', ')})`)
    .option('--json', 'print the entry points as a JSON array of nodes')
    .action(
      action(async ({ output, globals }, options: { kind?: string[] }) => {
        const kinds = options.kind?.map((kind) => {
          if (!ENTRY_POINT_KINDS.includes(kind as EntryPointKind))
            throw new UsageError(`--kind ${kind} is not one of ${ENTRY_POINT_KINDS.join(', ')}`);
          return kind as EntryPointKind;
        });
        const nodes = await withClient(globals, (client) =>
          allPages((page) => client.queryEntryPoints(kinds, page)),
        );
        if (output.json) output.data(nodes);
        else for (const node of nodes) output.line(label(node, output));
        return EXIT.ok;
      }),
    );

  callgraph
    .command('reach')
    .description('what a function can reach, with depth and path confidence')
    .argument('<function>', 'a function id, or file:name')
    .option('--to <function>', 'say whether this function is reached')
    .addOption(new Option('--depth <n>', 'stop after this many calls'))
    .addOption(MIN_CONFIDENCE)
    .option('--json', 'print the analysis as JSON')
    .action(
      action(
        async ({ output, globals }, ref: string, options: TraversalFlags & { to?: string }) => {
          const result = await withClient(globals, (client) =>
            client.analyzeReachability(ref, options.to, traversalOptions(options)),
          );
          if (output.json) {
            output.data(result);
            return EXIT.ok;
          }
          for (const r of result.reachable)
            output.line(
              `${String(r.depth).padStart(3)}  ${r.confidence.toFixed(2)}  ${label(r.node, output)}`,
            );
          if (result.target !== null) {
            output.line(
              result.target.reachable
                ? `reaches ${result.target.node.qualifiedName} in ${String(result.target.depth)} calls`
                : `does not reach ${result.target.node.qualifiedName}`,
            );
          }
          output.note(`${formatCount(result.reachable.length)} functions reachable`);
          return EXIT.ok;
        },
      ),
    );

  callgraph
    .command('inverse')
    .description('which functions, and which entry points, reach a function')
    .argument('<function>', 'a function id, or file:name')
    .addOption(new Option('--depth <n>', 'stop after this many calls'))
    .addOption(MIN_CONFIDENCE)
    .option('--json', 'print the analysis as JSON')
    .action(
      action(async ({ output, globals }, ref: string, options: TraversalFlags) => {
        const result = await withClient(globals, (client) =>
          client.analyzeInverseReachability(ref, traversalOptions(options)),
        );
        if (output.json) {
          output.data(result);
          return EXIT.ok;
        }
        for (const r of result.entryPoints)
          output.line(
            `${String(r.depth).padStart(3)}  ${r.confidence.toFixed(2)}  ${label(r.node, output)}`,
          );
        output.note(
          `${formatCount(result.entryPoints.length)} entry points and ${formatCount(result.callers.length)} functions reach it`,
        );
        return EXIT.ok;
      }),
    );

  callgraph
    .command('path')
    .description('the shortest call path from one function to another')
    .argument('<from>', 'a function id, or file:name')
    .argument('<to>', 'a function id, or file:name')
    .option('--json', 'print the path as JSON (null when there is none)')
    .action(
      action(async ({ output, globals }, from: string, to: string) => {
        const path = await withClient(globals, (client) => client.findPath(from, to));
        if (output.json) {
          output.data(path);
          return path === null ? EXIT.findings : EXIT.ok;
        }
        if (path === null) {
          output.line('no call path');
          return EXIT.findings;
        }
        path.nodes.forEach((node, i) => {
          const edge = i === 0 ? undefined : path.edges[i - 1];
          const via =
            edge === undefined
              ? ''
              : output.color.dim(` (${edge.kind}, ${edge.file}:${String(edge.line)})`);
          output.line(`${'  '.repeat(i)}${i === 0 ? '' : '→ '}${label(node, output)}${via}`);
        });
        return EXIT.ok;
      }),
    );

  callgraph
    .command('impact')
    .description('what breaks if these files or functions change (same as drift impact)')
    .argument('<targets...>', 'files, or functions as id or file:name')
    .option('--json', 'print the impact analysis as JSON')
    .action(
      action(async ({ output, globals }, targets: string[]) => impact(output, globals, targets)),
    );

  callgraph
    .command('dead')
    .description('functions no entry point reaches, with the confidence that they are dead')
    .option('--min-confidence <c>', 'only functions at least this likely dead (0-1, default 0.5)')
    .option('--json', 'print the report as JSON')
    .action(
      action(async ({ output, globals }, options: TraversalFlags) => {
        const min = traversalOptions(options).minConfidence ?? 0.5;
        const report = await withClient(globals, (client) => client.findDeadCode());
        const dead = report.deadFunctions.filter((d) => d.confidence >= min);
        if (output.json) {
          output.data({ ...report, deadFunctions: dead });
          return EXIT.ok;
        }
        for (const d of dead) output.line(`${d.confidence.toFixed(2)}  ${label(d.node, output)}`);
        output.note(
          `${formatCount(dead.length)} of ${formatCount(report.totalFunctions)} functions unreachable from any entry point (confidence ≥ ${String(min)})`,
        );
        return EXIT.ok;
      }),
    );

  callgraph
    .command('cycles')
    .description('recursion: functions that call themselves, directly or through others')
    .option('--json', 'print the cycles as JSON')
    .action(
      action(async ({ output, globals }) => {
        const cycles = await withClient(globals, (client) => client.queryCallGraphCycles());
        if (output.json) output.data(cycles);
        else
          for (const c of cycles)
            output.line(`${c.kind}: ${c.nodes.map((n) => n.qualifiedName).join(' → ')}`);
        return EXIT.ok;
      }),
    );

  callgraph
    .command('export')
    .description('print the whole call graph as JSON lines or Graphviz dot')
    .option('--format <format>', EXPORT_FORMATS.join(' or '), 'jsonl')
    .action(
      action(async ({ output, globals }, options: { format: string }) => {
        if (!EXPORT_FORMATS.includes(options.format as (typeof EXPORT_FORMATS)[number]))
          throw new UsageError(
            `--format ${options.format} is not one of ${EXPORT_FORMATS.join(', ')}`,
          );
        const graph = await withClient(globals, (client) => client.exportCallGraph());
        if (options.format === 'dot') {
          output.line(dot(graph));
          return EXIT.ok;
        }
        const lines: string[] = [];
        for (const n of graph.nodes) {
          lines.push(
            JSON.stringify({
              type: 'node',
              id: n.id,
              file: n.file,
              qualifiedName: n.qualifiedName,
              startLine: n.startLine,
              endLine: n.endLine,
              entryPoint: n.entryPoint,
            }),
          );
        }
        for (const e of graph.edges) {
          lines.push(
            JSON.stringify({
              type: 'edge',
              caller: e.caller,
              callee: e.callee,
              file: e.file,
              line: e.line,
              kind: e.kind,
              confidence: e.confidence,
              ...(e.reference ? { reference: true } : {}),
              ...(e.dispatch === true ? { dispatch: true } : {}),
            }),
          );
        }
        process.stdout.write(`${lines.join('\n')}\n`);
        return EXIT.ok;
      }),
    );
}

async function impact(
  output: Output,
  globals: Parameters<typeof withClient>[0],
  targets: readonly string[],
): Promise<number> {
  const functions = targets.filter(isFunctionRef);
  const files = targets.filter((t) => !isFunctionRef(t));
  if (functions.length > 0 && files.length > 0)
    throw new UsageError('pass either files or functions, not both');
  const root = projectRoot(globals, true);
  const selection =
    functions.length > 0 ? { functions } : { files: relativePathsInProject(root, files) };
  const result = await withClient(globals, (client) => client.analyzeImpact(selection));
  if (output.json) {
    output.data(result);
    return EXIT.ok;
  }
  output.line(`risk ${String(result.risk.score)}/100`);
  for (const reason of result.risk.reasons) output.line(`  - ${reason.message}`);
  output.line(
    `${formatCount(result.changed.length)} changed functions, ${formatCount(result.affectedFunctions.length)} affected callers, ${formatCount(result.affectedEntryPoints.length)} entry points, ${formatCount(result.affectedTests.length)} tests`,
  );
  for (const e of result.affectedEntryPoints.filter((x) => x.kind !== 'test').slice(0, 20))
    output.line(`  ${label(e.node, output)}`);
  return EXIT.ok;
}

/** `drift impact <file|function>...`: what breaks if these change. */
export function registerImpact(program: Command): void {
  program
    .command('impact')
    .description(
      'what breaks if these files or functions change: callers, entry points, tests, risk',
    )
    .argument('<targets...>', 'files, or functions as id or file:name')
    .option('--json', 'print the impact analysis as JSON')
    .action(
      action(async ({ output, globals }, targets: string[]) => impact(output, globals, targets)),
    );
}
