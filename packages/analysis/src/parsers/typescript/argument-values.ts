import type ts from 'typescript';
import type { ValueName } from '../value-references.js';
import type { SourceText } from './source-text.js';

type TS = typeof import('typescript');

/** Whether `node` is a chain of names: `a`, `this`, `a.b.c`, `this.a` (no calls, indexing, `?.`). */
function isNamePath(typescript: TS, node: ts.Expression): boolean {
  let current = node;
  while (typescript.isPropertyAccessExpression(current)) {
    if (current.questionDotToken !== undefined) return false;
    current = current.expression;
  }
  return typescript.isIdentifier(current) || current.kind === typescript.SyntaxKind.ThisKeyword;
}

/**
 * The name a call argument passes as a value, when the argument is an identifier (`format`) or a
 * member expression over names (`controller.create`, `this.onData`); null for literals, calls,
 * functions, object literals and other expressions, and for `undefined`.
 */
export function valueNameOf(
  typescript: TS,
  src: SourceText,
  argument: ts.Expression,
): ValueName | null {
  if (typescript.isIdentifier(argument)) {
    return argument.text === 'undefined' ? null : { name: argument.text, receiver: null };
  }
  if (typescript.isPropertyAccessExpression(argument) && isNamePath(typescript, argument)) {
    return { name: argument.name.text, receiver: src.text(argument.expression) };
  }
  return null;
}

/**
 * The type a variable declaration states: its annotation (`let s: Service`), the class of a
 * `new` initialiser without type arguments (`new UserRepo()`, `new db.Repo<User>()` →
 * `db.Repo`), or an `as` assertion (`load() as Repo`); null otherwise.
 */
export function declaredTypeOf(
  typescript: TS,
  src: SourceText,
  declaration: ts.VariableDeclaration,
): string | null {
  if (declaration.type !== undefined) return src.text(declaration.type);
  let initializer = declaration.initializer;
  while (initializer !== undefined && typescript.isParenthesizedExpression(initializer)) {
    initializer = initializer.expression;
  }
  if (initializer === undefined) return null;
  if (typescript.isNewExpression(initializer)) {
    return isNamePath(typescript, initializer.expression) ? src.text(initializer.expression) : null;
  }
  if (typescript.isAsExpression(initializer) || typescript.isTypeAssertionExpression(initializer)) {
    return src.text(initializer.type);
  }
  return null;
}
