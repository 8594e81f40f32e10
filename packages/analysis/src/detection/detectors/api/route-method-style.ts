import type ts from 'typescript';
import { defineDetector } from '../../detector.js';
import { GO_ROUTE_QUERY, goRouteOf } from '../../shared/api-routes-go.js';
import { springRoutes } from '../../shared/api-routes-annotated.js';
import { PHP_ROUTE_QUERY, phpRouteOf } from '../../shared/api-routes-php.js';
import {
  PYTHON_ROUTE_QUERY,
  pythonRouteOf,
  PythonRouters,
} from '../../shared/api-routes-python.js';
import {
  importsServerFramework,
  isNestController,
  nestRouteOf,
  TsRouteReader,
} from '../../shared/api-routes-ts.js';
import { capturedNode } from '../../shared/tree-sitter-captures.js';

/**
 * The registering form as written, from the callee's text: `router.get`, `@app.route`,
 * `router.route(…).get`, `r.HandleFunc(…).Methods`.
 */
function formOf(callee: string): string {
  let form = callee.replace(/\s+/g, '');
  for (let previous = ''; previous !== form;) {
    previous = form;
    form = form.replace(/\([^()]*\)/g, '(…)');
  }
  return form.replace(/\(…\)\(…\)/g, '(…)');
}

/**
 * How routes state their HTTP method: in the registering call's name (`method-shortcut`:
 * Express/Koa/Hono/Fastify `router.get('/x', …)`, Nest `@Get()`, Flask 2 `@app.get`, FastAPI
 * `@router.post`, Spring `@GetMapping`, Laravel `Route::get`, Slim `$app->get`, Gin/Echo
 * `r.GET`, chi/Fiber `r.Get`) or as data (`generic-with-method`: Fastify/Hapi
 * `app.route({ method, url })`, Hono `app.on('GET', …)`, Nest `@RequestMapping({ method })`,
 * Flask `@app.route('/x', methods=[…])` and `@app.route('/x')`, FastAPI `@app.api_route`,
 * Spring `@RequestMapping` on a method, Laravel `Route::match`, Slim `$app->map`, Gin
 * `r.Handle("GET", …)`, Echo `e.Add`, chi `r.Method`, gorilla/mux `.Methods("GET")`, Go 1.22
 * `mux.HandleFunc("GET /x", …)`).
 *
 * Express `router.route('/x').get(h)` chains name the method in the call, so each method call
 * counts as `method-shortcut`. Neutral: routes of every method (`app.all`, `@All()`,
 * `Route::any`, Gin `Any`, plain `http.HandleFunc("/x")`), class-level `@RequestMapping`
 * prefixes, and calls that are not route registrations: the receiver must be named like a
 * router (`app`, `router`, `api`, `v1`, `bp`, `userRouter`; any receiver in Go), the first
 * argument a literal path, and a handler must follow. In TypeScript the file must also import
 * a server framework or pass a `(req, res)`-style handler, which keeps HTTP clients
 * (`api.post('/users', payload)`) and `map.get(key)` out.
 *
 * Severity info: both forms are correct; mixing them only makes routes harder to scan.
 */
export const routeMethodStyle = defineDetector({
  id: 'api/route-method-style',
  category: 'api',
  name: 'Route method style',
  description:
    'Routes state their HTTP method the same way: a method-specific call or decorator (`router.get`, `@GetMapping`) or a generic one with the method as data (`route({ method })`, `methods=[…]`).',
  severity: 'info',
  mode: 'learned',
  languages: ['typescript', 'javascript', 'python', 'java', 'kotlin', 'php', 'go'],
  noun: 'route declarations',
  variants: {
    'method-shortcut': 'name the HTTP method in the registering call or decorator',
    'generic-with-method': 'register routes generically with the HTTP method as data',
  },
  describe(observation) {
    const form = String(observation.context?.form ?? '');
    return observation.variant === 'method-shortcut'
      ? `declares a route with the method-specific \`${form}\``
      : `declares a route with the generic \`${form}\``;
  },
  facts(file, report) {
    if (file.language !== 'java' && file.language !== 'kotlin') return;
    for (const route of springRoutes(file)) {
      if (route.style === null) continue;
      report({
        variant: route.style,
        line: route.line,
        column: route.column,
        snippet: file.lineText(route.line).slice(route.column - 1),
        context: { form: `@${route.annotation.name}` },
      });
    }
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
      return {
        visit(node) {
          if (typescript.isCallExpression(node)) {
            const route = reader.routeOf(node);
            if (route === null || route.style === null) return;
            context.report(route.style, node, { form: formOf(context.text(route.callee)) });
            return;
          }
          const owner = context.ancestors.at(-1);
          if (owner === undefined || !isNestController(typescript, owner)) return;
          const route = nestRouteOf(typescript, node as ts.MethodDeclaration);
          if (route === null || route.style === null) return;
          const form = `@${formOf(context.text(route.callee))}`;
          context.report(route.style, route.node, { form });
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
            if (route === null || route.style === null) return;
            const callee = route.call.childForFieldName('function')?.text ?? '';
            context.report(route.style, route.decorator, { form: `@${formOf(callee)}` });
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
          if (route === null || route.style === null) return;
          const callee = route.call.childForFieldName('function')?.text ?? '';
          context.report(route.style, route.call, { form: formOf(callee) });
        },
      }),
    },
    php: {
      query: PHP_ROUTE_QUERY,
      create: (context) => ({
        match(match) {
          const node = capturedNode(match, 'route-call');
          const route = node === undefined ? null : phpRouteOf(node);
          if (route === null || route.style === null) return;
          const name = route.call.childForFieldName('name')?.text ?? '';
          const form =
            route.call.type === 'scoped_call_expression' ? `Route::${name}` : `->${name}`;
          context.report(route.style, route.call, { form });
        },
      }),
    },
  },
});
