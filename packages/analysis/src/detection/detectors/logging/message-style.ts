import type { CodeLanguage } from '@drift/core';
import type ts from 'typescript';
import type { Node } from 'web-tree-sitter';
import type { TreeSitterContext, TreeSitterRule } from '../../detector.js';
import { defineDetector } from '../../detector.js';
import {
  IDLE_TREE_SITTER_VISITOR,
  IDLE_TYPESCRIPT_VISITOR,
  isForeignCode,
} from '../../shared/errors-foreign-code.js';
import { isLoggerCall } from '../../shared/logging-calls.js';
import { capturedNode } from '../../shared/tree-sitter-captures.js';

/** How a logging call carries its data. */
interface Finding {
  readonly variant: 'interpolated' | 'structured';
  /** The evidence, for messages: "a template literal", "key-value pairs". */
  readonly how: string;
}

const interpolated = (how: string): Finding => ({ variant: 'interpolated', how });
const structured = (how: string): Finding => ({ variant: 'structured', how });

/** printf-style placeholders of Node's `util.format` (pino, winston's splat, console). */
const PRINTF_PLACEHOLDER = /%[sdifjoO]/;
/** SLF4J/Log4j2 `{}` and java.util.logging `{0}` placeholders. */
const JAVA_PLACEHOLDER = /\{\d*\}/;
/** .NET message-template holes: `{UserId}`, `{@Order}`, `{Elapsed:0.00}` (not `{{`). */
const TEMPLATE_HOLE = /(?<!\{)\{[@$]?[A-Za-z_]\w*(?::[^}]*)?\}/;
/** A Go format verb other than `%%`. */
const GO_VERB = /%[-+# 0-9.]*[a-zA-Z]/;

/** Python keyword arguments of the standard `logging` call that carry no data. */
const PYTHON_CONTROL_KEYWORDS = new Set(['exc_info', 'stack_info', 'stacklevel']);
/** Level names that winston's and others' `log(level, message)` take first. */
const LEVEL_NAMES = /^['"`](?:trace|debug|info|warn|warning|error|fatal|verbose|silly|http)['"`]$/;

// TypeScript / JavaScript

function isStringLike(typescript: typeof ts, node: ts.Expression): boolean {
  return typescript.isStringLiteralLike(node) || typescript.isTemplateExpression(node);
}

/** The operands of a `+` chain (`a + b + c` → `[a, b, c]`), or `[node]` for anything else. */
function plusOperands(typescript: typeof ts, node: ts.Expression): ts.Expression[] {
  if (
    !typescript.isBinaryExpression(node) ||
    node.operatorToken.kind !== typescript.SyntaxKind.PlusToken
  )
    return [node];
  return [...plusOperands(typescript, node.left), ...plusOperands(typescript, node.right)];
}

/**
 * A `+` chain joining a string to a value: `'user ' + id`. Constant pieces only (`'a' + 'b'`,
 * a long message split over lines) are no interpolation.
 */
function isConcatenation(typescript: typeof ts, node: ts.Expression): boolean {
  const operands = plusOperands(typescript, node);
  return (
    operands.length > 1 &&
    operands.some((operand) => isStringLike(typescript, operand)) &&
    operands.some((operand) => !typescript.isStringLiteralLike(operand))
  );
}

function analyzeTypeScript(
  typescript: typeof ts,
  method: string,
  args: readonly ts.Expression[],
  text: (node: ts.Node) => string,
): Finding | null {
  const rest = method === 'log' && args[0] !== undefined && LEVEL_NAMES.test(text(args[0]));
  const values = rest ? args.slice(1) : args;
  const messageIndex = values.findIndex(
    (arg) => isStringLike(typescript, arg) || isConcatenation(typescript, arg),
  );
  const message = values[messageIndex];
  if (message !== undefined) {
    if (typescript.isTemplateExpression(message)) return interpolated('a template literal');
    if (isConcatenation(typescript, message)) return interpolated('string concatenation');
  }
  if (values.some((arg) => typescript.isObjectLiteralExpression(arg)))
    return structured('an object of fields');
  if (
    message !== undefined &&
    typescript.isStringLiteralLike(message) &&
    PRINTF_PLACEHOLDER.test(message.text) &&
    values.length > messageIndex + 1
  )
    return structured('printf-style placeholders with arguments');
  return null;
}

// Tree-sitter languages

/** The positional arguments of an argument list (C# `argument`, Kotlin `value_argument` unwrapped). */
function positionalArguments(list: Node): { positional: Node[]; keywords: string[] } {
  const positional: Node[] = [];
  const keywords: string[] = [];
  const count = list.namedChildCount;
  for (let index = 0; index < count; index += 1) {
    const child = list.namedChild(index);
    if (child === null || child.type === 'comment') continue;
    if (child.type === 'keyword_argument') {
      keywords.push(child.childForFieldName('name')?.text ?? '');
      continue;
    }
    if (child.type === 'argument' || child.type === 'value_argument') {
      // Named arguments (C# `name: value`, Kotlin `name = value`) carry no message.
      const value = child.namedChild(0);
      if (value !== null && child.namedChildCount === 1) positional.push(value);
      continue;
    }
    positional.push(child);
  }
  return { positional, keywords };
}

function hasChildOfType(node: Node, type: string): boolean {
  const count = node.namedChildCount;
  for (let index = 0; index < count; index += 1) {
    if (node.namedChild(index)?.type === type) return true;
  }
  return false;
}

/** The operands of a tree-sitter `+` chain, or `[node]` for anything else. */
function treePlusOperands(node: Node): Node[] {
  if (node.type !== 'binary_expression' && node.type !== 'binary_operator') return [node];
  if (node.childForFieldName('operator')?.text !== '+') return [node];
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (left === null || right === null) return [node];
  return [...treePlusOperands(left), ...treePlusOperands(right)];
}

/** A `+` chain joining a string literal of `stringTypes` to a value (not constants only). */
function isTreeConcatenation(node: Node, stringTypes: ReadonlySet<string>): boolean {
  const operands = treePlusOperands(node);
  return (
    operands.length > 1 &&
    operands.some((operand) => stringTypes.has(operand.type)) &&
    operands.some((operand) => !stringTypes.has(operand.type))
  );
}

/** The called name of a call node (`format` of `String.format(…)`), and its receiver's text. */
function calledName(call: Node): { receiver: string; name: string } | null {
  const callee =
    call.childForFieldName('function') ?? call.childForFieldName('name') ?? call.namedChild(0);
  if (callee === null) return null;
  if (call.type === 'method_invocation') {
    return { receiver: call.childForFieldName('object')?.text ?? '', name: callee.text };
  }
  const field =
    callee.childForFieldName('attribute') ??
    callee.childForFieldName('field') ??
    callee.childForFieldName('name');
  const object =
    callee.childForFieldName('object') ??
    callee.childForFieldName('operand') ??
    callee.childForFieldName('expression');
  if (field === null || object === null) return null;
  return { receiver: object.text, name: field.text };
}

const PYTHON_STRINGS = new Set(['string', 'concatenated_string']);

function analyzePython(method: string, list: Node): Finding | null {
  const { positional, keywords } = positionalArguments(list);
  const values = method === 'log' ? positional.slice(1) : positional;
  const message = values[0];
  if (message === undefined) return null;
  if (message.type === 'string' && hasChildOfType(message, 'interpolation'))
    return interpolated('an f-string');
  if (message.type === 'call') {
    const called = calledName(message);
    if (called?.name === 'format' && /^['"fbr]/i.test(called.receiver))
      return interpolated('`str.format`');
  }
  if (message.type === 'binary_operator') {
    const operator = message.childForFieldName('operator')?.text;
    const left = message.childForFieldName('left');
    if (operator === '%' && left !== null && PYTHON_STRINGS.has(left.type))
      return interpolated('`%` formatting');
    if (isTreeConcatenation(message, PYTHON_STRINGS)) return interpolated('string concatenation');
  }
  if (!PYTHON_STRINGS.has(message.type)) return null;
  if (values.length > 1) return structured('lazy arguments');
  if (keywords.some((name) => !PYTHON_CONTROL_KEYWORDS.has(name)))
    return structured('keyword fields');
  return null;
}

const JAVA_STRINGS = new Set(['string_literal', 'text_block']);

function analyzeJava(list: Node): Finding | null {
  const { positional } = positionalArguments(list);
  const index = positional.findIndex(
    (arg) =>
      JAVA_STRINGS.has(arg.type) ||
      isTreeConcatenation(arg, JAVA_STRINGS) ||
      isFormatCall(arg, /^String$/, 'format') ||
      isFormatCall(arg, /^"/, 'formatted'),
  );
  const message = positional[index];
  if (message === undefined) return null;
  if (isTreeConcatenation(message, JAVA_STRINGS)) return interpolated('string concatenation');
  if (!JAVA_STRINGS.has(message.type)) return interpolated('`String.format`');
  if (JAVA_PLACEHOLDER.test(message.text) && positional.length > index + 1)
    return structured('`{}` placeholders with arguments');
  return null;
}

function isFormatCall(node: Node, receiver: RegExp, name: string): boolean {
  if (node.type !== 'method_invocation' && node.type !== 'call_expression') return false;
  const called = calledName(node);
  return called !== null && called.name === name && receiver.test(called.receiver);
}

const KOTLIN_STRINGS = new Set(['string_literal', 'multiline_string_literal']);
/** A Kotlin string template: `"$name"`, `"${user.id}"`. */
const KOTLIN_TEMPLATE = /(?<!\\)\$(?:[A-Za-z_]|\{)/;

function analyzeKotlin(list: Node): Finding | null {
  const { positional } = positionalArguments(list);
  const index = positional.findIndex(
    (arg) => KOTLIN_STRINGS.has(arg.type) || isTreeConcatenation(arg, KOTLIN_STRINGS),
  );
  const message = positional[index];
  if (message === undefined) return null;
  if (isTreeConcatenation(message, KOTLIN_STRINGS)) return interpolated('string concatenation');
  if (hasChildOfType(message, 'interpolation') || KOTLIN_TEMPLATE.test(message.text))
    return interpolated('a string template');
  if (JAVA_PLACEHOLDER.test(message.text) && positional.length > index + 1)
    return structured('`{}` placeholders with arguments');
  return null;
}

const CSHARP_STRINGS = new Set(['string_literal', 'verbatim_string_literal', 'raw_string_literal']);

function analyzeCSharp(list: Node): Finding | null {
  const { positional } = positionalArguments(list);
  const index = positional.findIndex(
    (arg) =>
      CSHARP_STRINGS.has(arg.type) ||
      arg.type === 'interpolated_string_expression' ||
      isTreeConcatenation(arg, CSHARP_STRINGS) ||
      isFormatCall(arg, /^(?:string|String)$/, 'Format'),
  );
  const message = positional[index];
  if (message === undefined) return null;
  if (message.type === 'interpolated_string_expression')
    return hasChildOfType(message, 'interpolation') ? interpolated('an interpolated string') : null;
  if (isTreeConcatenation(message, CSHARP_STRINGS)) return interpolated('string concatenation');
  if (!CSHARP_STRINGS.has(message.type)) return interpolated('`string.Format`');
  if (TEMPLATE_HOLE.test(message.text) && positional.length > index + 1)
    return structured('message-template placeholders with arguments');
  return null;
}

/** A Go logger with fields bound first: `log.WithFields(f)`, `logger.With(zap.Int(…))`. */
const GO_BOUND_FIELDS = /(?:\.With\w*\([\s\S]*\))+$/;

const GO_STRINGS = new Set(['interpreted_string_literal', 'raw_string_literal']);
/** Field constructors of zap (`zap.String`) and slog (`slog.Int`), and logrus' field maps. */
const GO_FIELD = /^(?:zap|slog|logrus)\.[A-Z]\w*/;

function analyzeGo(receiver: string, method: string, list: Node): Finding | null {
  const { positional } = positionalArguments(list);
  const withFields = GO_BOUND_FIELDS.test(receiver);
  const formatted = /f$/.test(method);
  const message = positional[0];
  if (message === undefined) return null;
  if (isFormatCall(message, /^fmt$/, 'Sprintf')) return interpolated('`fmt.Sprintf`');
  if (isTreeConcatenation(message, GO_STRINGS)) return interpolated('string concatenation');
  if (!GO_STRINGS.has(message.type)) return null;
  if (formatted && GO_VERB.test(message.text) && positional.length > 1)
    return interpolated('Printf-style formatting');
  if (formatted) return null;
  const extra = positional[1];
  if (withFields) return structured('fields');
  if (extra === undefined) return null;
  if (GO_FIELD.test(extra.text) || (/w$/.test(method) && positional.length > 2))
    return structured('key-value fields');
  // slog's alternating key-value pairs: a constant key follows the message.
  if (
    GO_STRINGS.has(extra.type) &&
    positional.length > 2 &&
    /^slog$|[Ll]og(?:ger)?$/.test(receiver)
  )
    return structured('key-value pairs');
  return null;
}

// Rules

/** Normalises Go's `Infof`, `Infow`, `InfoContext` and the like to the level. */
function levelOf(method: string): string {
  return method.replace(/(?:Context|[fw])$/, '');
}

function treeSitterRule(
  query: string,
  analyze: (receiver: string, method: string, list: Node) => Finding | null,
  loggerOf: (receiver: string) => string = (receiver) => receiver,
): TreeSitterRule {
  return {
    query,
    create(context: TreeSitterContext) {
      if (isForeignCode(context.file)) return IDLE_TREE_SITTER_VISITOR;
      return {
        match(match) {
          const captured = (name: string): Node | undefined => capturedNode(match, name);
          const call = captured('log.call');
          const receiver = captured('log.receiver')?.text;
          const method = captured('log.method')?.text;
          const list = captured('log.arguments');
          if (call === undefined || receiver === undefined || method === undefined) return;
          if (list === undefined || !isLoggerCall(loggerOf(receiver), levelOf(method))) return;
          const found = analyze(receiver, method, list);
          if (found !== null) context.report(found.variant, call, { how: found.how });
        },
      };
    },
  };
}

const LEVEL_METHOD =
  '"^(trace|debug|info|information|notice|warn|warning|error|exception|critical|fatal|severe|fine|log|success)$"';

const RULES: Partial<Record<CodeLanguage, TreeSitterRule>> = {
  python: treeSitterRule(
    `(call function: (attribute object: (_) @log.receiver attribute: (identifier) @log.method (#match? @log.method ${LEVEL_METHOD})) arguments: (argument_list) @log.arguments) @log.call`,
    (_receiver, method, list) => analyzePython(method, list),
  ),
  java: treeSitterRule(
    `(method_invocation object: (_) @log.receiver name: (identifier) @log.method (#match? @log.method ${LEVEL_METHOD}) arguments: (argument_list) @log.arguments) @log.call`,
    (_receiver, _method, list) => analyzeJava(list),
  ),
  kotlin: treeSitterRule(
    `(call_expression (navigation_expression (_) @log.receiver . (identifier) @log.method . (#match? @log.method ${LEVEL_METHOD})) (value_arguments) @log.arguments) @log.call`,
    (_receiver, _method, list) => analyzeKotlin(list),
  ),
  csharp: treeSitterRule(
    '(invocation_expression function: (member_access_expression expression: (_) @log.receiver name: (identifier) @log.method (#match? @log.method "^(Log(Trace|Debug|Information|Warning|Error|Critical)?|Trace|Debug|Info|Information|Warn|Warning|Error|Fatal|Verbose)$")) arguments: (argument_list) @log.arguments) @log.call',
    (_receiver, _method, list) => analyzeCSharp(list),
  ),
  go: treeSitterRule(
    '(call_expression function: (selector_expression operand: (_) @log.receiver field: (field_identifier) @log.method (#match? @log.method "^(Print|Debug|Info|Warn|Error|Fatal|Panic)(f|ln|w|Context)?$")) arguments: (argument_list) @log.arguments) @log.call',
    analyzeGo,
    (receiver) => receiver.replace(GO_BOUND_FIELDS, ''),
  ),
};

/**
 * Logger calls build their message eagerly — `interpolated`: a TypeScript template literal or
 * `+` concatenation, a Python f-string, `str.format` or `%` applied in the call, Java/Kotlin
 * concatenation, string templates or `String.format`, a C# `$"…"` string, Go `Printf`-style
 * formatting or `fmt.Sprintf` — or hand the data over separately — `structured`: an object of
 * fields (pino, winston's meta), printf placeholders with arguments, Python's lazy `%s`
 * arguments, `extra=` or structlog keyword fields, SLF4J `{}` placeholders, .NET message
 * templates, zap/slog/logrus fields. Sources: Pylint `logging-fstring-interpolation` (W1203)
 * and `logging-not-lazy` (W1201), SonarSource S2629, .NET CA2254, the SLF4J FAQ on
 * parameterized logging. Logger calls are recognised as by `logging/console-vs-logger`.
 * Neutral: constant messages, a message with a bare value (`logger.error('failed', err)`),
 * kotlin-logging's lazy lambdas, zerolog chains. Severity info: a style convention, though
 * eager messages cost formatting at disabled levels and cannot be queried by field.
 */
export const messageStyle = defineDetector({
  id: 'logging/message-style',
  category: 'logging',
  name: 'Log message style',
  description:
    'Log calls pass their data the codebase’s way: as structured fields or placeholders that the logger formats, or interpolated into the message text.',
  severity: 'info',
  mode: 'learned',
  noun: 'logging calls with data',
  lapses: ['interpolated'],
  variants: {
    interpolated: 'interpolate values into the message',
    structured: 'pass values as structured fields or placeholder arguments',
  },
  describe: (observation) => {
    const how = String(observation.context?.how ?? '');
    return observation.variant === 'interpolated'
      ? `interpolates values into the log message with ${how}`
      : `passes values to the logger as ${how}`;
  },
  typescript: {
    kinds: ['CallExpression'],
    create(context) {
      if (isForeignCode(context.file)) return IDLE_TYPESCRIPT_VISITOR;
      const typescript = context.ts;
      return {
        visit(node) {
          const call = node as ts.CallExpression;
          const callee = call.expression;
          if (!typescript.isPropertyAccessExpression(callee)) return;
          const method = callee.name.text;
          if (!isLoggerCall(context.text(callee.expression), method)) return;
          const found = analyzeTypeScript(typescript, method, call.arguments, context.text);
          if (found !== null) context.report(found.variant, call, { how: found.how });
        },
      };
    },
  },
  treeSitter: RULES,
});
