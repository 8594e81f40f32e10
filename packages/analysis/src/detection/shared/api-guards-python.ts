import type { Node, QueryMatch } from 'web-tree-sitter';
import { isAuthLikeName, joinPath } from './api-http.js';
import { guardOf, type GuardState, type WeighedRoute } from './api-guards.js';
import {
  argumentsOf,
  decoratorNodes,
  PYTHON_ROUTE_QUERY,
  pythonRouteOf,
  PythonRouters,
  pythonString,
  type PythonRoute,
} from './api-routes-python.js';
import { capturedNode } from './tree-sitter-captures.js';

type Guard = { state: GuardState; guard: string | null };

/**
 * What the Python guard reader needs: route handlers (and `@api_view` views), routers built
 * with dependencies, and class-based DRF views.
 */
export const PYTHON_GUARD_QUERY = `${PYTHON_ROUTE_QUERY}
(assignment left: (identifier) @guard-router right: (call function: [(identifier) (attribute)] @guard-factory (#match? @guard-factory "(^|\\\\.)(APIRouter|FastAPI)$") arguments: (argument_list) @guard-arguments))
(class_definition superclasses: (argument_list) @view-bases (#match? @view-bases "(APIView|ViewSet)\\\\b") body: (block) @view-body) @view-class`;

/** `Depends(get_current_user)`, `Security(verify_token, scopes=…)`: the dependency's name. */
const DEPENDENCY = /\b(?:Depends|Security)\(\s*([A-Za-z_][\w.]*)/g;

/** The names of the dependencies written in a piece of source. */
function dependencyNames(text: string): string[] {
  return [...text.matchAll(DEPENDENCY)].map((match) => match[1] ?? '');
}

/** The name a decorator applies: `login_required`, `jwt_required` of `jwt_required()`. */
function decoratorName(decorator: Node): string {
  const expression = decorator.firstNamedChild;
  if (expression?.type === 'call') return expression.childForFieldName('function')?.text ?? '';
  return expression?.text ?? '';
}

/** Names in a handler's parameters that can authenticate: dependency targets and types. */
function parameterGuardNames(handler: Node): string[] {
  const parameters = handler.childForFieldName('parameters');
  if (parameters === null) return [];
  const names = dependencyNames(parameters.text);
  for (let index = 0; index < parameters.namedChildCount; index += 1) {
    const type = parameters.namedChild(index)?.childForFieldName('type');
    if (type !== null && type !== undefined)
      names.push(...(type.text.match(/[A-Za-z_]\w*/g) ?? []));
  }
  return names;
}

/** Flask's `@bp.before_request` hook that checks the login: it guards the blueprint. */
function beforeRequestGuard(decorated: Node): { router: string; guard: string } | null {
  const decorators = decoratorNodes(decorated);
  const hook = decorators.find((d) => /^[\w.]+\.before(?:_app)?_request$/.test(decoratorName(d)));
  if (hook === undefined) return null;
  const handler = decorated.childForFieldName('definition');
  const name = handler?.childForFieldName('name')?.text ?? '';
  const body = handler?.childForFieldName('body')?.text ?? '';
  const checks =
    isAuthLikeName(name) ||
    decorators.some((d) => isAuthLikeName(decoratorName(d))) ||
    /\bis_authenticated\b|\babort\(\s*40[13]\b|\bverify_jwt_in_request\(/.test(body);
  const router = decoratorName(hook).replace(/\.before(?:_app)?_request$/, '');
  return checks ? { router, guard: `${router}.before_request` } : null;
}

/** DRF `permission_classes = [IsAuthenticated]` in a view class body, as a guard state. */
function permissionClassesGuard(body: Node): Guard {
  for (let index = 0; index < body.namedChildCount; index += 1) {
    const statement = body.namedChild(index);
    const assignment =
      statement?.type === 'expression_statement' ? statement.firstNamedChild : null;
    if (assignment?.type !== 'assignment') continue;
    if (assignment.childForFieldName('left')?.text !== 'permission_classes') continue;
    const classes =
      (assignment.childForFieldName('right')?.text ?? '').match(/[A-Za-z_][\w.]*/g) ?? [];
    const guards = classes.filter((name) => !/(?:^|\.)AllowAny$/.test(name));
    if (guards.length === 0) return { state: 'neutral', guard: null };
    return { state: 'guarded', guard: `permission_classes = [${guards.join(', ')}]` };
  }
  return { state: 'unguarded', guard: null };
}

/** The guard of a function route: its decorators, its parameters, its router. */
function routeGuard(route: PythonRoute, guardedRouters: ReadonlyMap<string, string>): Guard {
  const decoratorNames = route.decorators
    .filter((decorator) => decorator !== route.decorator)
    .map(decoratorName);
  const dependencies = dependencyNames(route.keywords.get('dependencies')?.text ?? '');
  const found = guardOf([
    ...decoratorNames,
    ...dependencies,
    ...parameterGuardNames(route.handler),
  ]);
  if (found !== null) return found;
  const routerGuard = guardedRouters.get(route.router);
  return routerGuard === undefined
    ? { state: 'unguarded', guard: null }
    : { state: 'guarded', guard: routerGuard };
}

/** DRF `@api_view([...])` function views: a route whose guard is `@permission_classes`. */
function apiView(decorated: Node): { handler: Node; guard: Guard } | null {
  const decorators = decoratorNodes(decorated);
  if (!decorators.some((d) => /(?:^|\.)api_view$/.test(decoratorName(d)))) return null;
  const handler = decorated.childForFieldName('definition');
  if (handler === null) return null;
  const permissions = decorators.find((d) => /(?:^|\.)permission_classes$/.test(decoratorName(d)));
  if (permissions === undefined) {
    const found = guardOf(decorators.map(decoratorName));
    return { handler, guard: found ?? { state: 'unguarded', guard: null } };
  }
  const text = permissions.text;
  return /^[^(]*\(\s*\[?\s*(?:permissions\.)?AllowAny\s*\]?\s*\)$/.test(text.replace(/^@/, ''))
    ? { handler, guard: { state: 'neutral', guard: null } }
    : { handler, guard: { state: 'guarded', guard: text } };
}

/** A weighed Python route: the node reported, and the handler or view name. */
export type PythonSite = { readonly node: Node; readonly name: string };

/** Collects the weighed routes of one Python file from the matches of {@link PYTHON_GUARD_QUERY}. */
export class PythonGuardReader {
  readonly routes: WeighedRoute<PythonSite>[] = [];
  readonly #guardedRouters = new Map<string, string>();
  readonly #prefixes = new Map<string, string>();
  readonly #routers = new PythonRouters();

  match(match: QueryMatch): void {
    if (this.#routers.record(match)) return;
    const router = capturedNode(match, 'guard-router');
    if (router !== undefined) {
      const { keywords } = argumentsOf(capturedNode(match, 'guard-arguments') ?? null);
      const prefix = pythonString(keywords.get('prefix'));
      if (prefix !== null) this.#prefixes.set(router.text, prefix);
      const found = guardOf(dependencyNames(keywords.get('dependencies')?.text ?? ''));
      if (found?.state === 'guarded' && found.guard !== null)
        this.#guardedRouters.set(router.text, `${router.text} dependencies`);
      return;
    }
    const view = capturedNode(match, 'view-class');
    if (view !== undefined) {
      const body = capturedNode(match, 'view-body');
      const name = view.childForFieldName('name');
      if (body === undefined || name === null) return;
      const guard = permissionClassesGuard(body);
      this.#add(guard, [], null, { node: name, name: name.text });
      return;
    }
    const decorated = capturedNode(match, 'route');
    if (decorated === undefined) return;
    const hook = beforeRequestGuard(decorated);
    if (hook !== null) {
      this.#guardedRouters.set(hook.router, hook.guard);
      return;
    }
    this.#addRoute(decorated);
  }

  #addRoute(decorated: Node): void {
    const route = pythonRouteOf(decorated, this.#routers);
    const name = decorated.childForFieldName('definition')?.childForFieldName('name')?.text ?? '';
    if (route === null) {
      const view = apiView(decorated);
      if (view !== null) this.#add(view.guard, [], null, { node: decorated, name });
      return;
    }
    const defaultGet = route.style === 'generic-with-method' && route.methods.length === 0;
    const path = joinPath(this.#prefixes.get(route.router), route.path);
    this.#add(routeGuard(route, this.#guardedRouters), defaultGet ? ['GET'] : route.methods, path, {
      node: route.decorator,
      name,
    });
  }

  #add(guard: Guard, methods: readonly string[], path: string | null, site: PythonSite): void {
    this.routes.push({ state: guard.state, methods, path, site, guard: guard.guard });
  }
}
