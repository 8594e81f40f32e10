import type { CodeLanguage, ObservationContext } from '@drift/core';
import type { Language, Node, Query, Tree } from 'web-tree-sitter';
import { compileQuery } from '../parsers/tree-sitter/tree-sitter-runtime.js';
import type { DetectionFile, Detector, TreeSitterRule, TreeSitterVisitor } from './detector.js';
import type { FailureSink, ObservationSink } from './typescript-dispatch.js';

/** The detectors' queries of one language compiled into one, and which patterns are whose. */
interface CombinedQuery {
  readonly query: Query;
  /** Per pattern index, the detector that owns it. */
  readonly owners: readonly Detector[];
}

const compiled = new WeakMap<readonly Detector[], Map<CodeLanguage, CombinedQuery | null>>();

function combine(
  language: CodeLanguage,
  grammar: Language,
  detectors: readonly Detector[],
): CombinedQuery | null {
  let combined = compiled.get(detectors);
  if (combined === undefined) {
    combined = new Map();
    compiled.set(detectors, combined);
  }
  const cached = combined.get(language);
  if (cached !== undefined) return cached;
  const owners: Detector[] = [];
  const sources: string[] = [];
  for (const detector of detectors) {
    const rule = detector.treeSitter?.[language];
    if (rule === undefined) continue;
    const single = compileQuery(grammar, `${detector.id} (${language})`, rule.query);
    const count = single.patternCount();
    single.delete();
    for (let index = 0; index < count; index += 1) owners.push(detector);
    sources.push(rule.query);
  }
  const result =
    sources.length === 0
      ? null
      : { query: compileQuery(grammar, `detectors (${language})`, sources.join('\n')), owners };
  combined.set(language, result);
  return result;
}

/**
 * Runs the tree-sitter rules of every detector of the registry for the tree's language: their
 * queries are compiled once per thread into one query (so the tree is walked once), and each
 * match goes to the visitor of the detector owning its pattern, if that detector applies to
 * this file. A visitor that throws is reported to `fail` and gets no further matches.
 *
 * @param registry every detector (the combined query is built from all of them, once).
 * @param applicable the detectors that observe this file.
 */
export function runTreeSitterRules(
  language: CodeLanguage,
  tree: Tree,
  file: DetectionFile,
  registry: readonly Detector[],
  applicable: ReadonlySet<Detector>,
  sink: ObservationSink,
  fail: FailureSink,
): void {
  const query = combine(language, tree.language, registry);
  if (query === null) return;
  const root = tree.rootNode;
  const visitors = new Map<Detector, TreeSitterVisitor>();
  for (const detector of applicable) {
    const rule: TreeSitterRule | undefined = detector.treeSitter?.[language];
    if (rule === undefined) continue;
    const id = detector.id;
    const report = (variant: string, node: Node, context?: ObservationContext): void => {
      sink(id, {
        variant,
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        endLine: node.endPosition.row + 1,
        snippet: node.text,
        ...(context === undefined ? {} : { context }),
      });
    };
    try {
      visitors.set(detector, rule.create({ file, root, report }));
    } catch (error) {
      fail(id, error);
    }
  }
  if (visitors.size === 0) return;
  for (const match of query.query.matches(root)) {
    const owner = query.owners[match.patternIndex];
    if (owner === undefined) continue;
    const visitor = visitors.get(owner);
    if (visitor === undefined) continue;
    try {
      visitor.match(match);
    } catch (error) {
      visitors.delete(owner);
      fail(owner.id, error);
    }
  }
  for (const [detector, visitor] of visitors) {
    try {
      visitor.end?.();
    } catch (error) {
      fail(detector.id, error);
    }
  }
}
