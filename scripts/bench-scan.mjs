#!/usr/bin/env node
// Benchmarks `drift scan` on a folder: cold first scans (no .drift/), then unchanged rescans,
// in-process through the engine (files/s, MB/s, phase timings) and as whole `drift scan`
// processes (what a user waits for). Medians of --runs; peak RSS of the in-process runs
// (main thread + workers).
//
//   npm run bench:scan -- <dir> [--runs 5] [--threads 0] [--json]
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DriftClient } from '@drift/engine';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '5' },
    threads: { type: 'string', default: '0' },
    json: { type: 'boolean', default: false },
  },
});
const [target] = positionals;
if (target === undefined) {
  process.stderr.write('usage: npm run bench:scan -- <dir> [--runs N] [--threads N] [--json]\n');
  process.exit(2);
}
const root = resolve(target);
const runs = Number(values.runs);
const threads = Number(values.threads);
const drift = fileURLToPath(new URL('../packages/cli/bin/drift.js', import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const colds = [];
for (let i = 0; i < runs; i += 1) {
  rmSync(join(root, '.drift'), { recursive: true, force: true });
  const client = await DriftClient.initialize({
    projectRoot: root,
    configOverrides: { 'scan.threads': threads },
  });
  const start = performance.now();
  const summary = await client.scan();
  colds.push({ ms: performance.now() - start, summary });
  await client.shutdown();
}
const client = await DriftClient.initialize({
  projectRoot: root,
  configOverrides: { 'scan.threads': threads },
});
const warm = [];
for (let i = 0; i < runs; i += 1) {
  const start = performance.now();
  const summary = await client.scan();
  warm.push({ ms: performance.now() - start, summary });
}
await client.shutdown();
const peakRssMb = process.resourceUsage().maxRSS / 1024;

const processMs = [];
for (let i = 0; i < runs; i += 1) {
  const start = performance.now();
  const result = spawnSync(process.execPath, [drift, 'scan', root, '--json'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`drift scan failed: ${result.stderr}`);
  processMs.push(performance.now() - start);
}

const cold = [...colds].sort((a, b) => a.ms - b.ms)[Math.floor(colds.length / 2)];
const coldMs = cold.ms;
const mb = cold.summary.bytesRead / 1024 / 1024;
const report = {
  root,
  files: cold.summary.filesTotal,
  analysedFiles: cold.summary.filesAdded,
  megabytesRead: Number(mb.toFixed(1)),
  threads: threads === 0 ? 'auto' : threads,
  coldScan: {
    medianMs: Math.round(coldMs),
    minMs: Math.round(Math.min(...colds.map((c) => c.ms))),
    maxMs: Math.round(Math.max(...colds.map((c) => c.ms))),
    filesPerSecond: Math.round((cold.summary.filesTotal * 1000) / coldMs),
    megabytesPerSecond: Number(((mb * 1000) / coldMs).toFixed(1)),
    discoveryMs: Math.round(cold.summary.metrics.discoveryMs),
    hashingMs: Math.round(cold.summary.metrics.hashingMs),
    batchWriteMs: Math.round(cold.summary.metrics.batchWriteMs),
  },
  unchangedRescan: {
    medianMs: Math.round(median(warm.map((w) => w.ms))),
    discoveryMs: Math.round(median(warm.map((w) => w.summary.metrics.discoveryMs))),
    filesRead: warm.at(-1).summary.bytesRead === 0 ? 0 : 'some',
  },
  unchangedRescanProcess: { medianMs: Math.round(median(processMs)) },
  peakRssMb: Math.round(peakRssMb),
};
if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const row = (label, value) => process.stdout.write(`${label.padEnd(34)}${value}\n`);
  row('root', `${root} (${report.files} files, ${report.megabytesRead} MB read)`);
  row(
    `cold scan (median of ${runs})`,
    `${report.coldScan.medianMs} ms [${report.coldScan.minMs}–${report.coldScan.maxMs}] (${report.coldScan.filesPerSecond} files/s, ${report.coldScan.megabytesPerSecond} MB/s)`,
  );
  row(
    '  discovery / hashing / writes',
    `${report.coldScan.discoveryMs} / ${report.coldScan.hashingMs} / ${report.coldScan.batchWriteMs} ms`,
  );
  row(`unchanged rescan (median of ${runs})`, `${report.unchangedRescan.medianMs} ms in-process`);
  row(
    'unchanged rescan, whole process',
    `${report.unchangedRescanProcess.medianMs} ms (drift scan --json)`,
  );
  row('peak RSS (main + workers)', `${report.peakRssMb} MB`);
}
