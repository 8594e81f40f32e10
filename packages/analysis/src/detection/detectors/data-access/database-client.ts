import { defineDetector } from '../../detector.js';
import { isApplicationCode } from '../../shared/config-modules.js';
import { DATABASE_LANGUAGES, databaseLibraries } from '../../shared/data-access-libraries.js';

/** How each library is named in messages. */
const LIBRARY_NAMES: Readonly<Record<string, string>> = {
  prisma: 'Prisma',
  typeorm: 'TypeORM',
  sequelize: 'Sequelize',
  mongoose: 'Mongoose',
  knex: 'Knex',
  objection: 'Objection.js',
  drizzle: 'Drizzle',
  kysely: 'Kysely',
  'mikro-orm': 'MikroORM',
  pg: 'node-postgres',
  'pg-promise': 'pg-promise',
  'postgres.js': 'postgres.js',
  mysql2: 'mysql2',
  'better-sqlite3': 'better-sqlite3',
  sqlite3: 'sqlite3',
  mongodb: 'the MongoDB driver',
  sqlalchemy: 'SQLAlchemy',
  'django-orm': 'the Django ORM',
  peewee: 'peewee',
  tortoise: 'Tortoise ORM',
  psycopg: 'psycopg',
  asyncpg: 'asyncpg',
  pymongo: 'PyMongo',
  mysql: 'a MySQL driver',
  'database/sql': '`database/sql`',
  gorm: 'GORM',
  sqlx: 'sqlx',
  pgx: 'pgx',
  ent: 'ent',
  bun: 'Bun',
  'go-pg': 'go-pg',
  jpa: 'JPA',
  jdbc: 'JDBC',
  jooq: 'jOOQ',
  mybatis: 'MyBatis',
  exposed: 'Exposed',
  r2dbc: 'R2DBC',
  'ef-core': 'Entity Framework',
  dapper: 'Dapper',
  'ado.net': 'ADO.NET',
  nhibernate: 'NHibernate',
  eloquent: 'Laravel’s database layer (Eloquent)',
  doctrine: 'Doctrine',
  pdo: 'PDO',
  activerecord: 'Active Record',
  sequel: 'Sequel',
  'ruby-driver': 'a database driver',
};

/**
 * Which database library each file uses, from its imports: Prisma, TypeORM, Sequelize,
 * Mongoose, Knex, Drizzle, pg, mysql2, better-sqlite3, MongoDB …; SQLAlchemy (and SQLModel),
 * the Django ORM, peewee, psycopg, asyncpg, PyMongo; Go `database/sql`, GORM, sqlx, pgx; JPA
 * (Jakarta/javax persistence, Spring Data JPA, Hibernate), JDBC, jOOQ, MyBatis; EF Core,
 * Dapper, ADO.NET; Eloquent/Laravel DB, Doctrine, PDO. One observation per file and library,
 * at its first import (`shared/data-access-libraries.ts`).
 *
 * Neutral: type-only imports (`import type { User } from '@prisma/client'`, Python imports
 * under `TYPE_CHECKING`), side-effect driver imports (`_ "github.com/lib/pq"`), Spring Data
 * paging types and `java.sql` value types (`Timestamp`, `Date`), and Go `database/sql` when the
 * file only uses its types (`sql.NullString` in a GORM model). Learned, severity `info`: a
 * second database library is often deliberate (a raw driver for one hot query), but it is
 * worth knowing where the codebase leaves its usual one.
 */
export const databaseClient = defineDetector({
  id: 'data-access/database-client',
  category: 'data-access',
  name: 'Database library',
  description:
    'Files reach the database through the codebase’s database library; a second library splits connection handling, transactions and mapping.',
  severity: 'info',
  mode: 'learned',
  roles: ['source', 'script'],
  languages: DATABASE_LANGUAGES,
  noun: 'files that use a database library',
  variants: Object.fromEntries(
    Object.entries(LIBRARY_NAMES).map(([library, name]) => [library, `use ${name}`]),
  ),
  describe: (observation) =>
    `uses ${LIBRARY_NAMES[observation.variant] ?? observation.variant} (\`${String(observation.context?.module ?? '')}\`)`,
  facts(file, report) {
    if (!isApplicationCode(file)) return;
    for (const use of databaseLibraries(file.language, file.facts)) {
      report({
        variant: use.library,
        line: use.line,
        column: use.column,
        snippet: file.lineText(use.line).slice(use.column - 1),
        context: { module: use.evidence },
      });
    }
  },
});
