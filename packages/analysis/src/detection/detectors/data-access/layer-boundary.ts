import { defineDetector } from '../../detector.js';
import { DATABASE_LANGUAGES } from '../../shared/data-access-libraries.js';
import { delegation, directDatabaseAccess } from './data-access-evidence.js';
import { isHttpLayerFile } from './http-layer.js';

/**
 * Whether HTTP handlers (controllers, route modules, views, endpoints, Go handlers) leave data
 * access to a service or repository layer or touch the database themselves. One observation
 * per HTTP-layer file (`http-layer.ts`: `*.controller.ts`, `routes/*.ts`, `views.py`,
 * `api/routes/*.py`, `*Controller.java`, `*_controller.rb`, `*Controller.php`, Go
 * `handlers/`, ASP.NET `Endpoints/`):
 *
 * - `queries-database`, at the first direct access: an import of a database library (Prisma's
 *   `PrismaClient`, TypeORM, Knex, Sequelize, Mongoose, SQLAlchemy/SQLModel, `django.db`,
 *   GORM, EF Core, Dapper, Laravel `DB` …) or of the local module holding the client
 *   (`../prisma/prisma-client`, `@/lib/db`), a call on the client or on an ORM model
 *   (`prisma.user.findMany`, `User.objects.filter`, `get_object_or_404`, `session.exec`,
 *   `db.Where`, `DB::table`, `User::where`, `User.find_by`), or an injected ORM handle
 *   (`EntityManager`, `JdbcTemplate`, a `DbContext`, TypeORM `Repository<T>` via
 *   `@InjectRepository`, a FastAPI `Session`/`SessionDep` parameter);
 * - `delegates`, at the first hand-off, when there is no direct access: an import of a service,
 *   repository, use-case or CRUD module, an injected service or repository (`UserService`,
 *   Spring Data `OwnerRepository`, MediatR `ISender`), or a call on one.
 *
 * A Spring Data repository (or any application-defined repository class) counts as the data
 * layer, not as the ORM: the boundary is between the handler and the ORM's own API. Files with
 * neither kind of evidence (health checks, route tables, static pages) are neutral, as are
 * Prisma imports of types and error classes only, and JSX/TSX route components. Learned,
 * severity `warning`: a handler that queries the database where the others go through a
 * layer bypasses the rules that layer enforces (authorization filters, soft deletes,
 * transactions).
 */
export const layerBoundary = defineDetector({
  id: 'data-access/layer-boundary',
  category: 'data-access',
  name: 'Handlers leave data access to a layer',
  description:
    'HTTP handlers go through the codebase’s service or repository layer instead of querying the database themselves.',
  severity: 'warning',
  mode: 'learned',
  languages: DATABASE_LANGUAGES,
  noun: 'HTTP handler files',
  lapses: ['queries-database'],
  variants: {
    delegates: 'leave data access to a service or repository layer',
    'queries-database': 'query the database directly',
  },
  describe: (observation) => {
    const evidence = String(observation.context?.evidence ?? '');
    return observation.variant === 'queries-database'
      ? `queries the database directly (\`${evidence}\`)`
      : `leaves data access to another layer (\`${evidence}\`)`;
  },
  facts(file, report) {
    if (!isHttpLayerFile(file.path, file.language)) return;
    const direct = directDatabaseAccess(file.language, file.facts);
    const found = direct ?? delegation(file.facts);
    if (found === null) return;
    report({
      variant: direct === null ? 'delegates' : 'queries-database',
      line: found.line,
      column: found.column,
      snippet: file.lineText(found.line).slice(found.column - 1),
      context: { evidence: found.text.slice(0, 80) },
    });
  },
});
