export { detectLanguage } from './scanner/language.js';
export { hashContent, type HashAlgorithm } from './scanner/hash.js';
export {
  ALWAYS_SKIPPED_DIRS,
  createPathFilter,
  hasAlwaysSkippedSegment,
  type PathFilter,
} from './scanner/ignore-rules.js';
export { listGitFiles } from './scanner/discovery/git-files.js';
export { walkDirectory, type WalkResult } from './scanner/discovery/walk.js';
export { discoverFiles, type Discovery } from './scanner/discovery/discover.js';
export {
  checkFiles,
  type CheckedFile,
  type CheckResult,
  type SkippedEntry,
} from './scanner/file-check.js';
export {
  BINARY_SNIFF_BYTES,
  parseLanguage,
  processBatch,
  type BatchFile,
  type FileBatch,
  type FileBatchResult,
  type FileResult,
  type ReadOptions,
} from './scanner/file-processor.js';
export {
  BATCH_MAX_BYTES,
  BATCH_MAX_FILES,
  BATCHES_PER_WORKER,
  batchByteLimit,
  makeBatches,
  runBounded,
} from './scanner/batches.js';
export { diffFiles, type FileDiff } from './scanner/diff.js';
export {
  scanProject,
  STORED_FACTS_VERSION,
  type ScanProjectOptions,
} from './scanner/scan-project.js';
export {
  COMMIT_EVERY_FILES,
  META_HASH_ALGORITHM,
  ScanWriter,
  type ScanTally,
} from './scanner/scan-writer.js';
export type { LanguageParser, SyntaxTree, SyntaxTreeCallback } from './parsers/language-parser.js';
export {
  hasParser,
  loadedParser,
  loadParsers,
  supportedLanguages,
} from './parsers/parser-registry.js';
export {
  classifyString,
  envFact,
  MAX_STRING_FACT_LENGTH,
  stringFact,
} from './parsers/strings-of-interest.js';
export {
  defineDetector,
  type DetectionFile,
  type Detector,
  type DetectorDefinition,
  type ObservationInput,
  type ObservationView,
  type Report,
  type TreeSitterContext,
  type TreeSitterRule,
  type TreeSitterVisitor,
  type TypeScriptContext,
  type TypeScriptRule,
  type TypeScriptVisitor,
} from './detection/detector.js';
export { DETECTION_VERSION, DETECTORS, detectorById } from './detection/detector-registry.js';
export {
  detectFile,
  type DetectionFailure,
  type DetectionInput,
  type FileDetection,
} from './detection/detect-file.js';
export { classifyFile, FILE_ROLES, type FileRole } from './detection/file-role.js';
export { fingerprintOf, snippetOf, SNIPPET_MAX_LENGTH } from './detection/observations.js';
export { findSuppressions } from './detection/suppressions.js';
export {
  analyzeFiles,
  DEFAULT_LEARNING,
  type InMemoryAnalysis,
} from './detection/analyze-files.js';
export {
  AGE_SATURATION_SCANS,
  patternConfidence,
  SPREAD_SATURATION_FILES,
  wilsonLowerBound,
  type ConfidenceInput,
} from './detection/learning/confidence.js';
export {
  learnPatterns,
  type FileVariantCount,
  type LearnedPattern,
  type LearningSettings,
  type PatternDecision,
} from './detection/learning/learn.js';
export { patternId } from './detection/learning/pattern-id.js';
export { inScope, packageRoots, ScopeResolver } from './detection/learning/scopes.js';
export { patternSummary, scopeLabel, violationMessage } from './detection/learning/messages.js';
export {
  findViolations,
  type LocatedObservation,
  type LocatedSuppression,
  type ScoredPattern,
  type ViolationDraft,
  type ViolationSearch,
} from './detection/learning/violations.js';
export { patternFromRow, violationFromRow } from './detection/learning/domain-objects.js';
export { META_PACKAGE_ROOTS, relearn, type RelearnOptions } from './detection/learning/relearn.js';
export { checkDetectorHealth } from './detection/learning/detector-health.js';
export { buildCallGraph, type CallGraphBuild } from './callgraph/build-call-graph.js';
export { SymbolIndex } from './callgraph/symbol-index.js';
export type { ProjectFacts, ReadProjectFile } from './callgraph/project-input.js';
export {
  resolveImports,
  resolveModule,
  resolveReExports,
  type ResolvedImport,
  type ResolvedReExport,
} from './callgraph/module-resolution.js';
export { ProjectFileReader, storedSymbolIndex } from './callgraph/project-file-reader.js';
export { CallGraphCache, type CachedCallGraphProject } from './callgraph/call-graph-cache.js';
export {
  META_CALL_GRAPH_CONFIG,
  META_CALL_GRAPH_VERSION,
  updateStoredCallGraph,
  type UpdateCallGraphOptions,
} from './callgraph/update-stored-call-graph.js';
export { fileEntryPoints, type FileEntryPoints } from './entry-points/file-entry-points.js';
export { CallGraphIndex } from './reachability/call-graph-index.js';
export type { TraversalOptions } from './reachability/call-graph-traversal.js';
export {
  analyzeReachability,
  reachableFrom,
  reachingTo,
  type ReachabilityAnalysis,
  type ReachableFrom,
  type ReachingTo,
  type TargetReachability,
} from './reachability/reachability.js';
export type { ReachedEntryPoint, ReachedNode } from './reachability/reached-nodes.js';
export { findPath, type CallPath } from './reachability/find-path.js';
export {
  analyzeImpact,
  type ImpactAnalysis,
  type ImpactSelection,
} from './reachability/impact-analysis.js';
export type { ImpactRisk, RiskReason } from './reachability/impact-risk.js';
export { dynamicNamesOf } from './reachability/dynamic-names.js';
export {
  DEAD_CODE_FACTOR_WEIGHTS,
  findDeadCode,
  type DeadCodeFactor,
  type DeadCodeOptions,
  type DeadCodeReport,
  type DeadFunction,
} from './reachability/dead-code.js';
export { callGraphCycles, type CallGraphCycle } from './reachability/call-graph-cycles.js';
export {
  analyzeCoupling,
  DEFAULT_HOTSPOT_LIMIT,
  type CouplingOptions,
  type CouplingReport,
  type FileCoupling,
  type ModuleCoupling,
} from './coupling/analyze-coupling.js';
export type { ModuleDependency, ModuleFile } from './coupling/module-dependency.js';
export { projectDependencies, type ProjectDependencies } from './coupling/project-dependencies.js';
export {
  coverageOf,
  type FileCoverage,
  type FunctionCoverage,
  type TestCoverage,
} from './test-topology/coverage.js';
export {
  minimumTestSet,
  type MinimumTestSet,
  type SelectedTest,
} from './test-topology/minimum-test-set.js';
export {
  uncoveredFunctions,
  uncoveredRisk,
  type UncoveredFunction,
} from './test-topology/uncovered-functions.js';
export {
  mockUsageOf,
  mockUsageRatio,
  type MockUsage,
  type MockUsageSummary,
} from './test-topology/mock-usage.js';
export {
  TEST_FRAMEWORKS,
  testFrameworkOf,
  type TestFramework,
} from './test-topology/test-framework.js';
