import type { ClassFact, FunctionFact } from '@drift/core';
import type { DetectionFile } from '../../detector.js';
import { defineDetector } from '../../detector.js';
import { followsOtherRules } from '../../shared/documentation-paths.js';
import { baseName } from '../../shared/paths.js';
import { simpleName } from '../../shared/testing-files.js';
import {
  isPublicPythonFunction,
  isPythonStub,
  isReactComponent,
} from '../../shared/types-functions.js';

/** Annotations and decorators of a method that implements an inherited, documented contract. */
const OVERRIDE_DECORATORS = new Set(['Override', 'override']);
/** Python `@overload` signatures: the implementation carries the docstring. */
const OVERLOAD_DECORATOR = /(?:^|\.)overload$/;
/** Accessors by name, documented by the property they expose. */
const ACCESSOR_NAME = /^(?:get|set|is|has)[A-Z_]/;

/** The declaration's text before its name: where modifiers such as `override` and `pub` are written. */
function modifiersOf(file: DetectionFile, fn: FunctionFact): string {
  const text = file.lineText(fn.range.startLine).slice(fn.range.startColumn - 1);
  const at = text.indexOf(fn.name);
  return at < 0 ? text : text.slice(0, at);
}

/** A member that restates an inherited contract: `@Override`, `override`, a Rust trait impl. */
function overrides(file: DetectionFile, fn: FunctionFact): boolean {
  if (fn.decorators.some((d) => OVERRIDE_DECORATORS.has(simpleName(d.name.replace(/^\\/, ''))))) {
    return true;
  }
  const modifiers = modifiersOf(file, fn);
  if (/\boverride\b/.test(modifiers)) return true;
  // Rust: an exported method without `pub` belongs to a trait impl.
  return file.language === 'rust' && !/\bpub\b/.test(modifiers);
}

/**
 * A one-liner (`fun url(): HttpUrl = url`, `public int size() { return n; }`, `def f(x): return
 * x`): its name and body are its documentation.
 */
function isOneLiner(file: DetectionFile, fn: FunctionFact): boolean {
  return fn.bodyLines === 1 && containsWord(file.lineText(fn.range.endLine), fn.name);
}

/** Whether `word` occurs in `text` as a whole identifier. */
function containsWord(text: string, word: string): boolean {
  const identifier = /[\w$]/;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!identifier.test(before) && !identifier.test(after)) return true;
  }
  return false;
}

/**
 * A TypeScript implementation after its overload signatures: TSDoc documents the first
 * signature, and signatures are not function facts. Walks up the lines of the preceding
 * signatures (to a blank line, a closing brace or a comment) looking for one of the same name.
 */
function implementsOverloads(file: DetectionFile, fn: FunctionFact): boolean {
  if (file.language !== 'typescript') return false;
  const signature = new RegExp(
    `^(?:export\\s+)?(?:(?:public|protected|static|async|declare|override)\\s+)*(?:function\\s+)?${fn.name.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')}\\s*[<(]`,
  );
  for (let line = fn.range.startLine - 1; line > 0 && line >= fn.range.startLine - 40; line -= 1) {
    const text = file.lineText(line).trim();
    if (text === '' || text.endsWith('}') || text.endsWith('*/') || text.startsWith('//'))
      return false;
    if (signature.test(text)) return true;
  }
  return false;
}

/** Deprecated members: the deprecation notice replaces their documentation. */
const DEPRECATED = /^(?:Deprecated|deprecated|Obsolete|ObsoleteAttribute)$/;

/** Languages where implementing an interface needs no marker on the method (Java has `@Override`, Kotlin `override`). */
const UNMARKED_IMPLEMENTATIONS = new Set(['typescript', 'javascript', 'csharp', 'php']);

/** Languages where overriding an inherited method needs no marker (`override`, `@Override`). */
const UNMARKED_OVERRIDES = new Set(['typescript', 'javascript', 'python', 'php', 'ruby']);
/** Bases that bring no documented methods to override: `object`, `ABC`, `Generic[T]`, `Exception`, `Error`. */
const CONTRACTLESS_BASES =
  /^(?:object|ABC|Protocol|Generic|NamedTuple|TypedDict|Enum|IntEnum|StrEnum|Exception|BaseException|Error|StandardError)$/;

/**
 * A class whose methods may implement a contract documented elsewhere without saying so: it
 * implements interfaces (TypeScript, C#, PHP), or it or a base declared in the same file
 * extends a base declared in another file, in a language without a mandatory override marker.
 */
function inheritsUnmarked(
  file: DetectionFile,
  cls: ClassFact,
  byName: ReadonlyMap<string, ClassFact>,
): boolean {
  const language = file.language;
  if (UNMARKED_IMPLEMENTATIONS.has(language) && cls.implements.length > 0) return true;
  // C# lists base class and interfaces together; interfaces are named `IThing`.
  if (language === 'csharp') return cls.extends.some((b) => /^I[A-Z]/.test(simpleName(b)));
  if (!UNMARKED_OVERRIDES.has(language)) return false;
  const pending = cls.extends.map(simpleName);
  const seen = new Set<string>();
  for (let base = pending.pop(); base !== undefined; base = pending.pop()) {
    if (seen.has(base) || CONTRACTLESS_BASES.test(base)) continue;
    seen.add(base);
    const local = byName.get(base);
    if (local === undefined) return true;
    pending.push(...local.extends.map(simpleName));
  }
  return false;
}

/** Method names a class inherits from bases declared in the same file (`class TagDict(JSONTag)`). */
function inheritedMethods(cls: ClassFact, byName: ReadonlyMap<string, ClassFact>): Set<string> {
  const names = new Set<string>();
  const pending = cls.extends.map(simpleName);
  const seen = new Set<string>();
  for (let base = pending.pop(); base !== undefined; base = pending.pop()) {
    const declared = byName.get(base);
    if (declared === undefined || seen.has(base)) continue;
    seen.add(base);
    for (const method of declared.methods) names.add(method);
    pending.push(...declared.extends.map(simpleName));
  }
  return names;
}

/**
 * The public classes of a file whose methods are API of their own, each with the names of the
 * methods it inherits from bases in the same file. Classes that may implement contracts
 * documented elsewhere without marking them ({@link inheritsUnmarked}) are left out.
 */
function documentableClasses(file: DetectionFile): ReadonlyMap<string, ReadonlySet<string>> {
  const byName = new Map(file.facts.classes.map((c) => [c.name, c]));
  const classes = new Map<string, ReadonlySet<string>>();
  for (const cls of file.facts.classes) {
    if (!cls.isExported || inheritsUnmarked(file, cls, byName)) continue;
    if (file.language === 'python' && cls.name.startsWith('_')) continue;
    classes.set(cls.qualifiedName, inheritedMethods(cls, byName));
  }
  return classes;
}

function ownerOf(fn: FunctionFact): string {
  return fn.qualifiedName.slice(0, fn.qualifiedName.lastIndexOf('.'));
}

/** Python dunder methods and PHP magic methods (`__invoke`, `__get`): documented by the language. */
function isMagic(file: DetectionFile, name: string): boolean {
  if (file.language === 'php') return name.startsWith('__');
  return name.startsWith('__') && name.endsWith('__');
}

/** A public function or method of the module's API whose documentation convention applies. */
function isDocumentableFunction(
  file: DetectionFile,
  fn: FunctionFact,
  classes: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  if (fn.kind !== 'function' && fn.kind !== 'method') return false;
  if (isOneLiner(file, fn) || overrides(file, fn)) return false;
  if (fn.decorators.some((d) => DEPRECATED.test(simpleName(d.name)))) return false;
  if (fn.decorators.some((d) => OVERLOAD_DECORATOR.test(d.name))) return false;
  if (implementsOverloads(file, fn)) return false;
  const exported = file.language === 'python' ? isPublicPythonFunction(fn) : fn.isExported;
  if (!exported || isMagic(file, fn.name)) return false;
  if (fn.className === null) {
    return fn.kind === 'function' && fn.qualifiedName === fn.name && !isReactComponent(file, fn);
  }
  if (ACCESSOR_NAME.test(fn.name) && fn.bodyLines <= 3) return false;
  const inherited = classes.get(ownerOf(fn));
  return inherited !== undefined && !inherited.has(fn.name);
}

/** Shims, polyfills and stubs mimic an API documented elsewhere. */
const STAND_IN_FILE = /(?:^|[-_.])(?:shims?|polyfills?|stubs?)(?:[-_.]|$)/i;

/** Internal packages (Go `internal/`, Java/Kotlin `….internal`): public to the code, not to users. */
const INTERNAL_PATH = /(?:^|\/)internal(?:\/|$)/;

/**
 * Files whose API is not a module boundary: Go `package main`, internal packages, Python stubs,
 * shims, documentation sources and migrations.
 */
function observesFile(file: DetectionFile): boolean {
  if (followsOtherRules(file) || isPythonStub(file.path)) return false;
  if (INTERNAL_PATH.test(file.path) || /(?:^|\.)internal(?:\.|$)/.test(file.facts.package ?? ''))
    return false;
  if (STAND_IN_FILE.test(baseName(file.path))) return false;
  return !(file.language === 'go' && file.facts.package === 'main');
}

/**
 * Whether the public API carries doc comments: TypeScript/JavaScript exported functions,
 * classes and the public methods of exported classes (JSDoc/TSDoc); Python public module-level
 * functions, classes and public methods (docstrings, PEP 257); Java, Kotlin and C# public types
 * and their public methods (Javadoc, KDoc, XML doc comments); Go exported functions, types and
 * methods of exported types (Go doc comments); Rust `pub` items (`///`); PHP public functions
 * and methods (PHPDoc); Ruby public methods and classes (comments above `def`). Variant
 * `documented` or `undocumented`.
 *
 * Neutral: constructors, getters, setters and accessor-named methods with short bodies
 * (`getName`, documented by the property), members that restate an inherited contract
 * (`@Override`, `override`, `@typing.override`, Rust trait impls), one-liners (their name and
 * body say it all), PHP magic methods, deprecated members (`@Deprecated`, `[Obsolete]`), Python `@overload`
 * signatures and TypeScript implementations of overloads (documented on the signatures), methods of classes that may implement a contract documented elsewhere without
 * marking it (interface implementations in TypeScript, C# and PHP; subclasses of bases from
 * other files in TypeScript, Python, PHP and Ruby), Python dunder and PHP magic methods (documented by the language), React components,
 * nested and private code, Go `package main`, internal packages (Go `internal/`, JVM
 * `….internal`), Python stubs, shims and polyfills, documentation sources, migrations,
 * tests and generated code. Documenting is never an outlier: a missing doc comment is a
 * lapse (`Detector.lapses`), so a codebase that does
 * not document has no pattern rather than one that reports every doc comment. Severity info.
 */
export const exportedApiDocs = defineDetector({
  id: 'documentation/exported-api-docs',
  category: 'documentation',
  name: 'Documented public API',
  description:
    'The public API (exported functions, classes and public methods) carries doc comments where the codebase documents its API.',
  severity: 'info',
  mode: 'learned',
  languages: [
    'typescript',
    'javascript',
    'python',
    'java',
    'kotlin',
    'csharp',
    'go',
    'rust',
    'php',
    'ruby',
  ],
  noun: 'public functions and methods',
  lapses: ['undocumented'],
  peerRules: [
    'require-jsdoc',
    'D100',
    'D101',
    'D102',
    'D103',
    'D104',
    'D105',
    'D106',
    'D107',
    'C0115',
    'C0116',
    'missing-docstring',
    'missing-function-docstring',
    'missing-class-docstring',
  ],
  variants: {
    documented: 'have a doc comment',
    undocumented: 'have no doc comment',
  },
  describe(observation) {
    const name = String(observation.context?.name);
    return observation.variant === 'documented'
      ? `\`${name}\` has a doc comment`
      : `public ${String(observation.context?.kind)} \`${name}\` has no doc comment`;
  },
  facts(file, report) {
    if (!observesFile(file)) return;
    const classes = documentableClasses(file);
    for (const fn of file.facts.functions) {
      if (!isDocumentableFunction(file, fn, classes)) continue;
      const { startLine, startColumn } = fn.range;
      report({
        variant: fn.docComment === null || fn.docComment === '' ? 'undocumented' : 'documented',
        line: startLine,
        column: startColumn,
        snippet: file.lineText(startLine).slice(startColumn - 1),
        context: { name: fn.qualifiedName, kind: fn.kind },
      });
    }
  },
});
