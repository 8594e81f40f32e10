import type {
  CallFact,
  ClassFact,
  CodeLanguage,
  ExportFact,
  FileFacts,
  FunctionFact,
  ImportFact,
  ReferenceFact,
  StringFact,
  VariableTypeFact,
} from '@drift/core';
import type { Database, Statement } from 'better-sqlite3';

/** The fact tables, each with a `file_id` column. */
export const FACT_TABLES = [
  'functions',
  'classes',
  'imports',
  'exports',
  'calls',
  'function_references',
  'variable_types',
  'string_literals',
] as const;

const flag = (value: boolean): number => (value ? 1 : 0);

/**
 * Prepared writes of parser facts (migrations 002 and 005), for use inside the transaction that writes
 * the file's row: a file's facts are replaced whole, so a reader never sees half of them.
 */
export class FactWriter {
  readonly #deletes: Statement[];
  readonly #fileColumns: Statement;
  readonly #function: Statement;
  readonly #class: Statement;
  readonly #import: Statement;
  readonly #export: Statement;
  readonly #call: Statement;
  readonly #reference: Statement;
  readonly #variableType: Statement;
  readonly #string: Statement;

  constructor(db: Database) {
    this.#deletes = FACT_TABLES.map((table) =>
      db.prepare(`DELETE FROM ${table} WHERE file_id = ?`),
    );
    this.#fileColumns = db.prepare('UPDATE files SET parse_errors = ?, package = ? WHERE id = ?');
    this.#function = db.prepare(
      `INSERT INTO functions (file_id, name, qualified_name, kind, class_name, parameters, return_type,
         is_async, is_generator, is_exported, is_static, visibility, decorators, doc_comment,
         start_line, start_column, end_line, end_column, body_lines)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#class = db.prepare(
      `INSERT INTO classes (file_id, name, qualified_name, kind, extends, implements, methods, properties,
         decorators, is_exported, is_abstract, visibility, doc_comment, start_line, start_column, end_line, end_column)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#import = db.prepare(
      `INSERT INTO imports (file_id, module, kind, names, default_name, namespace_name, type_only, side_effect, line, column)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#export = db.prepare(
      'INSERT INTO exports (file_id, name, alias, kind, module, type_only, line) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.#call = db.prepare(
      `INSERT INTO calls (file_id, callee, receiver, argument_count, enclosing_function, is_constructor, line, column)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#reference = db.prepare(
      `INSERT INTO function_references (file_id, name, receiver, enclosing_function, call, call_receiver, line, column)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#variableType = db.prepare(
      'INSERT INTO variable_types (file_id, name, type, enclosing_function, line) VALUES (?, ?, ?, ?, ?)',
    );
    this.#string = db.prepare(
      'INSERT INTO string_literals (file_id, kind, value, context, line, column) VALUES (?, ?, ?, ?, ?, ?)',
    );
  }

  /** Deletes a file's facts (its row stays), as when it turns binary or fails to parse. */
  clear(fileId: number): void {
    for (const statement of this.#deletes) statement.run(fileId);
    this.#fileColumns.run(null, null, fileId);
  }

  /**
   * Writes a file's facts. `replacing` deletes the previous ones first (skip it for a file
   * inserted in this transaction).
   */
  write(fileId: number, facts: FileFacts, replacing: boolean): void {
    if (replacing) for (const statement of this.#deletes) statement.run(fileId);
    this.#fileColumns.run(facts.errorCount, facts.package, fileId);
    for (const f of facts.functions) {
      const r = f.range;
      this.#function.run(
        fileId,
        f.name,
        f.qualifiedName,
        f.kind,
        f.className,
        JSON.stringify(f.parameters),
        f.returnType,
        flag(f.isAsync),
        flag(f.isGenerator),
        flag(f.isExported),
        flag(f.isStatic),
        f.visibility,
        JSON.stringify(f.decorators),
        f.docComment,
        r.startLine,
        r.startColumn,
        r.endLine,
        r.endColumn,
        f.bodyLines,
      );
    }
    for (const c of facts.classes) {
      const r = c.range;
      this.#class.run(
        fileId,
        c.name,
        c.qualifiedName,
        c.kind,
        JSON.stringify(c.extends),
        JSON.stringify(c.implements),
        JSON.stringify(c.methods),
        JSON.stringify(c.properties),
        JSON.stringify(c.decorators),
        flag(c.isExported),
        flag(c.isAbstract),
        c.visibility,
        c.docComment,
        r.startLine,
        r.startColumn,
        r.endLine,
        r.endColumn,
      );
    }
    for (const i of facts.imports) {
      this.#import.run(
        fileId,
        i.module,
        i.kind,
        JSON.stringify(i.names),
        i.defaultName,
        i.namespaceName,
        flag(i.typeOnly),
        flag(i.sideEffect),
        i.line,
        i.column,
      );
    }
    for (const e of facts.exports) {
      this.#export.run(fileId, e.name, e.alias, e.kind, e.module, flag(e.typeOnly), e.line);
    }
    for (const c of facts.calls) {
      this.#call.run(
        fileId,
        c.callee,
        c.receiver,
        c.argumentCount,
        c.enclosingFunction,
        flag(c.isConstructor),
        c.line,
        c.column,
      );
    }
    for (const r of facts.references) {
      this.#reference.run(
        fileId,
        r.name,
        r.receiver,
        r.enclosingFunction,
        r.call,
        r.callReceiver,
        r.line,
        r.column,
      );
    }
    for (const v of facts.variableTypes) {
      this.#variableType.run(fileId, v.name, v.type, v.enclosingFunction, v.line);
    }
    for (const s of facts.strings)
      this.#string.run(fileId, s.kind, s.value, s.context, s.line, s.column);
  }
}

interface FunctionRow {
  name: string;
  qualified_name: string;
  kind: FunctionFact['kind'];
  class_name: string | null;
  parameters: string;
  return_type: string | null;
  is_async: number;
  is_generator: number;
  is_exported: number;
  is_static: number;
  visibility: FunctionFact['visibility'];
  decorators: string;
  doc_comment: string | null;
  start_line: number;
  start_column: number;
  end_line: number;
  end_column: number;
  body_lines: number;
}

interface ClassRow {
  name: string;
  qualified_name: string;
  kind: ClassFact['kind'];
  extends: string;
  implements: string;
  methods: string;
  properties: string;
  decorators: string;
  is_exported: number;
  is_abstract: number;
  visibility: ClassFact['visibility'];
  doc_comment: string | null;
  start_line: number;
  start_column: number;
  end_line: number;
  end_column: number;
}

type Row = Record<string, unknown>;

function functionFact(f: FunctionRow): FunctionFact {
  return {
    name: f.name,
    qualifiedName: f.qualified_name,
    kind: f.kind,
    className: f.class_name,
    parameters: JSON.parse(f.parameters) as FunctionFact['parameters'],
    returnType: f.return_type,
    isAsync: f.is_async === 1,
    isGenerator: f.is_generator === 1,
    isExported: f.is_exported === 1,
    isStatic: f.is_static === 1,
    visibility: f.visibility,
    decorators: JSON.parse(f.decorators) as FunctionFact['decorators'],
    docComment: f.doc_comment,
    range: {
      startLine: f.start_line,
      startColumn: f.start_column,
      endLine: f.end_line,
      endColumn: f.end_column,
    },
    bodyLines: f.body_lines,
  };
}

function classFact(c: ClassRow): ClassFact {
  return {
    name: c.name,
    qualifiedName: c.qualified_name,
    kind: c.kind,
    extends: JSON.parse(c.extends) as string[],
    implements: JSON.parse(c.implements) as string[],
    methods: JSON.parse(c.methods) as string[],
    properties: JSON.parse(c.properties) as ClassFact['properties'],
    decorators: JSON.parse(c.decorators) as ClassFact['decorators'],
    isExported: c.is_exported === 1,
    isAbstract: c.is_abstract === 1,
    visibility: c.visibility,
    docComment: c.doc_comment,
    range: {
      startLine: c.start_line,
      startColumn: c.start_column,
      endLine: c.end_line,
      endColumn: c.end_column,
    },
  };
}

function importFact(i: Row): ImportFact {
  return {
    module: i['module'] as string,
    kind: i['kind'] as ImportFact['kind'],
    names: JSON.parse(i['names'] as string) as ImportFact['names'],
    defaultName: i['default_name'] as string | null,
    namespaceName: i['namespace_name'] as string | null,
    typeOnly: i['type_only'] === 1,
    sideEffect: i['side_effect'] === 1,
    line: i['line'] as number,
    column: i['column'] as number,
  };
}

function exportFact(e: Row): ExportFact {
  return {
    name: e['name'] as string,
    alias: e['alias'] as string | null,
    kind: e['kind'] as ExportFact['kind'],
    module: e['module'] as string | null,
    typeOnly: e['type_only'] === 1,
    line: e['line'] as number,
  };
}

function referenceFact(r: Row): ReferenceFact {
  return {
    name: r['name'] as string,
    receiver: r['receiver'] as string | null,
    enclosingFunction: r['enclosing_function'] as string | null,
    call: r['call'] as string,
    callReceiver: r['call_receiver'] as string | null,
    line: r['line'] as number,
    column: r['column'] as number,
  };
}

function variableTypeFact(v: Row): VariableTypeFact {
  return {
    name: v['name'] as string,
    type: v['type'] as string,
    enclosingFunction: v['enclosing_function'] as string | null,
    line: v['line'] as number,
  };
}

function stringFact(s: Row): StringFact {
  return {
    kind: s['kind'] as StringFact['kind'],
    value: s['value'] as string,
    context: s['context'] as string | null,
    line: s['line'] as number,
    column: s['column'] as number,
  };
}

interface MutableFacts {
  language: CodeLanguage;
  package: string | null;
  functions: FunctionFact[];
  classes: ClassFact[];
  imports: ImportFact[];
  exports: ExportFact[];
  calls: CallFact[];
  references: ReferenceFact[];
  variableTypes: VariableTypeFact[];
  strings: StringFact[];
  errorCount: number;
}

/**
 * The stored facts of parsed files, keyed by root-relative path, each list in source order:
 * every parsed file, or those of `fileIds`. One pass over each fact table (not one query per
 * file), for the global passes that read the facts of a whole project.
 */
export function readProjectFacts(
  db: Database,
  fileIds?: readonly number[],
): Map<string, FileFacts> {
  const only = fileIds === undefined ? '' : 'AND f.id IN (SELECT value FROM json_each(?))';
  const parameters = fileIds === undefined ? [] : [JSON.stringify(fileIds)];
  const files = db
    .prepare(
      `SELECT f.id, f.path, f.language, f.package, f.parse_errors AS parseErrors FROM files f
        WHERE f.parse_errors IS NOT NULL ${only}`,
    )
    .all(...parameters) as {
    id: number;
    path: string;
    language: CodeLanguage;
    package: string | null;
    parseErrors: number;
  }[];
  const byId = new Map<number, MutableFacts>();
  const byPath = new Map<string, FileFacts>();
  for (const file of files) {
    const facts: MutableFacts = {
      language: file.language,
      package: file.package,
      functions: [],
      classes: [],
      imports: [],
      exports: [],
      calls: [],
      references: [],
      variableTypes: [],
      strings: [],
      errorCount: file.parseErrors,
    };
    byId.set(file.id, facts);
    byPath.set(file.path, facts);
  }
  const each = (table: string, add: (facts: MutableFacts, row: Row) => void): void => {
    const rows = db
      .prepare(
        `SELECT t.* FROM ${table} t ${fileIds === undefined ? '' : 'WHERE t.file_id IN (SELECT value FROM json_each(?))'} ORDER BY t.file_id, t.id`,
      )
      .iterate(...parameters) as IterableIterator<Row & { file_id: number }>;
    for (const row of rows) {
      const facts = byId.get(row.file_id);
      if (facts !== undefined) add(facts, row);
    }
  };
  each('functions', (f, row) => f.functions.push(functionFact(row as unknown as FunctionRow)));
  each('classes', (f, row) => f.classes.push(classFact(row as unknown as ClassRow)));
  each('imports', (f, row) => f.imports.push(importFact(row)));
  each('exports', (f, row) => f.exports.push(exportFact(row)));
  // The largest table (a call per row): read as arrays, which better-sqlite3 builds faster.
  const calls = db
    .prepare(
      `SELECT t.file_id, t.callee, t.receiver, t.argument_count, t.enclosing_function,
              t.is_constructor, t.line, t.column FROM calls t ${fileIds === undefined ? '' : 'WHERE t.file_id IN (SELECT value FROM json_each(?))'} ORDER BY t.file_id, t.id`,
    )
    .raw()
    .all(...parameters) as [
    number,
    string,
    string | null,
    number,
    string | null,
    number,
    number,
    number,
  ][];
  for (const [
    fileId,
    callee,
    receiver,
    argumentCount,
    enclosingFunction,
    isConstructor,
    line,
    column,
  ] of calls) {
    byId.get(fileId)?.calls.push({
      callee,
      receiver,
      argumentCount,
      enclosingFunction,
      isConstructor: isConstructor === 1,
      line,
      column,
    });
  }
  each('function_references', (f, row) => f.references.push(referenceFact(row)));
  each('variable_types', (f, row) => f.variableTypes.push(variableTypeFact(row)));
  each('string_literals', (f, row) => f.strings.push(stringFact(row)));
  return byPath;
}

/**
 * The stored facts of one file, in source order, or undefined when the file is not stored or
 * was not parsed.
 */
export function readFileFacts(db: Database, fileId: number): FileFacts | undefined {
  return readProjectFacts(db, [fileId]).values().next().value;
}

/** Facts per language: analysed files and the rows of each fact table. */
export interface LanguageFactCounts {
  files: number;
  functions: number;
  classes: number;
  imports: number;
  exports: number;
  calls: number;
  /** Files parsed with recovered syntax errors. */
  filesWithErrors: number;
}

/** Counts of files and facts per language (analysed files only). */
export function countFactsByLanguage(db: Database): Record<string, LanguageFactCounts> {
  const counts: Record<string, LanguageFactCounts> = {};
  const files = db
    .prepare(
      `SELECT language, count(*) AS files, count(*) FILTER (WHERE parse_errors > 0) AS withErrors
         FROM files WHERE skip_reason IS NULL GROUP BY language ORDER BY language`,
    )
    .all() as { language: string; files: number; withErrors: number }[];
  for (const row of files) {
    counts[row.language] = {
      files: row.files,
      functions: 0,
      classes: 0,
      imports: 0,
      exports: 0,
      calls: 0,
      filesWithErrors: row.withErrors,
    };
  }
  for (const table of ['functions', 'classes', 'imports', 'exports', 'calls'] as const) {
    const rows = db
      .prepare(
        `SELECT f.language AS language, count(*) AS n FROM ${table} AS t JOIN files AS f ON f.id = t.file_id GROUP BY f.language`,
      )
      .all() as { language: string; n: number }[];
    for (const row of rows) {
      const entry = counts[row.language];
      if (entry !== undefined) entry[table] = row.n;
    }
  }
  return counts;
}
