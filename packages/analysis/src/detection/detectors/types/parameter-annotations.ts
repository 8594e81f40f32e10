import { defineDetector } from '../../detector.js';
import { followsOtherRules } from '../../shared/documentation-paths.js';
import {
  annotatableParameters,
  isPublicPythonFunction,
  isPythonStub,
} from '../../shared/types-functions.js';

/**
 * Whether public Python functions and methods (PEP 8 public names, at module or class level)
 * annotate their parameters (PEP 484): every parameter (`annotated`), none (`unannotated`) or
 * some (`partial`). The implicit `self`/`cls` and `*args`/`**kwargs` are not counted, and a
 * function with no other parameter is neutral, as are setters, private and nested functions,
 * stubs (`.pyi`), documentation sources and migration scripts, and test files. Annotating is never an outlier: the other two are
 * `lapses`, so an unannotated codebase has no pattern rather than one that
 * reports every annotated function. Severity info: a typing convention; a partial signature is
 * the case mypy's `--disallow-incomplete-defs` reports.
 */
export const parameterAnnotations = defineDetector({
  id: 'types/parameter-annotations',
  category: 'types',
  name: 'Parameter annotations',
  description:
    'Public functions annotate their parameters consistently (PEP 484); an unannotated or half-annotated signature leaves its callers unchecked.',
  severity: 'info',
  mode: 'learned',
  languages: ['python'],
  noun: 'public functions with parameters',
  lapses: ['partial', 'unannotated'],
  peerRules: ['ANN001', 'ANN002', 'ANN003'],
  variants: {
    annotated: 'annotate every parameter',
    unannotated: 'annotate no parameter',
    partial: 'annotate some parameters',
  },
  describe(observation) {
    const name = String(observation.context?.name);
    switch (observation.variant) {
      case 'annotated':
        return `\`${name}\` annotates every parameter`;
      case 'unannotated':
        return `\`${name}\` annotates none of its parameters`;
      default:
        return `\`${name}\` annotates only ${String(observation.context?.annotated)} of its ${String(observation.context?.parameters)} parameters`;
    }
  },
  facts(file, report) {
    if (isPythonStub(file.path) || followsOtherRules(file)) return;
    for (const fn of file.facts.functions) {
      if (fn.kind === 'setter' || !isPublicPythonFunction(fn)) continue;
      const parameters = annotatableParameters(fn);
      if (parameters.length === 0) continue;
      const annotated = parameters.filter((p) => p.type !== null).length;
      let variant = 'partial';
      if (annotated === parameters.length) variant = 'annotated';
      else if (annotated === 0) variant = 'unannotated';
      const { startLine, startColumn } = fn.range;
      report({
        variant,
        line: startLine,
        column: startColumn,
        snippet: file.lineText(startLine).slice(startColumn - 1),
        context: { name: fn.qualifiedName, annotated, parameters: parameters.length },
      });
    }
  },
});
