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
  type LanguageFactCounts,
} from './queries/facts.js';
