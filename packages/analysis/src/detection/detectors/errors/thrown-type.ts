import type ts from 'typescript';
import type { Node } from 'web-tree-sitter';
import { defineDetector } from '../../detector.js';

type Variant = 'custom-error' | 'generic-error' | 'non-error';

/** Catch-all error classes: throwing them says nothing about what went wrong. */
const GENERIC: Readonly<Record<string, ReadonlySet<string>>> = {
  typescript: new Set(['Error']),
  python: new Set(['Exception', 'BaseException', 'RuntimeError']),
  java: new Set(['Exception', 'RuntimeException', 'Throwable', 'Error']),
};

/**
 * Specific built-in errors (argument and state checks, I/O): idiomatic everywhere, so they
 * count for neither side.
 */
const BUILT_IN: Readonly<Record<string, ReadonlySet<string>>> = {
  typescript: new Set([
    'TypeError',
    'RangeError',
    'SyntaxError',
    'ReferenceError',
    'EvalError',
    'URIError',
    'AggregateError',
    'DOMException',
  ]),
  python: new Set([
    'ValueError',
    'TypeError',
    'KeyError',
    'IndexError',
    'AttributeError',
    'NotImplementedError',
    'StopIteration',
    'StopAsyncIteration',
    'AssertionError',
    'LookupError',
    'OSError',
    'IOError',
    'FileNotFoundError',
    'FileExistsError',
    'PermissionError',
    'TimeoutError',
    'ImportError',
    'ModuleNotFoundError',
    'NameError',
    'OverflowError',
    'ZeroDivisionError',
    'UnicodeDecodeError',
    'UnicodeEncodeError',
    'SystemExit',
    'KeyboardInterrupt',
    'RecursionError',
    'ConnectionError',
    'EOFError',
  ]),
  java: new Set([
    'IllegalArgumentException',
    'IllegalStateException',
    'UnsupportedOperationException',
    'NullPointerException',
    'IndexOutOfBoundsException',
    'ArrayIndexOutOfBoundsException',
    'NoSuchElementException',
    'ClassCastException',
    'ArithmeticException',
    'NumberFormatException',
    'IOException',
    'UncheckedIOException',
    'FileNotFoundException',
    'InterruptedException',
    'CloneNotSupportedException',
    'ConcurrentModificationException',
    'AssertionError',
    'SecurityException',
    'TimeoutException',
    'ExecutionException',
  ]),
};

/** The variant of throwing an instance of class `name` (qualifiers dropped), or null if neutral. */
function variantOfClass(language: 'typescript' | 'python' | 'java', name: string): Variant | null {
  const simple = name.slice(name.lastIndexOf('.') + 1);
  if (!/^[A-Z]/.test(simple)) return null;
  if (GENERIC[language]?.has(simple) === true) return 'generic-error';
  if (BUILT_IN[language]?.has(simple) === true) return null;
  return 'custom-error';
}

function describeValue(typescript: typeof ts, expression: ts.Expression): string | null {
  const k = typescript.SyntaxKind;
  switch (expression.kind) {
    case k.StringLiteral:
    case k.NoSubstitutionTemplateLiteral:
    case k.TemplateExpression:
      return 'a string';
    case k.NumericLiteral:
      return 'a number';
    case k.ObjectLiteralExpression:
      return 'an object literal';
    case k.BinaryExpression: {
      const binary = expression as ts.BinaryExpression;
      return binary.operatorToken.kind === k.PlusToken &&
        (typescript.isStringLiteralLike(binary.left) ||
          typescript.isStringLiteralLike(binary.right))
        ? 'a string'
        : null;
    }
    default:
      return null;
  }
}

/** The class a `new X(…)` or `X(…)` expression constructs, as written. */
function constructedClass(typescript: typeof ts, expression: ts.Expression): string | null {
  if (!typescript.isNewExpression(expression) && !typescript.isCallExpression(expression))
    return null;
  const callee = expression.expression;
  if (typescript.isIdentifier(callee)) return callee.text;
  if (typescript.isPropertyAccessExpression(callee)) return callee.name.text;
  return null;
}

function reportTreeSitter(
  language: 'python' | 'java',
  statement: Node,
  report: (variant: string, node: Node, context?: { thrown: string }) => void,
): void {
  const value = statement.namedChild(0);
  if (value === null) return;
  let name: string | null = null;
  if (language === 'python') {
    const target = value.type === 'call' ? value.childForFieldName('function') : value;
    if (target !== null && (target.type === 'identifier' || target.type === 'attribute'))
      name = target.text;
  } else if (value.type === 'object_creation_expression') {
    name = value.childForFieldName('type')?.text.replace(/<.*$/s, '') ?? null;
  }
  if (name === null) return;
  const variant = variantOfClass(language, name);
  if (variant !== null)
    report(variant, statement, { thrown: name.slice(name.lastIndexOf('.') + 1) });
}

/**
 * What is thrown: the codebase's own error classes (`throw new NotFoundError()`), a catch-all
 * (`Error`, `Exception`, `RuntimeException`), or a value that is not an error at all (`throw
 * 'failed'`). Specific built-ins (`TypeError`, `ValueError`, `IllegalArgumentException`) and
 * rethrown variables count for neither side.
 */
export const thrownType = defineDetector({
  id: 'errors/thrown-type',
  category: 'errors',
  name: 'Thrown error type',
  description:
    'Errors are thrown as the codebase’s own error classes; a catch-all Error or a thrown string loses the type that handlers and logs rely on.',
  severity: 'warning',
  mode: 'learned',
  noun: 'throw statements',
  peerRules: ['no-throw-literal', 'only-throw-error', 'TRY002', 'W0719', 'broad-exception-raised'],
  lapses: ['generic-error', 'non-error'],
  variants: {
    'custom-error': 'throw the codebase’s own error classes',
    'generic-error': 'throw a catch-all error class',
    'non-error': 'throw values that are not errors',
  },
  describe(observation) {
    const thrown = String(observation.context?.thrown ?? '');
    switch (observation.variant) {
      case 'custom-error':
        return `throws \`${thrown}\``;
      case 'generic-error':
        return `throws a catch-all \`${thrown}\``;
      default:
        return `throws ${thrown}, not an error object`;
    }
  },
  typescript: {
    kinds: ['ThrowStatement'],
    create(context) {
      const typescript = context.ts;
      return {
        visit(node) {
          const expression = (node as ts.ThrowStatement).expression;
          const value = describeValue(typescript, expression);
          if (value !== null) {
            context.report('non-error', node, { thrown: value });
            return;
          }
          const name = constructedClass(typescript, expression);
          if (name === null) return;
          const variant = variantOfClass('typescript', name);
          if (variant !== null) context.report(variant, node, { thrown: name });
        },
      };
    },
  },
  treeSitter: {
    python: {
      query: '(raise_statement) @raise',
      create: (context) => ({
        match(match) {
          const node = match.captures[0]?.node;
          if (node !== undefined) reportTreeSitter('python', node, context.report);
        },
      }),
    },
    java: {
      query: '(throw_statement) @throw',
      create: (context) => ({
        match(match) {
          const node = match.captures[0]?.node;
          if (node !== undefined) reportTreeSitter('java', node, context.report);
        },
      }),
    },
  },
});
