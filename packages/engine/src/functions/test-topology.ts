import {
  coverageOf,
  minimumTestSet,
  mockUsageRatio,
  testFrameworkOf,
  uncoveredFunctions,
  type FileCoverage,
  type FunctionCoverage,
  type MinimumTestSet,
  type MockUsageSummary,
  type TestFramework,
  type UncoveredFunction,
} from '@drift/analysis';
import { DriftError } from '@drift/core';
import { readProjectFacts } from '@drift/storage';
import { asyncBoundary, boundary } from '../runtime/boundary.js';
import { getRuntime } from '../runtime/runtime-registry.js';
import { callGraphIndexOf } from './call-graph.js';

/** `analyzeTestTopology`'s summary (spec 004 §10.8 `TestTopologySummary`). */
export interface TestTopologySummary {
  /** Test nodes: test functions, test files' module-level code, test hooks. */
  readonly tests: number;
  /** Test files (files with a `test` entry point) per framework, frameworks sorted by name. */
  readonly frameworks: Readonly<Partial<Record<TestFramework, number>>>;
  readonly mocks: MockUsageSummary;
  /** Source functions, and those some test reaches (structural coverage). */
  readonly functions: number;
  readonly coveredFunctions: number;
  /** `coveredFunctions / functions`, 0–1. */
  readonly coverage: number;
}

/** Coverage of one file: the file's ratio and each of its source functions. */
export interface FileTestCoverage {
  readonly file: FileCoverage;
  readonly functions: readonly FunctionCoverage[];
}

/**
 * The test topology of the project (spec 004 §10.8 `analyze_test_topology`): test frameworks
 * and mock usage from the stored facts, structural coverage from the call graph.
 *
 * @throws DriftError `NOT_FOUND` (no call graph yet).
 */
export async function analyzeTestTopology(): Promise<TestTopologySummary> {
  return asyncBoundary(() => {
    const runtime = getRuntime();
    const index = callGraphIndexOf(runtime);
    const testFiles = new Set(
      index.nodes.filter((node) => node.entryPoint === 'test').map((node) => node.file),
    );
    const files = [...readProjectFacts(runtime.db.reader())]
      .filter(([path]) => testFiles.has(path))
      .map(([path, facts]) => ({ path, facts }));
    const frameworks: Partial<Record<TestFramework, number>> = {};
    for (const file of files) {
      const framework = testFrameworkOf(file);
      if (framework !== null) frameworks[framework] = (frameworks[framework] ?? 0) + 1;
    }
    const coverage = coverageOf(index);
    const covered = coverage.functions.filter((f) => f.testCount > 0).length;
    return Promise.resolve({
      tests: coverage.testCount,
      frameworks: Object.fromEntries(
        Object.entries(frameworks).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      ),
      mocks: mockUsageRatio(files),
      functions: coverage.functions.length,
      coveredFunctions: covered,
      coverage: coverage.functions.length === 0 ? 0 : covered / coverage.functions.length,
    });
  });
}

/**
 * Structural test coverage per file, or of one file's functions (spec 004 §10.8
 * `query_test_coverage`).
 *
 * @param file root-relative path; omitted: every file with source functions.
 * @throws DriftError `NOT_FOUND` (no call graph, or no source function in `file`).
 */
export function queryTestCoverage(file?: string): FileCoverage[] | FileTestCoverage {
  return boundary(() => {
    const coverage = coverageOf(callGraphIndexOf(getRuntime()));
    if (file === undefined) return [...coverage.files];
    const entry = coverage.files.find((f) => f.file === file);
    if (entry === undefined)
      throw new DriftError('NOT_FOUND', `no source functions of ${file} in the call graph`);
    return { file: entry, functions: coverage.functions.filter((f) => f.file === file) };
  });
}

/**
 * The tests to run for a change (spec 004 §10.8 `query_minimum_test_set`): every test that
 * reaches a function of a changed file, with the reason.
 *
 * @param changedFiles root-relative paths.
 * @throws DriftError `NOT_FOUND` (no call graph yet).
 */
export function queryMinimumTestSet(changedFiles: readonly string[]): MinimumTestSet {
  return boundary(() => minimumTestSet(callGraphIndexOf(getRuntime()), changedFiles));
}

/**
 * Source functions no test reaches, riskiest first (spec 004 §10.8 `query_uncovered_functions`).
 *
 * @param limit at most this many (default 50).
 * @throws DriftError `NOT_FOUND` (no call graph yet).
 */
export function queryUncoveredFunctions(limit = 50): UncoveredFunction[] {
  return boundary(() => uncoveredFunctions(callGraphIndexOf(getRuntime())).slice(0, limit));
}
