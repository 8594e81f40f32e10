import {
  RESOLUTION_CONFIDENCE,
  type CallGraphEdge,
  type DecoratorFact,
  type ReferenceFact,
  type SourceRange,
} from '@drift/core';
import { parentScope, type FileSymbols, type FunctionEntry } from './file-symbols.js';

/**
 * The function that defines a function or class of the file (its innermost enclosing function,
 * by qualified name and lines), or null at module or class level.
 */
function definingFunction(
  symbols: FileSymbols,
  qualifiedName: string,
  { startLine, endLine }: SourceRange,
): FunctionEntry | null {
  const candidates = symbols.byQualifiedName.get(parentScope(qualifiedName));
  if (candidates === undefined) return null;
  return (
    candidates.find(
      (c) => c.fact.range.startLine <= startLine && endLine <= c.fact.range.endLine,
    ) ?? null
  );
}

/**
 * The reference edges a file's own definitions imply, for functions no call site names:
 * - a nested function from the function that defines it: a closure is defined to be used by its
 *   definer — called, returned (`return wrapped_view` of a decorator), passed on or registered
 *   (`@bp.app_template_filter()` inside a test); an unused local function is a linter's finding
 *   (unused variable), not dead code;
 * - a free function whose decorator is a call (`@app.task(retries=3)`, `@bp.before_request()`)
 *   from the file's module-level code, which runs `f = decorator(…)(f)` at import time.
 * Both are `local` edges with `reference: true` (the site is the function's definition).
 * O(functions) for the file.
 */
export function definitionEdges(symbols: FileSymbols): CallGraphEdge[] {
  const edges: CallGraphEdge[] = [];
  for (const fn of symbols.functions) {
    if (fn.fact.className !== null) continue;
    const definer = definingFunction(symbols, fn.fact.qualifiedName, fn.fact.range);
    const decoratorCall = fn.fact.decorators.some((decorator) => decorator.arguments !== null);
    const caller =
      definer?.id ??
      (decoratorCall && !fn.fact.qualifiedName.includes('.') ? symbols.moduleNodeId : null);
    if (caller === null || caller === fn.id) continue;
    edges.push({
      caller,
      callee: fn.id,
      file: symbols.path,
      line: fn.fact.range.startLine,
      column: fn.fact.range.startColumn,
      kind: 'local',
      confidence: RESOLUTION_CONFIDENCE.local,
      reference: true,
    });
  }
  return edges;
}

/**
 * The decorators of a file's functions and classes as references to the decorator functions
 * (`@login_required` applies `login_required` to the view: `view = login_required(view)`), made
 * where the decorated definition runs: in its defining function, or at module level. Resolved
 * like other references, they keep a project decorator reachable when it is only ever applied.
 * `call` is empty: a decorator application is no registration call.
 */
export function decoratorReferences(symbols: FileSymbols): ReferenceFact[] {
  const references: ReferenceFact[] = [];
  const add = (
    decorators: readonly DecoratorFact[],
    definer: string | null,
    line: number,
  ): void => {
    for (const decorator of decorators) {
      const dot = decorator.name.lastIndexOf('.');
      references.push({
        name: decorator.name.slice(dot + 1),
        receiver: dot === -1 ? null : decorator.name.slice(0, dot),
        enclosingFunction: definer,
        call: '',
        callReceiver: null,
        line,
        column: 1,
      });
    }
  };
  for (const fn of symbols.functions) {
    const definer = definingFunction(symbols, fn.fact.qualifiedName, fn.fact.range);
    add(fn.fact.decorators, definer?.fact.qualifiedName ?? null, fn.fact.range.startLine);
  }
  for (const cls of symbols.facts.classes) {
    const definer = definingFunction(symbols, cls.qualifiedName, cls.range);
    add(cls.decorators, definer?.fact.qualifiedName ?? null, cls.range.startLine);
  }
  return references;
}
