import type ts from 'typescript';
import { isAuthLikeName, isPublicMarker } from './api-http.js';
import { wordsOf } from './identifier-words.js';
import { guardOf, type GuardState } from './api-guards.js';
import { decoratorsOf, propertyName, type TsRoute } from './api-routes-ts.js';

type TS = typeof import('typescript');

/** Fastify hooks that run before the handler and carry authentication. */
const FASTIFY_HOOKS = new Set(['preHandler', 'onRequest', 'preValidation', 'preParsing']);

/**
 * The names of middleware expressions: `auth.required`, the callee of `passport.authenticate
 * ('jwt')`, the elements of `[auth, validate]`, Fastify's `{ preHandler: [app.authenticate] }`.
 */
export function middlewareNames(
  typescript: TS,
  node: ts.Expression,
  text: (node: ts.Node) => string,
): string[] {
  if (typescript.isIdentifier(node) || typescript.isPropertyAccessExpression(node))
    return [text(node)];
  if (typescript.isCallExpression(node)) return [text(node.expression)];
  if (typescript.isArrayLiteralExpression(node))
    return node.elements.flatMap((element) => middlewareNames(typescript, element, text));
  if (!typescript.isObjectLiteralExpression(node)) return [];
  return node.properties.flatMap((property) =>
    typescript.isPropertyAssignment(property) &&
    FASTIFY_HOOKS.has(propertyName(typescript, property) ?? '')
      ? middlewareNames(typescript, property.initializer, text)
      : [],
  );
}

/** An auth `.use()` seen earlier in the file: it guards later routes of `router` under `prefix`. */
export interface RouterGuard {
  readonly router: string;
  readonly prefix: string;
  readonly guard: string;
}

/** `app.use(requireAuth)` or Hono `app.use('/admin/*', basicAuth(…))` as a router guard, or null. */
export function routerGuardOf(
  typescript: TS,
  call: ts.CallExpression,
  text: (node: ts.Node) => string,
): RouterGuard | null {
  const callee = call.expression;
  if (!typescript.isPropertyAccessExpression(callee) || callee.name.text !== 'use') return null;
  const [first, ...rest] = call.arguments;
  if (first === undefined) return null;
  const prefixed = typescript.isStringLiteralLike(first);
  const names = (prefixed ? rest : [...call.arguments]).flatMap((argument) =>
    middlewareNames(typescript, argument, text),
  );
  const found = guardOf(names);
  if (found?.state !== 'guarded' || found.guard === null) return null;
  return {
    router: text(callee.expression),
    prefix: prefixed ? first.text.replace(/\/?\*$/, '') : '',
    guard: found.guard,
  };
}

/** Whether a router guard covers a route: same router, path under its prefix. */
export function coversRoute(guard: RouterGuard, route: TsRoute): boolean {
  if (guard.router !== route.router) return false;
  if (guard.prefix === '' || guard.prefix === '/') return true;
  const path = route.path ?? '';
  return path === guard.prefix || path.startsWith(`${guard.prefix}/`);
}

/** Nest guards that authenticate or authorize: `AuthGuard('jwt')`, `JwtAuthGuard`, `RolesGuard`. */
export function isNestAuthGuard(name: string): boolean {
  const words = wordsOf(name).filter((word) => word !== 'guard' && word !== 'guards');
  return (
    isAuthLikeName(words.join('-')) ||
    words.some((word) =>
      /^(?:roles?|admin|permissions?|session|user|policies|policy)$/.test(word),
    ) ||
    (words.includes('api') && words.includes('key'))
  );
}

/** The guard state a list of Nest decorators gives, or null when they say nothing. */
function nestDecoratorsGuard(
  typescript: TS,
  node: ts.Node,
  text: (node: ts.Node) => string,
): { state: GuardState; guard: string | null } | null {
  let guard: string | null = null;
  for (const { name, call } of decoratorsOf(typescript, node)) {
    if (isPublicMarker(name)) return { state: 'neutral', guard: null };
    if (name === 'UseGuards') {
      const found = (call?.arguments ?? [])
        .map((argument) =>
          text(typescript.isCallExpression(argument) ? argument.expression : argument),
        )
        .find((argument) => isNestAuthGuard(argument.replace(/^new\s+/, '')));
      if (found !== undefined) guard ??= `@UseGuards(${found})`;
    } else if (!name.startsWith('Api') && (isAuthLikeName(name) || name === 'Roles')) {
      guard ??= `@${name}`;
    }
  }
  return guard === null ? null : { state: 'guarded', guard };
}

/** The guard state of a Nest route: from the method's decorators, then its controller's. */
export function nestGuard(
  typescript: TS,
  method: ts.MethodDeclaration,
  controller: ts.Node,
  text: (node: ts.Node) => string,
): { state: GuardState; guard: string | null } {
  const own = nestDecoratorsGuard(typescript, method, text);
  if (own?.state === 'neutral') return own;
  const inherited = nestDecoratorsGuard(typescript, controller, text);
  if (inherited?.state === 'neutral' && own === null) return inherited;
  return own ?? inherited ?? { state: 'unguarded', guard: null };
}
