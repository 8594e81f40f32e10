#!/usr/bin/env node
// Benchmarks the call graph on a project: a cold `drift scan` (which builds the graph), then
// --runs full rebuilds from the stored facts and --runs incremental updates after appending a line
// to one file (restored afterwards). Prints the graph's size, the median times and the peak RSS.
//
//   npm run bench:callgraph -- <dir> [--file src/x.ts] [--runs 5] [--json]
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DriftClient } from '@drift/engine';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    file: { type: 'string' },
    runs: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
  },
});
const [target] = positionals;
if (target === undefined) {
  process.stderr.write(
    'usage: npm run bench:callgraph -- <dir> [--file PATH] [--runs N] [--json]\n',
  );
  process.exit(2);
}
const root = resolve(target);
const runs = Number(values.runs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

rmSync(join(root, '.drift'), { recursive: true, force: true });
const client = await DriftClient.initialize({ projectRoot: root });
const coldStart = performance.now();
const scan = await client.scan();
const coldMs = performance.now() - coldStart;
const file =
  values.file ?? client.exportCallGraph().nodes.find((n) => n.entryPoint === 'exported')?.file;
if (file === undefined) {
  process.stderr.write('no exported function to edit; pass --file\n');
  process.exit(2);
}
const full = [];
for (let i = 0; i < runs; i += 1)
  full.push((await client.buildCallGraph({ full: true })).update.durationMs);
const incremental = [];
const original = readFileSync(join(root, file), 'utf8');
let resolved = 0;
try {
  for (let i = 0; i < runs; i += 1) {
    appendFileSync(join(root, file), `\nexport const benchEdit${String(i)} = ${String(i)};\n`);
    const summary = await client.scan();
    incremental.push(summary.callGraph.durationMs);
    resolved = summary.callGraph.filesResolved;
  }
} finally {
  writeFileSync(join(root, file), original);
}
await client.scan();
const stats = client.queryCallGraphStats();
await client.shutdown();

const report = {
  root,
  files: stats.files,
  nodes: stats.nodes,
  edges: stats.edges,
  byKind: stats.byKind,
  callSites: stats.calls,
  unresolved: stats.unresolved,
  external: stats.external,
  entryPoints: stats.entryPointsByKind,
  coldScanMs: Math.round(coldMs),
  coldScanCallGraphMs: Math.round(scan.callGraph?.durationMs ?? 0),
  fullBuildMs: Math.round(median(full)),
  incrementalMs: Math.round(median(incremental)),
  incrementalFilesResolved: resolved,
  editedFile: file,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};
if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else {
  process.stdout.write(
    [
      `${root}: ${report.files} files, ${report.nodes} functions, ${report.edges} edges of ${report.callSites} call sites (${report.unresolved} ambiguous, ${report.external} external)`,
      `edges by kind: ${Object.entries(report.byKind)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
      `cold scan ${report.coldScanMs} ms, of which the call graph ${report.coldScanCallGraphMs} ms`,
      `full rebuild from stored facts: ${report.fullBuildMs} ms (median of ${runs})`,
      `incremental update after editing ${file}: ${report.incrementalMs} ms, ${report.incrementalFilesResolved} files resolved (median of ${runs})`,
      `peak RSS (main + workers): ${report.peakRssMb} MB`,
    ].join('\n') + '\n',
  );
}
