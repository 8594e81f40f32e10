import type { ObservationContext } from '@drift/core';
import type ts from 'typescript';
import type { DetectionFile, Detector, ObservationInput, TypeScriptRule } from './detector.js';

type TS = typeof import('typescript');

/** Receives every report of a file's detectors. */
export type ObservationSink = (detectorId: string, observation: ObservationInput) => void;

/** Receives a detector's failure on a file. */
export type FailureSink = (detectorId: string, error: unknown) => void;

const kindCache = new WeakMap<TypeScriptRule, readonly number[]>();

function kindsOf(typescript: TS, rule: TypeScriptRule): readonly number[] {
  let kinds = kindCache.get(rule);
  if (kinds === undefined) {
    kinds = rule.kinds.map((name) => typescript.SyntaxKind[name]);
    kindCache.set(rule, kinds);
  }
  return kinds;
}

/**
 * Runs the TypeScript rules of `detectors` over one `SourceFile` in a single walk
 * (`forEachChild`, depth first, document order), calling each rule's visitor for the node
 * kinds it asked for and keeping the ancestor stack the tree lacks. A visitor that throws is
 * reported to `fail` and not called again for the file.
 */
export function runTypeScriptRules(
  typescript: TS,
  sourceFile: ts.SourceFile,
  file: DetectionFile,
  detectors: readonly Detector[],
  sink: ObservationSink,
  fail: FailureSink,
): void {
  const ancestors: ts.Node[] = [];
  const handlers = new Map<number, { id: string; visit: (node: ts.Node) => void }[]>();
  const visitors: { id: string; end?: () => void }[] = [];
  const failed = new Set<string>();
  const text = (node: ts.Node): string =>
    sourceFile.text.slice(node.getStart(sourceFile), node.end);

  for (const detector of detectors) {
    const rule = detector.typescript;
    if (rule === undefined) continue;
    const id = detector.id;
    const report = (variant: string, node: ts.Node, context?: ObservationContext): void => {
      const start = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
      const end = sourceFile.getLineAndCharacterOfPosition(node.end);
      sink(id, {
        variant,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        snippet: text(node),
        ...(context === undefined ? {} : { context }),
      });
    };
    let visitor;
    try {
      visitor = rule.create({ ts: typescript, sourceFile, file, ancestors, text, report });
    } catch (error) {
      fail(id, error);
      continue;
    }
    visitors.push({ id, ...(visitor.end === undefined ? {} : { end: visitor.end.bind(visitor) }) });
    const visit = visitor.visit.bind(visitor);
    for (const kind of kindsOf(typescript, rule)) {
      let list = handlers.get(kind);
      if (list === undefined) {
        list = [];
        handlers.set(kind, list);
      }
      list.push({ id, visit });
    }
  }
  if (handlers.size === 0) return;

  const walk = (node: ts.Node): undefined => {
    const list = handlers.get(node.kind);
    if (list !== undefined) {
      for (const handler of list) {
        if (failed.has(handler.id)) continue;
        try {
          handler.visit(node);
        } catch (error) {
          failed.add(handler.id);
          fail(handler.id, error);
        }
      }
    }
    ancestors.push(node);
    typescript.forEachChild(node, walk);
    ancestors.pop();
    return undefined;
  };
  walk(sourceFile);

  for (const visitor of visitors) {
    if (visitor.end === undefined || failed.has(visitor.id)) continue;
    try {
      visitor.end();
    } catch (error) {
      fail(visitor.id, error);
    }
  }
}
