import {
  isAuthLikeName,
  isOptionalAuthName,
  isPublicMarker,
  isPublicPath,
  MUTATING_METHODS,
} from './api-http.js';
import { wordsOf } from './identifier-words.js';

/** What a route's guards say: guarded, not guarded, or public on purpose (neutral). */
export type GuardState = 'guarded' | 'unguarded' | 'neutral';

/** A route as the guard detector weighs it. */
export interface WeighedRoute<Site> {
  readonly state: GuardState;
  /** Upper-case methods; empty when every method or unknown. */
  readonly methods: readonly string[];
  readonly path: string | null;
  /** What was reported at: a node, or a line for facts. */
  readonly site: Site;
  /** The guard's name when guarded. */
  readonly guard: string | null;
}

/** The names of the guards a list of middleware names holds: auth-like, or optional auth. */
export function guardOf(
  names: readonly string[],
): { state: GuardState; guard: string | null } | null {
  for (const name of names)
    if (isOptionalAuthName(name) || isPublicMarker(name)) return { state: 'neutral', guard: null };
  const guard = names.find((name) => isAuthLikeName(name));
  return guard === undefined ? null : { state: 'guarded', guard };
}

/** Handler names of public flows: `login`, `register_user`, `healthCheck`, `github_callback`. */
const PUBLIC_NAME_WORDS = new Set([
  'login',
  'logout',
  'signin',
  'signup',
  'register',
  'registration',
  'health',
  'healthcheck',
  'healthz',
  'ping',
  'webhook',
  'webhooks',
  'callback',
  'oauth',
  'oauth2',
  'metrics',
  'readiness',
  'liveness',
]);

/** Whether a handler, view or controller name names a public flow. */
export function isPublicName(name: string): boolean {
  const words = wordsOf(name);
  if (words.some((word) => PUBLIC_NAME_WORDS.has(word))) return true;
  for (let index = 0; index + 1 < words.length; index += 1) {
    const [first, second] = [words[index] ?? '', words[index + 1] ?? ''];
    if (
      (first === 'sign' || first === 'log') &&
      (second === 'in' || second === 'up' || second === 'out')
    )
      return true;
    if (/^(?:reset|forgot|recover|recovery)$/.test(first) && second === 'password') return true;
    if (first === 'password' && /^(?:reset|recovery|forgot)$/.test(second)) return true;
    if (first === 'verify' && second === 'email') return true;
  }
  return false;
}

/** `POST /users`, `POST /accounts`: creating an account is signing up. */
function isSignUp(methods: readonly string[], path: string | null): boolean {
  return (
    methods.length === 1 &&
    methods[0] === 'POST' &&
    path !== null &&
    /^\/?(?:api\/)?(?:v\d+\/)?(?:users|accounts|members)\/?$/i.test(path)
  );
}

/**
 * The state of a route after the public-by-design checks: neutral when its path or its handler
 * name is public (see {@link isPublicPath}, {@link isPublicName}) or it creates an account.
 */
export function publicAware(
  state: GuardState,
  methods: readonly string[],
  path: string | null,
  handlerName: string | null,
): GuardState {
  if (state !== 'unguarded') return state;
  if (path !== null && (isPublicPath(path) || isSignUp(methods, path))) return 'neutral';
  if (handlerName !== null && isPublicName(handlerName)) return 'neutral';
  return state;
}

type MethodClass = 'safe' | 'mutating';

function classesOf(methods: readonly string[]): MethodClass[] {
  if (methods.length === 0) return ['safe', 'mutating'];
  const classes = new Set<MethodClass>(
    methods.map((method) => (MUTATING_METHODS.has(method) ? 'mutating' : 'safe')),
  );
  return [...classes];
}

/**
 * The routes of one file worth observing. Guarded routes always are. An unguarded route is
 * observed only when most routes of its kind in the same file are guarded (reads:
 * GET/HEAD/OPTIONS; writes: POST/PUT/PATCH/DELETE): that file's convention is to guard them,
 * and this one lacks the guard. A file that guards none or few of its reads has public reads by
 * design; a file that guards nothing is most likely guarded where it is mounted (another
 * file), which this detector cannot see. As a consequence the unguarded side can never become
 * a scope's convention, so a guarded route is never reported as an outlier.
 */
export function observableRoutes<Site>(
  routes: readonly WeighedRoute<Site>[],
): WeighedRoute<Site>[] {
  const balance = new Map<MethodClass, number>([
    ['safe', 0],
    ['mutating', 0],
  ]);
  for (const route of routes) {
    const step = route.state === 'guarded' ? 1 : route.state === 'unguarded' ? -1 : 0;
    for (const kind of classesOf(route.methods)) balance.set(kind, (balance.get(kind) ?? 0) + step);
  }
  return routes.filter(
    (route) =>
      route.state === 'guarded' ||
      (route.state === 'unguarded' &&
        classesOf(route.methods).every((kind) => (balance.get(kind) ?? 0) > 0)),
  );
}

/** `GET /users/:id`, or the handler's name when the path is unknown. */
export function routeLabel(
  methods: readonly string[],
  path: string | null,
  fallback: string,
): string {
  const method = methods.length === 0 ? 'ALL' : methods.join('|');
  return path === null ? fallback : `${method} ${path === '' ? '/' : path}`;
}
