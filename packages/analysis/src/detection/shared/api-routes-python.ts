import type { Node, QueryMatch } from 'web-tree-sitter';
import {
  HTTP_METHODS,
  httpMethodOf,
  isRoutePath,
  type MethodStyle,
  stringLiteralValue,
} from './api-http.js';
import { capturedNode } from './tree-sitter-captures.js';

/** A route declared by a decorator of a Flask, FastAPI, Sanic or Quart handler. */
export interface PythonRoute {
  /** The `@app.get('/x')` decorator. */
  readonly decorator: Node;
  /** The call inside the decorator. */
  readonly call: Node;
  readonly style: MethodStyle | null;
  /** Upper-case methods; empty when every method or unknown. */
  readonly methods: readonly string[];
  readonly path: string | null;
  readonly pathNode: Node | null;
  /** The router's text: `app`, `bp`, `router`. */
  readonly router: string;
  /** The decorated function. */
  readonly handler: Node;
  /** Every decorator of the handler, in source order. */
  readonly decorators: readonly Node[];
  /** The keyword arguments of the route decorator, by name. */
  readonly keywords: ReadonlyMap<string, Node>;
}

/** Names of apps, blueprints and routers: `app`, `bp`, `router`, `users_bp`, `api_v1`. */
const ROUTER_NAME =
  /^(?:app|application|api|router|bp|blueprint|server|v\d+|api_v\d+|[a-z][a-z0-9_]*_(?:bp|blueprint|router|app|api))$/;

/**
 * The tree-sitter query patterns {@link PythonRouters} and {@link pythonRouteOf} read:
 * decorated functions, and apps, blueprints and routers created in the file.
 */
export const PYTHON_ROUTE_QUERY = `(decorated_definition definition: (function_definition)) @route
(assignment left: (identifier) @router-name right: (call function: [(identifier) (attribute)] @router-factory (#match? @router-factory "(^|\\\\.)(Flask|Blueprint|FastAPI|APIRouter|Sanic|Quart)$")))`;

/** The apps, blueprints and routers a file creates (`main = Blueprint('main', __name__)`). */
export class PythonRouters {
  readonly #names = new Set<string>();

  /** Records a router creation; true when the match was one. */
  record(match: QueryMatch): boolean {
    const name = capturedNode(match, 'router-name');
    if (name === undefined) return false;
    this.#names.add(name.text);
    return true;
  }

  /** Whether `name` is a router: created in this file or named like one. */
  has(name: string): boolean {
    return this.#names.has(name) || ROUTER_NAME.test(name);
  }
}

/** The decorators of a `decorated_definition`, in order. */
export function decoratorNodes(decorated: Node): Node[] {
  const decorators: Node[] = [];
  for (let index = 0; index < decorated.namedChildCount; index += 1) {
    const child = decorated.namedChild(index);
    if (child?.type === 'decorator') decorators.push(child);
  }
  return decorators;
}

/** The positional arguments and keyword arguments of an `argument_list`. */
export function argumentsOf(list: Node | null): {
  positional: Node[];
  keywords: Map<string, Node>;
} {
  const positional: Node[] = [];
  const keywords = new Map<string, Node>();
  if (list === null) return { positional, keywords };
  for (let index = 0; index < list.namedChildCount; index += 1) {
    const argument = list.namedChild(index);
    if (argument === null || argument.type === 'comment') continue;
    if (argument.type === 'keyword_argument') {
      const name = argument.childForFieldName('name')?.text;
      const value = argument.childForFieldName('value');
      if (name !== undefined && value !== null) keywords.set(name, value);
    } else positional.push(argument);
  }
  return { positional, keywords };
}

/** The string value of a plain (non-f) string literal node, or null. */
export function pythonString(node: Node | null | undefined): string | null {
  if (node?.type !== 'string' || /^[A-Za-z]*[fF]/.test(node.text)) return null;
  return stringLiteralValue(node.text);
}

/** `methods=['GET', 'POST']` as upper-case methods, or null when not a literal list of them. */
function methodList(node: Node | undefined): string[] | null {
  if (node === undefined) return [];
  if (node.type !== 'list' && node.type !== 'tuple' && node.type !== 'set') return null;
  const methods: string[] = [];
  for (let index = 0; index < node.namedChildCount; index += 1) {
    const method = httpMethodOf(pythonString(node.namedChild(index)) ?? '');
    if (method === null) return null;
    methods.push(method);
  }
  return methods;
}

function routeOfDecorator(
  decorator: Node,
  routers: PythonRouters | null,
): Omit<PythonRoute, 'handler' | 'decorators'> | null {
  const call = decorator.firstNamedChild;
  if (call?.type !== 'call') return null;
  const target = call.childForFieldName('function');
  if (target?.type !== 'attribute') return null;
  const router = target.childForFieldName('object');
  const name = target.childForFieldName('attribute')?.text ?? '';
  if (router === null || !(routers?.has(router.text) ?? ROUTER_NAME.test(router.text))) return null;
  const { positional, keywords } = argumentsOf(call.childForFieldName('arguments'));
  const pathNode = positional[0] ?? keywords.get('path') ?? keywords.get('rule') ?? null;
  const path = pythonString(pathNode);
  if (path === null || !isRoutePath(path)) return null;
  let style: MethodStyle;
  let methods: string[];
  if (HTTP_METHODS.has(name)) {
    style = 'method-shortcut';
    methods = [name.toUpperCase()];
  } else if (name === 'route' || name === 'api_route') {
    const listed = methodList(keywords.get('methods'));
    if (listed === null) return null;
    style = 'generic-with-method';
    methods = listed;
  } else return null;
  return { decorator, call, style, methods, path, pathNode, router: router.text, keywords };
}

/**
 * The route a decorated function declares (its first route decorator), or null. Routers are
 * the file's own (`routers`) or named like routers (`app`, `bp`, `router`, `users_bp`).
 */
export function pythonRouteOf(
  decorated: Node,
  routers: PythonRouters | null = null,
): PythonRoute | null {
  const handler = decorated.childForFieldName('definition');
  if (handler?.type !== 'function_definition') return null;
  const decorators = decoratorNodes(decorated);
  for (const decorator of decorators) {
    const route = routeOfDecorator(decorator, routers);
    if (route !== null) return { ...route, handler, decorators };
  }
  return null;
}
