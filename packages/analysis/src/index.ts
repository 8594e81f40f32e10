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
export { scanProject, type ScanProjectOptions } from './scanner/scan-project.js';
export {
  COMMIT_EVERY_FILES,
  META_HASH_ALGORITHM,
  ScanWriter,
  type ScanTally,
} from './scanner/scan-writer.js';
export type { LanguageParser } from './parsers/language-parser.js';
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
