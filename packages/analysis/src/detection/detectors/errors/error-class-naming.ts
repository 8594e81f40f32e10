import { defineDetector } from '../../detector.js';
import { errorClasses } from '../../shared/errors-classes.js';
import { isForeignCode } from '../../shared/errors-foreign-code.js';

type Variant = 'error-suffix' | 'exception-suffix' | 'no-suffix';

function variantOf(name: string): Variant {
  if (name.endsWith('Error')) return 'error-suffix';
  if (name.endsWith('Exception')) return 'exception-suffix';
  return 'no-suffix';
}

/**
 * How error classes are named: with the suffix `Error` (`NotFoundError`, as PEP 8 "Exception
 * Names" asks of Python), `Exception` (`NotFoundException`, as .NET's CA1710 asks of exception
 * types and Java code does by custom) or neither (`NotFound`). An error class is a class whose
 * base is named like an error (`Error`, `Exception`, `…Error`, `…Exception`, `StandardError`,
 * `Throwable`), following bases defined in the same file; interfaces and classes whose base is
 * not an error (a GraphQL `Error` type) are not observed. Severity info: a naming convention.
 */
export const errorClassNaming = defineDetector({
  id: 'errors/error-class-naming',
  category: 'errors',
  name: 'Error class naming',
  description:
    'Error classes share one naming suffix (`…Error` or `…Exception`), so that errors are recognisable by name in code, logs and handlers.',
  severity: 'info',
  mode: 'learned',
  languages: ['typescript', 'javascript', 'python', 'java', 'kotlin', 'csharp', 'php', 'ruby'],
  noun: 'error classes',
  variants: {
    'error-suffix': 'end in `Error`',
    'exception-suffix': 'end in `Exception`',
    'no-suffix': 'end in neither `Error` nor `Exception`',
  },
  describe(observation) {
    const name = String(observation.context?.name ?? '');
    switch (observation.variant) {
      case 'error-suffix':
        return `names the error class \`${name}\` with the suffix \`Error\``;
      case 'exception-suffix':
        return `names the error class \`${name}\` with the suffix \`Exception\``;
      default:
        return `names the error class \`${name}\` without an \`Error\` or \`Exception\` suffix`;
    }
  },
  facts(file, report) {
    if (isForeignCode(file)) return;
    for (const { fact } of errorClasses(file)) {
      const line = fact.range.startLine;
      report({
        variant: variantOf(fact.name),
        line,
        column: fact.range.startColumn,
        snippet: file.lineText(line).slice(fact.range.startColumn - 1),
        context: { name: fact.name },
      });
    }
  },
});
