import type { Node, QueryMatch } from 'web-tree-sitter';
import { guardOf, type GuardState, type WeighedRoute } from './api-guards.js';
import { goArguments, GO_ROUTE_QUERY, goRouteOf, type GoRoute } from './api-routes-go.js';
import { capturedNode } from './tree-sitter-captures.js';

/**
 * What the Go guard reader needs: function scopes, router groups created with middleware
 * (`r.Group("/admin", AuthRequired())`), `.Use(…)` calls and route registrations.
 */
export const GO_GUARD_QUERY = `${GO_ROUTE_QUERY}
[(function_declaration) (method_declaration) (func_literal)] @guard-scope
(short_var_declaration left: (expression_list . (identifier) @group-name) right: (expression_list . (call_expression function: (selector_expression operand: (_) @group-parent field: (field_identifier) @group-method (#eq? @group-method "Group"))) @group-call))
(call_expression function: (selector_expression operand: (_) @use-router field: (field_identifier) @use-method (#eq? @use-method "Use"))) @use-call`;

/** The name of a middleware argument: `AuthRequired` of `AuthRequired()`, `middleware.JWT`. */
function middlewareName(node: Node): string | null {
  if (node.type === 'call_expression') return node.childForFieldName('function')?.text ?? null;
  if (node.type === 'identifier' || node.type === 'selector_expression') return node.text;
  return null;
}

function namesOf(nodes: readonly Node[]): string[] {
  return nodes.flatMap((node) => {
    const name = middlewareName(node);
    return name === null ? [] : [name];
  });
}

/** A router guarded until the end of the scope it was guarded in. */
interface GuardedRouter {
  readonly guard: string;
  readonly scopeEnd: number;
}

/** A weighed Go route: the call reported, and the handler's name. */
export type GoSite = { readonly node: Node; readonly name: string };

/** Collects the weighed routes of one Go file from the matches of {@link GO_GUARD_QUERY}. */
export class GoGuardReader {
  readonly routes: WeighedRoute<GoSite>[] = [];
  readonly #scopes: number[] = [];
  readonly #guarded = new Map<string, GuardedRouter>();

  match(match: QueryMatch): void {
    const scope = capturedNode(match, 'guard-scope');
    if (scope !== undefined) {
      this.#enter(scope);
      return;
    }
    const group = capturedNode(match, 'group-call');
    if (group !== undefined) {
      this.#enter(group);
      const [, ...middleware] = goArguments(group);
      const parent = this.#guardOf(
        capturedNode(match, 'group-parent')?.text ?? '',
        group.startIndex,
      );
      const found = guardOf(namesOf(middleware));
      const guard = found?.state === 'guarded' ? found.guard : parent;
      const name = capturedNode(match, 'group-name')?.text;
      if (guard !== null && name !== undefined) this.#guard(name, guard);
      return;
    }
    const use = capturedNode(match, 'use-call');
    if (use !== undefined) {
      this.#enter(use);
      const found = guardOf(namesOf(goArguments(use)));
      const router = capturedNode(match, 'use-router')?.text;
      if (found?.state === 'guarded' && found.guard !== null && router !== undefined)
        this.#guard(router, found.guard);
      return;
    }
    const call = capturedNode(match, 'route-call');
    if (call === undefined) return;
    this.#enter(call);
    const route = goRouteOf(call);
    if (route !== null) this.#add(route);
  }

  /** Pops the scopes that end before `node`. */
  #enter(node: Node): void {
    while (this.#scopes.length > 0 && (this.#scopes.at(-1) ?? 0) <= node.startIndex)
      this.#scopes.pop();
    if (
      node.type === 'function_declaration' ||
      node.type === 'method_declaration' ||
      node.type === 'func_literal'
    )
      this.#scopes.push(node.endIndex);
  }

  #guard(router: string, guard: string): void {
    this.#guarded.set(router, { guard, scopeEnd: this.#scopes.at(-1) ?? Number.MAX_SAFE_INTEGER });
  }

  #guardOf(router: string, at: number): string | null {
    const guarded = this.#guarded.get(router);
    return guarded !== undefined && at < guarded.scopeEnd ? guarded.guard : null;
  }

  #add(route: GoRoute): void {
    const handler = route.handlers.at(-1);
    const middleware = route.handlers.slice(0, -1);
    if (handler?.type === 'call_expression') middleware.push(handler);
    const found = guardOf(namesOf(middleware));
    const inherited = this.#guardOf(route.router, route.call.startIndex);
    let state: GuardState = 'unguarded';
    let guard: string | null = null;
    if (found !== null) ({ state, guard } = found);
    else if (inherited !== null) [state, guard] = ['guarded', inherited];
    this.routes.push({
      state,
      methods: route.methods,
      path: route.path,
      site: {
        node: route.call,
        name: handler === undefined ? '' : (middlewareName(handler) ?? ''),
      },
      guard,
    });
  }
}
