import type { CodeLanguage, ImportFact } from '@drift/core';
import { defineDetector, type DetectionFile } from '../../detector.js';
import { isForeignCode } from '../../shared/errors-foreign-code.js';

/** A logging library and the modules that bring it in. */
interface Library {
  readonly name: string;
  /** Exact module names. */
  readonly modules: readonly string[];
  /** Module prefixes, each followed by a separator (`.`, `/`, `\`, `::`). */
  readonly prefixes?: readonly string[];
  /** When set, only imports of these names count (`Logger` of `Monolog`). */
  readonly names?: readonly string[];
}

const JAVASCRIPT: readonly Library[] = [
  { name: 'pino', modules: ['pino', 'pino-http', 'nestjs-pino'] },
  { name: 'winston', modules: ['winston', 'nest-winston', 'express-winston'] },
  { name: 'bunyan', modules: ['bunyan'] },
  { name: 'loglevel', modules: ['loglevel'] },
  { name: 'log4js', modules: ['log4js'] },
  // `debug` the package only: `./debug` and `node:util`'s debuglog are other things.
  { name: 'debug', modules: ['debug'] },
  { name: 'consola', modules: ['consola'] },
  { name: 'tslog', modules: ['tslog'] },
];

const JVM: readonly Library[] = [
  { name: 'slf4j', modules: ['org.slf4j', 'lombok.extern.slf4j'] },
  {
    name: 'log4j',
    modules: ['org.apache.log4j', 'org.apache.logging.log4j', 'lombok.extern.log4j'],
  },
  { name: 'java.util.logging', modules: ['java.util.logging', 'lombok.extern.java'] },
  {
    name: 'commons-logging',
    modules: ['org.apache.commons.logging', 'lombok.extern.apachecommons'],
  },
];

/**
 * The logging API modules only: `logging.handlers`, `zapcore`, `org.slf4j.bridge` or
 * `Monolog\Handler` configure a library rather than choose it.
 */
const LIBRARIES: Partial<Record<CodeLanguage, readonly Library[]>> = {
  typescript: JAVASCRIPT,
  javascript: JAVASCRIPT,
  python: [
    { name: 'logging', modules: ['logging'] },
    { name: 'loguru', modules: ['loguru'] },
    { name: 'structlog', modules: ['structlog'] },
  ],
  go: [
    { name: 'log', modules: ['log'] },
    { name: 'slog', modules: ['log/slog', 'golang.org/x/exp/slog'] },
    { name: 'zap', modules: ['go.uber.org/zap'] },
    { name: 'logrus', modules: ['github.com/sirupsen/logrus', 'github.com/Sirupsen/logrus'] },
    { name: 'zerolog', modules: ['github.com/rs/zerolog', 'github.com/rs/zerolog/log'] },
  ],
  java: JVM,
  kotlin: [...JVM, { name: 'kotlin-logging', modules: ['mu', 'io.github.oshai.kotlinlogging'] }],
  csharp: [
    { name: 'Microsoft.Extensions.Logging', modules: ['Microsoft.Extensions.Logging'] },
    { name: 'Serilog', modules: ['Serilog'] },
    { name: 'NLog', modules: ['NLog'] },
    { name: 'log4net', modules: ['log4net'] },
  ],
  rust: [
    { name: 'log', modules: ['log'], prefixes: ['log'] },
    { name: 'tracing', modules: ['tracing'], prefixes: ['tracing'] },
  ],
  php: [
    // `Monolog\Logger` is the logger; `Monolog\Level`, `Monolog\LogRecord` serve handlers.
    { name: 'Monolog', modules: ['Monolog'], names: ['Logger'] },
    { name: 'PSR-3', modules: ['Psr\\Log'] },
  ],
};

/** The logging library an import brings in, for a file of `language`. */
function libraryOf(language: CodeLanguage, entry: ImportFact): string | null {
  const module = entry.module;
  for (const library of LIBRARIES[language] ?? []) {
    const names = library.names;
    if (names !== undefined && !entry.names.some((name) => names.includes(name.name))) continue;
    if (library.modules.includes(module)) return library.name;
    const prefixed = (library.prefixes ?? []).some((prefix) =>
      [`${prefix}.`, `${prefix}/`, `${prefix}\\`, `${prefix}::`].some((start) =>
        module.startsWith(start),
      ),
    );
    if (prefixed) return library.name;
  }
  return null;
}

/** Go's `log` is also imported for the `*log.Logger` type of adapters: only printing counts. */
function printsWithGoLog(file: DetectionFile): boolean {
  return file.facts.calls.some(
    (call) => call.receiver === 'log' && /^(?:Print|Fatal|Panic)(?:f|ln)?$/.test(call.callee),
  );
}

/** Rust macros of the `log` and `tracing` crates, called by path without a `use` (`log::debug!`). */
const RUST_LOG_MACRO = /^(?:trace|debug|info|warn|error|event|span)!$/;

/** Where a file brings in each logging library: its imports, and Rust's `log::info!` paths. */
function librariesUsed(
  file: DetectionFile,
): Map<string, { line: number; column: number; module: string }> {
  const found = new Map<string, { line: number; column: number; module: string }>();
  for (const entry of file.facts.imports) {
    const library = libraryOf(file.language, entry);
    if (library === 'log' && file.language === 'go' && !printsWithGoLog(file)) continue;
    if (library !== null && !found.has(library))
      found.set(library, { line: entry.line, column: entry.column, module: entry.module });
  }
  if (file.language !== 'rust') return found;
  for (const call of file.facts.calls) {
    const crate = call.receiver;
    if (
      (crate === 'log' || crate === 'tracing') &&
      RUST_LOG_MACRO.test(call.callee) &&
      !found.has(crate)
    )
      found.set(crate, { line: call.line, column: call.column, module: crate });
  }
  return found;
}

/**
 * Which logging library a file imports: pino, winston, bunyan, loglevel, log4js, debug, consola
 * or tslog (TypeScript/JavaScript); the standard `logging`, loguru or structlog (Python); the
 * standard `log`, `log/slog`, zap, logrus or zerolog (Go); SLF4J, Log4j, java.util.logging,
 * Commons Logging or kotlin-logging (Java/Kotlin, Lombok's `@Slf4j`-style annotations
 * included); Microsoft.Extensions.Logging, Serilog, NLog or log4net (C#); `log` or `tracing`
 * (Rust, also called by path: `log::debug!`); Monolog or PSR-3 (PHP). One observation per file; files importing no logging library
 * or more than one (bridges and adapters) are not observed, nor is Go's `log` imported for its
 * `*log.Logger` type only. Severity warning: a second logging library splits
 * configuration, levels and output formats.
 */
export const loggingLibrary = defineDetector({
  id: 'logging/logging-library',
  category: 'logging',
  name: 'Logging library',
  description:
    'The codebase logs through one logging library; a second one splits configuration, levels and output formats.',
  severity: 'warning',
  mode: 'learned',
  languages: [
    'typescript',
    'javascript',
    'python',
    'go',
    'java',
    'kotlin',
    'csharp',
    'rust',
    'php',
  ],
  noun: 'files importing a logging library',
  variants: Object.fromEntries(
    [...new Set(Object.values(LIBRARIES).flatMap((libraries) => libraries.map((l) => l.name)))].map(
      (name) => [name, `use ${name}`],
    ),
  ),
  describe: (observation) =>
    `imports \`${String(observation.context?.module ?? observation.variant)}\` (${observation.variant})`,
  facts(file, report) {
    if (isForeignCode(file)) return;
    const used = librariesUsed(file);
    // A file with two libraries bridges or configures them (an InterceptHandler routing
    // `logging` into loguru, a PSR-3 adapter over Monolog): it shows no choice.
    if (used.size > 1) return;
    for (const [library, { line, column, module }] of used) {
      report({
        variant: library,
        line,
        column,
        snippet: file.lineText(line).slice(column - 1),
        context: { module },
      });
    }
  },
});
