import type { CodeLanguage, FileFacts, ImportFact } from '@drift/core';

/** A database library a file uses, and the import or call that shows it. */
export interface DatabaseLibraryUse {
  /** The library's id: `prisma`, `sqlalchemy`, `gorm`, `jpa`, `ef-core`, `eloquent` … */
  readonly library: string;
  /** The module or call as written. */
  readonly evidence: string;
  readonly line: number;
  readonly column: number;
}

type Rule = readonly [RegExp, string];

/** npm packages (the specifier, subpaths included). */
const JAVASCRIPT: readonly Rule[] = [
  [/^(?:@prisma\/client|\.prisma\/client)(?:\/|$)/, 'prisma'],
  [/^(?:typeorm|@nestjs\/typeorm)(?:\/|$)/, 'typeorm'],
  [/^(?:sequelize|sequelize-typescript|@nestjs\/sequelize)(?:\/|$)/, 'sequelize'],
  [/^(?:mongoose|@nestjs\/mongoose)(?:\/|$)/, 'mongoose'],
  [/^knex(?:\/|$)/, 'knex'],
  [/^objection(?:\/|$)/, 'objection'],
  [/^drizzle-orm(?:\/|$)/, 'drizzle'],
  [/^kysely(?:\/|$)/, 'kysely'],
  [/^@mikro-orm\//, 'mikro-orm'],
  [/^(?:pg|pg-pool)(?:\/|$)/, 'pg'],
  [/^pg-promise(?:\/|$)/, 'pg-promise'],
  [/^postgres$/, 'postgres.js'],
  [/^(?:mysql|mysql2)(?:\/|$)/, 'mysql2'],
  [/^better-sqlite3$/, 'better-sqlite3'],
  [/^(?:sqlite3|sqlite)$/, 'sqlite3'],
  [/^mongodb(?:\/|$)/, 'mongodb'],
];

/** Python modules (dotted prefixes). */
const PYTHON: readonly Rule[] = [
  [/^(?:sqlalchemy|sqlmodel|flask_sqlalchemy)(?:\.|$)/, 'sqlalchemy'],
  [/^django\.db(?:\.|$)/, 'django-orm'],
  [/^peewee(?:\.|$)/, 'peewee'],
  [/^tortoise(?:\.|$)/, 'tortoise'],
  [/^(?:psycopg2?|psycopg_pool)(?:\.|$)/, 'psycopg'],
  [/^asyncpg(?:\.|$)/, 'asyncpg'],
  [/^(?:pymongo|motor|mongoengine)(?:\.|$)/, 'pymongo'],
  [/^(?:pymysql|MySQLdb|mysql\.connector|aiomysql)(?:\.|$)/, 'mysql'],
  [/^(?:sqlite3|aiosqlite)$/, 'sqlite3'],
];

/** Go import paths. `database/sql` is judged by its calls (see {@link databaseLibraries}). */
const GO: readonly Rule[] = [
  [/^(?:gorm\.io\/|github\.com\/jinzhu\/gorm)/, 'gorm'],
  [/^github\.com\/jmoiron\/sqlx/, 'sqlx'],
  [/^github\.com\/jackc\/pgx/, 'pgx'],
  [/^go\.mongodb\.org\/mongo-driver/, 'mongodb'],
  [/^entgo\.io\/ent/, 'ent'],
  [/^github\.com\/uptrace\/bun/, 'bun'],
  [/^github\.com\/go-pg\/pg/, 'go-pg'],
];

/**
 * Java and Kotlin imports. Spring Data's paging types (`org.springframework.data.domain`) and
 * `java.sql` value types (`Timestamp`, `Date`, `SQLException`) are neutral: entities and
 * controllers use them without touching a database.
 */
const JVM: readonly Rule[] = [
  [/^(?:jakarta|javax)\.persistence\./, 'jpa'],
  [/^org\.springframework\.data\.(?:jpa|repository)\./, 'jpa'],
  [/^org\.hibernate\./, 'jpa'],
  [/^org\.springframework\.jdbc\./, 'jdbc'],
  [
    /^java\.sql\.(?:Connection|PreparedStatement|ResultSet|Statement|CallableStatement|DriverManager|\*)$/,
    'jdbc',
  ],
  [/^javax\.sql\.DataSource$/, 'jdbc'],
  [/^org\.jooq\./, 'jooq'],
  [/^org\.(?:apache\.ibatis|mybatis)\./, 'mybatis'],
  [/^(?:org\.springframework\.data\.mongodb|com\.mongodb)\./, 'mongodb'],
  [/^org\.jetbrains\.exposed\./, 'exposed'],
  [/^(?:org\.springframework\.data\.r2dbc|io\.r2dbc)\./, 'r2dbc'],
];

/** C# namespaces (`using`). EF Core providers (`Npgsql.EntityFrameworkCore…`) are EF Core. */
const CSHARP: readonly Rule[] = [
  [/(?:^|\.)EntityFrameworkCore(?:\.|$)/, 'ef-core'],
  [/^System\.Data\.Entity(?:\.|$)/, 'ef-core'],
  [/^Dapper(?:\.|$)/, 'dapper'],
  [
    /^(?:Microsoft\.Data\.SqlClient|System\.Data\.SqlClient|Npgsql|MySql\.Data|MySqlConnector|Microsoft\.Data\.Sqlite|System\.Data\.SQLite)(?:\.|$)/,
    'ado.net',
  ],
  [/^MongoDB\.Driver(?:\.|$)/, 'mongodb'],
  [/^NHibernate(?:\.|$)/, 'nhibernate'],
];

/** PHP `use` names. */
const PHP: readonly Rule[] = [
  [/^\\?Illuminate\\(?:Database\\|Support\\Facades\\DB$)/, 'eloquent'],
  [/^\\?Doctrine\\(?:ORM|DBAL|Persistence)\\/, 'doctrine'],
  [/^\\?MongoDB\\/, 'mongodb'],
];

/** Ruby `require`s (Rails loads ActiveRecord itself, so most Rails files have none). */
const RUBY: readonly Rule[] = [
  [/^active_record(?:\/|$)/, 'activerecord'],
  [/^sequel$/, 'sequel'],
  [/^(?:pg|mysql2|sqlite3)$/, 'ruby-driver'],
  [/^(?:mongo|mongoid)$/, 'mongodb'],
];

const RULES: Partial<Record<CodeLanguage, readonly Rule[]>> = {
  typescript: JAVASCRIPT,
  javascript: JAVASCRIPT,
  python: PYTHON,
  go: GO,
  java: JVM,
  kotlin: JVM,
  csharp: CSHARP,
  php: PHP,
  ruby: RUBY,
};

/** The languages whose database libraries are known. */
export const DATABASE_LANGUAGES = Object.keys(RULES) as CodeLanguage[];

/**
 * The names an import brings in, qualified: Java `java.sql.Connection`, PHP
 * `Illuminate\\Support\\Facades\\DB`, Python `django.db` for `from django import db`; the
 * module itself elsewhere.
 */
function qualifiedNames(language: CodeLanguage, fact: ImportFact): string[] {
  const module = fact.module.replace(/^["'<]|["'>]$/g, '');
  const separator = language === 'php' ? '\\' : '.';
  const joined = fact.names.map((name) =>
    module === '' ? name.name : `${module}${separator}${name.name}`,
  );
  if (language === 'java' || language === 'kotlin' || language === 'php')
    return joined.length > 0 ? joined : [module];
  return language === 'python' ? [module, ...joined] : [module];
}

/** Exceptions and errors: importing them to catch them is not using the library. */
const ERROR_NAME = /(?:Exception|Error)$/;

function libraryOfName(language: CodeLanguage, name: string): string | null {
  for (const [pattern, library] of RULES[language] ?? []) if (pattern.test(name)) return library;
  return null;
}

/**
 * The database library an import brings in and the name that shows it, or null: type-only and
 * side-effect imports, and imports of exception classes only, bring none.
 */
export function databaseLibraryOfImport(
  language: CodeLanguage,
  fact: ImportFact,
): { library: string; name: string } | null {
  if (fact.typeOnly || fact.sideEffect) return null;
  for (const name of qualifiedNames(language, fact)) {
    if (ERROR_NAME.test(name)) continue;
    const library = libraryOfName(language, name);
    if (library !== null) return { library, name };
  }
  return null;
}

/** `sql.Open`, or the methods only `*sql.DB`/`*sql.Tx` have (gorm has none of them). */
const GO_SQL_CALL =
  /^(?:QueryContext|QueryRowContext|ExecContext|PrepareContext|BeginTx|QueryRow)$/;

/**
 * The database libraries a file uses, one entry per library at its first import: the imports
 * of {@link databaseLibraryOfImport}, Go `database/sql` when the file opens a database or calls
 * the methods only `*sql.DB` has (a gorm model that imports it for `sql.NullString` does not
 * count), and PHP `new PDO` (not `use PDO`, which config files need for `PDO::ATTR_*`
 * constants). A library's own files (namespace `Illuminate\\Database\\…`, package
 * `org.hibernate.…`) do not use it: they are it.
 */
export function databaseLibraries(language: CodeLanguage, facts: FileFacts): DatabaseLibraryUse[] {
  const found = new Map<string, DatabaseLibraryUse>();
  const own =
    facts.package === null
      ? null
      : libraryOfName(language, `${facts.package}${language === 'php' ? '\\' : '.'}`);
  const add = (use: DatabaseLibraryUse): void => {
    const known = found.get(use.library);
    if (use.library !== own && (known === undefined || use.line < known.line))
      found.set(use.library, use);
  };
  for (const fact of facts.imports) {
    const use = databaseLibraryOfImport(language, fact);
    if (use !== null)
      add({ library: use.library, evidence: use.name, line: fact.line, column: fact.column });
  }
  if (language === 'go') {
    const sqlImport = facts.imports.find(
      (fact) => fact.module.replace(/"/g, '') === 'database/sql',
    );
    const usesSql = facts.calls.some(
      (call) =>
        (call.receiver === (sqlImport?.defaultName ?? 'sql') &&
          /^Open(?:DB)?$/.test(call.callee)) ||
        GO_SQL_CALL.test(call.callee),
    );
    if (sqlImport !== undefined && usesSql)
      add({
        library: 'database/sql',
        evidence: 'database/sql',
        line: sqlImport.line,
        column: sqlImport.column,
      });
  }
  if (language === 'php') {
    const call = facts.calls.find((c) => c.isConstructor && /^\\?PDO$/.test(c.callee));
    if (call !== undefined)
      add({ library: 'pdo', evidence: 'new PDO', line: call.line, column: call.column });
  }
  return [...found.values()].sort((a, b) => a.line - b.line);
}
