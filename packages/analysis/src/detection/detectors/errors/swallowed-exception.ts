import type { CodeLanguage } from '@drift/core';
import type ts from 'typescript';
import type { Node } from 'web-tree-sitter';
import type { DetectionFile, TreeSitterRule } from '../../detector.js';
import { defineDetector } from '../../detector.js';
import {
  IDLE_TREE_SITTER_VISITOR,
  IDLE_TYPESCRIPT_VISITOR,
  isForeignCode,
} from '../../shared/errors-foreign-code.js';
import { namedChildren } from '../../../parsers/tree-sitter/syntax.js';

/**
 * A caught-error variable whose name says the error is ignored on purpose: IntelliJ's "Empty
 * 'catch' block" inspection accepts `ignored`/`expected`, ESLint's `caughtErrorsIgnorePattern`
 * is conventionally `^_`, and C#/Kotlin use `_` as a discard.
 */
const INTENTIONAL_NAME = /^\$?(?:_\w*|ignored?|expected|unused)$/i;

/** Types whose handler catches every failure, bugs included (Pylint `broad-exception-caught`). */
const CATCH_ALL_TYPES = new Set([
  'Exception',
  'BaseException',
  'Throwable',
  'RuntimeException',
  'StandardError',
  'SystemException',
]);

const COMMENT_TYPES = new Set(['comment', 'line_comment', 'block_comment']);
const TRAILING_COMMENT = /^\s*(?:\/\/|\/\*|#)/;

/** What one handler shows. */
interface Handler {
  /** Statements other than comments (Python: other than `pass` and `...`). */
  readonly statements: number;
  readonly hasComment: boolean;
  /** The caught types as written (empty for a handler of every error). */
  readonly caughtTypes: readonly string[];
  readonly caughtName: string | null;
  /**
   * Whether the guarded `try` block is a probe: at most {@link PROBE_STATEMENTS} statements that
   * compute a value (`return`, a declaration, an assignment, an `if`), none a bare call.
   */
  readonly guardsProbe: boolean;
}

/**
 * A `try` block this short that computes a value, guarding an empty handler, is a probe with a
 * fallback (`try { return performance.now() } catch {} return Date.now()`, feature detection,
 * an optional driver): the failure is the expected answer. A bare call (`try { cache.delete(id)
 * } catch {}`) is a side effect whose failure is hidden, so it is no probe.
 */
const PROBE_STATEMENTS = 2;

/** Expression nodes of a call, across the tree-sitter grammars. */
const CALL = /call|invocation|await/;

type Variant = 'handled' | 'swallowed';

/**
 * The variant of a handler, or null when neutral: an empty handler of a specific type (`except
 * KeyError: pass`) anticipates that failure, as Bandit's B110 default accepts, an empty one
 * with a comment or an ignoring name documents the choice, and one after a probe (at most
 * {@link PROBE_STATEMENTS} guarded statements computing a value) falls back on purpose.
 */
function variantOf(handler: Handler): Variant | null {
  if (handler.statements > 0) return 'handled';
  if (handler.hasComment) return null;
  if (handler.guardsProbe) return null;
  if (handler.caughtName !== null && INTENTIONAL_NAME.test(handler.caughtName)) return null;
  const catchesAll =
    handler.caughtTypes.length === 0 ||
    handler.caughtTypes.some((type) =>
      CATCH_ALL_TYPES.has(type.slice(Math.max(type.lastIndexOf('.'), type.lastIndexOf('\\')) + 1)),
    );
  return catchesAll ? 'swallowed' : null;
}

/** The first named child of `node` of type `type`. */
function childOfType(node: Node, type: string): Node | null {
  return namedChildren(node).find((child) => child.type === type) ?? null;
}

/** The statements and comments among a block's named children. */
function readBlock(block: Node | null): Pick<Handler, 'statements' | 'hasComment'> {
  let statements = 0;
  let hasComment = false;
  const count = block?.namedChildCount ?? 0;
  for (let index = 0; index < count; index += 1) {
    const type = block?.namedChild(index)?.type;
    if (type === undefined) continue;
    if (COMMENT_TYPES.has(type)) hasComment = true;
    else statements += 1;
  }
  return { statements, hasComment };
}

/** A statement that does nothing: `pass` or a bare `...`. */
function isPythonNoOp(statement: Node): boolean {
  if (statement.type === 'pass_statement') return true;
  return statement.type === 'expression_statement' && statement.text === '...';
}

/** The exception classes of a Python `except` value: `E`, `(A, B)`, `E as e`. */
function pythonCaughtTypes(value: Node | null): string[] {
  if (value === null) return [];
  const caught = value.type === 'as_pattern' ? value.namedChild(0) : value;
  if (caught === null) return [];
  if (caught.type !== 'tuple') return [caught.text];
  return caught.text
    .slice(1, -1)
    .split(',')
    .map((name) => name.trim());
}

function readPython(clause: Node): Omit<Handler, 'guardsProbe'> {
  const block = childOfType(clause, 'block');
  let statements = 0;
  const count = block?.namedChildCount ?? 0;
  for (let index = 0; index < count; index += 1) {
    const child = block?.namedChild(index);
    if (child !== null && child !== undefined && child.type !== 'comment' && !isPythonNoOp(child))
      statements += 1;
  }
  return {
    statements,
    // With no statement left, the clause holds only its types, `pass`/`...` and comments.
    hasComment: statements === 0 && clause.text.includes('#'),
    caughtTypes: pythonCaughtTypes(clause.childForFieldName('value')),
    caughtName: null,
  };
}

function readJava(clause: Node): Omit<Handler, 'guardsProbe'> {
  const parameter = childOfType(clause, 'catch_formal_parameter');
  const types = parameter === null ? null : childOfType(parameter, 'catch_type');
  return {
    ...readBlock(clause.childForFieldName('body')),
    caughtTypes: types === null ? [] : types.text.split('|').map((type) => type.trim()),
    caughtName: parameter?.childForFieldName('name')?.text ?? null,
  };
}

function readKotlin(clause: Node): Omit<Handler, 'guardsProbe'> {
  const type = childOfType(clause, 'user_type');
  return {
    ...readBlock(childOfType(clause, 'block')),
    caughtTypes: type === null ? [] : [type.text],
    caughtName: childOfType(clause, 'identifier')?.text ?? null,
  };
}

function readCSharp(clause: Node): Omit<Handler, 'guardsProbe'> {
  const declaration = childOfType(clause, 'catch_declaration');
  const type = declaration?.childForFieldName('type') ?? null;
  return {
    ...readBlock(clause.childForFieldName('body')),
    caughtTypes: type === null ? [] : [type.text],
    caughtName: declaration?.childForFieldName('name')?.text ?? null,
  };
}

function readPhp(clause: Node): Omit<Handler, 'guardsProbe'> {
  const types = clause.childForFieldName('type');
  return {
    ...readBlock(clause.childForFieldName('body')),
    caughtTypes: types === null ? [] : types.text.split('|').map((type) => type.trim()),
    caughtName: clause.childForFieldName('name')?.text ?? null,
  };
}

/** A Ruby `rescue`: its `body` is absent when empty, and then a comment is the clause's child. */
function readRuby(clause: Node): Omit<Handler, 'guardsProbe'> {
  const body = clause.childForFieldName('body');
  const exceptions = clause.childForFieldName('exceptions');
  return {
    ...(body === null
      ? { statements: 0, hasComment: childOfType(clause, 'comment') !== null }
      : readBlock(body)),
    caughtTypes: exceptions === null ? [] : exceptions.text.split(',').map((type) => type.trim()),
    caughtName: null,
  };
}

/** Whether the `try` block a tree-sitter handler guards is a probe (Ruby's never is). */
function guardsProbe(clause: Node): boolean {
  const statement = clause.parent;
  if (statement === null) return false;
  const body = statement.childForFieldName('body') ?? childOfType(statement, 'block');
  if (body === null || body.id === clause.id) return false;
  const statements = body.namedChildren.filter(
    (child) => child !== null && !COMMENT_TYPES.has(child.type),
  );
  return (
    statements.length > 0 &&
    statements.length <= PROBE_STATEMENTS &&
    statements.every((child) => {
      if (child === null || CALL.test(child.type)) return false;
      const expression = child.type === 'expression_statement' ? child.namedChild(0) : null;
      return expression === null || !CALL.test(expression.type);
    })
  );
}

/** Whether a TypeScript `try` block is a probe. */
function guardsTypeScriptProbe(typescript: typeof ts, tryStatement: ts.Node | undefined): boolean {
  if (tryStatement === undefined || !typescript.isTryStatement(tryStatement)) return false;
  const statements = tryStatement.tryBlock.statements;
  return (
    statements.length > 0 &&
    statements.length <= PROBE_STATEMENTS &&
    statements.every(
      (statement) =>
        !typescript.isExpressionStatement(statement) ||
        !(
          typescript.isCallExpression(statement.expression) ||
          typescript.isAwaitExpression(statement.expression)
        ),
    )
  );
}

/** True when a comment follows the handler on its last line (`catch {} // not fatal`). */
function hasTrailingComment(file: DetectionFile, endLine: number, endColumn: number): boolean {
  return TRAILING_COMMENT.test(file.lineText(endLine).slice(endColumn));
}

/**
 * A rule over one language's handlers (`@handler`) and cleanup blocks (`@cleanup`: `finally`,
 * `ensure`). An empty handler inside another handler or a cleanup block (a failed rollback or
 * close while an earlier error is handled) is neutral: the first error wins, deliberately.
 */
function handlerRule(
  handler: string,
  cleanup: string,
  read: (clause: Node) => Omit<Handler, 'guardsProbe'>,
): TreeSitterRule {
  return {
    query: `${handler} @handler\n${cleanup} @cleanup`,
    create(context) {
      if (isForeignCode(context.file)) return IDLE_TREE_SITTER_VISITOR;
      const enclosing: number[] = [];
      return {
        match(match) {
          const capture = match.captures[0];
          if (capture === undefined) return;
          const node = capture.node;
          while (enclosing.length > 0 && (enclosing.at(-1) ?? 0) <= node.startIndex)
            enclosing.pop();
          const nested = enclosing.length > 0;
          enclosing.push(node.endIndex);
          if (capture.name !== 'handler') return;
          const variant = variantOf({ ...read(node), guardsProbe: guardsProbe(node) });
          if (variant === null) return;
          if (variant === 'swallowed') {
            const end = node.endPosition;
            if (nested || hasTrailingComment(context.file, end.row + 1, end.column)) return;
          }
          context.report(variant, node);
        },
      };
    },
  };
}

/** True when a catch clause lies in another catch clause or a `finally` block. */
function inErrorHandling(typescript: typeof ts, ancestors: readonly ts.Node[]): boolean {
  // The clause's own try statement is the last ancestor; its finally block does not hold it.
  for (let index = ancestors.length - 2; index >= 0; index -= 1) {
    const ancestor = ancestors[index];
    if (ancestor === undefined) continue;
    if (typescript.isCatchClause(ancestor)) return true;
    if (typescript.isTryStatement(ancestor) && ancestor.finallyBlock === ancestors[index + 1])
      return true;
  }
  return false;
}

const RULES: Partial<Record<CodeLanguage, TreeSitterRule>> = {
  python: handlerRule('(except_clause)', '(finally_clause)', readPython),
  java: handlerRule('(catch_clause body: (block))', '(finally_clause)', readJava),
  kotlin: handlerRule('(catch_block (block))', '(finally_block)', readKotlin),
  csharp: handlerRule('(catch_clause body: (block))', '(finally_clause)', readCSharp),
  php: handlerRule('(catch_clause body: (compound_statement))', '(finally_clause)', readPhp),
  ruby: handlerRule('(rescue)', '(ensure)', readRuby),
};

/**
 * Caught errors are handled (anything in the handler: logging, rethrowing, recovering) or
 * swallowed by an empty handler of every error: `catch {}` in TypeScript and JavaScript (whose
 * catch clauses catch everything), Python `except:`/`except Exception: pass`, Java `catch
 * (Exception e) {}`, Ruby's bare `rescue` — CWE-390 "Detection of Error Condition Without
 * Action", CWE-1069 "Empty Exception Block", ESLint `no-empty`, Bandit B110 `try_except_pass`.
 *
 * Neutral: an empty handler of a specific type (`except KeyError: pass`: that failure was
 * anticipated, which Bandit's B110 accepts by default), one with a comment inside or after it
 * (a documented choice, as ESLint's `no-empty` and PMD's `allowCommentedBlocks` accept), a
 * caught variable named to be ignored (`ignored`, `expected`, `_e`), an empty handler inside
 * another handler or a `finally` (a failed rollback must not hide the first error), Ruby's `x
 * rescue nil` modifier, and an empty handler after a `try` of one or two statements that compute
 * a value rather than call for a side effect (a probe with a fallback: feature detection, an
 * optional dependency, a `JSON.stringify` that may throw).
 * Severity warning: a swallowed error hides failures from logs and
 * callers.
 */
export const swallowedException = defineDetector({
  id: 'errors/swallowed-exception',
  category: 'errors',
  name: 'Swallowed exceptions',
  description:
    'Caught errors are handled — logged, rethrown or recovered from — not silently swallowed by an empty handler that hides every failure.',
  severity: 'warning',
  mode: 'learned',
  noun: 'error handlers',
  lapses: ['swallowed'],
  peerRules: [
    'no-empty',
    'S110',
    'S112',
    'B110',
    'B112',
    'BLE001',
    'SIM105',
    'W0702',
    'W0718',
    'bare-except',
    'broad-exception-caught',
    'errcheck',
  ],
  variants: {
    handled: 'handle the caught error',
    swallowed: 'swallow every error with an empty handler',
  },
  describe: (observation) =>
    observation.variant === 'swallowed'
      ? 'swallows every error with an empty handler'
      : 'handles the caught error',
  typescript: {
    kinds: ['CatchClause'],
    create(context) {
      if (isForeignCode(context.file)) return IDLE_TYPESCRIPT_VISITOR;
      const typescript = context.ts;
      return {
        visit(node) {
          const clause = node as ts.CatchClause;
          const block = clause.block;
          const binding = clause.variableDeclaration?.name;
          const variant = variantOf({
            statements: block.statements.length,
            hasComment:
              context.text(block).slice(1, -1).trim() !== '' ||
              (typescript.getTrailingCommentRanges(context.sourceFile.text, block.end)?.length ??
                0) > 0,
            caughtTypes: [],
            caughtName:
              binding !== undefined && typescript.isIdentifier(binding) ? binding.text : null,
            guardsProbe: guardsTypeScriptProbe(typescript, context.ancestors.at(-1)),
          });
          if (variant === null) return;
          if (variant === 'swallowed' && inErrorHandling(typescript, context.ancestors)) return;
          context.report(variant, clause);
        },
      };
    },
  },
  treeSitter: RULES,
});
