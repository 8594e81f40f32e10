import type { FunctionFact } from '@drift/core';
import type { DetectionFile } from '../detector.js';

/** A Python stub (`.pyi`): annotated by definition, it documents a module rather than implementing it. */
export function isPythonStub(path: string): boolean {
  return path.endsWith('.pyi');
}

/** A Python name that is not public by PEP 8: a leading underscore, dunders excepted. */
function isPrivatePythonName(name: string): boolean {
  return name.startsWith('_') && !(name.startsWith('__') && name.endsWith('__'));
}

/**
 * A public Python function or method (PEP 8: no leading underscore on it or its class), at
 * module or class level, that is neither a stub nor nested in another function.
 */
export function isPublicPythonFunction(fn: FunctionFact): boolean {
  if (!fn.isExported || isPrivatePythonName(fn.name)) return false;
  const owner = fn.qualifiedName.split('.').slice(0, -1);
  return owner.every((name) => !isPrivatePythonName(name));
}

/**
 * The parameters a Python signature should annotate: all but the implicit first `self`/`cls`
 * of a method, and `*args`/`**kwargs` (often left open on purpose, `Any` when annotated).
 */
export function annotatableParameters(fn: FunctionFact): FunctionFact['parameters'] {
  const implicit =
    fn.className !== null &&
    !fn.decorators.some((d) => d.name === 'staticmethod') &&
    /^(?:self|cls|mcs|metacls)$/.test(fn.parameters[0]?.name ?? '');
  return fn.parameters.slice(implicit ? 1 : 0).filter((p) => !p.rest);
}

/** A React component by convention: a PascalCase function of a `.tsx`/`.jsx` file. */
export function isReactComponent(file: DetectionFile, fn: FunctionFact): boolean {
  return /\.[jt]sx$/.test(file.path) && fn.className === null && /^[A-Z]/.test(fn.name);
}

/** Modifiers that may precede a member or variable name where a function fact's range starts. */
const MODIFIERS =
  /^(?:(?:public|private|protected|static|readonly|override|declare|abstract|accessor)\s+)*/;

/**
 * A function bound to a variable or class property whose own annotation types it (`export
 * const handler: Handler = (req) => …`, `get: Getter = (key) => …`): that type fixes the
 * return type.
 */
export function isTypedByVariable(file: DetectionFile, fn: FunctionFact): boolean {
  const text = file
    .lineText(fn.range.startLine)
    .slice(fn.range.startColumn - 1)
    .replace(MODIFIERS, '');
  return text.startsWith(fn.name) && /^[\w$#]+\s*[?!]?\s*:/.test(text);
}
