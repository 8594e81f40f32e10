import type {
  CallGraphCycle,
  CallPath,
  CouplingReport,
  DeadCodeReport,
  FileCoverage,
  ImpactAnalysis,
  MinimumTestSet,
  ReachabilityAnalysis,
  ReachingTo,
  TraversalOptions,
  UncoveredFunction,
} from '@drift/analysis';
import type {
  CallGraph,
  CallGraphNode,
  CodeLanguage,
  EntryPointKind,
  DriftEventHandler,
  FileFacts,
  PaginatedResult,
  PaginationOptions,
  Pattern,
  PatternDetail,
  PatternExample,
  PatternFilter,
  PatternsSummary,
  ResolvedConfig,
  ScanProgress,
  ScanSummary,
  Violation,
  ViolationFilter,
} from '@drift/core';
import type {
  BackupInfo,
  CallGraphCounts,
  CallGraphNeighbour,
  FileChange,
  FileEntry,
  MigrationResult,
  StorageStats,
} from '@drift/storage';
import {
  approvePatterns,
  detectPatterns,
  dismissViolation,
  enableDetector,
  ignorePattern,
  mergePatterns,
  queryDetectors,
  queryPatternDetail,
  queryPatternLocations,
  queryPatterns,
  queryUnusedSuppressions,
  queryViolations,
  type DetectorInfo,
  type UnusedSuppression,
} from '../functions/detection.js';
import {
  analyzeCoupling,
  analyzeImpact,
  analyzeInverseReachability,
  analyzeReachability,
  buildCallGraph,
  exportCallGraph,
  findDeadCode,
  findPath,
  queryCallees,
  queryCallers,
  queryCallGraph,
  queryCallGraphCycles,
  queryCallGraphStats,
  queryEntryPoints,
  resolveFunction,
  type CallGraphStats,
  type CallGraphSubset,
  type ImpactTarget,
} from '../functions/call-graph.js';
import { queryFileFacts, queryFiles, type FileFactsRecord } from '../functions/facts.js';
import {
  analyzeTestTopology,
  queryMinimumTestSet,
  queryTestCoverage,
  queryUncoveredFunctions,
  type FileTestCoverage,
  type TestTopologySummary,
} from '../functions/test-topology.js';
import { loadParsers, parseFile, parseFileCached, queryParseStats } from '../functions/parser.js';
import type { ParseStats } from '../runtime/parse-cache.js';
import { driftConfigure, driftInitialize, driftShutdown } from '../functions/lifecycle.js';
import {
  cancelScan,
  nativeScan,
  nativeScanWithProgress,
  queryChangedFiles,
  type ScanOptions,
} from '../functions/scanner.js';
import {
  backupDatabase,
  queryStatus,
  queryStorageStats,
  type BackupResult,
  type DriftStatus,
} from '../functions/utility.js';
import type { RuntimeOptions } from '../runtime/drift-runtime.js';
import { getRuntime } from '../runtime/runtime-registry.js';
import { doctorWorkspace, type DoctorReport } from '../workspace/doctor.js';
import { initWorkspace, type InitOptions, type InitResult } from '../workspace/init-workspace.js';
import {
  cleanWorkspace,
  listWorkspaceBackups,
  migrateWorkspace,
  restoreWorkspaceBackup,
  type CleanResult,
  type RestoreResult,
} from '../workspace/maintenance.js';
import { findProjectRoot } from '../workspace/workspace-paths.js';

/**
 * The typed door to Drift for every surface (CLI, MCP, CI, LSP): instance methods call the
 * runtime's functions (spec 004 §14 `DriftClient`); static methods manage a project's
 * workspace without a runtime (init, doctor, restore, migrate, clean), so they work even when
 * drift.db cannot be opened. Every method throws only `DriftError`s.
 */
export class DriftClient {
  private constructor() {}

  /** Initialises the runtime and returns a client for it. See `driftInitialize`. */
  static async initialize(options: RuntimeOptions = {}): Promise<DriftClient> {
    await driftInitialize(options);
    return new DriftClient();
  }

  /** See `driftShutdown`. */
  async shutdown(): Promise<void> {
    await driftShutdown();
  }

  /** See `driftConfigure`. */
  configure(configToml?: string): ResolvedConfig {
    return driftConfigure(configToml);
  }

  /** Registers an event handler; returns a function that removes it. */
  on(handler: DriftEventHandler): () => void {
    return getRuntime().events.register(handler);
  }

  /** Scans the project; with `onProgress`, see `nativeScanWithProgress`, else `nativeScan`. */
  async scan(
    options: ScanOptions & { readonly onProgress?: (progress: ScanProgress) => void } = {},
  ): Promise<ScanSummary> {
    const { onProgress, ...scanOptions } = options;
    return onProgress === undefined
      ? nativeScan(undefined, scanOptions)
      : nativeScanWithProgress(undefined, scanOptions, onProgress);
  }

  /** See `cancelScan`. */
  cancelScan(): boolean {
    return cancelScan();
  }

  /** See `queryChangedFiles`. */
  queryChangedFiles(since?: number, page?: PaginationOptions): PaginatedResult<FileChange> {
    return queryChangedFiles(since, page);
  }

  /** See `loadParsers`. */
  async loadParsers(languages?: readonly CodeLanguage[]): Promise<void> {
    await loadParsers(languages);
  }

  /** See `parseFile`. */
  parseFile(path: string, source: string): FileFacts {
    return parseFile(path, source);
  }

  /** See `parseFileCached`. */
  parseFileCached(path: string): FileFacts {
    return parseFileCached(path);
  }

  /** See `queryParseStats`. */
  queryParseStats(): ParseStats {
    return queryParseStats();
  }

  /** See `queryFileFacts`. */
  queryFileFacts(path: string): FileFactsRecord {
    return queryFileFacts(path);
  }

  /** See `queryFiles`. */
  queryFiles(folder?: string, page?: PaginationOptions): PaginatedResult<FileEntry> {
    return queryFiles(folder, page);
  }

  /** See `detectPatterns`. */
  async detectPatterns(): Promise<PatternsSummary> {
    return detectPatterns();
  }

  /** See `queryPatterns`. */
  queryPatterns(filter?: PatternFilter, page?: PaginationOptions): PaginatedResult<Pattern> {
    return queryPatterns(filter, page);
  }

  /** See `queryPatternDetail`. */
  queryPatternDetail(id: string): PatternDetail {
    return queryPatternDetail(id);
  }

  /** See `queryPatternLocations`. */
  queryPatternLocations(
    id: string,
    page?: PaginationOptions,
  ): PaginatedResult<PatternExample & { readonly column: number }> {
    return queryPatternLocations(id, page);
  }

  /** See `queryViolations`. */
  queryViolations(filter?: ViolationFilter, page?: PaginationOptions): PaginatedResult<Violation> {
    return queryViolations(filter, page);
  }

  /** See `queryUnusedSuppressions`. */
  queryUnusedSuppressions(): UnusedSuppression[] {
    return queryUnusedSuppressions();
  }

  /** See `approvePatterns`. */
  approvePatterns(ids: readonly string[], reason?: string): Pattern[] {
    return approvePatterns(ids, reason);
  }

  /** See `ignorePattern`. */
  ignorePattern(id: string, reason: string): Pattern {
    return ignorePattern(id, reason);
  }

  /** See `mergePatterns`. */
  mergePatterns(keepId: string, foldId: string): Pattern {
    return mergePatterns(keepId, foldId);
  }

  /** See `dismissViolation`. */
  dismissViolation(fingerprint: string, reason: string): Violation {
    return dismissViolation(fingerprint, reason);
  }

  /** See `queryDetectors`. */
  queryDetectors(): DetectorInfo[] {
    return queryDetectors();
  }

  /** See `enableDetector`. */
  enableDetector(id: string): DetectorInfo {
    return enableDetector(id);
  }

  /** See `queryStatus`. */
  queryStatus(): DriftStatus {
    return queryStatus();
  }

  /** See `queryStorageStats`. */
  queryStorageStats(): StorageStats {
    return queryStorageStats();
  }

  /** See `backupDatabase`. */
  async backupDatabase(path?: string): Promise<BackupResult> {
    return backupDatabase(path);
  }

  /** See `findProjectRoot`. */
  static findProjectRoot(start: string): string | null {
    return findProjectRoot(start);
  }

  /** See `initWorkspace`. */
  static async initWorkspace(projectRoot: string, options?: InitOptions): Promise<InitResult> {
    return initWorkspace(projectRoot, options);
  }

  /** See `listWorkspaceBackups`. */
  static listBackups(projectRoot: string): BackupInfo[] {
    return listWorkspaceBackups(projectRoot);
  }

  /** See `restoreWorkspaceBackup`. */
  static async restoreBackup(projectRoot: string, file: string): Promise<RestoreResult> {
    return restoreWorkspaceBackup(projectRoot, file);
  }

  /** See `migrateWorkspace`. */
  static async migrate(
    projectRoot: string,
    target?: number,
  ): Promise<MigrationResult & { backup: BackupInfo | null }> {
    return migrateWorkspace(projectRoot, target);
  }

  /** See `cleanWorkspace`. */
  static async clean(
    projectRoot: string,
    options?: { readonly all?: boolean },
  ): Promise<CleanResult> {
    return cleanWorkspace(projectRoot, options);
  }

  /** See `doctorWorkspace`. */
  static async doctor(
    projectRoot: string,
    options?: { readonly restore?: boolean },
  ): Promise<DoctorReport> {
    return doctorWorkspace(projectRoot, options);
  }

  /** See `buildCallGraph`. */
  async buildCallGraph(options?: { full?: boolean }): Promise<CallGraphStats> {
    return buildCallGraph(options);
  }

  /** See `queryCallGraphStats`. */
  queryCallGraphStats(): CallGraphCounts {
    return queryCallGraphStats();
  }

  /** See `resolveFunction`. */
  resolveFunction(ref: string): CallGraphNode {
    return resolveFunction(ref);
  }

  /** See `queryCallers`. */
  queryCallers(ref: string, page?: PaginationOptions): PaginatedResult<CallGraphNeighbour> {
    return queryCallers(ref, page);
  }

  /** See `queryCallees`. */
  queryCallees(ref: string, page?: PaginationOptions): PaginatedResult<CallGraphNeighbour> {
    return queryCallees(ref, page);
  }

  /** See `queryEntryPoints`. */
  queryEntryPoints(
    kinds?: readonly EntryPointKind[],
    page?: PaginationOptions,
  ): PaginatedResult<CallGraphNode> {
    return queryEntryPoints(kinds, page);
  }

  /** See `queryCallGraph`. */
  queryCallGraph(ref: string, depth?: number): CallGraphSubset {
    return queryCallGraph(ref, depth);
  }

  /** See `analyzeReachability`. */
  analyzeReachability(
    source: string,
    target?: string,
    options?: TraversalOptions,
  ): ReachabilityAnalysis {
    return analyzeReachability(source, target, options);
  }

  /** See `analyzeInverseReachability`. */
  analyzeInverseReachability(target: string, options?: TraversalOptions): ReachingTo {
    return analyzeInverseReachability(target, options);
  }

  /** See `findPath`. */
  findPath(source: string, target: string): CallPath | null {
    return findPath(source, target);
  }

  /** See `analyzeImpact`. */
  analyzeImpact(target: ImpactTarget, options?: TraversalOptions): ImpactAnalysis {
    return analyzeImpact(target, options);
  }

  /** See `findDeadCode`. */
  async findDeadCode(): Promise<DeadCodeReport> {
    return findDeadCode();
  }

  /** See `queryCallGraphCycles`. */
  queryCallGraphCycles(): CallGraphCycle[] {
    return queryCallGraphCycles();
  }

  /** See `analyzeCoupling`. */
  async analyzeCoupling(): Promise<CouplingReport> {
    return analyzeCoupling();
  }

  /** See `analyzeTestTopology`. */
  async analyzeTestTopology(): Promise<TestTopologySummary> {
    return analyzeTestTopology();
  }

  /** See `queryTestCoverage`. */
  queryTestCoverage(file?: string): FileCoverage[] | FileTestCoverage {
    return queryTestCoverage(file);
  }

  /** See `queryMinimumTestSet`. */
  queryMinimumTestSet(changedFiles: readonly string[]): MinimumTestSet {
    return queryMinimumTestSet(changedFiles);
  }

  /** See `queryUncoveredFunctions`. */
  queryUncoveredFunctions(limit?: number): UncoveredFunction[] {
    return queryUncoveredFunctions(limit);
  }

  /** See `exportCallGraph`. */
  exportCallGraph(): CallGraph {
    return exportCallGraph();
  }
}
