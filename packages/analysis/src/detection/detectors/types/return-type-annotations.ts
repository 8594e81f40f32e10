import type { FunctionFact } from '@drift/core';
import type { DetectionFile } from '../../detector.js';
import { defineDetector } from '../../detector.js';
import { followsOtherRules } from '../../shared/documentation-paths.js';
import {
  isPublicPythonFunction,
  isPythonStub,
  isReactComponent,
  isTypedByVariable,
} from '../../shared/types-functions.js';

/**
 * Exported TypeScript functions and public methods of exported classes; object-literal members
 * take the object's type, and methods of a class that `implements` an interface take the
 * interface's signatures (`class TrieRouter implements Router` needs no `add(): void`).
 */
function observesTypeScript(file: DetectionFile, fn: FunctionFact): boolean {
  if (!fn.isExported || isTypedByVariable(file, fn)) return false;
  if (fn.kind === 'function') return !isReactComponent(file, fn);
  if (fn.kind !== 'method' || fn.className === null) return false;
  const owner = file.facts.classes.find((c) => c.name === fn.className);
  return owner === undefined || owner.implements.length === 0;
}

function observesPython(file: DetectionFile, fn: FunctionFact): boolean {
  return (
    !isPythonStub(file.path) &&
    (fn.kind === 'function' || fn.kind === 'method' || fn.kind === 'getter') &&
    isPublicPythonFunction(fn)
  );
}

/**
 * Whether the module boundary declares return types: exported TypeScript functions and the
 * public methods of exported classes (the scope of `@typescript-eslint/
 * explicit-module-boundary-types`), and public Python functions and methods (PEP 8 public
 * names, PEP 484 annotations), either write their return type (`annotated`) or leave it to
 * inference (`inferred`). Neutral: constructors and `__init__` (PEP 484 lets `__init__` omit
 * `-> None`), setters, TypeScript getters, members of object literals (typed by the object),
 * functions bound to a typed variable or property (`const h: Handler = …`), methods of classes
 * that implement an interface, React components (PascalCase
 * functions of `.tsx`/`.jsx` files, whose return type is always JSX), Python stubs (`.pyi`),
 * documentation sources and migration scripts (`shared/documentation-paths.ts`),
 * private and nested functions, and test files. A declared return type is never an outlier: a
 * missing one is a lapse (`Detector.lapses`), so a codebase that mostly infers has no pattern rather than one that reports every annotation.
 * Severity info: a typing convention.
 */
export const returnTypeAnnotations = defineDetector({
  id: 'types/return-type-annotations',
  category: 'types',
  name: 'Return type annotations',
  description:
    'Exported and public functions declare their return types consistently; a declared return type pins the module’s contract where inference would let it drift.',
  severity: 'info',
  mode: 'learned',
  languages: ['typescript', 'python'],
  noun: 'exported functions and methods',
  lapses: ['inferred'],
  peerRules: [
    'explicit-module-boundary-types',
    'explicit-function-return-type',
    'ANN201',
    'ANN202',
    'ANN205',
    'ANN206',
  ],
  variants: {
    annotated: 'declare their return types',
    inferred: 'leave their return types to inference',
  },
  describe: (observation) =>
    observation.variant === 'annotated'
      ? `\`${String(observation.context?.name)}\` declares its return type`
      : `\`${String(observation.context?.name)}\` does not declare its return type`,
  facts(file, report) {
    if (followsOtherRules(file)) return;
    const observes = file.language === 'python' ? observesPython : observesTypeScript;
    for (const fn of file.facts.functions) {
      if (!observes(file, fn)) continue;
      const { startLine, startColumn } = fn.range;
      report({
        variant: fn.returnType === null ? 'inferred' : 'annotated',
        line: startLine,
        column: startColumn,
        snippet: file.lineText(startLine).slice(startColumn - 1),
        context: { name: fn.qualifiedName },
      });
    }
  },
});
