/**
 * Recognition of error classes from the facts, shared by the error-class detectors: which
 * classes are errors, what they extend, and whether that base is a built-in, the codebase's own
 * or a library's.
 */
import type { ClassFact, CodeLanguage, FileFacts, ImportFact } from '@drift/core';
import type { DetectionFile } from '../detector.js';

/** A class name that says "error": `Error`, `Exception`, `…Error`, `…Exception`, `Throwable`. */
const ERROR_NAME = /(?:Error|Exception)$|^(?:Throwable|StandardError|BaseException)$/;

/** The catch-all error classes of each language: extending them is extending "an error". */
const CATCH_ALL: Partial<Record<CodeLanguage, ReadonlySet<string>>> = {
  typescript: new Set(['Error']),
  javascript: new Set(['Error']),
  python: new Set(['Exception', 'BaseException']),
  java: new Set(['Exception', 'RuntimeException', 'Throwable', 'Error']),
  kotlin: new Set(['Exception', 'RuntimeException', 'Throwable', 'Error']),
  csharp: new Set(['Exception', 'ApplicationException', 'SystemException']),
  php: new Set(['Exception', 'RuntimeException', 'LogicException', 'Error']),
  ruby: new Set(['StandardError', 'RuntimeError', 'Exception']),
};

/**
 * Specific built-in errors (argument, state, I/O, lookup): extending one is a deliberate choice
 * of meaning (`class ConfigError(ValueError)`), so such classes count for no hierarchy.
 */
const SPECIFIC_BUILT_INS = new Set([
  // JavaScript
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'EvalError',
  'URIError',
  'AggregateError',
  'DOMException',
  // Python
  'ValueError',
  'KeyError',
  'IndexError',
  'AttributeError',
  'LookupError',
  'OSError',
  'IOError',
  'FileNotFoundError',
  'PermissionError',
  'TimeoutError',
  'ConnectionError',
  'NotImplementedError',
  'AssertionError',
  'ImportError',
  'UnicodeError',
  'ArithmeticError',
  // Java, Kotlin, C#
  'IllegalArgumentException',
  'IllegalStateException',
  'UnsupportedOperationException',
  'NoSuchElementException',
  'IndexOutOfBoundsException',
  'IOException',
  'UncheckedIOException',
  'FileNotFoundException',
  'InterruptedException',
  'TimeoutException',
  'SecurityException',
  'ArgumentException',
  'ArgumentNullException',
  'ArgumentOutOfRangeException',
  'InvalidOperationException',
  'NotSupportedException',
  'NotImplementedException',
  'KeyNotFoundException',
  'FormatException',
  'UnauthorizedAccessException',
  'HttpRequestException',
  // PHP
  'InvalidArgumentException',
  'DomainException',
  'LengthException',
  'OutOfRangeException',
  'OutOfBoundsException',
  'RangeException',
  'OverflowException',
  'UnderflowException',
  'UnexpectedValueException',
  'BadFunctionCallException',
  'BadMethodCallException',
  'ErrorException',
  'JsonException',
  'PDOException',
  'TypeError',
  'ValueError',
  // Ruby
  'ArgumentError',
  'NameError',
  'NoMethodError',
  'NotImplementedError',
  'IOError',
  'KeyError',
  'ScriptError',
  'SecurityError',
]);

/** What an error class's direct base is. */
export type BaseKind =
  | 'catch-all'
  | 'specific-built-in'
  | 'project'
  /** A class of the same file that itself extends another of the codebase's classes. */
  | 'project-refinement'
  | 'library'
  | 'unknown';

/** An error class of a file and what it extends. */
export interface ErrorClass {
  readonly fact: ClassFact;
  /** The base as written, simplified: no type arguments, call parentheses or leading `\`/`::`. */
  readonly base: string;
  /** The base's last segment: `Base` for `errors.Base`. */
  readonly baseName: string;
  readonly baseKind: BaseKind;
}

/** `errors.Base<T>` → `errors.Base`; `Exception()` → `Exception`; `\RuntimeException` → `RuntimeException`. */
export function simplifyTypeName(written: string): string {
  return written
    .replace(/<[\s\S]*$/, '')
    .replace(/\([\s\S]*$/, '')
    .replace(/^(?:\\|::)/, '')
    .trim();
}

/** The last segment of a qualified name (`.`, `::` or `\` separated). */
export function lastSegment(name: string): string {
  return name.slice(
    Math.max(name.lastIndexOf('.'), name.lastIndexOf(':'), name.lastIndexOf('\\')) + 1,
  );
}

function firstSegment(name: string): string {
  const match = /^[^.:\\]+/.exec(name);
  return match === null ? name : match[0];
}

/** The import that binds `binding` in the file, if any. */
function importBinding(facts: FileFacts, binding: string): ImportFact | undefined {
  return facts.imports.find(
    (entry) =>
      entry.defaultName === binding ||
      entry.namespaceName === binding ||
      entry.names.some((name) => (name.alias ?? name.name) === binding) ||
      ((entry.kind === 'use' || entry.kind === 'import') &&
        entry.names.length === 0 &&
        entry.defaultName === null &&
        lastSegment(entry.module) === binding),
  );
}

/** Folders that hold a project's top-level package rather than being it. */
const CONTAINER_DIRS = new Set([
  'src',
  'lib',
  'libs',
  'backend',
  'server',
  'python',
  'packages',
  'apps',
]);

/** The top-level Python package of a path: `saleor` for `saleor/graphql/views.py`. */
function topLevelPackage(path: string): string | undefined {
  return path
    .split('/')
    .slice(0, -1)
    .find((directory) => !CONTAINER_DIRS.has(directory));
}

/** The leading segments of a package name that a project's own modules share. */
function ownPrefix(packageName: string): string {
  const segments = packageName.split(/[.\\]/);
  const keep = segments.length >= 4 ? 3 : Math.min(segments.length, 2);
  return segments.slice(0, keep).join('.');
}

/** True when a module of an import (or its full name) belongs to the project of `file`. */
function isProjectModule(file: DetectionFile, module: string): boolean {
  switch (file.language) {
    case 'typescript':
    case 'javascript':
      return /^(?:\.{1,2}\/|@\/|~\/|#|src\/)/.test(module);
    case 'python':
      return module.startsWith('.') || topLevelPackage(file.path) === firstSegment(module);
    case 'java':
    case 'kotlin':
    case 'php': {
      const own = file.facts.package;
      if (own === null) return false;
      const normalized = module.replace(/\\/g, '.');
      return normalized === ownPrefix(own) || normalized.startsWith(`${ownPrefix(own)}.`);
    }
    default:
      return false;
  }
}

function hasWildcardImport(facts: FileFacts): boolean {
  return facts.imports.some((entry) => entry.names.some((name) => name.name === '*'));
}

/** Where the base named `base` comes from, for a class of `file`. */
function baseKindOf(file: DetectionFile, fact: ClassFact, base: string): BaseKind {
  const name = lastSegment(base);
  const local = file.facts.classes.find((other) => other !== fact && other.name === name);
  if (base === name && local !== undefined) {
    const grandparent = local.extends[0];
    const parentKind =
      grandparent === undefined
        ? 'unknown'
        : baseKindOf(file, local, simplifyTypeName(grandparent));
    return parentKind === 'project' || parentKind === 'project-refinement'
      ? 'project-refinement'
      : 'project';
  }
  const binding = firstSegment(base);
  const imported = importBinding(file.facts, binding);
  if (imported !== undefined) {
    if (isProjectModule(file, imported.module)) return 'project';
    // `use Exception;` in PHP, `import java.lang.RuntimeException`: a built-in, imported.
    const original =
      imported.names.find((entry) => (entry.alias ?? entry.name) === binding)?.name ?? name;
    if (imported.module === '' || imported.module === 'java.lang')
      return builtInKind(file.language, original) ?? 'library';
    return 'library';
  }
  const builtIn = builtInKind(file.language, name);
  if (builtIn !== null && (base === name || /^(?:System|java\.lang|kotlin)\./.test(base)))
    return builtIn;
  return unimportedKind(file, base);
}

function builtInKind(language: CodeLanguage, name: string): BaseKind | null {
  if (CATCH_ALL[language]?.has(name) === true) return 'catch-all';
  return SPECIFIC_BUILT_INS.has(name) ? 'specific-built-in' : null;
}

/** A base neither defined in the file, imported nor built in. */
function unimportedKind(file: DetectionFile, base: string): BaseKind {
  switch (file.language) {
    case 'java':
    case 'kotlin':
      // Same package, unless a wildcard import could have brought it.
      return hasWildcardImport(file.facts) ? 'unknown' : 'project';
    case 'php':
      // Unqualified names resolve in the file's own namespace.
      return /\\/.test(base) ? 'unknown' : 'project';
    case 'ruby':
      // Constants resolve lexically: an unqualified one is the project's, a qualified one a gem's.
      return base.includes('::') ? 'unknown' : 'project';
    default:
      return 'unknown';
  }
}

/**
 * The error classes of a file: classes whose base is named like an error (`Error`,
 * `…Exception`, `StandardError`), following bases defined in the same file (so that
 * `class ProductError(Error)` is no error class when that `Error` is a GraphQL type).
 */
export function errorClasses(file: DetectionFile): ErrorClass[] {
  const classes = file.facts.classes.filter((fact) => fact.kind === 'class');
  const byName = new Map(classes.map((fact) => [fact.name, fact]));
  const verdicts = new Map<string, boolean>();
  const isErrorBase = (base: string, fact: ClassFact, depth: number): boolean => {
    const name = lastSegment(base);
    const defined = byName.get(name);
    if (defined !== undefined && defined !== fact) return depth < 8 && isError(defined, depth + 1);
    // A Python `Error` from another module is as often a schema type (graphene) as an exception.
    if (file.language === 'python' && name === 'Error') return false;
    return ERROR_NAME.test(name);
  };
  const isError = (fact: ClassFact, depth: number): boolean => {
    const known = verdicts.get(fact.name);
    if (known !== undefined) return known;
    let verdict = false;
    for (const written of fact.extends) {
      verdict = isErrorBase(simplifyTypeName(written), fact, depth);
      if (verdict) break;
    }
    verdicts.set(fact.name, verdict);
    return verdict;
  };
  const found: ErrorClass[] = [];
  for (const fact of classes) {
    if (!isError(fact, 0)) continue;
    const written = fact.extends.find((entry) => isErrorBase(simplifyTypeName(entry), fact, 0));
    if (written === undefined) continue;
    const base = simplifyTypeName(written);
    found.push({
      fact,
      base,
      baseName: lastSegment(base),
      baseKind: baseKindOf(file, fact, base),
    });
  }
  return found;
}
