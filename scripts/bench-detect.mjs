#!/usr/bin/env node
// Benchmarks detection, the two hot paths of issue 4:
//  1. per file, in the workers: every code file is parsed with and without the detectors on
//     one thread (CPU time, a warm-up pass then --runs passes, median); the difference is what
//     detection adds to a scan's parsing, per language and in total;
//  2. learning, in the main thread: a cold scan, then --runs incremental scans that each change
//     one file (re-detected alone) and relearn everything (median scan wall time and learnMs),
//     and --runs relearns with nothing changed (detectPatterns).
//
//   npm run bench:detect -- <dir> [--runs 5] [--threads 0] [--json]
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DETECTORS,
  createPathFilter,
  detectFile,
  detectLanguage,
  discoverFiles,
  loadedParser,
  loadParsers,
  parseLanguage,
} from '@drift/analysis';
import { isCodeLanguage } from '@drift/core';
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
  process.stderr.write('usage: npm run bench:detect -- <dir> [--runs N] [--threads N] [--json]\n');
  process.exit(2);
}
const root = resolve(target);
const runs = Number(values.runs);
const threads = Number(values.threads);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuMs = (start) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

// 1. Detection per file, one thread.
const files = [];
for (const path of discoverFiles(root, createPathFilter(root, [])).paths) {
  const recorded = detectLanguage(path);
  if (recorded === undefined || !isCodeLanguage(recorded)) continue;
  let source;
  try {
    source = readFileSync(join(root, path), 'utf8');
  } catch {
    continue;
  }
  if (source.length > 1_048_576) continue;
  const language = parseLanguage({ path, language: recorded }, source);
  if (language !== null) files.push({ path, language, source });
}
await loadParsers([...new Set(files.map((f) => f.language))]);
const byLanguage = {};
for (const file of files) (byLanguage[file.language] ??= []).push(file);
const perLanguage = {};
let observations = 0;
for (const [language, group] of Object.entries(byLanguage)) {
  const parser = loadedParser(language);
  const pass = (detect) => {
    const start = process.cpuUsage();
    let seen = 0;
    for (const file of group) {
      parser.parse(
        file.path,
        file.source,
        detect
          ? (tree, facts) => {
              seen += detectFile({ ...file, facts }, tree, DETECTORS).observations.length;
            }
          : undefined,
      );
    }
    return { ms: cpuMs(start), seen };
  };
  pass(true);
  const parseOnly = [];
  const withDetection = [];
  let seen = 0;
  for (let i = 0; i < runs; i += 1) {
    parseOnly.push(pass(false).ms);
    const detected = pass(true);
    withDetection.push(detected.ms);
    seen = detected.seen;
  }
  observations += seen;
  const bytes = group.reduce((sum, f) => sum + Buffer.byteLength(f.source), 0);
  const parseMs = median(parseOnly);
  const detectMs = Math.max(0, median(withDetection) - parseMs);
  perLanguage[language] = {
    files: group.length,
    megabytes: Number((bytes / 1048576).toFixed(2)),
    parseMs: Math.round(parseMs),
    detectMs: Math.round(detectMs),
    overheadPercent: Math.round((detectMs / parseMs) * 100),
    observations: seen,
  };
}
const detectTotalMs = Object.values(perLanguage).reduce((sum, l) => sum + l.detectMs, 0);

// 2. Learning: cold scan, then one-file incremental scans and relearns.
rmSync(join(root, '.drift'), { recursive: true, force: true });
const client = await DriftClient.initialize({
  projectRoot: root,
  configOverrides: { 'scan.threads': threads },
});
const coldStart = performance.now();
const cold = await client.scan();
const coldMs = performance.now() - coldStart;
const changed =
  files.find((f) => f.language === 'typescript' || f.language === 'python') ?? files[0];
const original = readFileSync(join(root, changed.path), 'utf8');
const incremental = [];
try {
  for (let i = 0; i < runs; i += 1) {
    appendFileSync(join(root, changed.path), `\n// drift bench ${String(i)}\n`);
    const start = performance.now();
    const summary = await client.scan();
    incremental.push({
      ms: performance.now() - start,
      learnMs: summary.patterns?.learnMs ?? 0,
      read: summary.filesModified,
      detected: summary.detection.filesObserved,
    });
  }
} finally {
  writeFileSync(join(root, changed.path), original);
}
const relearnMs = [];
for (let i = 0; i < runs; i += 1) relearnMs.push((await client.detectPatterns()).learnMs);
await client.shutdown();

const report = {
  root,
  codeFiles: files.length,
  detectors: DETECTORS.length,
  detectionOneThread: {
    totalDetectMs: detectTotalMs,
    observations,
    perLanguage,
  },
  coldScan: {
    ms: Math.round(coldMs),
    detectMsSummedOverWorkers: Math.round(cold.detection.detectMs),
    learnMs: Math.round(cold.patterns?.learnMs ?? 0),
    patterns: cold.patterns?.patterns ?? 0,
    violations: cold.patterns?.violations ?? 0,
  },
  oneFileIncremental: {
    changedFile: changed.path,
    medianScanMs: Math.round(median(incremental.map((r) => r.ms))),
    medianLearnMs: Math.round(median(incremental.map((r) => r.learnMs))),
    filesDetected: incremental.at(-1)?.detected ?? 0,
  },
  relearnNothingChanged: { medianMs: Math.round(median(relearnMs)) },
};
if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const row = (label, value) => process.stdout.write(`${label.padEnd(40)}${value}\n`);
  row('root', `${root} (${report.codeFiles} code files, ${report.detectors} detectors)`);
  row(
    `detection, one thread (median of ${runs})`,
    `${detectTotalMs} ms CPU, ${observations} observations`,
  );
  for (const [language, l] of Object.entries(perLanguage)) {
    row(
      `  ${language}`,
      `${l.files} files, ${l.megabytes} MB: parse ${l.parseMs} ms + detect ${l.detectMs} ms (+${l.overheadPercent} %)`,
    );
  }
  row(
    'cold scan',
    `${report.coldScan.ms} ms (detect ${report.coldScan.detectMsSummedOverWorkers} ms over workers, learn ${report.coldScan.learnMs} ms; ${report.coldScan.patterns} patterns, ${report.coldScan.violations} violations)`,
  );
  row(
    `one-file rescan (median of ${runs})`,
    `${report.oneFileIncremental.medianScanMs} ms, relearn ${report.oneFileIncremental.medianLearnMs} ms, ${report.oneFileIncremental.filesDetected} file detected`,
  );
  row(
    `relearn, nothing changed (median of ${runs})`,
    `${report.relearnNothingChanged.medianMs} ms`,
  );
}
