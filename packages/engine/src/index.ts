export { DriftClient } from './client/drift-client.js';
export { driftConfigure, driftInitialize, driftShutdown } from './functions/lifecycle.js';
export {
  cancelScan,
  nativeScan,
  nativeScanWithProgress,
  queryChangedFiles,
  type ScanOptions,
} from './functions/scanner.js';
export { loadParsers, parseFile, parseFileCached, queryParseStats } from './functions/parser.js';
export { queryFileFacts, queryFiles, type FileFactsRecord } from './functions/facts.js';
export {
  analyzeTestTopology,
  queryMinimumTestSet,
  queryTestCoverage,
  queryUncoveredFunctions,
  type FileTestCoverage,
  type TestTopologySummary,
} from './functions/test-topology.js';
export {
  analyzeCoupling,
  analyzeImpact,
  analyzeInverseReachability,
  analyzeReachability,
  buildCallGraph,
  exportCallGraph,
  findDeadCode,
  findPath,
  MAX_SUBGRAPH_DEPTH,
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
} from './functions/call-graph.js';
export {
  approvePatterns,
  detectPatterns,
  dismissViolation,
  enableDetector,
  ignorePattern,
  mergePatterns,
  MIN_PATTERN_ID_PREFIX,
  queryDetectors,
  queryPatternDetail,
  queryPatternLocations,
  queryPatterns,
  queryUnusedSuppressions,
  queryViolations,
  type DetectorInfo,
  type UnusedSuppression,
} from './functions/detection.js';
export { PARSE_CACHE_ENTRIES, type ParseStats } from './runtime/parse-cache.js';
export {
  backupDatabase,
  queryStatus,
  queryStorageStats,
  type BackupResult,
  type DriftStatus,
  type LanguageStatus,
} from './functions/utility.js';
export type { RuntimeOptions } from './runtime/drift-runtime.js';
export { toDriftError } from './runtime/boundary.js';
export { resolveThreads, WorkerPool } from './workers/worker-pool.js';
export type { ScanWorkerTask } from './workers/scan-worker.js';
export { doctorWorkspace, type DoctorCheck, type DoctorReport } from './workspace/doctor.js';
export { initWorkspace, type InitOptions, type InitResult } from './workspace/init-workspace.js';
export {
  cleanWorkspace,
  listWorkspaceBackups,
  migrateWorkspace,
  restoreWorkspaceBackup,
  type CleanResult,
  type RestoreResult,
} from './workspace/maintenance.js';
export {
  DRIFT_DIR_NAME,
  findProjectRoot,
  workspacePaths,
  type WorkspacePaths,
} from './workspace/workspace-paths.js';
export type {
  BackupInfo,
  FileChange,
  MigrationResult,
  ScanRecord,
  StorageStats,
} from '@drift/storage';
