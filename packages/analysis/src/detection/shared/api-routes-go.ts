import type { Node } from 'web-tree-sitter';
import { httpMethodOf, isRoutePath, type MethodStyle, stringLiteralValue } from './api-http.js';

/** A route registered by a Go router call (Gin, Echo, chi, Fiber, gorilla/mux, net/http). */
export interface GoRoute {
  readonly call: Node;
  readonly style: MethodStyle | null;
  readonly methods: readonly string[];
  readonly path: string | null;
  readonly pathNode: Node | null;
  /** The router's text (`r`, `v1`, `api`). */
  readonly router: string;
  /** Arguments after the path: middleware and handlers. */
  readonly handlers: readonly Node[];
}

/** The router methods this reader needs to see, for the query's `#match?`. */
const ROUTE_CALLEE =
  '^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|Any|Get|Post|Put|Patch|Delete|Head|Options|Handle|HandleFunc|Add|Method|MethodFunc|Methods)$';

/** The query pattern for {@link goRouteOf}: calls of router methods. */
export const GO_ROUTE_QUERY = `(call_expression function: (selector_expression field: (field_identifier) @route-method (#match? @route-method "${ROUTE_CALLEE}")) arguments: (argument_list)) @route-call`;

const SHORTCUT =
  /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|Get|Post|Put|Patch|Delete|Head|Options)$/;

/** The value of a Go string literal node, or null. */
export function goString(node: Node | null | undefined): string | null {
  if (node?.type !== 'interpreted_string_literal' && node?.type !== 'raw_string_literal')
    return null;
  return stringLiteralValue(node.text);
}

/** The arguments of a call, without comments. */
export function goArguments(call: Node): Node[] {
  const list = call.childForFieldName('arguments');
  const items: Node[] = [];
  if (list === null) return items;
  for (let index = 0; index < list.namedChildCount; index += 1) {
    const item = list.namedChild(index);
    if (item !== null && item.type !== 'comment') items.push(item);
  }
  return items;
}

/** A Go 1.22 `ServeMux` pattern with a method: `"GET /items/{id}"`. */
const METHOD_PATTERN = /^([A-Z]+) (\/\S*)$/;

/** The route a captured call registers, or null. */
export function goRouteOf(call: Node): GoRoute | null {
  const selector = call.childForFieldName('function');
  const operand = selector?.childForFieldName('operand');
  const name = selector?.childForFieldName('field')?.text ?? '';
  if (operand === null || operand === undefined) return null;
  const args = goArguments(call);
  const router = operand.text;
  if (SHORTCUT.test(name) || name === 'Any') {
    const [path, ...handlers] = args;
    const value = goString(path);
    if (value === null || !isRoutePath(value) || handlers.length === 0) return null;
    const style: MethodStyle | null = name === 'Any' ? null : 'method-shortcut';
    const methods = name === 'Any' ? [] : [name.toUpperCase()];
    return { call, style, methods, path: value, pathNode: path ?? null, router, handlers };
  }
  if (name === 'Handle' || name === 'Add' || name === 'Method' || name === 'MethodFunc') {
    return methodFirst(call, args, router) ?? methodPattern(call, args, router);
  }
  if (name === 'HandleFunc') return methodPattern(call, args, router);
  if (name === 'Methods') return gorillaMethods(call, args, operand);
  return null;
}

/** Gin `r.Handle("GET", "/x", h)`, Echo `e.Add("GET", …)`, chi `r.Method("GET", …)`. */
function methodFirst(call: Node, args: readonly Node[], router: string): GoRoute | null {
  const [methodNode, path, ...handlers] = args;
  const method = httpMethodOf(goString(methodNode) ?? '');
  const value = goString(path);
  if (method === null || value === null || !isRoutePath(value) || handlers.length === 0)
    return null;
  return {
    call,
    style: 'generic-with-method',
    methods: [method],
    path: value,
    pathNode: path ?? null,
    router,
    handlers,
  };
}

/** Go 1.22 `mux.HandleFunc("GET /x", h)`. */
function methodPattern(call: Node, args: readonly Node[], router: string): GoRoute | null {
  const [pattern, ...handlers] = args;
  const match = METHOD_PATTERN.exec(goString(pattern) ?? '');
  const method = httpMethodOf(match?.[1] ?? '');
  if (match === null || method === null || handlers.length === 0) return null;
  return {
    call,
    style: 'generic-with-method',
    methods: [method],
    path: match[2] ?? null,
    pathNode: pattern ?? null,
    router,
    handlers,
  };
}

/** gorilla/mux `r.HandleFunc("/x", h).Methods("GET")`. */
function gorillaMethods(call: Node, args: readonly Node[], operand: Node): GoRoute | null {
  if (operand.type !== 'call_expression') return null;
  const inner = operand.childForFieldName('function');
  const name = inner?.childForFieldName('field')?.text;
  if (name !== 'HandleFunc' && name !== 'Handle') return null;
  const methods = args.map((arg) => httpMethodOf(goString(arg) ?? ''));
  if (methods.length === 0 || methods.some((method) => method === null)) return null;
  const [path, ...handlers] = goArguments(operand);
  const value = goString(path);
  if (value === null || !isRoutePath(value) || handlers.length === 0) return null;
  return {
    call,
    style: 'generic-with-method',
    methods: methods as string[],
    path: value,
    pathNode: path ?? null,
    router: inner?.childForFieldName('operand')?.text ?? '',
    handlers,
  };
}
