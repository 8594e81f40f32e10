import type { CallFact, DecoratorFact } from '@drift/core';
import type { DetectionFile } from '../detector.js';
import { isAuthLikeName, isPublicMarker } from './api-http.js';
import type { GuardState } from './api-guards.js';
import type { AnnotatedRoute } from './api-routes-annotated.js';

type Guard = { state: GuardState; guard: string | null };

/** Spring Security's method security annotations (JSR-250 `@RolesAllowed` included). */
const SPRING_GUARDS = new Set(['PreAuthorize', 'PostAuthorize', 'Secured', 'RolesAllowed']);
/** Expressions that let everyone in: `@PreAuthorize("permitAll()")`. */
const OPEN_EXPRESSION = /permitAll|isAnonymous/;

function annotationsGuard(
  annotations: readonly DecoratorFact[],
  isGuard: (annotation: DecoratorFact) => boolean,
  prefix: string,
): Guard | null {
  for (const annotation of annotations) {
    if (isPublicMarker(annotation.name)) return { state: 'neutral', guard: null };
    if (!isGuard(annotation)) continue;
    if (OPEN_EXPRESSION.test(annotation.arguments ?? '')) return { state: 'neutral', guard: null };
    return { state: 'guarded', guard: `${prefix}${annotation.name}` };
  }
  return null;
}

function isSpringGuard(annotation: DecoratorFact): boolean {
  return SPRING_GUARDS.has(annotation.name) || isAuthLikeName(annotation.name);
}

function isAspNetGuard(annotation: DecoratorFact): boolean {
  return annotation.name === 'Authorize' || isAuthLikeName(annotation.name);
}

/** The guard state of an annotated route: the method's annotations first, then its controller's. */
export function annotatedGuard(language: string, route: AnnotatedRoute): Guard {
  const isGuard = language === 'csharp' ? isAspNetGuard : isSpringGuard;
  const prefix = language === 'csharp' ? '' : '@';
  return (
    annotationsGuard(route.method.decorators, isGuard, prefix) ??
    annotationsGuard(route.controller.decorators, isGuard, prefix) ?? {
      state: 'unguarded',
      guard: null,
    }
  );
}

/** An ASP.NET Core minimal API endpoint: `app.MapGet("/x", handler)`. */
export interface MinimalApiRoute {
  readonly call: CallFact;
  readonly methods: readonly string[];
  readonly path: string | null;
  readonly state: GuardState;
  readonly guard: string | null;
}

const MAP_METHOD = /^Map(Get|Post|Put|Patch|Delete)$/;

/** The text of a call's statement: its line and the `.Chained()` lines after it. */
function statementText(file: DetectionFile, call: CallFact): string {
  let text = file.lineText(call.line).slice(call.column - 1);
  for (let line = call.line + 1; /^\s*\./.test(file.lineText(line)); line += 1)
    text += file.lineText(line).trim();
  return text;
}

/** The text between a call's first `(` and its matching `)`. */
function argumentsText(statement: string): string {
  const open = statement.indexOf('(');
  let depth = 0;
  for (let index = open; open >= 0 && index < statement.length; index += 1) {
    const char = statement[index];
    if (char === '(') depth += 1;
    else if (char === ')' && --depth === 0) return statement.slice(open + 1, index);
  }
  return '';
}

/**
 * Minimal API endpoints and their guards: `.RequireAuthorization()` chained on the endpoint,
 * or called earlier in the same method on the group they are mapped on
 * (`group.RequireAuthorization()`, `var group = app.MapGroup("/x").RequireAuthorization()`);
 * `.AllowAnonymous()` makes an endpoint neutral.
 */
export function minimalApiRoutes(file: DetectionFile): MinimalApiRoute[] {
  const guardedGroups = new Set<string>();
  const routes: MinimalApiRoute[] = [];
  for (const call of file.facts.calls) {
    if (call.callee === 'RequireAuthorization' && call.receiver !== null) {
      const assigned = /(?:var|\w+)\s+(\w+)\s*=/.exec(file.lineText(call.line))?.[1];
      const group = /^\w+$/.test(call.receiver) ? call.receiver : assigned;
      if (group !== undefined) guardedGroups.add(`${call.enclosingFunction ?? ''}\0${group}`);
      continue;
    }
    const verb = MAP_METHOD.exec(call.callee);
    if (verb === null || call.receiver === null) continue;
    const statement = statementText(file, call);
    const path = /"((?:[^"\\]|\\.)*)"/.exec(argumentsText(statement))?.[1] ?? null;
    let state: GuardState = 'unguarded';
    let guard: string | null = null;
    if (/\.AllowAnonymous\(/.test(statement)) state = 'neutral';
    else if (
      /\.RequireAuthorization\(/.test(statement) ||
      guardedGroups.has(`${call.enclosingFunction ?? ''}\0${call.receiver}`)
    ) {
      state = 'guarded';
      guard = 'RequireAuthorization()';
    }
    routes.push({ call, methods: [(verb[1] ?? '').toUpperCase()], path, state, guard });
  }
  return routes;
}
