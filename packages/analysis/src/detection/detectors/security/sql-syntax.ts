import type { CodeLanguage } from '@drift/core';
import type { Node } from 'web-tree-sitter';
import type { TreeSitterRule } from '../../detector.js';
import { bracePieces, classifySql, printfPieces, type SqlPiece } from './sql-template.js';

/** The pieces a variable holds, or null (not a string built here), by name. */
type Resolve = (name: string) => readonly SqlPiece[] | null;

/** What one language contributes: how strings are built, assigned and sent to the database. */
interface SqlSyntax {
  /** Query patterns capturing `@sql.scope` (functions), `@sql.assign` and `@sql.call`. */
  readonly query: string;
  /** The pieces of a string-building expression, or null when it builds no string. */
  pieces(node: Node, resolve: Resolve): SqlPiece[] | null;
  /** A call or assignment that sends SQL to the database: its candidate SQL arguments. */
  sink(node: Node): { arguments: readonly Node[]; bindsInterpolation: boolean } | null;
  /** A plain-variable assignment: its name, value and whether it appends (`+=`, `.=`). */
  assignment(node: Node): { name: string; value: Node; append: boolean } | null;
}

/** `a` then `b`, each a string's pieces or else a hole for the operand; null if neither builds a string. */
function concatenation(
  left: Node | null,
  right: Node | null,
  pieces: (node: Node) => SqlPiece[] | null,
): SqlPiece[] | null {
  if (left === null || right === null) return null;
  const a = pieces(left);
  const b = pieces(right);
  if (a === null && b === null) return null;
  return [...(a ?? [{ hole: left.text }]), ...(b ?? [{ hole: right.text }])];
}

/**
 * The pieces of a string literal node: its content children are text, any other named child is
 * an interpolated hole (f-string `{x}`, C# `{x}`, PHP `$x`, `{$x->y}`).
 */
function literalPieces(
  node: Node,
  text: ReadonlySet<string>,
  skip: ReadonlySet<string>,
): SqlPiece[] {
  const pieces: SqlPiece[] = [];
  for (let index = 0; index < node.namedChildCount; index += 1) {
    const child = node.namedChild(index);
    if (child === null || skip.has(child.type)) continue;
    if (text.has(child.type)) pieces.push({ text: child.text });
    else pieces.push({ hole: child.text.replace(/^\{|\}$/g, '') });
  }
  return pieces;
}

/** The positional arguments of an argument list (up to `limit`), unwrapping `argument` nodes. */
function argumentsOf(list: Node | null, limit: number, skip: ReadonlySet<string>): Node[] {
  const found: Node[] = [];
  if (list === null) return found;
  for (let index = 0; index < list.namedChildCount && found.length < limit; index += 1) {
    let child = list.namedChild(index);
    if (child?.type === 'argument') child = child.namedChild(child.namedChildCount - 1);
    if (child === null || skip.has(child.type)) continue;
    found.push(child);
  }
  return found;
}

const NONE: ReadonlySet<string> = new Set();

function formatArguments(list: Node | null, from: number): (index: number) => string {
  const args = argumentsOf(list, 20, NONE);
  return (index) => args[from + index]?.text ?? '';
}

// ---- Python ---------------------------------------------------------------------------------

const PYTHON_SINKS = new Set([
  'execute',
  'executemany',
  'executescript',
  'raw',
  'exec_driver_sql',
  'read_sql',
  'read_sql_query',
  'RawSQL',
]);
const PYTHON_TEXT = new Set(['string_content', 'escape_sequence']);
const PYTHON_SKIP = new Set(['string_start', 'string_end']);
const PYTHON_KEYWORD = new Set(['keyword_argument', 'list_splat', 'dictionary_splat']);

function pythonPieces(node: Node, resolve: Resolve): SqlPiece[] | null {
  const self = (child: Node): SqlPiece[] | null => pythonPieces(child, resolve);
  switch (node.type) {
    case 'string':
      return literalPieces(node, PYTHON_TEXT, PYTHON_SKIP).map((piece) =>
        'hole' in piece ? { hole: piece.hole.replace(/![rsa]$|:[^}]*$/, '') } : piece,
      );
    case 'concatenated_string': {
      const pieces: SqlPiece[] = [];
      for (let index = 0; index < node.namedChildCount; index += 1) {
        const part = node.namedChild(index);
        if (part !== null) pieces.push(...(self(part) ?? []));
      }
      return pieces;
    }
    case 'parenthesized_expression': {
      const inner = node.namedChild(0);
      return inner === null ? null : self(inner);
    }
    case 'identifier':
      return resolve(node.text)?.slice() ?? null;
    case 'binary_operator': {
      const operator = node.childForFieldName('operator')?.text;
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (operator === '+') return concatenation(left, right, self);
      if (operator !== '%' || left === null || right === null) return null;
      const format = self(left);
      if (format === null || format.some((piece) => 'hole' in piece)) return null;
      const values =
        right.type === 'tuple'
          ? argumentsOf(right, 20, NONE).map((value) => value.text)
          : [right.text];
      return printfPieces(
        format.map((piece) => ('text' in piece ? piece.text : '')).join(''),
        (i) => (values.length === 1 ? (values[0] ?? '') : (values[i] ?? '')),
      );
    }
    case 'call': {
      const callee = node.childForFieldName('function');
      const args = node.childForFieldName('arguments');
      if (
        callee?.type === 'attribute' &&
        callee.childForFieldName('attribute')?.text === 'format'
      ) {
        const object = callee.childForFieldName('object');
        const format = object === null ? null : self(object);
        if (format === null || format.some((piece) => 'hole' in piece)) return null;
        const text = format.map((piece) => ('text' in piece ? piece.text : '')).join('');
        return bracePieces(text, formatArguments(args, 0));
      }
      if (callee !== null && /(?:^|\.)text$/.test(callee.text)) {
        const first = argumentsOf(args, 1, PYTHON_KEYWORD)[0];
        return first === undefined ? null : self(first);
      }
      return null;
    }
    default:
      return null;
  }
}

const python: SqlSyntax = {
  query: [
    '(function_definition) @sql.scope',
    '(assignment left: (identifier) right: (_)) @sql.assign',
    '(augmented_assignment left: (identifier)) @sql.assign',
    '(call) @sql.call',
  ].join('\n'),
  pieces: pythonPieces,
  sink(node) {
    const callee = node.childForFieldName('function');
    const name =
      callee?.type === 'attribute'
        ? callee.childForFieldName('attribute')?.text
        : callee?.type === 'identifier'
          ? callee.text
          : undefined;
    if (name === undefined || !PYTHON_SINKS.has(name)) return null;
    return {
      arguments: argumentsOf(node.childForFieldName('arguments'), 2, PYTHON_KEYWORD),
      bindsInterpolation: false,
    };
  },
  assignment(node) {
    const left = node.childForFieldName('left');
    const value = node.childForFieldName('right');
    if (left?.type !== 'identifier' || value === null) return null;
    const append = node.type === 'augmented_assignment';
    if (append && node.childForFieldName('operator')?.text !== '+=') return null;
    return { name: left.text, value, append };
  },
};

// ---- Go -------------------------------------------------------------------------------------

const GO_SINKS = new Set([
  'Query',
  'QueryRow',
  'QueryContext',
  'QueryRowContext',
  'Exec',
  'ExecContext',
  'Prepare',
  'PrepareContext',
  'Select',
  'SelectContext',
  'Get',
  'GetContext',
  'Raw',
  'NamedExec',
  'NamedQuery',
  'MustExec',
  'Queryx',
  'QueryRowx',
]);

function goPieces(node: Node, resolve: Resolve): SqlPiece[] | null {
  const self = (child: Node): SqlPiece[] | null => goPieces(child, resolve);
  switch (node.type) {
    case 'interpreted_string_literal':
    case 'raw_string_literal':
      return [{ text: node.text.slice(1, -1) }];
    case 'parenthesized_expression': {
      const inner = node.namedChild(0);
      return inner === null ? null : self(inner);
    }
    case 'identifier':
      return resolve(node.text)?.slice() ?? null;
    case 'binary_expression':
      return node.childForFieldName('operator')?.text === '+'
        ? concatenation(node.childForFieldName('left'), node.childForFieldName('right'), self)
        : null;
    case 'call_expression': {
      if (node.childForFieldName('function')?.text !== 'fmt.Sprintf') return null;
      const args = node.childForFieldName('arguments');
      const first = argumentsOf(args, 1, NONE)[0];
      const format = first === undefined ? null : self(first);
      if (format === null || format.some((piece) => 'hole' in piece)) return null;
      const text = format.map((piece) => ('text' in piece ? piece.text : '')).join('');
      return printfPieces(text, formatArguments(args, 1));
    }
    default:
      return null;
  }
}

const go: SqlSyntax = {
  query: [
    '(function_declaration) @sql.scope',
    '(method_declaration) @sql.scope',
    '(func_literal) @sql.scope',
    '(short_var_declaration) @sql.assign',
    '(assignment_statement) @sql.assign',
    '(var_spec) @sql.assign',
    '(const_spec) @sql.assign',
    '(call_expression function: (selector_expression)) @sql.call',
  ].join('\n'),
  pieces: goPieces,
  sink(node) {
    const field = node.childForFieldName('function')?.childForFieldName('field')?.text;
    if (field === undefined || !GO_SINKS.has(field)) return null;
    return {
      arguments: argumentsOf(node.childForFieldName('arguments'), 3, NONE),
      bindsInterpolation: false,
    };
  },
  assignment(node) {
    if (node.type === 'var_spec' || node.type === 'const_spec') {
      const name = node.childForFieldName('name');
      const value = node.childForFieldName('value')?.namedChild(0) ?? null;
      return name === null || value === null ? null : { name: name.text, value, append: false };
    }
    const left = node.childForFieldName('left')?.namedChild(0);
    const value = node.childForFieldName('right')?.namedChild(0) ?? null;
    const operator =
      node.type === 'assignment_statement' ? node.childForFieldName('operator')?.text : ':=';
    if (left?.type !== 'identifier' || value === null) return null;
    if (operator !== '=' && operator !== ':=' && operator !== '+=') return null;
    return { name: left.text, value, append: operator === '+=' };
  },
};

// ---- Java -----------------------------------------------------------------------------------

const JAVA_SINKS = new Set([
  'query',
  'queryForObject',
  'queryForList',
  'queryForMap',
  'queryForRowSet',
  'queryForStream',
  'update',
  'batchUpdate',
  'execute',
  'executeQuery',
  'executeUpdate',
  'executeLargeUpdate',
  'addBatch',
  'prepareStatement',
  'prepareCall',
  'createQuery',
  'createNativeQuery',
  'createSQLQuery',
]);
const JAVA_TEXT = new Set(['string_fragment', 'escape_sequence', 'multiline_string_fragment']);

function javaPieces(node: Node, resolve: Resolve): SqlPiece[] | null {
  const self = (child: Node): SqlPiece[] | null => javaPieces(child, resolve);
  switch (node.type) {
    case 'string_literal':
      return literalPieces(node, JAVA_TEXT, NONE);
    case 'parenthesized_expression': {
      const inner = node.namedChild(0);
      return inner === null ? null : self(inner);
    }
    case 'identifier':
      return resolve(node.text)?.slice() ?? null;
    case 'binary_expression':
      return node.childForFieldName('operator')?.text === '+'
        ? concatenation(node.childForFieldName('left'), node.childForFieldName('right'), self)
        : null;
    case 'method_invocation': {
      const name = node.childForFieldName('name')?.text;
      const object = node.childForFieldName('object');
      const args = node.childForFieldName('arguments');
      let formatNode: Node | null | undefined = null;
      let from = 0;
      if (name === 'format' && object?.text === 'String') {
        formatNode = argumentsOf(args, 1, NONE)[0];
        from = 1;
      } else if (name === 'formatted') formatNode = object;
      const format = formatNode === null || formatNode === undefined ? null : self(formatNode);
      if (format === null || format.some((piece) => 'hole' in piece)) return null;
      const text = format.map((piece) => ('text' in piece ? piece.text : '')).join('');
      return printfPieces(text, formatArguments(args, from));
    }
    default:
      return null;
  }
}

const java: SqlSyntax = {
  query: [
    '(method_declaration) @sql.scope',
    '(constructor_declaration) @sql.scope',
    '(lambda_expression) @sql.scope',
    '(variable_declarator value: (_)) @sql.assign',
    '(assignment_expression left: (identifier)) @sql.assign',
    '(method_invocation arguments: (argument_list (_))) @sql.call',
  ].join('\n'),
  pieces: javaPieces,
  sink(node) {
    const name = node.childForFieldName('name')?.text;
    if (name === undefined || !JAVA_SINKS.has(name)) return null;
    return {
      arguments: argumentsOf(node.childForFieldName('arguments'), 2, NONE),
      bindsInterpolation: false,
    };
  },
  assignment(node) {
    const operator =
      node.type === 'variable_declarator' ? '=' : node.childForFieldName('operator')?.text;
    const name = node.childForFieldName(node.type === 'variable_declarator' ? 'name' : 'left');
    const value = node.childForFieldName(node.type === 'variable_declarator' ? 'value' : 'right');
    if (name === null || value === null || (operator !== '=' && operator !== '+=')) return null;
    return { name: name.text, value, append: operator === '+=' };
  },
};

// ---- C# -------------------------------------------------------------------------------------

/** Dapper and EF Core methods that send a SQL string; EF's `FromSqlRaw` family takes it as is. */
const CSHARP_SINKS = new Set([
  'ExecuteSqlRaw',
  'ExecuteSqlRawAsync',
  'FromSqlRaw',
  'SqlQueryRaw',
  'Query',
  'QueryAsync',
  'QueryFirst',
  'QueryFirstAsync',
  'QueryFirstOrDefault',
  'QueryFirstOrDefaultAsync',
  'QuerySingle',
  'QuerySingleAsync',
  'QuerySingleOrDefault',
  'QuerySingleOrDefaultAsync',
  'QueryMultiple',
  'QueryMultipleAsync',
  'Execute',
  'ExecuteAsync',
  'ExecuteScalar',
  'ExecuteScalarAsync',
  'ExecuteReader',
  'ExecuteReaderAsync',
]);
/** EF Core methods that turn an interpolated string into DbParameters (`FormattableString`). */
const CSHARP_BINDING_SINKS = new Set([
  'FromSql',
  'FromSqlInterpolated',
  'ExecuteSql',
  'ExecuteSqlAsync',
  'ExecuteSqlInterpolated',
  'ExecuteSqlInterpolatedAsync',
  'SqlQuery',
]);
const CSHARP_COMMANDS = /^(?:Sql|Npgsql|MySql|Sqlite|SQLite|Oracle|Odbc|OleDb|Db)Command$/;
const CSHARP_TEXT = new Set(['string_literal_content', 'escape_sequence', 'string_content']);
const CSHARP_SKIP = new Set([
  'interpolation_start',
  'interpolation_quote',
  'raw_string_start',
  'raw_string_end',
]);

function csharpPieces(node: Node, resolve: Resolve): SqlPiece[] | null {
  const self = (child: Node): SqlPiece[] | null => csharpPieces(child, resolve);
  switch (node.type) {
    case 'string_literal':
    case 'interpolated_string_expression':
      return literalPieces(node, CSHARP_TEXT, CSHARP_SKIP);
    case 'verbatim_string_literal':
      return [{ text: node.text.slice(2, -1) }];
    case 'raw_string_literal':
      return [{ text: node.text.replace(/^"+|"+$/g, '') }];
    case 'parenthesized_expression': {
      const inner = node.namedChild(0);
      return inner === null ? null : self(inner);
    }
    case 'identifier':
      return resolve(node.text)?.slice() ?? null;
    case 'binary_expression':
      return node.childForFieldName('operator')?.text === '+'
        ? concatenation(node.childForFieldName('left'), node.childForFieldName('right'), self)
        : null;
    case 'invocation_expression': {
      if (!/^[Ss]tring\.Format$/.test(node.childForFieldName('function')?.text ?? '')) return null;
      const args = node.childForFieldName('arguments');
      const first = argumentsOf(args, 1, NONE)[0];
      const format = first === undefined ? null : self(first);
      if (format === null || format.some((piece) => 'hole' in piece)) return null;
      const text = format.map((piece) => ('text' in piece ? piece.text : '')).join('');
      return bracePieces(text, formatArguments(args, 1));
    }
    default:
      return null;
  }
}

/** The method name of an invocation: `Query` in `conn.Query<User>(…)`. */
function csharpMethodName(node: Node): string | undefined {
  const callee = node.childForFieldName('function');
  const name =
    callee?.type === 'member_access_expression' ? callee.childForFieldName('name') : callee;
  if (name?.type === 'generic_name') return name.namedChild(0)?.text;
  return name?.type === 'identifier' ? name.text : undefined;
}

const csharp: SqlSyntax = {
  query: [
    '(method_declaration) @sql.scope',
    '(constructor_declaration) @sql.scope',
    '(local_function_statement) @sql.scope',
    '(variable_declarator name: (identifier) (_)) @sql.assign',
    '(assignment_expression left: (identifier)) @sql.assign',
    '(invocation_expression arguments: (argument_list (argument))) @sql.call',
    '(object_creation_expression type: (identifier) arguments: (argument_list (argument))) @sql.call',
    '(assignment_expression left: (member_access_expression name: (identifier) @sql.name (#eq? @sql.name "CommandText"))) @sql.call',
  ].join('\n'),
  pieces: csharpPieces,
  sink(node) {
    if (node.type === 'assignment_expression') {
      const right = node.childForFieldName('right');
      return right === null ? null : { arguments: [right], bindsInterpolation: false };
    }
    if (node.type === 'object_creation_expression') {
      if (!CSHARP_COMMANDS.test(node.childForFieldName('type')?.text ?? '')) return null;
      return {
        arguments: argumentsOf(node.childForFieldName('arguments'), 1, NONE),
        bindsInterpolation: false,
      };
    }
    const name = csharpMethodName(node);
    if (name === undefined) return null;
    const binding = CSHARP_BINDING_SINKS.has(name);
    if (!binding && !CSHARP_SINKS.has(name)) return null;
    return {
      arguments: argumentsOf(node.childForFieldName('arguments'), 1, NONE),
      bindsInterpolation: binding,
    };
  },
  assignment(node) {
    if (node.type === 'variable_declarator') {
      const name = node.childForFieldName('name');
      const value = node.namedChild(node.namedChildCount - 1);
      if (name === null || value === null || value.id === name.id) return null;
      return { name: name.text, value, append: false };
    }
    const operator = node.childForFieldName('operator')?.text;
    const left = node.childForFieldName('left');
    const value = node.childForFieldName('right');
    if (left === null || value === null || (operator !== '=' && operator !== '+=')) return null;
    return { name: left.text, value, append: operator === '+=' };
  },
};

// ---- PHP ------------------------------------------------------------------------------------

const PHP_SINKS = new Set([
  'query',
  'exec',
  'prepare',
  'select',
  'selectOne',
  'insert',
  'update',
  'delete',
  'statement',
  'unprepared',
  'affectingStatement',
  'raw',
  'mysqli_query',
  'mysqli_prepare',
  'mysqli_real_query',
  'pg_query',
  'pg_query_params',
  'pg_prepare',
  'sqlite_query',
]);
const PHP_TEXT = new Set(['string_content', 'escape_sequence', 'string_value']);

function phpPieces(node: Node, resolve: Resolve): SqlPiece[] | null {
  const self = (child: Node): SqlPiece[] | null => phpPieces(child, resolve);
  switch (node.type) {
    case 'string':
    case 'encapsed_string':
      return literalPieces(node, PHP_TEXT, NONE);
    case 'heredoc':
    case 'nowdoc': {
      const body = node.childForFieldName('value');
      return body === null ? [] : literalPieces(body, PHP_TEXT, NONE);
    }
    case 'parenthesized_expression': {
      const inner = node.namedChild(0);
      return inner === null ? null : self(inner);
    }
    case 'variable_name':
      return resolve(node.text)?.slice() ?? null;
    case 'binary_expression':
      return node.childForFieldName('operator')?.text === '.'
        ? concatenation(node.childForFieldName('left'), node.childForFieldName('right'), self)
        : null;
    case 'function_call_expression': {
      if (node.childForFieldName('function')?.text !== 'sprintf') return null;
      const args = node.childForFieldName('arguments');
      const first = argumentsOf(args, 1, NONE)[0];
      const format = first === undefined ? null : self(first);
      if (format === null || format.some((piece) => 'hole' in piece)) return null;
      const text = format.map((piece) => ('text' in piece ? piece.text : '')).join('');
      return printfPieces(text, formatArguments(args, 1));
    }
    default:
      return null;
  }
}

const php: SqlSyntax = {
  query: [
    '(function_definition) @sql.scope',
    '(method_declaration) @sql.scope',
    '(anonymous_function) @sql.scope',
    '(assignment_expression left: (variable_name)) @sql.assign',
    '(augmented_assignment_expression left: (variable_name)) @sql.assign',
    '(member_call_expression) @sql.call',
    '(scoped_call_expression) @sql.call',
    '(function_call_expression) @sql.call',
  ].join('\n'),
  pieces: phpPieces,
  sink(node) {
    const name = node.childForFieldName(
      node.type === 'function_call_expression' ? 'function' : 'name',
    );
    if (name === null || !PHP_SINKS.has(name.text)) return null;
    return {
      arguments: argumentsOf(node.childForFieldName('arguments'), 2, NONE),
      bindsInterpolation: false,
    };
  },
  assignment(node) {
    const left = node.childForFieldName('left');
    const value = node.childForFieldName('right');
    if (left === null || value === null) return null;
    const append = node.type === 'augmented_assignment_expression';
    if (append && node.childForFieldName('operator')?.text !== '.=') return null;
    return { name: left.text, value, append };
  },
};

// ---- the shared handler ---------------------------------------------------------------------

/** Every hole of an interpolated string bound as a parameter (EF Core `FromSql($"…")`). */
function asParameters(pieces: readonly SqlPiece[]): SqlPiece[] {
  return pieces.map((piece) => ('hole' in piece ? { text: '@p' } : piece));
}

function ruleOf(syntax: SqlSyntax): TreeSitterRule {
  return {
    query: syntax.query,
    create(context) {
      const scopes: { end: number; variables: Map<string, readonly SqlPiece[] | null> }[] = [
        { end: Number.POSITIVE_INFINITY, variables: new Map() },
      ];
      const resolve: Resolve = (name) => {
        for (let index = scopes.length - 1; index >= 0; index -= 1) {
          const value = scopes[index]?.variables.get(name);
          if (value !== undefined) return value;
        }
        return null;
      };
      const assign = (node: Node): void => {
        const found = syntax.assignment(node);
        if (found === null) return;
        const value = syntax.pieces(found.value, resolve);
        const previous = found.append ? resolve(found.name) : [];
        const pieces = value === null || previous === null ? null : [...previous, ...value];
        scopes[scopes.length - 1]?.variables.set(found.name, pieces);
      };
      const check = (node: Node): void => {
        const sink = syntax.sink(node);
        if (sink === null) return;
        for (const argument of sink.arguments) {
          const pieces = syntax.pieces(argument, resolve);
          if (pieces === null) continue;
          const bound =
            sink.bindsInterpolation && argument.type === 'interpolated_string_expression';
          const verdict = classifySql(bound ? asParameters(pieces) : pieces);
          if (verdict === null) continue;
          context.report(verdict.variant, node, {
            sql: verdict.sql,
            ...(verdict.hole === undefined ? {} : { hole: verdict.hole }),
          });
          return;
        }
      };
      return {
        match(match) {
          const capture = match.captures.find((c) => c.name !== 'sql.name');
          if (capture === undefined) return;
          const node = capture.node;
          while (scopes.length > 1 && node.startIndex >= (scopes[scopes.length - 1]?.end ?? 0))
            scopes.pop();
          if (capture.name === 'sql.scope')
            scopes.push({ end: node.endIndex, variables: new Map() });
          else if (capture.name === 'sql.assign') assign(node);
          else check(node);
        },
      };
    },
  };
}

/** The tree-sitter rules of `security/sql-injection`, per language. */
export const SQL_TREE_SITTER_RULES: Partial<Record<CodeLanguage, TreeSitterRule>> = {
  python: ruleOf(python),
  go: ruleOf(go),
  java: ruleOf(java),
  csharp: ruleOf(csharp),
  php: ruleOf(php),
};
