#!/usr/bin/env node
// Runs the detection pipeline in memory (no drift.db) over a directory and prints the patterns
// and a random sample of violations: the tool for reviewing detectors on real repositories.
//
//   node scripts/detect-directory.mjs <dir> [--dist packages/analysis/dist] [--detector ID]...
//        [--sample 30] [--seed 1] [--json]
//
// --dist points at a build of @drift/analysis (`tsc -p packages/analysis/tsconfig.build.json
// --outDir DIR` builds a private one). --detector limits the run to some detectors.
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: 'packages/analysis/dist' },
    detector: { type: 'string', multiple: true, default: [] },
    sample: { type: 'string', default: '30' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
  },
});
const [target] = positionals;
if (target === undefined) {
  process.stderr.write(
    'usage: node scripts/detect-directory.mjs <dir> [--dist DIR] [--detector ID]... [--sample N] [--json]\n',
  );
  process.exit(2);
}
const root = resolve(target);
const dist = resolve(values.dist);
const load = (path) => import(pathToFileURL(join(dist, path)).href);
const { analyzeFiles } = await load('detection/analyze-files.js');
const { DETECTORS } = await load('detection/detector-registry.js');
const { discoverFiles } = await load('scanner/discovery/discover.js');
const { createPathFilter } = await load('scanner/ignore-rules.js');

const detectors =
  values.detector.length === 0
    ? DETECTORS
    : DETECTORS.filter((d) => values.detector.includes(d.id));
const { paths } = discoverFiles(root, createPathFilter(root, []));
const files = {};
for (const path of paths) {
  const absolute = join(root, path);
  try {
    if (statSync(absolute).size > 1_048_576) continue;
    files[path] = readFileSync(absolute, 'utf8');
  } catch {
    continue;
  }
}
const started = performance.now();
const result = await analyzeFiles(files, detectors);
const ms = performance.now() - started;

// A seeded shuffle (mulberry32) so that a review sample can be reproduced.
let seed = Number(values.seed) >>> 0;
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const shuffled = [...result.violations];
for (let i = shuffled.length - 1; i > 0; i -= 1) {
  const j = Math.floor(random() * (i + 1));
  [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
}
const sample = shuffled.slice(0, Number(values.sample));

if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ patterns: result.patterns.map(({ members, ...p }) => ({ ...p, members: members.size })), violations: result.violations, sample }, null, 2)}\n`,
  );
} else {
  const lines = [`${Object.keys(files).length} files, ${ms.toFixed(0)} ms`, '', 'patterns:'];
  for (const p of result.patterns) {
    const dist = Object.entries(p.distribution)
      .map(([v, n]) => `${v}=${n}`)
      .join(' ');
    lines.push(
      `  ${p.confidence.toFixed(2)} ${p.detectorId} [${p.scope || '.'}] ${p.variant}  (${dist}; ${p.files} files)`,
    );
  }
  const byDetector = {};
  for (const v of result.violations) byDetector[v.detectorId] = (byDetector[v.detectorId] ?? 0) + 1;
  lines.push('', `violations: ${result.violations.length}`);
  for (const [id, n] of Object.entries(byDetector).sort()) lines.push(`  ${id}: ${n}`);
  lines.push('', `sample of ${sample.length}:`);
  for (const v of sample)
    lines.push(`  ${v.file}:${v.line}  ${v.detectorId}\n      ${v.message}\n      | ${v.snippet}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
