export {
  ERROR_CODES,
  isDriftErrorCode,
  type CodesOf,
  type DriftErrorCode,
  type ErrorCodeInfo,
  type ErrorSubsystem,
} from './errors/codes.js';
export {
  CallGraphError,
  ConfigError,
  createDriftError,
  DetectionError,
  DriftError,
  hasErrorCode,
  LicenseError,
  parseDriftError,
  ParseError,
  PipelineError,
  ScanError,
  StorageError,
  type DriftErrorOptions,
} from './errors/drift-error.js';
export { ErrorCollector, type NonFatalError } from './errors/error-collector.js';

export type {
  AnalysisConfig,
  BackupConfig,
  ConfigKey,
  ConfigSection,
  ConfigValue,
  DriftConfig,
  GateConfig,
  LicenseConfig,
  McpConfig,
  ScanConfig,
  TelemetryConfig,
} from './config/types.js';
export {
  ALL_CONFIG_KEYS,
  CONFIG_KEYS,
  CONFIG_SECTIONS,
  defaultOf,
  envVarOf,
  isConfigKey,
  type KeySpec,
} from './config/keys.js';
export {
  CLI_SOURCE,
  CONFIG_FILE_NAME,
  DEFAULT_SOURCE,
  getConfigValue,
  loadConfig,
  userConfigPath,
  type LoadConfigOptions,
  type ResolvedConfig,
} from './config/load.js';
export { expectationOf, parseValueText } from './config/validate.js';
export { assertConfigKey, setConfigValueInToml } from './config/edit.js';
export {
  assertTemplateName,
  CONFIG_TEMPLATES,
  renderConfigTemplate,
  type ConfigTemplate,
  type ConfigTemplateName,
} from './config/template.js';

export {
  MODULE_NODE_NAME,
  RESOLUTION_CONFIDENCE,
  RESOLUTION_KINDS,
  type CallGraph,
  type CallGraphEdge,
  type CallGraphNode,
  type CallGraphUpdate,
  type EntryPointKind,
  type ResolutionKind,
} from './domain/call-graph.js';
export {
  CODE_LANGUAGES,
  DATA_LANGUAGES,
  isCodeLanguage,
  type CodeLanguage,
  type DataLanguage,
  type Language,
} from './domain/language.js';
export {
  SKIP_REASONS,
  type LanguageParsing,
  type ParsingStats,
  type ScanMetrics,
  type ScanPhase,
  type ScanProgress,
  type ScanStatus,
  type ScanSummary,
  type SkipReason,
} from './domain/scan.js';
export type {
  DetectionStats,
  PatternDetail,
  PatternExample,
  PatternFilter,
  PatternsSummary,
  ViolationFilter,
} from './domain/detection.js';
export {
  CONFIDENCE_LEVELS,
  PATTERN_CATEGORIES,
  SEVERITIES,
  confidenceLevel,
  type ConfidenceLevel,
  type DetectorMode,
  type GateResult,
  type Observation,
  type ObservationContext,
  type Pattern,
  type PatternCategory,
  type PatternStatus,
  type Regression,
  type Severity,
  type SourceLocation,
  type Suppression,
  type Violation,
} from './domain/pattern.js';

export type {
  CallFact,
  ClassFact,
  ClassKind,
  DecoratorFact,
  ExportFact,
  ExportKind,
  FileFacts,
  FunctionFact,
  FunctionKind,
  ImportedName,
  ImportFact,
  ImportKind,
  ParameterFact,
  PropertyFact,
  ReferenceFact,
  SourceRange,
  StringFact,
  StringKind,
  VariableTypeFact,
  Visibility,
} from './domain/facts.js';
export { MAX_REFERENCES_PER_FILE } from './domain/facts.js';

export type { DriftEventArgs, DriftEventHandler, DriftEventName } from './events/event-handler.js';
export { EventDispatcher } from './events/event-dispatcher.js';

export {
  DEFAULT_LOG_LEVEL,
  LOG_LEVELS,
  parseLogLevels,
  type LogLevel,
  type LogLevels,
} from './logging/log-levels.js';
export {
  configureLogging,
  getLogger,
  startSpan,
  type Logger,
  type LoggingOptions,
  type Span,
} from './logging/logger.js';

export { CancellationToken, isCancelledFlag } from './cancellation/cancellation-token.js';
export { decodeCursor, encodeCursor, type Cursor } from './pagination/cursor.js';
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  pageSize,
  type PaginatedResult,
  type PaginationOptions,
} from './pagination/pagination.js';
export { PathInterner } from './interning/path-interner.js';
