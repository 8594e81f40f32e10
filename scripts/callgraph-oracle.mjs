#!/usr/bin/env node
// Measures an exported Drift call graph against the TypeScript language service's call
// hierarchy (prepareCallHierarchy + provideCallHierarchyOutgoingCalls): precision and recall
// over (caller, callee) pairs of TypeScript functions, precision per resolution kind, and the
// first false positives and negatives with their source line.
//
//   node scripts/callgraph-oracle.mjs <projectRoot> <graph.jsonl> [--json]
//        [--files <glob or prefix>] [--sample N --seed S] [--list 20]
//
// The graph comes from `drift callgraph export --format jsonl`. Progress goes to stderr.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import ts from 'typescript';
import { fileMatcher, seededSample } from './callgraph-oracle/caller-selection.mjs';
import { compareGraphs } from './callgraph-oracle/compare.mjs';
import { readGraphJsonl } from './callgraph-oracle/graph-jsonl.mjs';
import { collectOracleEdges } from './callgraph-oracle/oracle-edges.mjs';
import { formatReport } from './callgraph-oracle/report-text.mjs';
import { createProjectLookup, isTypeScriptSource } from './callgraph-oracle/ts-projects.mjs';

const USAGE =
  'usage: node scripts/callgraph-oracle.mjs <projectRoot> <graph.jsonl> [--json] ' +
  '[--files <glob or prefix>] [--sample N --seed S] [--list N]\n';
const MAX_TEXT = 160;
const PROGRESS_INTERVAL_MS = 2000;

const fail = (message) => {
  process.stderr.write(`${message}\n${USAGE}`);
  process.exit(2);
};
const wholeNumber = (value, name) => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) fail(`--${name} needs a whole number, got "${value}"`);
  return Number(value);
};

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      files: { type: 'string' },
      sample: { type: 'string' },
      seed: { type: 'string', default: '1' },
      list: { type: 'string', default: '20' },
    },
  });
} catch (error) {
  fail(error.message);
}
const { positionals, values } = parsed;
if (positionals.length !== 2) fail('expected a project root and a graph file');
const root = resolve(positionals[0]);
const graphPath = resolve(positionals[1]);
if (!existsSync(root) || !statSync(root).isDirectory()) fail(`${root}: not a directory`);
const sampleSize = wholeNumber(values.sample, 'sample');
const seed = wholeNumber(values.seed, 'seed');
const listSize = wholeNumber(values.list, 'list');

const started = performance.now();
const seconds = (from, to) => Number(((to - from) / 1000).toFixed(1));
let graph;
try {
  graph = readGraphJsonl(graphPath);
} catch (error) {
  fail(`${graphPath}: ${error.message}`);
}

const typeScriptFunctions = [...graph.nodes.values()].filter(
  (node) => isTypeScriptSource(node.file) && node.qualifiedName !== '<module>',
);
const inFiles = values.files === undefined ? () => true : fileMatcher(values.files);
const matching = typeScriptFunctions.filter((node) => inFiles(node.file));
const callers = sampleSize === undefined ? matching : seededSample(matching, sampleSize, seed);

const lookup = createProjectLookup(ts, root);
const phaseStarts = new Map();
let lastProgress = 0;
const onProgress = (phase, done, total) => {
  const now = performance.now();
  if (!phaseStarts.has(phase)) phaseStarts.set(phase, now);
  if (now - lastProgress < PROGRESS_INTERVAL_MS && done < total) return;
  lastProgress = now;
  const what = phase === 'prepare' ? 'callers prepared' : 'declarations queried';
  process.stderr.write(`oracle: ${done}/${total} ${what}, ${seconds(started, now)} s\n`);
};
const oracle = collectOracleEdges({ ts, root, graph, callers, lookup, onProgress });
const comparison = compareGraphs(graph, oracle, isTypeScriptSource);
const finished = performance.now();

const sourceLines = new Map();
const lineText = (file, line) => {
  if (!sourceLines.has(file)) {
    let text = '';
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      // A file Drift saw but that is gone: the listing shows no text.
    }
    sourceLines.set(file, text.split('\n'));
  }
  const text = (sourceLines.get(file)[line - 1] ?? '').trim();
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
};

const report = {
  root,
  graph: graphPath,
  typescript: ts.version,
  projects: lookup.summary(),
  configProblems: lookup.problems,
  selection: {
    typeScriptFunctions: typeScriptFunctions.length,
    matchingFiles: matching.length,
    selected: callers.length,
    sample: sampleSize === undefined ? null : { size: sampleSize, seed },
    covered: oracle.covered.size,
    uncovered: Object.fromEntries(
      [...oracle.uncovered].map(([reason, nodes]) => [reason, nodes.length]),
    ),
    unlocatedExamples: (oracle.uncovered.get('not located') ?? [])
      .slice(0, 10)
      .map((node) => node.id),
  },
  oracle: {
    ...oracle.counts,
    pairs: comparison.oracle.pairs,
    callPairs: comparison.oracle.callPairs,
    unmappedExamples: oracle.unmappedExamples,
  },
  drift: {
    edges: graph.edges.length,
    comparedPairs: comparison.precision.total,
    excludedEdges: comparison.excludedEdges,
  },
  precision: comparison.precision,
  recall: comparison.recall,
  precisionByKind: comparison.precisionByKind,
  falsePositives: comparison.falsePositives.slice(0, listSize).map((edge) => ({
    caller: edge.caller,
    callee: edge.callee,
    kind: edge.kind,
    file: edge.file,
    line: edge.line,
    text: lineText(edge.file, edge.line),
  })),
  falseNegatives: comparison.falseNegatives.slice(0, listSize).map((pair) => {
    const [site] = pair.sites;
    return {
      caller: pair.caller,
      callee: pair.callee,
      ...site,
      text: lineText(site.file, site.line),
    };
  }),
  timing: {
    setupSeconds: seconds(started, phaseStarts.get('prepare') ?? finished),
    prepareSeconds: seconds(
      phaseStarts.get('prepare') ?? finished,
      phaseStarts.get('query') ?? finished,
    ),
    querySeconds: seconds(phaseStarts.get('query') ?? finished, finished),
    totalSeconds: seconds(started, finished),
  },
};
process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
