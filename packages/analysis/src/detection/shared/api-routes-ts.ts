import type ts from 'typescript';
import type { DetectionFile } from '../detector.js';
import { HTTP_METHODS, httpMethodOf, isRoutePath, type MethodStyle } from './api-http.js';

type TS = typeof import('typescript');

/** A route registration in TypeScript or JavaScript. */
export interface TsRoute {
  /** The registering call, or the route decorator of a Nest controller method. */
  readonly node: ts.Node;
  /** What registers it: the call's callee (`router.get`), the decorator's (`Get`). */
  readonly callee: ts.Expression;
  /** Null for routes of every method (`app.all`, `@All()`). */
  readonly style: MethodStyle | null;
  /** Upper-case methods; empty when every method or unknown. */
  readonly methods: readonly string[];
  /** The literal path, or null when it is not a literal. */
  readonly path: string | null;
  /** The path literal's node, for reports. */
  readonly pathNode: ts.Node | null;
  /** The text of the router the route is registered on (`router`, `app`), '' for Nest. */
  readonly router: string;
  /**
   * Arguments between the path and the handler: route-level middleware, Fastify route options
   * (`{ preHandler: [auth] }`) and the options object of `app.route({…})`.
   */
  readonly middlewares: readonly ts.Expression[];
}

/** Modules of HTTP server frameworks whose routers register routes with calls. */
const SERVER_MODULE =
  /^(?:express|express-promise-router|koa|@koa\/router|koa-router|fastify|@fastify\/[\w-]+|hono|hono\/(?!client|jsx|css|html)[\w/-]+|@hono\/[\w-]+|restify|polka|h3|elysia|@hapi\/hapi|hapi|itty-router)$/;

/** Names of routers and apps: `app`, `router`, `api`, `v1`, `userRouter`, `this.app`. */
const ROUTER_NAME =
  /^(?:app|application|server|router|routes|r|api|v\d+|group|bp|blueprint|fastify|instance|hono|route)$|[a-z0-9](?:Router|Routes|App|Api|Group|Server)$/;

/** First parameter names of request handlers: Express `req`, Koa `ctx`, Hono `c`. */
const HANDLER_PARAMETER = /^_?(?:req|request|ctx|context|c|event)$/;

/** Whether the file imports an HTTP server framework; routes elsewhere need handler proof. */
export function importsServerFramework(file: DetectionFile): boolean {
  return file.facts.imports.some((i) => !i.typeOnly && SERVER_MODULE.test(i.module));
}

function isStringLiteral(typescript: TS, node: ts.Node | undefined): node is ts.StringLiteralLike {
  return node !== undefined && typescript.isStringLiteralLike(node);
}

/** The name of an object literal property (`method`, `'url'`), or null when computed. */
export function propertyName(typescript: TS, property: ts.ObjectLiteralElementLike): string | null {
  const name = property.name;
  if (name === undefined) return null;
  return typescript.isIdentifier(name) || typescript.isStringLiteral(name) ? name.text : null;
}

function lastName(typescript: TS, expression: ts.Expression): string | null {
  if (typescript.isIdentifier(expression)) return expression.text;
  if (typescript.isPropertyAccessExpression(expression)) return expression.name.text;
  return null;
}

/** A function literal whose first parameter is named like a request or context. */
function isRequestHandlerLiteral(typescript: TS, node: ts.Expression): boolean {
  if (!typescript.isArrowFunction(node) && !typescript.isFunctionExpression(node)) return false;
  const first = node.parameters[0];
  return first !== undefined && typescript.isIdentifier(first.name)
    ? HANDLER_PARAMETER.test(first.name.text)
    : false;
}

/** An argument that can be a handler or middleware: a function, a name, or a wrapper call. */
function isHandlerLike(typescript: TS, node: ts.Expression): boolean {
  return (
    typescript.isArrowFunction(node) ||
    typescript.isFunctionExpression(node) ||
    typescript.isIdentifier(node) ||
    typescript.isPropertyAccessExpression(node) ||
    typescript.isCallExpression(node) ||
    typescript.isArrayLiteralExpression(node)
  );
}

/** Recognises route registrations in one file; `server` says whether it imports a framework. */
export class TsRouteReader {
  readonly #routes = new Map<ts.CallExpression, TsRoute | null>();

  constructor(
    private readonly typescript: TS,
    private readonly text: (node: ts.Node) => string,
    private readonly server: boolean,
  ) {}

  /** The route a call registers, or null. Results are cached: chains ask for their receivers. */
  routeOf(call: ts.CallExpression): TsRoute | null {
    let route = this.#routes.get(call);
    if (route === undefined) {
      route = this.#read(call);
      this.#routes.set(call, route);
    }
    return route;
  }

  #read(call: ts.CallExpression): TsRoute | null {
    const typescript = this.typescript;
    const callee = call.expression;
    if (!typescript.isPropertyAccessExpression(callee)) return null;
    const name = callee.name.text;
    const receiver = callee.expression;
    if (HTTP_METHODS.has(name) || name === 'all' || name === 'del') {
      return (
        this.#chained(call, name, receiver) ??
        this.#shortcut(call, name === 'del' ? 'delete' : name, receiver)
      );
    }
    if (name === 'route') return this.#objectRoute(call, receiver);
    if (name === 'on') return this.#honoOn(call, receiver);
    return null;
  }

  /** Whether `receiver` is a router: a router-like name or a route registered on one (a chain). */
  #isRouter(receiver: ts.Expression): boolean {
    const typescript = this.typescript;
    if (typescript.isCallExpression(receiver)) return this.routeOf(receiver) !== null;
    const name = lastName(typescript, receiver);
    return name !== null && ROUTER_NAME.test(name);
  }

  /** `router.get('/x', auth, handler)`, and Hono's chained `app.get(…).post('/y', h)`. */
  #shortcut(call: ts.CallExpression, name: string, receiver: ts.Expression): TsRoute | null {
    const typescript = this.typescript;
    const [first, ...rest] = call.arguments;
    if (!isStringLiteral(typescript, first) || rest.length === 0) return null;
    if (!isRoutePath(first.text) || !this.#handlersLike(rest)) return null;
    if (!this.#isRouter(receiver) || !this.#proven(rest)) return null;
    return {
      node: call,
      callee: call.expression,
      style: name === 'all' ? null : 'method-shortcut',
      methods: name === 'all' ? [] : [name.toUpperCase()],
      path: first.text,
      pathNode: first,
      router: this.#routerText(receiver),
      middlewares: rest.slice(0, -1),
    };
  }

  /** Express `router.route('/x').get(h).post(h)`: each method call of the chain is a route. */
  #chained(call: ts.CallExpression, name: string, receiver: ts.Expression): TsRoute | null {
    const typescript = this.typescript;
    if (!typescript.isCallExpression(receiver)) return null;
    const root = this.#routeChainRoot(receiver);
    if (root === null) return null;
    const args = [...call.arguments];
    if (args.length === 0 || !args.every((argument) => isHandlerLike(typescript, argument)))
      return null;
    const path = root.arguments[0] as ts.StringLiteralLike;
    const method = name === 'del' ? 'delete' : name;
    return {
      node: call,
      callee: call.expression,
      style: method === 'all' ? null : 'method-shortcut',
      methods: method === 'all' ? [] : [method.toUpperCase()],
      path: path.text,
      pathNode: path,
      router: this.#routerText((root.expression as ts.PropertyAccessExpression).expression),
      middlewares: args.slice(0, -1),
    };
  }

  /** The `router.route('/x')` call a chain of method calls starts from, or null. */
  #routeChainRoot(call: ts.CallExpression): ts.CallExpression | null {
    const typescript = this.typescript;
    const callee = call.expression;
    if (!typescript.isPropertyAccessExpression(callee)) return null;
    const name = callee.name.text;
    if (name === 'route') {
      const [path] = call.arguments;
      return call.arguments.length === 1 &&
        isStringLiteral(typescript, path) &&
        isRoutePath(path.text) &&
        this.#isRouter(callee.expression) &&
        this.server
        ? call
        : null;
    }
    if (!HTTP_METHODS.has(name) && name !== 'all') return null;
    const inner = callee.expression;
    return typescript.isCallExpression(inner) && this.routeOf(call) !== null
      ? this.#routeChainRoot(inner)
      : null;
  }

  /** Fastify/Hapi `app.route({ method: 'GET', url: '/x', handler })`. */
  #objectRoute(call: ts.CallExpression, receiver: ts.Expression): TsRoute | null {
    const typescript = this.typescript;
    const [options] = call.arguments;
    if (call.arguments.length !== 1 || options === undefined) return null;
    if (!typescript.isObjectLiteralExpression(options) || !this.#isRouter(receiver)) return null;
    let methods: string[] | null = null;
    let path: ts.StringLiteralLike | null = null;
    let pathSeen = false;
    let handler = false;
    for (const property of options.properties) {
      if (!typescript.isPropertyAssignment(property) && !typescript.isMethodDeclaration(property))
        continue;
      const key = propertyName(typescript, property);
      if (key === 'handler') handler = true;
      if (!typescript.isPropertyAssignment(property)) continue;
      if (key === 'method') methods = this.#methodList(property.initializer);
      if (key === 'url' || key === 'path') {
        pathSeen = true;
        if (isStringLiteral(typescript, property.initializer)) path = property.initializer;
      }
    }
    if (methods === null || !pathSeen || !handler) return null;
    if (path !== null && !isRoutePath(path.text)) return null;
    return {
      node: call,
      callee: call.expression,
      style: methods.length === 0 ? null : 'generic-with-method',
      methods,
      path: path?.text ?? null,
      pathNode: path,
      router: this.#routerText(receiver),
      middlewares: [options],
    };
  }

  /** Hono `app.on('GET', '/x', handler)` and `app.on(['GET', 'POST'], '/x', handler)`. */
  #honoOn(call: ts.CallExpression, receiver: ts.Expression): TsRoute | null {
    const typescript = this.typescript;
    const [methodArgument, path, ...rest] = call.arguments;
    if (methodArgument === undefined || rest.length === 0) return null;
    const methods = this.#methodList(methodArgument);
    if (methods === null || methods.length === 0) return null;
    if (!isStringLiteral(typescript, path) || !isRoutePath(path.text)) return null;
    if (!this.#handlersLike(rest)) return null;
    if (!this.#isRouter(receiver) || !this.#proven(rest)) return null;
    return {
      node: call,
      callee: call.expression,
      style: 'generic-with-method',
      methods,
      path: path.text,
      pathNode: path,
      router: this.#routerText(receiver),
      middlewares: rest.slice(0, -1),
    };
  }

  /** Handlers and middleware, with Fastify's route options object allowed before the handler. */
  #handlersLike(args: readonly ts.Expression[]): boolean {
    const typescript = this.typescript;
    const handler = args.at(-1);
    if (handler === undefined || typescript.isArrayLiteralExpression(handler)) return false;
    return args.every(
      (argument, index) =>
        isHandlerLike(typescript, argument) ||
        (index < args.length - 1 && typescript.isObjectLiteralExpression(argument)),
    );
  }

  /** `'GET'` or `['GET', 'POST']` as upper-case methods; `[]` for `'*'`; null otherwise. */
  #methodList(node: ts.Expression): string[] | null {
    const typescript = this.typescript;
    const items = typescript.isArrayLiteralExpression(node) ? [...node.elements] : [node];
    const methods: string[] = [];
    for (const item of items) {
      if (!isStringLiteral(typescript, item)) return null;
      if (item.text === '*' || item.text.toUpperCase() === 'ALL') return [];
      const method = httpMethodOf(item.text);
      if (method === null) return null;
      methods.push(method);
    }
    return methods.length === 0 ? null : methods;
  }

  /**
   * Handler proof: the file imports a server framework, or a handler is a function literal
   * taking a request or context (`(req, res) => …`, `async (c) => …`). HTTP clients
   * (`api.post('/users', payload)`) have neither.
   */
  #proven(handlers: readonly ts.Expression[]): boolean {
    return this.server || handlers.some((h) => isRequestHandlerLiteral(this.typescript, h));
  }

  /** The router's text; for a chain, the router at its start. */
  #routerText(receiver: ts.Expression): string {
    const typescript = this.typescript;
    let expression = receiver;
    while (typescript.isCallExpression(expression)) {
      const callee = expression.expression;
      if (!typescript.isPropertyAccessExpression(callee)) break;
      expression = callee.expression;
    }
    return this.text(expression);
  }
}

/** Nest's method decorators for routes of one method. */
const NEST_METHOD_DECORATORS: ReadonlySet<string> = new Set([
  'Get',
  'Post',
  'Put',
  'Patch',
  'Delete',
  'Head',
  'Options',
]);

/** The decorators of a node, by name: `@Get(':id')` → `Get`. */
export function decoratorsOf(
  typescript: TS,
  node: ts.Node,
): { name: string; decorator: ts.Decorator; call: ts.CallExpression | null }[] {
  if (!typescript.canHaveDecorators(node)) return [];
  return (typescript.getDecorators(node) ?? []).flatMap((decorator) => {
    const expression = decorator.expression;
    const call = typescript.isCallExpression(expression) ? expression : null;
    const target = call === null ? expression : call.expression;
    const name = typescript.isIdentifier(target)
      ? target.text
      : typescript.isPropertyAccessExpression(target)
        ? target.name.text
        : null;
    return name === null ? [] : [{ name, decorator, call }];
  });
}

/** Whether a class is a Nest controller (`@Controller()`). */
export function isNestController(typescript: TS, node: ts.Node): boolean {
  return (
    typescript.isClassDeclaration(node) &&
    decoratorsOf(typescript, node).some((d) => d.name === 'Controller')
  );
}

/** The path a Nest decorator call states: its string argument, `''` when it has none. */
function nestPath(
  typescript: TS,
  call: ts.CallExpression | null,
): ts.StringLiteralLike | '' | null {
  const first = call?.arguments[0];
  if (first === undefined) return '';
  if (isStringLiteral(typescript, first)) return first;
  if (typescript.isObjectLiteralExpression(first)) {
    for (const property of first.properties) {
      if (
        typescript.isPropertyAssignment(property) &&
        propertyName(typescript, property) === 'path' &&
        isStringLiteral(typescript, property.initializer)
      )
        return property.initializer;
    }
    return '';
  }
  return null;
}

/** The route of a method of a Nest controller (`@Get(':id')`, `@RequestMapping({ method })`). */
export function nestRouteOf(typescript: TS, method: ts.MethodDeclaration): TsRoute | null {
  for (const { name, decorator, call } of decoratorsOf(typescript, method)) {
    let style: MethodStyle | null;
    let methods: string[];
    if (NEST_METHOD_DECORATORS.has(name)) {
      style = 'method-shortcut';
      methods = [name.toUpperCase()];
    } else if (name === 'All') {
      style = null;
      methods = [];
    } else if (name === 'RequestMapping') {
      style = 'generic-with-method';
      methods = [];
    } else continue;
    const path = nestPath(typescript, call);
    return {
      node: decorator,
      callee: call?.expression ?? decorator.expression,
      style,
      methods,
      path: path === null ? null : path === '' ? '' : path.text,
      pathNode: path === null || path === '' ? null : path,
      router: '',
      middlewares: [],
    };
  }
  return null;
}

/** The path of a Nest controller (`@Controller('users')`), with its node, or null. */
export function nestControllerPath(
  typescript: TS,
  node: ts.ClassDeclaration,
): ts.StringLiteralLike | null {
  const controller = decoratorsOf(typescript, node).find((d) => d.name === 'Controller');
  const path = controller === undefined ? null : nestPath(typescript, controller.call);
  return path === null || path === '' ? null : path;
}
