#!/usr/bin/env node
// Benchmarks parsing: each language's files are read, hashed, parsed and their facts extracted on
// the worker pool (default 2 workers), one language at a time (a warm-up pass, then --runs timed
// passes; the median is reported); then the same with the detectors run on each syntax tree;
// then a full cold `drift scan` (parsing, detection, storage, learning). Prints MB/s and files/s
// per language and the peak RSS of the process (main thread + workers).
//
//   npm run bench:parse -- <dir> [--threads 2] [--runs 3] [--json]
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  BATCH_MAX_FILES,
  batchByteLimit,
  checkFiles,
  createPathFilter,
  discoverFiles,
  makeBatches,
} from '@drift/analysis';
import { CancellationToken, isCodeLanguage } from '@drift/core';
import { DriftClient, WorkerPool } from '@drift/engine';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    threads: { type: 'string', default: '2' },
    runs: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
  },
});
const [target] = positionals;
if (target === undefined) {
  process.stderr.write('usage: npm run bench:parse -- <dir> [--threads N] [--runs N] [--json]\n');
  process.exit(2);
}
const root = resolve(target);
const threads = Number(values.threads);
const runs = Number(values.runs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const filter = createPathFilter(root, []);
const { files } = checkFiles(root, discoverFiles(root, filter).paths, {
  followSymlinks: false,
  filter,
});
const byLanguage = new Map();
for (const file of files) {
  if (!isCodeLanguage(file.language) || file.size > 1_048_576) continue;
  const list = byLanguage.get(file.language) ?? [];
  list.push(file);
  byLanguage.set(file.language, list);
}

const pool = new WorkerPool(threads);
const options = {
  maxFileSize: 1_048_576,
  skipBinary: true,
  computeHashes: true,
  hashAlgorithm: 'xxh64',
};
const languages = [];
for (const [language, list] of [...byLanguage].sort((a, b) => b[1].length - a[1].length)) {
  const bytes = list.reduce((sum, f) => sum + f.size, 0);
  const batches = makeBatches(list, BATCH_MAX_FILES, batchByteLimit(bytes, threads));
  const pass = async (detect) => {
    const flag = new CancellationToken().flag;
    const start = performance.now();
    let parsed = 0;
    let failures = 0;
    // Each batch's results are counted and dropped as they arrive, as a scan streams them to
    // its writer: holding every file's facts at once would measure the benchmark, not Drift.
    await Promise.all(
      batches.map(async (batch) => {
        const outcome = await pool.runScanTask({
          batch: { root, files: batch.map((f) => ({ path: f.path, language })), options, detect },
          flag,
        });
        for (const r of outcome.results) {
          if (r.kind === 'read' && r.facts !== null) parsed += 1;
          if (r.kind === 'read' && r.parseError !== null) failures += 1;
        }
      }),
    );
    return { ms: performance.now() - start, parsed, failures };
  };
  const timedPasses = async (detect) => {
    await pass(detect);
    const timed = [];
    for (let i = 0; i < runs; i += 1) timed.push(await pass(detect));
    return timed;
  };
  const timed = await timedPasses(false);
  const ms = median(timed.map((t) => t.ms));
  const withDetectionMs = median((await timedPasses(true)).map((t) => t.ms));
  languages.push({
    language,
    files: list.length,
    megabytes: Number((bytes / 1048576).toFixed(2)),
    medianMs: Math.round(ms),
    megabytesPerSecond: Number((bytes / 1048576 / (ms / 1000)).toFixed(1)),
    filesPerSecond: Math.round((list.length * 1000) / ms),
    withDetectionMs: Math.round(withDetectionMs),
    withDetectionMegabytesPerSecond: Number(
      (bytes / 1048576 / (withDetectionMs / 1000)).toFixed(1),
    ),
    parsed: timed[0].parsed,
    parseFailures: timed[0].failures,
  });
}
await pool.destroy();

rmSync(join(root, '.drift'), { recursive: true, force: true });
const client = await DriftClient.initialize({
  projectRoot: root,
  configOverrides: { 'scan.threads': threads },
});
const scanStart = performance.now();
const scan = await client.scan();
const scanMs = performance.now() - scanStart;
await client.shutdown();

const report = {
  root,
  threads,
  languages,
  coldScanWithParsing: {
    ms: Math.round(scanMs),
    readMs: Math.round(scan.durationMs),
    learnMs: Math.round(scan.patterns?.learnMs ?? 0),
    callGraphMs: Math.round(scan.callGraph?.durationMs ?? 0),
    files: scan.filesTotal,
    parsed: scan.parsing.filesParsed,
    filesWithSyntaxErrors: scan.parsing.filesWithErrors,
    parseFailures: scan.parsing.parseFailures,
  },
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};
if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  process.stdout.write(`${root} — ${threads} workers, median of ${runs} runs per language\n`);
  process.stdout.write(
    `${'language'.padEnd(12)}${'files'.padStart(7)}${'MB'.padStart(8)}${'ms'.padStart(8)}${'MB/s'.padStart(8)}${'files/s'.padStart(9)}${'+detect ms'.padStart(12)}${'MB/s'.padStart(8)}\n`,
  );
  for (const l of languages) {
    process.stdout.write(
      `${l.language.padEnd(12)}${String(l.files).padStart(7)}${l.megabytes.toFixed(2).padStart(8)}${String(l.medianMs).padStart(8)}${l.megabytesPerSecond.toFixed(1).padStart(8)}${String(l.filesPerSecond).padStart(9)}${String(l.withDetectionMs).padStart(12)}${l.withDetectionMegabytesPerSecond.toFixed(1).padStart(8)}${l.parseFailures > 0 ? `  (${l.parseFailures} failed)` : ''}\n`,
    );
  }
  const s = report.coldScanWithParsing;
  process.stdout.write(
    `cold drift scan with parsing: ${s.ms} ms — discovery, reading, parsing and detection ${s.readMs} ms, learning ${s.learnMs} ms, call graph ${s.callGraphMs} ms (${s.files} files, ${s.parsed} parsed, ${s.filesWithSyntaxErrors} with syntax errors, ${s.parseFailures} failed)\n`,
  );
  process.stdout.write(`peak RSS (main + workers): ${report.peakRssMb} MB\n`);
}
