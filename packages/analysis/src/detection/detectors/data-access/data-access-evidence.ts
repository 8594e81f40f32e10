import type { CallFact, CodeLanguage, FileFacts, ImportFact } from '@drift/core';
import { databaseLibraries } from '../../shared/data-access-libraries.js';

/** Where a file shows how it reaches data, and what shows it. */
export interface Evidence {
  readonly line: number;
  readonly column: number;
  /** The import, call or type as written. */
  readonly text: string;
}

/** The earlier of two pieces of evidence. */
function earlier(a: Evidence | null, b: Evidence | null): Evidence | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.line < a.line || (b.line === a.line && b.column < a.column) ? b : a;
}

function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** The module or qualified names an import brings in, as one string for word matching. */
function importText(fact: ImportFact): string {
  return [fact.module, ...fact.names.map((name) => name.name)].join(' ');
}

/** Module words of a data or service layer (`./article.service`, `app.crud`, `…Application.TodoItems`). */
const LAYER_WORDS = new Set([
  'service',
  'services',
  'repository',
  'repositories',
  'repo',
  'repos',
  'usecase',
  'usecases',
  'crud',
  'dao',
  'daos',
  'store',
  'stores',
  'application',
  'interactor',
  'interactors',
  'selectors',
  'commands',
  'queries',
]);
/** Types and receivers of a service layer (`UserService`, `OwnerRepository`, MediatR `ISender`). */
const DELEGATE_TYPE =
  /(?:Service|Services|Repository|Repo|UseCase|Interactor|Facade|Sender|Mediator|Dao|Gateway|Store|Query|Command|Operation|Action|Form)$/;
const DELEGATE_RECEIVER =
  /(?:service|svc|usecase|useCase|repository|repo|store|interactor|mediator|sender)s?$/i;

// ---- direct database access -----------------------------------------------------------------

/** Local modules that hold the database client (`../prisma/prisma-client`, `@/lib/db`, `app.core.db`). */
const DATABASE_MODULE_WORDS = new Set([
  'prisma',
  'db',
  'database',
  'knex',
  'sequelize',
  'datasource',
  'drizzle',
  'mongoose',
  'typeorm',
  'orm',
]);
/** Receivers that are a database client or ORM handle in JavaScript. */
const JS_CLIENT_RECEIVER =
  /^(?:this\.)?(?:prisma|db|knex|sequelize|pool|pgPool|dataSource|entityManager|em|queryRunner|mongoose)(?:\.|$)/;
const JS_CLIENT_CALLS = new Set([
  'getRepository',
  'getManager',
  'getConnection',
  'getCustomRepository',
  'createQueryBuilder',
  'getMongoRepository',
]);
/** Static query methods of Sequelize, Mongoose and Eloquent models, Active Record class methods. */
const MODEL_QUERIES = new Set([
  'findAll',
  'findOne',
  'findByPk',
  'findById',
  'findByIdAndUpdate',
  'findByIdAndDelete',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOrCreate',
  'find',
  'create',
  'bulkCreate',
  'update',
  'updateOne',
  'updateMany',
  'destroy',
  'deleteOne',
  'deleteMany',
  'countDocuments',
  'aggregate',
  'insertMany',
  'upsert',
  'where',
  'findOrFail',
  'firstOrFail',
  'firstOrCreate',
  'updateOrCreate',
  'query',
  'all',
  'with',
  'paginate',
  'find_by',
  'find_by!',
  'create!',
  'find_or_create_by',
  'find_or_initialize_by',
  'includes',
  'joins',
  'exists?',
  'pluck',
  'update_all',
  'delete_all',
  'destroy_all',
]);
/** Python: SQLAlchemy sessions, DB-API cursors and connections. */
const PYTHON_SESSION = /^(?:self\.)?(?:session|db|db_session|cursor|connection|conn)$/;
const PYTHON_SESSION_CALLS = new Set([
  'query',
  'exec',
  'execute',
  'add',
  'add_all',
  'get',
  'delete',
  'commit',
  'refresh',
  'scalars',
  'scalar',
  'merge',
  'flush',
  'fetchone',
  'fetchall',
]);
/** Go: a database handle (`db`, `h.db`, `models.DB`, `tx`). */
const GO_DATABASE_RECEIVER = /(?:^|\.)(?:db|DB|gormDB|database|Database|tx|conn)$/;
const GO_DATABASE_CALLS = new Set([
  'Where',
  'Find',
  'First',
  'Last',
  'Take',
  'Create',
  'Save',
  'Delete',
  'Model',
  'Preload',
  'Joins',
  'Raw',
  'Exec',
  'Update',
  'Updates',
  'Table',
  'Association',
  'Query',
  'QueryRow',
  'QueryContext',
  'QueryRowContext',
  'ExecContext',
  'Select',
  'Get',
  'Begin',
  'BeginTx',
]);
/** Types of an injected ORM handle or connection (JVM, .NET) or ORM repository (TypeORM, Mongoose). */
const DATABASE_TYPE =
  /^(?:EntityManager|EntityManagerFactory|JdbcTemplate|NamedParameterJdbcTemplate|JdbcClient|DataSource|DSLContext|SessionFactory|\w*DbContext|I\w*DbContext|IDbConnection|DbConnection|SqlConnection|NpgsqlConnection|MySqlConnection|PDO|EntityManagerInterface|(?:Mongo|Tree)?Repository<.*>|Model<.*>|Session|AsyncSession|SessionDep)$/;

function databaseImport(language: CodeLanguage, facts: FileFacts): Evidence | null {
  let found: Evidence | null = null;
  for (const use of databaseLibraries(language, facts)) {
    // Prisma's package is imported for its types and error classes; its client is what queries.
    const names = facts.imports.find((i) => i.line === use.line)?.names.map((name) => name.name);
    if (use.library === 'prisma' && names?.includes('PrismaClient') !== true) continue;
    found = earlier(found, { line: use.line, column: use.column, text: use.evidence });
  }
  return found;
}

function databaseModuleImport(language: CodeLanguage, facts: FileFacts): Evidence | null {
  if (language === 'java' || language === 'kotlin' || language === 'csharp' || language === 'php')
    return null;
  for (const fact of facts.imports) {
    if (fact.typeOnly) continue;
    const isLocal =
      /^(?:\.|@\/|~\/|app\.|src\.)/.test(fact.module) || language === 'go' || language === 'python';
    const lastSegment =
      fact.module
        .replace(/^["']|["']$/g, '')
        .split('/')
        .pop() ?? '';
    const segments = language === 'python' ? words(importText(fact)) : words(lastSegment);
    if (isLocal && segments.some((word) => DATABASE_MODULE_WORDS.has(word)))
      return { line: fact.line, column: fact.column, text: fact.module };
  }
  return null;
}

/** Names imported from model modules (`../models/user`, `App\Models\User`): their static calls query. */
function modelNames(facts: FileFacts): Set<string> {
  const names = new Set<string>();
  for (const fact of facts.imports) {
    if (
      !words(fact.module).some(
        (word) =>
          word === 'models' ||
          word === 'model' ||
          word === 'entities' ||
          word === 'entity' ||
          word === 'schemas',
      )
    )
      continue;
    for (const name of fact.names) names.add(name.alias ?? name.name);
    if (fact.defaultName !== null) names.add(fact.defaultName);
  }
  return names;
}

function isDatabaseCall(
  language: CodeLanguage,
  call: CallFact,
  models: ReadonlySet<string>,
): boolean {
  const receiver = call.receiver;
  switch (language) {
    case 'typescript':
    case 'javascript':
      if (receiver === null) return JS_CLIENT_CALLS.has(call.callee);
      return (
        JS_CLIENT_RECEIVER.test(receiver) ||
        (models.has(receiver) && MODEL_QUERIES.has(call.callee))
      );
    case 'python':
      if (receiver === null)
        return call.callee === 'get_object_or_404' || call.callee === 'get_list_or_404';
      return (
        /(?:^|\.)objects$/.test(receiver) ||
        (PYTHON_SESSION.test(receiver) && PYTHON_SESSION_CALLS.has(call.callee))
      );
    case 'go':
      return (
        receiver !== null &&
        GO_DATABASE_RECEIVER.test(receiver) &&
        GO_DATABASE_CALLS.has(call.callee)
      );
    case 'php':
      return (
        receiver === 'DB' ||
        (receiver !== null && models.has(receiver) && MODEL_QUERIES.has(call.callee))
      );
    case 'ruby':
      return (
        receiver !== null &&
        /^[A-Z]\w*$/.test(receiver) &&
        !DELEGATE_TYPE.test(receiver) &&
        MODEL_QUERIES.has(call.callee) &&
        call.callee !== 'query'
      );
    default:
      return false;
  }
}

function databaseCall(language: CodeLanguage, facts: FileFacts): Evidence | null {
  const models = modelNames(facts);
  for (const call of facts.calls) {
    if (isDatabaseCall(language, call, models)) {
      const text = call.receiver === null ? call.callee : `${call.receiver}.${call.callee}`;
      return { line: call.line, column: call.column, text };
    }
  }
  return null;
}

/** Parameters and properties typed as a database handle (`EntityManager em`, `AppDbContext db`, `Repository<User>`). */
function typedHandles(facts: FileFacts, pattern: RegExp): Evidence | null {
  let found: Evidence | null = null;
  for (const fn of facts.functions) {
    for (const parameter of fn.parameters) {
      const type = parameter.type?.replace(/^(?:readonly|private|public|protected)\s+/, '') ?? '';
      if (pattern.test(type))
        found = earlier(found, {
          line: fn.range.startLine,
          column: fn.range.startColumn,
          text: type,
        });
    }
  }
  for (const type of facts.classes) {
    for (const property of type.properties) {
      if (property.type !== null && pattern.test(property.type))
        found = earlier(found, { line: property.line, column: 1, text: property.type });
    }
  }
  return found;
}

/**
 * The first place a file touches the database itself: an import of a database library or of
 * the local module holding the client, a call on the client or on an ORM model (`prisma.user`,
 * `User.objects`, `session.exec`, `db.Where`, `DB::table`, `User::where`, `User.find_by`), or an
 * injected ORM handle (`EntityManager`, `JdbcTemplate`, a `DbContext`, TypeORM `Repository<T>`).
 */
export function directDatabaseAccess(language: CodeLanguage, facts: FileFacts): Evidence | null {
  return [
    databaseImport(language, facts),
    databaseModuleImport(language, facts),
    databaseCall(language, facts),
    typedHandles(facts, DATABASE_TYPE),
  ].reduce(earlier, null);
}

// ---- delegation -------------------------------------------------------------------------------

function layerImport(facts: FileFacts): Evidence | null {
  for (const fact of facts.imports) {
    if (fact.typeOnly) continue;
    if (words(importText(fact)).some((word) => LAYER_WORDS.has(word)))
      return { line: fact.line, column: fact.column, text: fact.module };
  }
  return null;
}

function layerCall(facts: FileFacts): Evidence | null {
  for (const call of facts.calls) {
    const receiver = call.receiver;
    if (receiver === null) continue;
    const last = receiver.slice(Math.max(receiver.lastIndexOf('.'), receiver.lastIndexOf('>')) + 1);
    if (DELEGATE_RECEIVER.test(last) || (/^[A-Z]\w*$/.test(last) && DELEGATE_TYPE.test(last)))
      return { line: call.line, column: call.column, text: `${receiver}.${call.callee}` };
  }
  return null;
}

/** Parameter and property types of a service layer, except the ORM's own `Repository<T>`. */
const DELEGATE_HANDLE = new RegExp(
  `^(?!(?:Mongo|Tree)?Repository<)[\\w.]*${DELEGATE_TYPE.source.slice(0, -1)}(?:<.*>)?$`,
);

/**
 * The first place a file hands data access to another layer: an import of a service,
 * repository, use-case or CRUD module, an injected service or repository (`UserService`,
 * `OwnerRepository`, MediatR `ISender`), or a call on one (`this.userService`, `h.store`).
 */
export function delegation(facts: FileFacts): Evidence | null {
  return [layerImport(facts), layerCall(facts), typedHandles(facts, DELEGATE_HANDLE)].reduce(
    earlier,
    null,
  );
}
