import type ts from 'typescript';
import type { Node } from 'web-tree-sitter';
import { defineDetector, type TreeSitterRule } from '../../detector.js';

type Variant =
  | 'eval'
  | 'exec'
  | 'function-constructor'
  | 'string-timer'
  | 'vm'
  | 'create-function'
  | 'assert-string'
  | 'class-eval';

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'global', 'self']);
const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate']);
const VM_FUNCTIONS = new Set([
  'runInThisContext',
  'runInNewContext',
  'runInContext',
  'compileFunction',
]);

/** A string literal, or literals joined with `+`: code fixed in the source, not built from data. */
function isConstantString(typescript: typeof ts, node: ts.Expression): boolean {
  if (typescript.isStringLiteralLike(node)) return true;
  if (typescript.isParenthesizedExpression(node))
    return isConstantString(typescript, node.expression);
  return (
    typescript.isBinaryExpression(node) &&
    node.operatorToken.kind === typescript.SyntaxKind.PlusToken &&
    isConstantString(typescript, node.left) &&
    isConstantString(typescript, node.right)
  );
}

/** A string built at run time: a template with substitutions or a concatenation with a literal. */
function isBuiltString(typescript: typeof ts, node: ts.Expression): boolean {
  if (typescript.isTemplateExpression(node)) return true;
  return (
    typescript.isBinaryExpression(node) &&
    node.operatorToken.kind === typescript.SyntaxKind.PlusToken &&
    !isConstantString(typescript, node) &&
    (isConstantString(typescript, node.left) ||
      isConstantString(typescript, node.right) ||
      isBuiltString(typescript, node.left) ||
      isBuiltString(typescript, node.right))
  );
}

/** `eval`, `window.eval` → `eval`; `vm.runInThisContext` → the method; else null. */
function calleeOf(
  typescript: typeof ts,
  callee: ts.Expression,
): { object: string | null; name: string } | null {
  if (typescript.isIdentifier(callee)) return { object: null, name: callee.text };
  if (typescript.isPropertyAccessExpression(callee) && typescript.isIdentifier(callee.expression))
    return { object: callee.expression.text, name: callee.name.text };
  return null;
}

function typescriptVariant(
  typescript: typeof ts,
  node: ts.CallExpression | ts.NewExpression,
): Variant | null {
  const callee = calleeOf(typescript, node.expression);
  const args = node.arguments ?? [];
  const first = args[0];
  if (callee === null || first === undefined) return null;
  const global = callee.object === null || GLOBAL_OBJECTS.has(callee.object);
  if (callee.name === 'Function' && global)
    return args.every((arg) => isConstantString(typescript, arg)) ? null : 'function-constructor';
  if (typescript.isNewExpression(node))
    return callee.name === 'Script' &&
      callee.object === 'vm' &&
      !isConstantString(typescript, first)
      ? 'vm'
      : null;
  if (callee.name === 'eval' && global) return isConstantString(typescript, first) ? null : 'eval';
  if (TIMERS.has(callee.name) && global)
    return isBuiltString(typescript, first) ? 'string-timer' : null;
  if (VM_FUNCTIONS.has(callee.name) && callee.object === 'vm')
    return isConstantString(typescript, first) ? null : 'vm';
  return null;
}

// ---- tree-sitter languages ---------------------------------------------------------------------

/** Literal node types per language: code written in the source, not built from data. */
const PLAIN_STRING: Readonly<Record<string, ReadonlySet<string>>> = {
  python: new Set(['string', 'concatenated_string']),
  php: new Set(['string', 'nowdoc']),
  ruby: new Set(['string']),
};

/** A string literal without interpolation (`"1 + 1"`, not `f"{x}"`, `"$x"` or `"#{x}"`). */
function isLiteral(language: string, node: Node): boolean {
  if (PLAIN_STRING[language]?.has(node.type) !== true) {
    return language === 'php' && node.type === 'encapsed_string' && isWithoutHoles(node);
  }
  return isWithoutHoles(node);
}

function isWithoutHoles(node: Node): boolean {
  if (node.type === 'concatenated_string') {
    for (let index = 0; index < node.namedChildCount; index += 1) {
      const part = node.namedChild(index);
      if (part !== null && !isWithoutHoles(part)) return false;
    }
    return true;
  }
  for (let index = 0; index < node.namedChildCount; index += 1) {
    const type = node.namedChild(index)?.type;
    if (
      type === 'interpolation' ||
      type === 'variable_name' ||
      type?.endsWith('_expression') === true
    )
      return false;
  }
  return true;
}

/** The argument at `index`, unwrapping PHP `argument` nodes; null for none or a block argument. */
function argumentAt(list: Node | null, index: number): Node | null {
  let first = list?.namedChild(index) ?? null;
  if (first?.type === 'argument') first = first.namedChild(first.namedChildCount - 1);
  if (first === null || first.type === 'block_argument' || first.type === 'keyword_argument')
    return null;
  return first;
}

function callRule(
  language: 'python' | 'php' | 'ruby',
  query: string,
  variantOf: (name: string, receiver: string | null, argument: Node) => Variant | null,
  parts: (node: Node) => { name: string; receiver: string | null; args: Node | null } | null,
): TreeSitterRule {
  return {
    query,
    create: (context) => ({
      match(match) {
        const node = match.captures[0]?.node;
        if (node === undefined) return;
        const call = parts(node);
        // create_function($args, $code): the code is the second argument.
        const index = call?.name === 'create_function' ? 1 : 0;
        const argument = call === null ? null : argumentAt(call.args, index);
        if (call === null || argument === null || isLiteral(language, argument)) return;
        const variant = variantOf(call.name, call.receiver, argument);
        if (variant !== null) context.report(variant, node, { callee: call.name });
      },
    }),
  };
}

const python = callRule(
  'python',
  '(call function: (identifier) @name (#match? @name "^(eval|exec)$")) @call',
  (name) => (name === 'eval' ? 'eval' : 'exec'),
  (node) => ({
    name: node.childForFieldName('function')?.text ?? '',
    receiver: null,
    args: node.childForFieldName('arguments'),
  }),
);

const php = callRule(
  'php',
  '(function_call_expression function: (name) @name (#match? @name "^(eval|create_function|assert)$")) @call',
  (name, _receiver, argument) => {
    if (name === 'eval') return 'eval';
    if (name === 'create_function') return 'create-function';
    return argument.type === 'encapsed_string' ||
      (argument.type === 'binary_expression' &&
        argument.childForFieldName('operator')?.text === '.')
      ? 'assert-string'
      : null;
  },
  (node) => ({
    name: node.childForFieldName('function')?.text ?? '',
    receiver: null,
    args: node.childForFieldName('arguments'),
  }),
);

const RUBY_EVAL_RECEIVERS = new Set(['Kernel', 'binding']);

const ruby = callRule(
  'ruby',
  '(call method: (identifier) @name (#match? @name "^(eval|instance_eval|class_eval|module_eval)$") arguments: (argument_list)) @call',
  (name, receiver, argument) => {
    if (argument.type === 'heredoc_beginning') return null;
    if (name === 'eval')
      return receiver === null || RUBY_EVAL_RECEIVERS.has(receiver) || receiver.endsWith('.binding')
        ? 'eval'
        : null;
    return 'class-eval';
  },
  (node) => ({
    name: node.childForFieldName('method')?.text ?? '',
    receiver: node.childForFieldName('receiver')?.text ?? null,
    args: node.childForFieldName('arguments'),
  }),
);

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  eval: 'evaluates a string with `eval`',
  exec: 'executes a string with `exec`',
  'function-constructor': 'compiles a function from strings with `Function`',
  'string-timer': 'passes a built string of code to a timer',
  vm: 'runs a string of code in the `vm` module',
  'create-function': 'compiles a function from strings with `create_function`',
  'assert-string': 'passes a built string to `assert`, which evaluates it',
  'class-eval': 'evaluates a string as code with',
};

/**
 * Code evaluated from strings (CWE-95, eval injection): TypeScript/JavaScript `eval(x)`, `new
 * Function(…)`, `setTimeout`/`setInterval` with a string built at run time (ESLint `no-eval`,
 * `no-new-func`, `no-implied-eval`), `vm.runInThisContext`/`runInNewContext`/`runInContext`/
 * `compileFunction` and `new vm.Script`; Python `eval`/`exec` (Bandit B307, B102); PHP `eval`,
 * `create_function`, `assert` of a built string; Ruby `eval` (RuboCop `Security/Eval`) and
 * `instance_eval`/`class_eval`/`module_eval` given a string.
 *
 * Neutral: arguments that are string literals without interpolation (`eval("1 + 1")`, `new
 * Function('return this')`): code fixed in the source carries no data, which is what CWE-95 is
 * about. A timer given an identifier (usually a function), Ruby `class_eval` with a block, and
 * Ruby `class_eval <<-RUBY` heredocs (the metaprogramming idiom for defining methods, whose
 * interpolations are method names) are neutral too. Rule, severity `error`: evaluated input
 * runs with the program's privileges.
 */
export const dynamicCodeExecution = defineDetector({
  id: 'security/dynamic-code-execution',
  category: 'security',
  name: 'No code evaluated from strings',
  description:
    'Code is never evaluated from strings built at run time; `eval` of data lets whoever controls the data run code (CWE-95).',
  severity: 'error',
  mode: 'rule',
  expected: 'code is never evaluated from strings (CWE-95)',
  noun: 'evaluations of strings as code',
  peerRules: [
    'no-eval',
    'no-implied-eval',
    'no-new-func',
    'S102',
    'S307',
    'B102',
    'B307',
    'W0122',
    'W0123',
    'eval-used',
    'exec-used',
    'detect-eval-with-expression',
  ],
  variants: {
    eval: 'evaluate strings with eval',
    exec: 'execute strings with exec',
    'function-constructor': 'compile functions from strings',
    'string-timer': 'pass strings of code to timers',
    vm: 'run strings in the vm module',
    'create-function': 'compile functions with create_function',
    'assert-string': 'evaluate strings with assert',
    'class-eval': 'evaluate strings with class_eval or instance_eval',
  },
  describe(observation) {
    const base = DESCRIPTIONS[observation.variant] ?? 'evaluates a string as code';
    return observation.variant === 'class-eval'
      ? `${base} \`${String(observation.context?.callee ?? 'class_eval')}\``
      : base;
  },
  typescript: {
    kinds: ['CallExpression', 'NewExpression'],
    create(context) {
      return {
        visit(node) {
          const variant = typescriptVariant(
            context.ts,
            node as ts.CallExpression | ts.NewExpression,
          );
          if (variant !== null) context.report(variant, node);
        },
      };
    },
  },
  treeSitter: { python, php, ruby },
});
