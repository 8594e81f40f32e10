import type { CodeLanguage, EntryPointKind, ReferenceFact } from '@drift/core';

/** Express/Koa/Hono/Fastify router methods that take handlers (`app.get('/x', h)`, `router.use(mw)`). */
const JS_ROUTE_METHODS = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'del',
  'all',
  'use',
  'head',
  'options',
]);

/**
 * Receivers of JS route registrations, by their last name: `app`, `router`, `userRouter`,
 * `this.app`, `api`, `server`, `routes`; or a route chain (`router.route('/x').get(h)`).
 */
const JS_ROUTER = /(?:^|\.)(?:app|application|[a-z]*[Rr]outer|routes?|api|server)$|\.route\(.*\)$/s;

/** gin, echo, chi, gorilla/mux and net/http methods that take handlers (`r.GET("/", h)`, `http.HandleFunc("/", h)`). */
const GO_ROUTE_METHODS = new Set([
  'GET',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'HEAD',
  'OPTIONS',
  'Any',
  'Handle',
  'HandleFunc',
  'Get',
  'Post',
  'Put',
  'Patch',
  'Delete',
]);

/** Django `path()`/`re_path()`/`url()` in `urlpatterns`, bare or from `django.urls`. */
const DJANGO_ROUTE_FUNCTIONS = new Set(['path', 're_path', 'url']);

/** Flask `add_url_rule`, FastAPI/Starlette `add_api_route` and `add_route`. */
const PYTHON_ROUTE_METHODS = new Set(['add_url_rule', 'add_api_route', 'add_route']);

/** Listener registrations of Node's EventEmitter, the DOM and RxJS. */
const EVENT_METHODS = new Set([
  'on',
  'once',
  'addListener',
  'prependListener',
  'addEventListener',
  'subscribe',
]);

function isJavaScript(language: CodeLanguage): boolean {
  return language === 'typescript' || language === 'javascript';
}

function routeRegistration(reference: ReferenceFact, language: CodeLanguage): boolean {
  const { call, callReceiver } = reference;
  if (isJavaScript(language)) {
    return callReceiver !== null && JS_ROUTE_METHODS.has(call) && JS_ROUTER.test(callReceiver);
  }
  if (language === 'go') return callReceiver !== null && GO_ROUTE_METHODS.has(call);
  if (language === 'python') {
    if (PYTHON_ROUTE_METHODS.has(call)) return callReceiver !== null;
    return (
      DJANGO_ROUTE_FUNCTIONS.has(call) &&
      (callReceiver === null || /(?:^|\.)urls$/.test(callReceiver))
    );
  }
  return false;
}

function cliRegistration(reference: ReferenceFact, language: CodeLanguage): boolean {
  const { call, callReceiver } = reference;
  if (callReceiver === null) return false;
  if (isJavaScript(language)) return call === 'action' || call === 'command';
  return language === 'python' && call === 'set_defaults';
}

function eventRegistration(reference: ReferenceFact, language: CodeLanguage): boolean {
  const { call, callReceiver } = reference;
  if (callReceiver === null) return false;
  if (isJavaScript(language)) return EVENT_METHODS.has(call);
  return language === 'python' && call === 'connect';
}

/**
 * The entry-point kind a function gets from the call it is passed to (a `ReferenceFact`), or
 * null when that call registers nothing:
 * - `route`: a handler or middleware given to an HTTP router — Express/Koa/Hono/Fastify
 *   `app|router|…Router|api|server.get/post/put/patch/delete/all/use/head/options(…)` and
 *   `router.route('/x').get(h)`; gin/echo/chi/mux/net-http `r.GET/POST/…/Any/Handle/HandleFunc(…)`;
 *   Django `path()/re_path()/url()`; Flask `add_url_rule`, FastAPI `add_api_route`/`add_route`;
 * - `cli`: commander/yargs `.action(fn)`, `.command(…, fn)`; argparse `set_defaults(func=fn)`;
 * - `event`: `.on/.once/.addListener/.prependListener/.addEventListener/.subscribe(…)`
 *   (EventEmitter, DOM, RxJS); Django signals `signal.connect(fn)`.
 * The names are those of the frameworks' documented registration APIs; a receiver is required
 * except for Django's bare `path()`, so `get(h)` or `on(h)` alone registers nothing.
 */
export function registrationEntryPoint(
  reference: ReferenceFact,
  language: CodeLanguage,
): EntryPointKind | null {
  if (routeRegistration(reference, language)) return 'route';
  if (cliRegistration(reference, language)) return 'cli';
  if (eventRegistration(reference, language)) return 'event';
  return null;
}
