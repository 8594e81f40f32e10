import type ts from 'typescript';
import type { Node } from 'web-tree-sitter';
import { defineDetector, type DetectionFile, type Report } from '../../detector.js';
import { pathCasing } from '../../shared/api-http.js';
import { GO_ROUTE_QUERY, goRouteOf } from '../../shared/api-routes-go.js';
import {
  aspNetRoutes,
  controllerPath,
  springRoutes,
  type AnnotatedRoute,
} from '../../shared/api-routes-annotated.js';
import { PHP_ROUTE_QUERY, phpRouteOf } from '../../shared/api-routes-php.js';
import {
  PYTHON_ROUTE_QUERY,
  pythonRouteOf,
  PythonRouters,
} from '../../shared/api-routes-python.js';
import {
  importsServerFramework,
  isNestController,
  nestControllerPath,
  nestRouteOf,
  TsRouteReader,
} from '../../shared/api-routes-ts.js';
import { capturedNode } from '../../shared/tree-sitter-captures.js';

/** Reports a path literal node of a tree-sitter language when its casing is decided. */
function reportNode(
  report: (variant: string, node: Node, context?: { path: string }) => void,
  path: string | null,
  node: Node | null,
): void {
  const casing = path === null ? null : pathCasing(path);
  if (casing !== null && path !== null && node !== null) report(casing, node, { path });
}

function reportAnnotated(
  file: DetectionFile,
  report: Report,
  path: string | null,
  line: number,
  column: number,
): void {
  const casing = path === null ? null : pathCasing(path);
  if (casing === null || path === null) return;
  report({
    variant: casing,
    line,
    column,
    snippet: file.lineText(line).slice(column - 1),
    context: { path },
  });
}

/**
 * The casing of multi-word literal segments in route paths: `kebab-case` (`/user-profiles`),
 * `snake_case` (`/user_profiles`) or `camelCase` (`/userProfiles`). Paths come only from the
 * route declarations the `api/` detectors recognise (Express, Koa, Hono, Fastify and Nest
 * routes and controller prefixes; Flask and FastAPI decorators; Spring mappings and class
 * prefixes; ASP.NET `[Http*]` and `[Route]` attributes; Laravel and Slim; Gin, Echo, chi,
 * gorilla/mux), never from arbitrary strings.
 *
 * Neutral: one-word segments, parameters (`:id`, `{id}`, `<int:id>`, `*`), version segments
 * (`v1`), file extensions, paths whose multi-word segments disagree, names fixed by a standard
 * (`/.well-known/…`) and regular-expression paths. Google's API design guide and most REST
 * style guides pick one casing for URL segments; which one is the codebase's choice.
 * Severity info: a style convention, but clients see it.
 */
export const routePathCasing = defineDetector({
  id: 'api/route-path-casing',
  category: 'api',
  name: 'Route path casing',
  description:
    'Multi-word segments of route paths use one casing (`/user-profiles`, `/user_profiles` or `/userProfiles`), so that clients can guess URLs.',
  severity: 'info',
  mode: 'learned',
  languages: ['typescript', 'javascript', 'python', 'java', 'kotlin', 'csharp', 'php', 'go'],
  noun: 'route paths',
  variants: {
    'kebab-case': 'write multi-word segments in kebab-case',
    snake_case: 'write multi-word segments in snake_case',
    camelCase: 'write multi-word segments in camelCase',
  },
  describe: (observation) =>
    `declares the path \`${String(observation.context?.path ?? observation.snippet)}\` in ${observation.variant}`,
  facts(file, report) {
    let routes: AnnotatedRoute[];
    if (file.language === 'java' || file.language === 'kotlin') routes = springRoutes(file);
    else if (file.language === 'csharp') routes = aspNetRoutes(file);
    else return;
    const controllers = new Set(routes.map((route) => route.controller));
    for (const controller of controllers) {
      const prefix = controllerPath(file, controller);
      if (prefix !== null) reportAnnotated(file, report, prefix.path, prefix.line, prefix.column);
    }
    for (const route of routes) reportAnnotated(file, report, route.path, route.line, route.column);
  },
  typescript: {
    kinds: ['CallExpression', 'ClassDeclaration', 'MethodDeclaration'],
    create(context) {
      const typescript = context.ts;
      const reader = new TsRouteReader(
        typescript,
        context.text,
        importsServerFramework(context.file),
      );
      // A chain `router.route('/x').get(h).post(h)` declares its path once.
      const reported = new Set<ts.Node>();
      const reportPath = (path: string | null, node: ts.Node | null): void => {
        const casing = path === null ? null : pathCasing(path);
        if (casing === null || path === null || node === null || reported.has(node)) return;
        reported.add(node);
        context.report(casing, node, { path });
      };
      return {
        visit(node) {
          if (typescript.isCallExpression(node)) {
            const route = reader.routeOf(node);
            if (route !== null) reportPath(route.path, route.pathNode);
            return;
          }
          if (typescript.isClassDeclaration(node)) {
            if (!isNestController(typescript, node)) return;
            const path = nestControllerPath(typescript, node);
            if (path !== null) reportPath(path.text, path);
            return;
          }
          const owner = context.ancestors.at(-1);
          if (owner === undefined || !isNestController(typescript, owner)) return;
          const route = nestRouteOf(typescript, node as ts.MethodDeclaration);
          if (route !== null) reportPath(route.path, route.pathNode);
        },
      };
    },
  },
  treeSitter: {
    python: {
      query: PYTHON_ROUTE_QUERY,
      create(context) {
        const routers = new PythonRouters();
        return {
          match(match) {
            if (routers.record(match)) return;
            const node = capturedNode(match, 'route');
            const route = node === undefined ? null : pythonRouteOf(node, routers);
            if (route !== null) reportNode(context.report, route.path, route.pathNode);
          },
        };
      },
    },
    go: {
      query: GO_ROUTE_QUERY,
      create: (context) => ({
        match(match) {
          const node = capturedNode(match, 'route-call');
          const route = node === undefined ? null : goRouteOf(node);
          if (route !== null) reportNode(context.report, route.path, route.pathNode);
        },
      }),
    },
    php: {
      query: PHP_ROUTE_QUERY,
      create: (context) => ({
        match(match) {
          const node = capturedNode(match, 'route-call');
          const route = node === undefined ? null : phpRouteOf(node);
          if (route !== null) reportNode(context.report, route.path, route.pathNode);
        },
      }),
    },
  },
});
