import type { Node } from 'web-tree-sitter';
import {
  HTTP_METHODS,
  httpMethodOf,
  isRoutePath,
  type MethodStyle,
  stringLiteralValue,
} from './api-http.js';

/** A route registered by Laravel's `Route` facade or a Slim app or group. */
export interface PhpRoute {
  readonly call: Node;
  readonly style: MethodStyle | null;
  readonly methods: readonly string[];
  readonly path: string | null;
  readonly pathNode: Node | null;
}

/** The query patterns for {@link phpRouteOf}: `Route::get(…)` and `$app->get(…)` calls. */
export const PHP_ROUTE_QUERY = [
  '(scoped_call_expression scope: (name) @route-scope (#eq? @route-scope "Route") name: (name) @route-method (#match? @route-method "^(get|post|put|patch|delete|options|any|match)$")) @route-call',
  '(member_call_expression name: (name) @route-method (#match? @route-method "^(get|post|put|patch|delete|options|any|map|match)$")) @route-call',
].join('\n');

/** Slim apps, groups and routers: `$app`, `$group`, `$router`, `$r`. */
const SLIM_RECEIVER = /^\$(?:app|group|router|r|routes|api|v\d+|[a-z]\w*(?:Group|Router))$/;

/** The string value of a PHP string literal (no interpolation), or null. */
export function phpString(node: Node | null | undefined): string | null {
  if (node?.type !== 'string' && node?.type !== 'encapsed_string') return null;
  if (node.type === 'encapsed_string' && node.text.includes('$')) return null;
  return stringLiteralValue(node.text);
}

/** The argument expressions of a call. */
export function phpArguments(call: Node): Node[] {
  let list = call.childForFieldName('arguments');
  for (let index = 0; list === null && index < call.namedChildCount; index += 1) {
    const child = call.namedChild(index);
    if (child?.type === 'arguments') list = child;
  }
  const items: Node[] = [];
  if (list === null) return items;
  for (let index = 0; index < list.namedChildCount; index += 1) {
    const argument = list.namedChild(index);
    const value = argument?.type === 'argument' ? argument.firstNamedChild : null;
    if (value !== null) items.push(value);
  }
  return items;
}

/** Whether a receiver is a Laravel `Route::…(…)` chain (`Route::middleware('auth')`). */
function isLaravelChain(node: Node | null): boolean {
  let current = node;
  while (current?.type === 'member_call_expression') current = current.childForFieldName('object');
  return (
    current?.type === 'scoped_call_expression' &&
    current.childForFieldName('scope')?.text === 'Route'
  );
}

/** `['GET', 'POST']` as upper-case methods, or null. */
function methodArray(node: Node | undefined): string[] | null {
  if (node?.type !== 'array_creation_expression') return null;
  const methods: string[] = [];
  for (let index = 0; index < node.namedChildCount; index += 1) {
    const element = node.namedChild(index);
    const method = httpMethodOf(phpString(element?.firstNamedChild) ?? '');
    if (method === null) return null;
    methods.push(method);
  }
  return methods.length === 0 ? null : methods;
}

/** The route a captured call registers, or null. */
export function phpRouteOf(call: Node): PhpRoute | null {
  const name = call.childForFieldName('name')?.text ?? '';
  let laravel: boolean;
  if (call.type === 'scoped_call_expression') laravel = true;
  else {
    const object = call.childForFieldName('object');
    laravel = isLaravelChain(object);
    if (!laravel && (object === null || !SLIM_RECEIVER.test(object.text))) return null;
  }
  const args = phpArguments(call);
  const generic = name === 'match' || name === 'map';
  const [first, second] = args;
  const pathNode = generic ? second : first;
  const path = phpString(pathNode);
  if (path === null || !isRoutePath(path, laravel) || args.length < (generic ? 3 : 2)) return null;
  if (generic) {
    const methods = methodArray(first);
    return methods === null
      ? null
      : { call, style: 'generic-with-method', methods, path, pathNode: pathNode ?? null };
  }
  if (!HTTP_METHODS.has(name))
    return { call, style: null, methods: [], path, pathNode: pathNode ?? null };
  return {
    call,
    style: 'method-shortcut',
    methods: [name.toUpperCase()],
    path,
    pathNode: pathNode ?? null,
  };
}
