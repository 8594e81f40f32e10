import type ts from 'typescript';
import type { Node } from 'web-tree-sitter';
import { defineDetector, type DetectionFile, type Report } from '../../detector.js';
import {
  guardOf,
  observableRoutes,
  publicAware,
  routeLabel,
  type GuardState,
  type WeighedRoute,
} from '../../shared/api-guards.js';
import { annotatedGuard, minimalApiRoutes } from '../../shared/api-guards-annotated.js';
import { GO_GUARD_QUERY, GoGuardReader, type GoSite } from '../../shared/api-guards-go.js';
import {
  PYTHON_GUARD_QUERY,
  PythonGuardReader,
  type PythonSite,
} from '../../shared/api-guards-python.js';
import {
  coversRoute,
  middlewareNames,
  nestGuard,
  routerGuardOf,
  type RouterGuard,
} from '../../shared/api-guards-typescript.js';
import { joinPath } from '../../shared/api-http.js';
import { aspNetRoutes, controllerPath, springRoutes } from '../../shared/api-routes-annotated.js';
import {
  importsServerFramework,
  isNestController,
  nestControllerPath,
  nestRouteOf,
  TsRouteReader,
  type TsRoute,
} from '../../shared/api-routes-ts.js';

type TS = typeof import('typescript');

/** A route of a facts-read file: where to report it. */
interface FactsSite {
  readonly line: number;
  readonly column: number;
}

function weigh<Site>(
  found: { state: GuardState; guard: string | null },
  methods: readonly string[],
  path: string | null,
  handlerName: string | null,
  site: Site,
): WeighedRoute<Site> {
  return {
    state: publicAware(found.state, methods, path, handlerName),
    methods,
    path,
    site,
    guard: found.guard,
  };
}

function contextOf<Site>(route: WeighedRoute<Site>, fallback: string): Record<string, string> {
  const label = routeLabel(route.methods, route.path, fallback);
  return route.guard === null ? { route: label } : { route: label, guard: route.guard };
}

/** Spring, ASP.NET controllers and ASP.NET minimal APIs, from the facts. */
function observeFacts(file: DetectionFile, report: Report): void {
  const routes: WeighedRoute<FactsSite & { name: string }>[] = [];
  const annotated = file.language === 'csharp' ? aspNetRoutes(file) : springRoutes(file);
  for (const route of annotated) {
    const name = route.method.name;
    const site = { line: route.line, column: route.column, name };
    const path = joinPath(controllerPath(file, route.controller)?.path, route.path);
    routes.push(weigh(annotatedGuard(file.language, route), route.methods, path, name, site));
  }
  if (file.language === 'csharp') {
    for (const route of minimalApiRoutes(file)) {
      const site = { line: route.call.line, column: route.call.column, name: route.call.callee };
      routes.push(weigh(route, route.methods, route.path, null, site));
    }
  }
  for (const route of observableRoutes(routes)) {
    const { line, column, name } = route.site;
    report({
      variant: route.state,
      line,
      column,
      snippet: file.lineText(line).slice(column - 1),
      context: contextOf(route, name),
    });
  }
}

/** The guard of an Express/Koa/Hono/Fastify route: its middleware, then earlier `.use()`. */
function callRouteGuard(
  typescript: TS,
  route: TsRoute,
  routerGuards: readonly RouterGuard[],
  text: (node: ts.Node) => string,
): { state: GuardState; guard: string | null } {
  const names = route.middlewares.flatMap((m) => middlewareNames(typescript, m, text));
  const found = guardOf(names);
  if (found !== null) return found;
  const covering = routerGuards.find((guard) => coversRoute(guard, route));
  return covering === undefined
    ? { state: 'unguarded', guard: null }
    : { state: 'guarded', guard: covering.guard };
}

function treeSitterReport(
  report: (variant: string, node: Node, context?: Record<string, string>) => void,
  routes: readonly WeighedRoute<PythonSite | GoSite>[],
): void {
  const weighed = routes.map((route) => ({
    ...route,
    state: publicAware(route.state, route.methods, route.path, route.site.name),
  }));
  for (const route of observableRoutes(weighed))
    report(route.state, route.site.node, contextOf(route, route.site.name));
}

/**
 * Whether routes carry the authentication or authorization guard the codebase gives its
 * routes (OWASP API Security Top 10 2023 API5 "Broken Function Level Authorization", CWE-862
 * "Missing Authorization").
 *
 * Guarded: Express/Koa/Hono/Fastify middleware before the handler with an auth-like name
 * (`auth.required`, `requireAuth`, `passport.authenticate(…)`, `isAuthenticated`, `verifyToken`,
 * `jwt(…)`, `checkPermission(…)`), Fastify `preHandler`/`onRequest` hooks, or an auth `.use()`
 * earlier in the same file on the same router (Hono `app.use('/admin/*', …)` covers its
 * prefix); Nest `@UseGuards(AuthGuard('jwt') | JwtAuthGuard | RolesGuard …)`, `@Roles` or an
 * auth-named decorator on the method or controller; Flask `@login_required`, `@jwt_required()`,
 * `@permission_required(…)`, a blueprint `before_request` hook that checks the login; FastAPI
 * `Depends`/`Security` on an auth-like dependency in the parameters (`current_user:
 * CurrentUser`), the decorator's `dependencies=[…]` or the router's (`APIRouter(dependencies=
 * […])` in the same file); DRF `permission_classes` (not only `AllowAny`) and
 * `@permission_classes`; Spring `@PreAuthorize`/`@Secured`/`@RolesAllowed` on the method or
 * class; ASP.NET `[Authorize]` on the action or controller and minimal API
 * `.RequireAuthorization()` on the endpoint or its group; Gin/Echo/chi middleware arguments,
 * `r.Group("/x", AuthRequired())` and `.Use(AuthRequired())` in the same function.
 *
 * Neutral: routes public by design (login, logout, register, sign-up, `POST /users`, password
 * reset, email verification, health, ping, status, metrics, docs, OpenAPI, webhooks, OAuth
 * callbacks, `/auth/…`, by path or handler name), optional authentication (`auth.optional`),
 * public markers (`@Public()`, `[AllowAnonymous]`, `@PermitAll`, `permitAll()`, `AllowAny`).
 *
 * What cannot be seen: guards applied in another file (a global Nest `APP_GUARD`,
 * `app.use('/admin', requireAuth, adminRouter)` in `app.ts`, Spring Security's `HttpSecurity`
 * rules, FastAPI `include_router(…, dependencies=…)`, DRF's `DEFAULT_PERMISSION_CLASSES`).
 * So an unguarded route is only observed when its own file guards a route of the same kind
 * (reads: GET/HEAD/OPTIONS, writes: POST/PUT/PATCH/DELETE); a file that guards nothing, or
 * guards its writes and leaves its reads open, is taken to be guarded elsewhere or public by
 * design. A codebase that guards everything centrally has no observations, and one that never
 * guards in route files has no pattern, which is fine. Severity warning: it is an auth
 * finding, but learned from naming, so a reviewer confirms it.
 */
export const routeGuard = defineDetector({
  id: 'auth/route-guard',
  category: 'auth',
  name: 'Route authentication guard',
  description:
    'Routes carry the authentication or authorization guard that the codebase puts on its routes; a route without it may be reachable by anyone (CWE-862).',
  severity: 'warning',
  mode: 'learned',
  languages: ['typescript', 'javascript', 'python', 'java', 'kotlin', 'csharp', 'go'],
  noun: 'routes',
  lapses: ['unguarded'],
  variants: {
    guarded: 'carry an authentication or authorization guard',
    unguarded: 'carry no authentication guard',
  },
  describe(observation) {
    const route = String(observation.context?.route ?? observation.snippet);
    return observation.variant === 'unguarded'
      ? `\`${route}\` has no authentication or authorization guard`
      : `\`${route}\` is guarded by \`${String(observation.context?.guard ?? '')}\``;
  },
  facts(file, report) {
    if (file.language === 'java' || file.language === 'kotlin' || file.language === 'csharp')
      observeFacts(file, report);
  },
  typescript: {
    kinds: ['CallExpression', 'MethodDeclaration'],
    create(context) {
      const typescript = context.ts;
      const reader = new TsRouteReader(
        typescript,
        context.text,
        importsServerFramework(context.file),
      );
      const routerGuards: RouterGuard[] = [];
      const routes: WeighedRoute<ts.Node>[] = [];
      return {
        visit(node) {
          if (typescript.isCallExpression(node)) {
            const routerGuard = routerGuardOf(typescript, node, context.text);
            if (routerGuard !== null) routerGuards.push(routerGuard);
            const route = reader.routeOf(node);
            if (route === null) return;
            const found = callRouteGuard(typescript, route, routerGuards, context.text);
            routes.push(weigh(found, route.methods, route.path, null, node));
            return;
          }
          const controller = context.ancestors.at(-1);
          if (controller === undefined || !isNestController(typescript, controller)) return;
          const method = node as ts.MethodDeclaration;
          const route = nestRouteOf(typescript, method);
          if (route === null) return;
          const name = typescript.isIdentifier(method.name) ? method.name.text : null;
          const found = nestGuard(typescript, method, controller, context.text);
          const prefix = nestControllerPath(typescript, controller as ts.ClassDeclaration)?.text;
          const path = joinPath(prefix, route.path);
          routes.push(weigh(found, route.methods, path, name, route.node));
        },
        end() {
          for (const route of observableRoutes(routes))
            context.report(route.state, route.site, contextOf(route, ''));
        },
      };
    },
  },
  treeSitter: {
    python: {
      query: PYTHON_GUARD_QUERY,
      create(context) {
        const reader = new PythonGuardReader();
        return {
          match: (match) => {
            reader.match(match);
          },
          end: () => {
            treeSitterReport(context.report, reader.routes);
          },
        };
      },
    },
    go: {
      query: GO_GUARD_QUERY,
      create(context) {
        const reader = new GoGuardReader();
        return {
          match: (match) => {
            reader.match(match);
          },
          end: () => {
            treeSitterReport(context.report, reader.routes);
          },
        };
      },
    },
  },
});
