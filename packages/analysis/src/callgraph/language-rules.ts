import type { CodeLanguage } from '@drift/core';

/**
 * Languages whose code can call each other's functions directly, so that a name is looked up
 * across them: TypeScript with JavaScript, Java with Kotlin, C with C++.
 */
export type LanguageFamily =
  'js' | 'python' | 'jvm' | 'csharp' | 'go' | 'rust' | 'php' | 'c' | 'ruby';

const FAMILY: Readonly<Record<CodeLanguage, LanguageFamily>> = {
  typescript: 'js',
  javascript: 'js',
  python: 'python',
  java: 'jvm',
  kotlin: 'jvm',
  csharp: 'csharp',
  go: 'go',
  rust: 'rust',
  php: 'php',
  c: 'c',
  cpp: 'c',
  ruby: 'ruby',
};

/** The family of a language (see {@link LanguageFamily}). */
export function familyOf(language: CodeLanguage): LanguageFamily {
  return FAMILY[language];
}

/** Receivers that denote the current object (or class, for `Self`, `self::`, `static::`, `cls`). */
const SELF_RECEIVERS: Readonly<Record<LanguageFamily, ReadonlySet<string>>> = {
  js: new Set(['this']),
  python: new Set(['self', 'cls']),
  jvm: new Set(['this']),
  csharp: new Set(['this']),
  go: new Set(),
  rust: new Set(['self', 'Self']),
  php: new Set(['$this', 'self', 'static']),
  c: new Set(['this']),
  ruby: new Set(['self']),
};

/** Receivers that denote the base class part of the current object. */
const SUPER_RECEIVERS: Readonly<Record<LanguageFamily, ReadonlySet<string>>> = {
  js: new Set(['super']),
  python: new Set(['super()']),
  jvm: new Set(['super']),
  csharp: new Set(['base']),
  go: new Set(),
  rust: new Set(),
  php: new Set(['parent']),
  c: new Set(),
  ruby: new Set(['super']),
};

/** True when `receiver` is `this`/`self` (or its language's spelling). */
export function isSelfReceiver(family: LanguageFamily, receiver: string): boolean {
  return SELF_RECEIVERS[family].has(receiver);
}

/** True when `receiver` is `super`/`base`/`parent` (or its language's spelling). */
export function isSuperReceiver(family: LanguageFamily, receiver: string): boolean {
  return SUPER_RECEIVERS[family].has(receiver);
}

/**
 * Languages where a bare `m()` inside a class calls the class's own method (implicit `this`),
 * and a bare field name is the field: Java, Kotlin, C#, C++, Ruby.
 */
export function hasImplicitThis(language: CodeLanguage): boolean {
  return (
    language === 'java' ||
    language === 'kotlin' ||
    language === 'csharp' ||
    language === 'cpp' ||
    language === 'ruby'
  );
}

/**
 * Languages whose imports Drift does not resolve, where a bare call may reach a function of
 * another file without a visible import binding (C/C++ headers, Ruby `require`, PHP and C#
 * namespaces, Rust `use` paths): only there does a bare call fall back to a project-unique name.
 * In TypeScript/JavaScript modules, Python, Java, Kotlin and Go, a bare name that is neither
 * local nor imported is a global or built-in (`setTimeout`, `len`, `println`).
 */
export function bareCallsMayUseUniqueName(language: CodeLanguage): boolean {
  return (
    language === 'c' ||
    language === 'cpp' ||
    language === 'ruby' ||
    language === 'php' ||
    language === 'csharp' ||
    language === 'rust'
  );
}

/**
 * Languages whose classes are found by namespace (`facts.package`) plus name: a class of the
 * same namespace is visible without import, an import names `namespace` + class.
 */
export function usesNamespacedClasses(family: LanguageFamily): boolean {
  return family === 'jvm' || family === 'csharp' || family === 'php';
}
