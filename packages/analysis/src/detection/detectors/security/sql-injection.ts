import type ts from 'typescript';
import { classifyString } from '../../../parsers/strings-of-interest.js';
import { defineDetector, type TypeScriptContext } from '../../detector.js';
import { SQL_TREE_SITTER_RULES } from './sql-syntax.js';
import { classifySql, sqlText, type SqlPiece } from './sql-template.js';

/**
 * Calls that send a SQL string to the database in JavaScript drivers and ORMs: node-postgres,
 * mysql2, better-sqlite3/sqlite3, pg-promise, knex, Sequelize, TypeORM, Prisma, postgres.js.
 */
const SINKS = new Set([
  'query',
  'execute',
  'exec',
  'raw',
  'prepare',
  'unsafe',
  'run',
  'all',
  'get',
  'each',
  'one',
  'many',
  'none',
  'any',
  'oneOrNone',
  'manyOrNone',
  '$queryRaw',
  '$executeRaw',
  '$queryRawUnsafe',
  '$executeRawUnsafe',
]);
/** Template tags that bind their substitutions as parameters (`sql`, Prisma `$queryRaw`). */
const BINDING_TAG = /(?:^|\.)(?:sql|SQL|\$queryRaw|\$executeRaw)$/;

type Scope = Map<string, readonly SqlPiece[] | null>;

/** Reads how TypeScript and JavaScript expressions build strings, following local variables. */
class TypeScriptSqlReader {
  readonly #scopes = new Map<ts.Node, Scope>();

  constructor(private readonly context: TypeScriptContext) {}

  /** The pieces of a string-building expression, or null when it builds no string. */
  pieces(node: ts.Expression): SqlPiece[] | null {
    const typescript = this.context.ts;
    if (typescript.isStringLiteral(node) || typescript.isNoSubstitutionTemplateLiteral(node))
      return [{ text: node.text }];
    if (typescript.isTemplateExpression(node)) {
      const pieces: SqlPiece[] = [{ text: node.head.text }];
      for (const span of node.templateSpans)
        pieces.push({ hole: this.context.text(span.expression) }, { text: span.literal.text });
      return pieces;
    }
    if (
      typescript.isParenthesizedExpression(node) ||
      typescript.isAsExpression(node) ||
      typescript.isNonNullExpression(node)
    )
      return this.pieces(node.expression);
    if (typescript.isIdentifier(node)) return this.resolve(node.text)?.slice() ?? null;
    if (
      typescript.isBinaryExpression(node) &&
      node.operatorToken.kind === typescript.SyntaxKind.PlusToken
    ) {
      const left = this.pieces(node.left);
      const right = this.pieces(node.right);
      if (left === null && right === null) return null;
      return [
        ...(left ?? [{ hole: this.context.text(node.left) }]),
        ...(right ?? [{ hole: this.context.text(node.right) }]),
      ];
    }
    return null;
  }

  /** Records `name = value` (or `name += value`) in the innermost function. */
  assign(name: string, value: ts.Expression, append: boolean): void {
    const added = this.pieces(value);
    const previous = append ? this.resolve(name) : [];
    this.#innermostScope().set(
      name,
      added === null || previous === null ? null : [...previous, ...added],
    );
  }

  resolve(name: string): readonly SqlPiece[] | null {
    const ancestors = this.context.ancestors;
    for (let index = ancestors.length - 1; index >= 0; index -= 1) {
      const scope = this.#scopes.get(ancestors[index] as ts.Node);
      const value = scope?.get(name);
      if (value !== undefined) return value;
    }
    return null;
  }

  #innermostScope(): Scope {
    const typescript = this.context.ts;
    const ancestors = this.context.ancestors;
    let owner: ts.Node = this.context.sourceFile;
    for (let index = ancestors.length - 1; index >= 0; index -= 1) {
      const node = ancestors[index] as ts.Node;
      if (typescript.isFunctionLike(node)) {
        owner = node;
        break;
      }
    }
    let scope = this.#scopes.get(owner);
    if (scope === undefined) {
      scope = new Map();
      this.#scopes.set(owner, scope);
    }
    return scope;
  }
}

function calleeName(typescript: typeof ts, call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (typescript.isPropertyAccessExpression(callee)) return callee.name.text;
  return typescript.isIdentifier(callee) ? callee.text : null;
}

function contextOf(verdict: { sql: string; hole?: string }): Record<string, string> {
  return verdict.hole === undefined
    ? { sql: verdict.sql }
    : { sql: verdict.sql, hole: verdict.hole };
}

/**
 * SQL sent to the database is either parameterized (placeholders `$1`, `?`, `:name`, `%s`,
 * `%(name)s`, `@name` with values passed separately; `sql` tagged templates and Prisma's
 * tagged `$queryRaw`, which bind their substitutions) or built from data by interpolation
 * (template literals, concatenation, f-strings, `.format()`, `%`, `fmt.Sprintf`,
 * `String.format`, C# `$"…"`, PHP `"… $id"`). The SQL is the argument of a call that sends it
 * (`query`, `execute`, `prepare`, `$queryRawUnsafe`, `executeQuery`, `createQuery`,
 * `cursor.execute`, `db.Query`, `jdbcTemplate.query`, `DB::select`, Dapper `Query`, EF
 * `FromSqlRaw`, `new SqlCommand`, `CommandText = …`), directly or through a local variable or
 * constant, when it looks like SQL (`parsers/strings-of-interest.ts`). CWE-89 and the OWASP
 * SQL Injection Prevention Cheat Sheet (option 1: prepared statements with parameterized
 * queries).
 *
 * Neutral: static SQL without placeholders; query builders (no SQL string); SQL whose only
 * dynamic parts splice structure, not values — table and column names (`FROM ${table}`,
 * escaped identifiers such as TypeORM's `${this.escapePath(table)}`), clauses and
 * placeholder lists (`IN (${placeholders})`, `$${index}`); holes that cannot carry text
 * (`%d`, `Number(x)`, escaping or quoting calls, constants). A hole is a value, and the
 * statement interpolated, when it follows a comparison, `LIKE`, `LIMIT`/`OFFSET`, sits inside
 * quotes or in an `IN`/`VALUES` list. EF Core's `FromSql($"…")` family binds interpolations as
 * parameters. Learned, not a rule: code that builds SQL by concatenation everywhere (an ORM's
 * own query runners) has that as its convention; where values are parameterized, an
 * interpolated value is an injection risk, hence severity `error`.
 */
export const sqlInjection = defineDetector({
  id: 'security/sql-injection',
  category: 'security',
  name: 'Parameterized SQL',
  description:
    'Values reach SQL as bound parameters, not spliced into the statement text; an interpolated value is a SQL injection risk (CWE-89).',
  severity: 'error',
  mode: 'learned',
  noun: 'SQL statements with dynamic values',
  lapses: ['interpolated'],
  peerRules: ['S608', 'B608', 'G201', 'G202', 'gosec'],
  variants: {
    parameterized: 'pass values as bound parameters',
    interpolated: 'splice values into the SQL text',
  },
  describe(observation) {
    const sql = String(observation.context?.sql ?? observation.snippet);
    return observation.variant === 'interpolated'
      ? `splices \`${String(observation.context?.hole ?? '')}\` into \`${sql}\``
      : `binds the values of \`${sql}\` as parameters`;
  },
  typescript: {
    kinds: [
      'CallExpression',
      'TaggedTemplateExpression',
      'VariableDeclaration',
      'BinaryExpression',
    ],
    create(context) {
      const typescript = context.ts;
      const reader = new TypeScriptSqlReader(context);
      const visitCall = (call: ts.CallExpression): void => {
        const name = calleeName(typescript, call);
        if (name === null || !SINKS.has(name)) return;
        for (const argument of call.arguments.slice(0, 2)) {
          const pieces = reader.pieces(argument);
          const verdict = pieces === null ? null : classifySql(pieces);
          if (verdict === null) continue;
          context.report(verdict.variant, call, contextOf(verdict));
          return;
        }
      };
      const visitTagged = (node: ts.TaggedTemplateExpression): void => {
        if (!BINDING_TAG.test(context.text(node.tag))) return;
        const template = node.template;
        if (!typescript.isTemplateExpression(template)) return;
        const pieces: SqlPiece[] = [{ text: template.head.text }];
        for (const span of template.templateSpans)
          pieces.push({ hole: 'x' }, { text: span.literal.text });
        const text = sqlText(pieces);
        if (classifyString(text.replaceAll('…', 'x')) !== 'sql') return;
        context.report('parameterized', node, { sql: text.replace(/\s+/g, ' ').slice(0, 80) });
      };
      return {
        visit(node) {
          if (typescript.isCallExpression(node)) visitCall(node);
          else if (typescript.isTaggedTemplateExpression(node)) visitTagged(node);
          else if (typescript.isVariableDeclaration(node)) {
            if (typescript.isIdentifier(node.name) && node.initializer !== undefined)
              reader.assign(node.name.text, node.initializer, false);
          } else if (typescript.isBinaryExpression(node) && typescript.isIdentifier(node.left)) {
            const operator = node.operatorToken.kind;
            if (operator === typescript.SyntaxKind.EqualsToken)
              reader.assign(node.left.text, node.right, false);
            else if (operator === typescript.SyntaxKind.PlusEqualsToken)
              reader.assign(node.left.text, node.right, true);
          }
        },
      };
    },
  },
  treeSitter: SQL_TREE_SITTER_RULES,
});
