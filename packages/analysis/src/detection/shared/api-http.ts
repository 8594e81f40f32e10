import { wordsOf } from './identifier-words.js';
/**
 * Vocabulary shared by the `api/` and `auth/` detectors: HTTP methods, route path segments and
 * their casing, public paths, auth-like names and status codes.
 */

/** How a route states its HTTP method: in the registering call's name, or as data. */
export type MethodStyle = 'method-shortcut' | 'generic-with-method';

/** HTTP methods that have a method-specific registration form in every framework. */
export const HTTP_METHODS: ReadonlySet<string> = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'options',
]);

/** Methods that change state: an unguarded one is what authorization reviews look for first. */
export const MUTATING_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** An HTTP method name as data (`'GET'`, `"post"`), upper-cased, or null. */
export function httpMethodOf(text: string): string | null {
  const lower = text.toLowerCase();
  return HTTP_METHODS.has(lower) ? lower.toUpperCase() : null;
}

/** The value of a quoted string literal's text (`'x'`, `"x"`, `` `x` ``, `r"x"`), or null. */
export function stringLiteralValue(text: string): string | null {
  const match = /^[rRuUbB]{0,2}(['"`])((?:(?!\1)[^\\]|\\.)*)\1$/s.exec(text.trim());
  if (match === null) return null;
  const value = match[2] ?? '';
  return match[1] === '`' && value.includes('${') ? null : value;
}

/**
 * A route path as written in a declaration: `''`, or starting with `/`, or a relative path of
 * URL characters (Nest `@Get(':id')`, ASP.NET `[HttpGet("{id}")]`) when `relative` is allowed.
 */
export function isRoutePath(value: string, relative = false): boolean {
  if (value === '' || value === '/') return true;
  if (/\s/.test(value) || /^\w+:\/\//.test(value)) return false;
  return value.startsWith('/') || (relative && /^[\w:{<*[.-]/.test(value));
}

/** The word casing of a route path's literal segments (`/user-profiles`, `/user_profiles`, `/userProfiles`). */
export type PathCasing = 'kebab-case' | 'snake_case' | 'camelCase';

const PARAMETER_SEGMENT = /^(?::|\{|<|\*|\$|\[|\()/;
const VERSION_SEGMENT = /^v\d+(?:\.\d+)*(?:alpha\d*|beta\d*)?$/i;
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
const CAMEL = /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+$/;

/** The casing of one path segment with several words, or null (one word, a parameter …). */
export function segmentCasing(segment: string): PathCasing | null {
  if (segment === '' || PARAMETER_SEGMENT.test(segment) || VERSION_SEGMENT.test(segment))
    return null;
  const word = segment.replace(/\.[A-Za-z0-9]+$/, '');
  if (KEBAB.test(word)) return 'kebab-case';
  if (SNAKE.test(word)) return 'snake_case';
  if (CAMEL.test(word)) return 'camelCase';
  return null;
}

/**
 * The casing of a route path's multi-word literal segments: null when it has none, when they
 * disagree, or when the path holds names fixed by a standard (`/.well-known/…`) or a regular
 * expression.
 */
export function pathCasing(path: string): PathCasing | null {
  if (/\.well-known|[()?+^$|\\]/.test(path)) return null;
  let casing: PathCasing | null = null;
  for (const segment of path.split('/')) {
    const found = segmentCasing(segment);
    if (found === null) continue;
    if (casing !== null && casing !== found) return null;
    casing = found;
  }
  return casing;
}

/**
 * Path segments that are public by design wherever they appear: sign-in and sign-up flows,
 * password recovery, email verification, health probes, API documentation, webhooks and OAuth
 * callbacks.
 */
const PUBLIC_SEGMENT =
  /^(?:log-?in|log-?out|sign-?in|sign-?out|sign-?up|register|registration|\w+[-_]login|login[-_]\w+|access[-_]tokens?|refresh[-_]tokens?|health|healthz|health[-_]?check|livez|readyz|swagger|swagger-ui|openapi(?:\.json)?|redoc|webhooks?|\w+[-_]webhooks?|callbacks?|oauth2?|forgot[-_]?password|reset[-_]?password|password[-_]?reset|password[-_]?recovery|recover[-_]?password|verify[-_]?email|email[-_]?verification|confirm[-_]?email|robots\.txt|favicon\.ico|sitemap\.xml)$/i;
/**
 * Segments that are public only at the top of the API (`/status`, `/api/v1/ping`), not below a
 * resource (`/orders/:id/status`).
 */
const PUBLIC_TOP_SEGMENT =
  /^(?:auth|oauth2?|status|ping|version|metrics|ready|alive|public|docs|tokens?|refresh)$/i;

/** A path that is public by design (see {@link PUBLIC_SEGMENT}, {@link PUBLIC_TOP_SEGMENT}). */
export function isPublicPath(path: string): boolean {
  const segments = path.split('/').filter((segment) => segment !== '');
  const first = segments.find((segment) => !/^(?:api|v\d+)$/i.test(segment));
  if (first !== undefined && PUBLIC_TOP_SEGMENT.test(first)) return true;
  return segments.some((segment) => PUBLIC_SEGMENT.test(segment));
}

/** Words that name authentication or authorization on their own. */
const AUTH_WORDS = new Set([
  'authenticate',
  'authenticated',
  'authentication',
  'authorize',
  'authorized',
  'authorization',
  'jwt',
  'protect',
  'protected',
  'permission',
  'permissions',
  'bearer',
  'rbac',
  'acl',
  'oauth2',
  'superuser',
]);
/** `auth`, unless the name is a controller, validator or the login flow itself. */
const AUTH_SHORT = new Set(['auth', 'authn', 'authz']);
const NOT_A_GUARD = new Set([
  'controller',
  'controllers',
  'handler',
  'handlers',
  'validator',
  'validation',
  'validate',
  'schema',
  'service',
  'router',
  'routes',
  'route',
  'login',
  'logout',
  'register',
  'signup',
  'callback',
  'optional',
]);
const REQUIRE_VERBS = new Set([
  'require',
  'requires',
  'ensure',
  'must',
  'is',
  'check',
  'verify',
  'has',
]);
const GUARDED_OBJECTS = new Set([
  'auth',
  'authenticated',
  'user',
  'login',
  'logged',
  'signed',
  'token',
  'jwt',
  'session',
  'role',
  'roles',
  'admin',
  'permission',
  'permissions',
  'scope',
  'scopes',
]);

/** `<subject>_required` decorators: `login_required`, `staff_member_required`, `roles_required`. */
const REQUIRED_SUBJECTS = new Set([
  'login',
  'role',
  'roles',
  'admin',
  'staff',
  'member',
  'user',
  'permission',
  'permissions',
  'token',
  'jwt',
  'auth',
  'fresh',
]);

/**
 * A middleware, decorator, guard or dependency name that enforces authentication or
 * authorization: `requireAuth`, `passport.authenticate`, `auth.required`, `isAuthenticated`,
 * `ensureLoggedIn`, `verifyToken`, `jwt`, `checkPermission`, `login_required`,
 * `user_passes_test`, `get_current_user`, `JwtAuthGuard`. Optional authentication
 * (`auth.optional`) is not, nor `passport.initialize()`.
 */
export function isAuthLikeName(name: string): boolean {
  const words = wordsOf(name);
  if (words.includes('optional') || words.includes('anonymous')) return false;
  if (words.some((word) => AUTH_WORDS.has(word))) return true;
  if (words.some((word) => AUTH_SHORT.has(word)) && !words.some((word) => NOT_A_GUARD.has(word)))
    return true;
  for (let index = 0; index + 1 < words.length; index += 1) {
    const [first, second] = [words[index] ?? '', words[index + 1] ?? ''];
    if (REQUIRE_VERBS.has(first) && GUARDED_OBJECTS.has(second)) return true;
    if (first === 'current' && (second === 'user' || second === 'active')) return true;
    if ((first === 'logged' || first === 'signed') && second === 'in') return true;
    if (REQUIRED_SUBJECTS.has(first) && second === 'required') return true;
    if (first === 'admin' && second === 'only') return true;
    if (first === 'passes' && second === 'test') return true;
  }
  return false;
}

/** Optional authentication (`auth.optional`, `optionalAuth`): the route is public on purpose. */
export function isOptionalAuthName(name: string): boolean {
  const words = wordsOf(name);
  return (
    words.includes('optional') &&
    words.some((word) => AUTH_SHORT.has(word) || AUTH_WORDS.has(word) || word === 'user')
  );
}

const PUBLIC_MARKER_NOUNS = new Set(['route', 'endpoint', 'api', 'access']);

/** Markers that a route is public on purpose: `@Public()`, `@AllowAnonymous`, `@PermitAll`. */
export function isPublicMarker(name: string): boolean {
  const words = wordsOf(name);
  return (
    (words[0] === 'public' && words.slice(1).every((word) => PUBLIC_MARKER_NOUNS.has(word))) ||
    (words.includes('allow') && (words.includes('anonymous') || words.includes('any'))) ||
    (words.includes('permit') && words.includes('all')) ||
    (words.includes('skip') && words.some((word) => AUTH_SHORT.has(word) || word === 'jwt')) ||
    (words.includes('no') && words.some((word) => AUTH_SHORT.has(word))) ||
    (words.includes('is') && words.includes('public'))
  );
}

/** An HTTP status code written as a number: 100–599. */
export function isStatusNumber(text: string): boolean {
  return /^[1-5]\d\d$/.test(text);
}

/** The reason phrases of the IANA HTTP status code registry, as constant names use them. */
const STATUS_CODES: ReadonlyMap<string, number> = new Map([
  ['CONTINUE', 100],
  ['SWITCHING_PROTOCOLS', 101],
  ['PROCESSING', 102],
  ['EARLY_HINTS', 103],
  ['OK', 200],
  ['CREATED', 201],
  ['ACCEPTED', 202],
  ['NON_AUTHORITATIVE_INFORMATION', 203],
  ['NO_CONTENT', 204],
  ['RESET_CONTENT', 205],
  ['PARTIAL_CONTENT', 206],
  ['MULTI_STATUS', 207],
  ['MOVED_PERMANENTLY', 301],
  ['MOVED_TEMPORARILY', 302],
  ['FOUND', 302],
  ['SEE_OTHER', 303],
  ['NOT_MODIFIED', 304],
  ['TEMPORARY_REDIRECT', 307],
  ['PERMANENT_REDIRECT', 308],
  ['BAD_REQUEST', 400],
  ['UNAUTHORIZED', 401],
  ['PAYMENT_REQUIRED', 402],
  ['FORBIDDEN', 403],
  ['NOT_FOUND', 404],
  ['METHOD_NOT_ALLOWED', 405],
  ['NOT_ACCEPTABLE', 406],
  ['REQUEST_TIMEOUT', 408],
  ['CONFLICT', 409],
  ['GONE', 410],
  ['LENGTH_REQUIRED', 411],
  ['PRECONDITION_FAILED', 412],
  ['PAYLOAD_TOO_LARGE', 413],
  ['REQUEST_TOO_LONG', 413],
  ['UNSUPPORTED_MEDIA_TYPE', 415],
  ['UNPROCESSABLE_ENTITY', 422],
  ['UNPROCESSABLE_CONTENT', 422],
  ['TOO_MANY_REQUESTS', 429],
  ['INTERNAL_SERVER_ERROR', 500],
  ['NOT_IMPLEMENTED', 501],
  ['BAD_GATEWAY', 502],
  ['SERVICE_UNAVAILABLE', 503],
  ['GATEWAY_TIMEOUT', 504],
]);

/** A constant named after a status reason phrase: `NOT_FOUND`, `HTTP_404_NOT_FOUND`, `SC_OK`. */
export function isStatusConstantName(name: string): boolean {
  return STATUS_CODES.has(name.replace(/^(?:HTTP_(?:\d{3}_)?|SC_|STATUS_)/, ''));
}

/**
 * The status code a status expression stands for: `404`, `HttpStatus.NOT_FOUND`,
 * `status.HTTP_404_NOT_FOUND`, `http.StatusNotFound`; null when unknown.
 */
export function statusCodeOf(text: string): number | null {
  const trimmed = text.trim();
  if (isStatusNumber(trimmed)) return Number(trimmed);
  const member = /(\w+)$/.exec(trimmed)?.[1] ?? '';
  const digits = /^HTTP_(\d{3})_/.exec(member)?.[1];
  if (digits !== undefined) return Number(digits);
  const goName = /^Status([A-Z]\w*)$/.exec(member)?.[1];
  const name =
    goName === undefined ? member : goName.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return STATUS_CODES.get(name.replace(/^(?:SC_|STATUS_)/, '')) ?? null;
}

/** A controller or router prefix joined with a route path: `users` + `:id` → `/users/:id`. */
export function joinPath(prefix: string | null | undefined, path: string | null): string | null {
  if (path === null) return null;
  const parts = [prefix ?? '', path]
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter((part) => part !== '');
  return `/${parts.join('/')}`;
}
