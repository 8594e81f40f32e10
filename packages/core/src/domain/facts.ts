import type { CodeLanguage } from './language.js';

/**
 * Where a fact stands in its file: 1-based lines and columns; columns count UTF-16 code units,
 * as editors and the LSP do. `endColumn` is the column of the last character (inclusive).
 */
export interface SourceRange {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A parameter of a function or method. Text fields are the source text, trimmed. */
export interface ParameterFact {
  /** The name; a destructuring pattern keeps its source text (`{ a, b }`). */
  readonly name: string;
  /** The type annotation, or null when none is written. */
  readonly type: string | null;
  /** The default value, or null. */
  readonly defaultValue: string | null;
  /** A rest/variadic parameter (`...args`, `*args`, `**kwargs`, `params T[]`, `...T`). */
  readonly rest: boolean;
}

/** A decorator, annotation or attribute: `@Get('/users')` → `{ name: 'Get', arguments: "'/users'" }`. */
export interface DecoratorFact {
  /** The name as written, with its qualifier (`app.route`, `Override`, `derive`). */
  readonly name: string;
  /** The raw text between the parentheses, or null when there are none. */
  readonly arguments: string | null;
}

/**
 * Visibility as the language states it. `null` when the language has no such notion for the
 * symbol or nothing is written and there is no default worth stating.
 */
export type Visibility = 'public' | 'protected' | 'private' | 'internal' | 'package';

/** What kind of callable a function fact is. */
export type FunctionKind = 'function' | 'method' | 'constructor' | 'getter' | 'setter';

/** A named function or method (anonymous callbacks are not facts; their calls belong to the enclosing function). */
export interface FunctionFact {
  readonly name: string;
  /**
   * The name qualified within its file: `Class.method`, `outer.inner` for nested functions,
   * `Server.Start` for a Go method on `*Server`, `Type.method` for a Rust `impl` block.
   * The file's package or namespace is in {@link FileFacts.package}.
   */
  readonly qualifiedName: string;
  readonly kind: FunctionKind;
  /** The enclosing class, struct, trait, impl type or object, or null. */
  readonly className: string | null;
  readonly parameters: readonly ParameterFact[];
  readonly returnType: string | null;
  readonly isAsync: boolean;
  readonly isGenerator: boolean;
  /** Visible outside its module under the language's rules (export, `pub`, capitalised, public …). */
  readonly isExported: boolean;
  readonly isStatic: boolean;
  readonly visibility: Visibility | null;
  readonly decorators: readonly DecoratorFact[];
  /** The doc comment's text without comment markers, or null. */
  readonly docComment: string | null;
  readonly range: SourceRange;
  /** Lines of the body (0 for a declaration without one). */
  readonly bodyLines: number;
}

/** The kind of a type declaration. */
export type ClassKind =
  'class' | 'interface' | 'struct' | 'trait' | 'enum' | 'record' | 'object' | 'module' | 'union';

/** A property or field of a type declaration. */
export interface PropertyFact {
  readonly name: string;
  readonly type: string | null;
  readonly visibility: Visibility | null;
  readonly isStatic: boolean;
  readonly isReadonly: boolean;
  readonly line: number;
}

/** A class, interface, struct, trait, enum … */
export interface ClassFact {
  readonly name: string;
  /** Qualified within the file (`Outer.Inner` for nested types). */
  readonly qualifiedName: string;
  readonly kind: ClassKind;
  /** Base classes / extended interfaces / embedded structs, as written. */
  readonly extends: readonly string[];
  /** Implemented interfaces / traits, as written. */
  readonly implements: readonly string[];
  /** Names of the methods declared in it (each is also a {@link FunctionFact}). */
  readonly methods: readonly string[];
  readonly properties: readonly PropertyFact[];
  readonly decorators: readonly DecoratorFact[];
  readonly isExported: boolean;
  readonly isAbstract: boolean;
  readonly visibility: Visibility | null;
  readonly docComment: string | null;
  readonly range: SourceRange;
}

/**
 * How a dependency is brought in: `import` (static import/`from … import`/Java, Kotlin, Go
 * imports), `require` (CommonJS, Ruby `require`), `dynamic` (`import()`), `include` (C/C++
 * `#include`), `use` (Rust, PHP), `using` (C#).
 */
export type ImportKind = 'import' | 'require' | 'dynamic' | 'include' | 'use' | 'using';

/** One imported name: `{ name: 'readFile', alias: 'rf' }` for `readFile as rf`. */
export interface ImportedName {
  readonly name: string;
  readonly alias: string | null;
}

/** An import of any language. */
export interface ImportFact {
  /** The module specifier as written: `./util`, `os.path`, `java.util.List`, `"fmt"`, `std::io`, `<stdio.h>`. */
  readonly module: string;
  readonly kind: ImportKind;
  /** Named imports; `*` as a name for wildcard imports (`from x import *`, `java.util.*`, `use a::*`). */
  readonly names: readonly ImportedName[];
  /** The default-import binding (`import React from 'react'`), or the alias of a whole-module import (`import numpy as np`, Go `f "fmt"`). */
  readonly defaultName: string | null;
  /** The namespace binding (`import * as fs from 'fs'`). */
  readonly namespaceName: string | null;
  readonly typeOnly: boolean;
  /** Imported only for its side effects (`import './polyfill'`, Go `_ "pkg"`). */
  readonly sideEffect: boolean;
  readonly line: number;
  readonly column: number;
}

/** How a name is exported. */
export type ExportKind = 'named' | 'default' | 're-export' | 're-export-all';

/** An export (TypeScript/JavaScript; other languages express visibility on the declaration). */
export interface ExportFact {
  /** The local name (`*` for `export * from`). */
  readonly name: string;
  /** The exported name when it differs (`export { a as b }` → `b`), or null. */
  readonly alias: string | null;
  readonly kind: ExportKind;
  /** The source module of a re-export, or null. */
  readonly module: string | null;
  readonly typeOnly: boolean;
  readonly line: number;
}

/** A call site. */
export interface CallFact {
  /** The called name: the last identifier of the callee (`query` in `this.db.query(…)`). */
  readonly callee: string;
  /** The receiver expression's source text (`this.db`, `axios`, `self.db`), or null for a bare call. */
  readonly receiver: string | null;
  readonly argumentCount: number;
  /** The qualified name of the enclosing function fact, or null at module level. */
  readonly enclosingFunction: string | null;
  /** `new X()` and other constructor calls. */
  readonly isConstructor: boolean;
  readonly line: number;
  readonly column: number;
}

/**
 * A function passed as a value: an identifier or member expression written as an argument of a
 * call (`app.get('/users', listUsers)`, `router.post('/', auth, controller.create)`,
 * `arr.map(format)`, Python `Thread(target=work)`, `path('', views.index)`, Java `this::handle`).
 * Literals, calls (`f(g())` calls `g`), object literals and other expressions are not references.
 * Extractors keep at most {@link MAX_REFERENCES_PER_FILE} per file.
 */
export interface ReferenceFact {
  /** The referenced name: the last identifier (`create` in `controller.create`). */
  readonly name: string;
  /** The qualifier's source text (`controller`, `this`, `views`, `UserService`), or null for a bare name. */
  readonly receiver: string | null;
  /** The qualified name of the enclosing function fact, or null at module level. */
  readonly enclosingFunction: string | null;
  /** The callee of the call the reference is an argument of (`get` in `app.get('/', h)`). */
  readonly call: string;
  /** That call's receiver text (`app`), or null for a bare call (`path(…)`, `setTimeout(…)`). */
  readonly callReceiver: string | null;
  readonly line: number;
  readonly column: number;
}

/** The most references one file's facts keep (generated files can pass thousands of names). */
export const MAX_REFERENCES_PER_FILE = 2000;

/**
 * A variable whose declaration states its type, inside a function or at module level:
 * `const repo = new UserRepo()`, `let s: Service = make()` (TypeScript/JavaScript),
 * `repo = UserRepo()` with a capitalised callee (Python), `UserRepo repo = …` or
 * `var repo = new UserRepo()` (Java, C#), `repo := &UserRepo{}` or `var repo UserRepo` (Go).
 * Variables whose type only inference would know are not facts.
 */
export interface VariableTypeFact {
  readonly name: string;
  /** The type as written (`UserRepo`, `Repo<User>`, `models.UserRepo`, `*Server`). */
  readonly type: string;
  /** The qualified name of the enclosing function fact, or null at module level. */
  readonly enclosingFunction: string | null;
  /** 1-based line of the declaration. */
  readonly line: number;
}

/**
 * Why a string literal is kept: `route` (`/api/users/:id`), `sql` (`SELECT … FROM`), `env` (an
 * environment variable lookup: `process.env.X`, `os.environ["X"]`, `System.getenv("X")` …).
 */
export type StringKind = 'route' | 'sql' | 'env';

/** A string literal of interest to later detectors. */
export interface StringFact {
  readonly kind: StringKind;
  /** The literal's value (without quotes), or the variable name of an env lookup; at most 500 characters. */
  readonly value: string;
  /** For `env`: the lookup form (`process.env`, `os.environ`, `getenv` …); otherwise null. */
  readonly context: string | null;
  readonly line: number;
  readonly column: number;
}

/** Everything Drift extracts from one source file (one shape for all languages). */
export interface FileFacts {
  readonly language: CodeLanguage;
  /** The file's package, module or namespace declaration (Java/Kotlin `package`, Go `package`, C# and PHP `namespace`), or null. */
  readonly package: string | null;
  readonly functions: readonly FunctionFact[];
  readonly classes: readonly ClassFact[];
  readonly imports: readonly ImportFact[];
  readonly exports: readonly ExportFact[];
  readonly calls: readonly CallFact[];
  /** Functions passed as call arguments, in source order. */
  readonly references: readonly ReferenceFact[];
  /** Variables whose declaration states their type, in source order. */
  readonly variableTypes: readonly VariableTypeFact[];
  readonly strings: readonly StringFact[];
  /** Syntax errors the parser recovered from (ERROR and MISSING nodes, or parse diagnostics); 0 for a clean parse. */
  readonly errorCount: number;
}
