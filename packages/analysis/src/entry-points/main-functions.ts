import type { FunctionFact } from '@drift/core';
import type { FileContext } from './file-context.js';

/** The C and C++ program entry points: standard `main`, and Windows' wide and GUI variants. */
const C_MAINS = new Set(['main', 'wmain', 'WinMain', 'wWinMain']);

function isTopLevel(fn: FunctionFact): boolean {
  return fn.className === null && fn.qualifiedName === fn.name;
}

/**
 * Whether `fn` is where a program starts: `func main` of Go's `package main`; Rust's top-level
 * `fn main`; C/C++ `main` (and `wmain`/`WinMain`) outside any namespace; a static `main` of a
 * Java class or C# `Main`; Kotlin's top-level `fun main` or a `@JvmStatic main`. Script
 * languages (Python, TypeScript/JavaScript, Ruby, PHP) have no designated entry function, so a
 * top-level `main` counts when module-level code calls it — the `if __name__ == "__main__":
 * main()` idiom, whose guard the facts do not record.
 */
export function isMainFunction(fn: FunctionFact, context: FileContext): boolean {
  switch (context.language) {
    case 'go':
      return context.facts.package === 'main' && isTopLevel(fn) && fn.name === 'main';
    case 'rust':
      return isTopLevel(fn) && fn.name === 'main';
    case 'c':
    case 'cpp':
      return isTopLevel(fn) && C_MAINS.has(fn.name);
    case 'java':
      return fn.name === 'main' && fn.isStatic;
    case 'kotlin':
      return fn.name === 'main' && (isTopLevel(fn) || fn.isStatic);
    case 'csharp':
      return fn.name === 'Main' && fn.isStatic;
    default:
      return isTopLevel(fn) && fn.name === 'main' && context.moduleCallees.has('main');
  }
}

/**
 * Whether `fn` is a Go package initializer, `func init()`, which the runtime calls before `main`
 * and which no code may call (the Go specification, "Package initialization").
 */
export function isPackageInitializer(fn: FunctionFact, context: FileContext): boolean {
  return context.language === 'go' && isTopLevel(fn) && fn.name === 'init';
}
