export { DatabaseManager, type DatabaseOptions } from './database-manager.js';
export { isSqliteError, mapSqliteError, withStorageErrors } from './sqlite-errors.js';
export {
  loadMigrations,
  migrate,
  MIGRATIONS_DIR,
  schemaVersion,
  type Migration,
  type MigrationResult,
} from './schema/migrator.js';
export {
  backupsDir,
  createBackup,
  hasDailyBackupOn,
  listBackups,
  pruneBackups,
  replaceDatabaseFile,
  verifyBackup,
  type BackupInfo,
  type BackupKind,
  type BackupVerification,
} from './backup/backups.js';
export {
  countFiles,
  countFilesByLanguage,
  FileWriter,
  getFile,
  loadFileStates,
  storedFilePaths,
  queryFilesPage,
  type FileEntry,
  type FileRecord,
  type FileWrite,
  type StoredFileState,
  type StoredSkipReason,
} from './queries/files.js';
export {
  finishScan,
  lastScan,
  markInterruptedScans,
  SCAN_HISTORY_KEPT,
  startScan,
  type ScanOutcome,
  type ScanRecord,
  type ScanRecordStatus,
} from './queries/scan-history.js';
export { insertScanErrors, scanErrors } from './queries/scan-errors.js';
export { queryChangedFiles, type FileChange, type FileChangeKind } from './queries/file-changes.js';
export { getMeta, setMeta } from './queries/meta.js';
export { storageStats, type StorageStats } from './queries/storage-stats.js';
export { acquireWorkspaceLock, type WorkspaceLock } from './workspace-lock.js';
export {
  countFactsByLanguage,
  FACT_TABLES,
  FactWriter,
  readFileFacts,
  readProjectFacts,
  type LanguageFactCounts,
} from './queries/facts.js';
export {
  CallGraphWriter,
  callGraphCounts,
  callGraphFileStates,
  callGraphNode,
  callGraphNodesNamed,
  parsedFileStates,
  queryCallees,
  queryCallers,
  queryEntryPoints,
  readCallGraph,
  registeredEntryPoints,
  type CallGraphCounts,
  type CallGraphFileState,
  type CallGraphNeighbour,
  type CallTallies,
  type ParsedFileState,
  type RegisteredEntryPoint,
} from './queries/call-graph.js';
export {
  countObservations,
  iterateObservations,
  loadSuppressions,
  markSuppressionsUsed,
  observationExamples,
  ObservationWriter,
  queryObservationsPage,
  type ObservationExample,
  type StoredObservation,
  type StoredSuppression,
  type StoredVariantCount,
} from './queries/observations.js';
export {
  findPatternIds,
  getDecision,
  getPatternRow,
  loadDecisions,
  loadPatternHistory,
  queryPatternRows,
  replacePatterns,
  saveDecision,
  type PatternDecisionRow,
  type PatternHistory,
  type PatternListRow,
  type PatternRow,
  type PatternRowFilter,
} from './queries/patterns.js';
export {
  countViolationsByDetector,
  countViolationsBySeverity,
  getViolationRow,
  loadViolations,
  queryViolationRows,
  replaceViolations,
  type ViolationRow,
  type ViolationRowFilter,
} from './queries/violations.js';
export {
  dismissalTimesByDetector,
  dismissedFingerprints,
  saveDismissal,
  type DismissalRow,
} from './queries/dismissals.js';
export {
  loadDetectorStates,
  saveDetectorState,
  type DetectorStateRow,
} from './queries/detector-states.js';
