import {
  RESOLUTION_CONFIDENCE,
  type CallFact,
  type CallGraphEdge,
  type CodeLanguage,
  type ReferenceFact,
  type ResolutionKind,
} from '@drift/core';
import { registrationEntryPoint } from '../entry-points/registration-entry-points.js';
import { isCommonMethodName } from './common-method-names.js';
import {
  type ClassEntry,
  enclosingFunctionOf,
  type FileSymbols,
  type FunctionEntry,
  parentScope,
  variableKey,
} from './file-symbols.js';
import {
  bareCallsMayUseUniqueName,
  familyOf,
  hasImplicitThis,
  isSelfReceiver,
  isSuperReceiver,
  type LanguageFamily,
} from './language-rules.js';
import { decoratorReferences, definitionEdges } from './definition-edges.js';
import { fileMethodOverrides } from './method-overrides.js';
import { pickOverload } from './overloads.js';
import { constructedClassName, receiverPath } from './receiver-expressions.js';
import type { MethodLookup } from './class-hierarchy.js';
import type { SymbolIndex, SymbolTarget } from './symbol-index.js';

/** The edges of one file's call sites and references, and how many call sites gave none. */
export interface FileCallResolution {
  /**
   * One edge per resolved call site, in call order, then one per resolved reference
   * (`reference: true`), in source order, then the edges the file's definitions imply
   * (`definitionEdges`: nested and decorator-registered functions, unless a call or reference
   * already links the pair), then the dispatch edges into the file's overriding
   * methods (`dispatch: true`, `fileMethodOverrides`; not for Go, whose embedding does not
   * dispatch).
   */
  readonly edges: CallGraphEdge[];
  /** Call sites with several project candidates and no way to choose (ambiguous names, overloads, unknown members of project classes). */
  readonly unresolved: number;
  /** Call sites with no project candidate (built-ins, the standard library, external packages). */
  readonly external: number;
}

/** How one call site resolved: an edge, or why there is none (`none`: a project class without a constructor node). */
type Outcome =
  | { readonly callee: FunctionEntry; readonly kind: ResolutionKind }
  | 'unresolved'
  | 'external'
  | 'none';

/**
 * Where a receiver expression leads: the current object (`self`, by the owner key of its
 * class), an instance or the class itself, another symbol (module, container, external), or
 * nothing known.
 */
type ReceiverValue =
  | { readonly kind: 'self'; readonly key: string }
  | { readonly kind: 'instance'; readonly cls: ClassEntry; readonly guessed?: boolean }
  | Exclude<SymbolTarget, { kind: 'function' | 'member' }>
  | { readonly kind: 'unknown' };

const UNKNOWN: ReceiverValue = { kind: 'unknown' };
const EXTERNAL_VALUE: ReceiverValue = { kind: 'external' };

/** Global objects of JavaScript runtimes: a call on them is never a project method. */
const JAVASCRIPT_GLOBALS = new Set([
  'console',
  'window',
  'document',
  'globalThis',
  'process',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'performance',
  'crypto',
  'self',
]);

/** The name a receiver expression starts with (`template` in `template.New("").Funcs(m)`). */
const LEADING_NAME = /^[A-Za-z_$][\w$]*(?=[.(])/;

/** A name starting with an upper-case letter: by convention a class, namespace or constant. */
const CAPITALISED = /^[A-Z]/;

/** Everything one call site's resolution needs: the file, its language, and the calling function. */
class CallSite {
  readonly language: CodeLanguage;
  /** The function the call is in, or null at module level. */
  readonly caller: FunctionEntry | null;
  #enclosing: readonly FunctionEntry[] | undefined;
  #ownerKey: string | null | undefined;

  constructor(
    readonly index: SymbolIndex,
    readonly symbols: FileSymbols,
    readonly family: LanguageFamily,
    readonly call: CallFact,
    caller: FunctionEntry | null,
  ) {
    this.language = symbols.facts.language;
    this.caller = caller;
  }

  /** Root-relative path of the calling file. */
  get path(): string {
    return this.symbols.path;
  }

  /** The caller and the functions around it, innermost first. */
  get enclosing(): readonly FunctionEntry[] {
    if (this.#enclosing === undefined) {
      const enclosing: FunctionEntry[] = [];
      if (this.caller !== null) {
        enclosing.push(this.caller);
        for (
          let scope = parentScope(this.caller.fact.qualifiedName);
          scope !== '';
          scope = parentScope(scope)
        ) {
          const entry = this.symbols.byQualifiedName.get(scope)?.[0];
          if (entry !== undefined) enclosing.push(entry);
        }
      }
      this.#enclosing = enclosing;
    }
    return this.#enclosing;
  }

  /** The owner key of the class whose `this` the call sees: the caller's class, or that of the nearest enclosing method. */
  get ownerKey(): string | null {
    if (this.#ownerKey === undefined) {
      this.#ownerKey = this.caller?.ownerKey ?? null;
      for (const entry of this.#ownerKey === null ? this.enclosing : []) {
        const key = entry.ownerKey;
        if (key !== null) {
          this.#ownerKey = key;
          break;
        }
      }
    }
    return this.#ownerKey;
  }

  /** The written type of parameter `name` of the caller or an enclosing function; undefined when there is no such parameter. */
  parameterType(name: string): string | null | undefined {
    for (const entry of this.enclosing) {
      for (const parameter of entry.fact.parameters) {
        if (parameter.name === name) return parameter.type;
      }
    }
    return undefined;
  }

  /**
   * The written type of a typed variable `name` (a `VariableTypeFact`) of the caller, an
   * enclosing function or the module, innermost scope first; within a scope the last
   * declaration on or before the call's line, else the first. Undefined when there is none.
   */
  variableType(name: string): string | undefined {
    const variables = this.symbols.variableTypes;
    if (variables.size === 0) return undefined;
    const enclosing = this.enclosing;
    for (let i = 0; i <= enclosing.length; i += 1) {
      const scope = enclosing[i]?.fact.qualifiedName ?? null;
      const declared = variables.get(variableKey(scope, name));
      if (declared === undefined) continue;
      let chosen = declared[0];
      for (const variable of declared) if (variable.line <= this.call.line) chosen = variable;
      return chosen?.type;
    }
    return undefined;
  }

  /** True when the calling file is test, fixture or example code. */
  get fromTestCode(): boolean {
    return this.index.isTestCode(this.symbols.path);
  }
}

function edge(callee: FunctionEntry, kind: ResolutionKind): Outcome {
  return { callee, kind };
}

/** An edge to the overload of `entries` that fits the call, or `unresolved` when none or several fit. */
function chooseOverload(
  entries: readonly FunctionEntry[],
  call: CallFact,
  kind: ResolutionKind,
): Outcome {
  const chosen = pickOverload(entries, call.argumentCount);
  return chosen === null ? 'unresolved' : edge(chosen, kind);
}

function fromLookup(lookup: MethodLookup, call: CallFact, kind: ResolutionKind): Outcome {
  if (lookup.entries.length > 0) return chooseOverload(lookup.entries, call, kind);
  return lookup.externalBase ? 'external' : 'unresolved';
}

/** `new X()`, `X()` in Python/Kotlin, `X.new` in Ruby: an edge to X's constructor when it declares one. */
function constructorCall(site: CallSite, cls: ClassEntry): Outcome {
  const constructors = site.index.constructorsOf(cls);
  return constructors.length === 0 ? 'none' : chooseOverload(constructors, site.call, 'instance');
}

/** What calling a resolved symbol by its name gives. */
function callTarget(site: CallSite, target: SymbolTarget, kind: ResolutionKind): Outcome {
  switch (target.kind) {
    case 'function':
      return edge(target.entry, kind);
    case 'class':
      return constructorCall(site, target.entry);
    case 'member':
      return fromLookup(site.index.findMethod(target.owner.key, target.name), site.call, kind);
    case 'module': {
      const first = target.files[0];
      const main =
        first === undefined || site.family !== 'js'
          ? null
          : site.index.exportTarget(first, 'default');
      return main?.kind === 'function' ? edge(main.entry, kind) : 'unresolved';
    }
    case 'external':
      return 'external';
    default:
      return 'unresolved';
  }
}

/** `x()` with no receiver. */
function resolveBareCall(site: CallSite): Outcome {
  const { index, symbols, call } = site;
  const name = call.callee;
  for (
    let scope = symbols.hasScopedFunctions ? (site.caller?.fact.qualifiedName ?? '') : '';
    scope !== '';
    scope = parentScope(scope)
  ) {
    if (symbols.classesByQualifiedName.has(scope)) continue;
    const nested = symbols.byQualifiedName
      .get(`${scope}.${name}`)
      ?.filter((entry) => entry.fact.className === null);
    if (nested !== undefined && nested.length > 0) return chooseOverload(nested, call, 'local');
  }
  const owner = site.ownerKey;
  if (owner !== null && hasImplicitThis(site.language)) {
    const outcome = implicitThisCall(site, owner);
    if (outcome !== null) return outcome;
  }
  const sameName = symbols.byQualifiedName.get(name);
  if (sameName !== undefined && sameName.length > 1) {
    const redefined = sameName.filter((entry) => entry.fact.className === null);
    if (redefined.length > 1) return edge(nearestDefinition(redefined, call), 'local');
  }
  const local = index.localSymbol(site.path, name);
  if (local !== null) return callTarget(site, local, local.kind === 'class' ? 'instance' : 'local');
  const bound = index.bindingTarget(site.path, name);
  if (bound !== null) return callTarget(site, bound, 'import');
  const samePackage = index.packageFunction(site.path, name);
  if (samePackage !== null) return edge(samePackage, 'import');
  for (const module of index.wildcardModules(site.path)) {
    const member =
      module.kind === 'module'
        ? index.moduleMember(module, name)
        : module.kind === 'class'
          ? { kind: 'member' as const, owner: module.entry, name }
          : null;
    if (member !== null) return callTarget(site, member, 'import');
  }
  const cls = index.classNamed(site.path, name);
  if (cls === 'external') return 'external';
  if (cls !== null) return constructorCall(site, cls);
  const candidates = nameCandidates(site, true);
  const script =
    site.family === 'js' &&
    symbols.facts.imports.length === 0 &&
    symbols.facts.exports.length === 0;
  if (candidates.length === 1 && (script || bareCallsMayUseUniqueName(site.language))) {
    return edge(candidates[0] as FunctionEntry, 'name');
  }
  return candidates.length > 0 ? 'unresolved' : 'external';
}

/** Project functions the name rule may pick for this call: production code never calls test, fixture or example code. */
function nameCandidates(site: CallSite, free: boolean): readonly FunctionEntry[] {
  return site.index.nameCandidates(site.family, site.call.callee, free, site.fromTestCode);
}

/**
 * Of several top-level functions of one name in a file (redefinitions, or functions of one name
 * in separate callbacks), the one defined last before the call, else the first after it.
 */
function nearestDefinition(entries: readonly FunctionEntry[], call: CallFact): FunctionEntry {
  let chosen = entries[0] as FunctionEntry;
  for (const entry of entries) {
    if (entry.fact.range.startLine > call.line) break;
    chosen = entry;
  }
  return chosen;
}

/** A bare `m()` inside a class of a language with implicit `this`: the class's (or an enclosing class's) method. */
function implicitThisCall(site: CallSite, owner: string): Outcome | null {
  const { index, symbols, call } = site;
  let key: string | null = owner;
  while (key !== null) {
    const lookup = index.findMethod(key, call.callee);
    if (lookup.entries.length > 0) return chooseOverload(lookup.entries, call, 'this');
    const cls = index.classOfKey(key);
    const outer =
      cls === undefined
        ? undefined
        : symbols.classesByQualifiedName.get(parentScope(cls.fact.qualifiedName));
    key = outer === undefined || outer.file !== site.path ? null : outer.key;
  }
  return null;
}

/** The value the first name of a receiver path denotes. */
function headValue(site: CallSite, head: string): ReceiverValue {
  const { index, family } = site;
  const owner = site.ownerKey;
  if (isSelfReceiver(family, head)) {
    if (owner !== null) return { kind: 'self', key: owner };
    const container = parentScope(site.caller?.fact.qualifiedName ?? '');
    return site.symbols.containers.has(container)
      ? { kind: 'container', file: site.path, name: container }
      : UNKNOWN;
  }
  const parameter = site.parameterType(head);
  if (parameter !== undefined) return typedValue(site, site.path, parameter);
  const variable = site.variableType(head);
  // A Go method's receiver variable is a typed variable of the method's own type.
  if (family === 'go' && owner !== null && variable === site.caller?.fact.className) {
    return { kind: 'self', key: owner };
  }
  if (variable !== undefined) return typedValue(site, site.path, variable);
  if (owner !== null && hasImplicitThis(site.language)) {
    const cls = index.classOfKey(owner);
    const property = cls === undefined ? null : index.propertyType(cls, head);
    if (property !== null) return typedValue(site, property.file, property.type);
  }
  const bound = index.bindingTarget(site.path, head);
  const local = index.localSymbol(site.path, head);
  const symbol = local ?? bound;
  if (symbol !== null) return symbolValue(symbol);
  const cls = index.classNamed(site.path, head);
  if (cls === 'external') return EXTERNAL_VALUE;
  if (cls !== null) return { kind: 'class', entry: cls };
  if (CAPITALISED.test(head) || (family === 'js' && JAVASCRIPT_GLOBALS.has(head))) {
    return EXTERNAL_VALUE;
  }
  return UNKNOWN;
}

/** A symbol as a receiver: calling a method on a function or an imported member is not followed. */
function symbolValue(target: SymbolTarget): ReceiverValue {
  return target.kind === 'function' || target.kind === 'member' ? UNKNOWN : target;
}

/** A value of written type `type` (in `file`): an instance of a project class, external, or unknown. */
function typedValue(site: CallSite, file: string, type: string | null): ReceiverValue {
  if (type === null) return UNKNOWN;
  const cls = site.index.classOfType(file, type);
  if (cls === 'external') return EXTERNAL_VALUE;
  return cls === null ? UNKNOWN : { kind: 'instance', cls };
}

/** The value of `value.segment`. */
function memberValue(site: CallSite, value: ReceiverValue, segment: string): ReceiverValue {
  const { index } = site;
  switch (value.kind) {
    case 'self':
    case 'instance': {
      const cls = value.kind === 'self' ? index.classOfKey(value.key) : value.cls;
      const property = cls === undefined ? null : index.propertyType(cls, segment);
      return property === null ? UNKNOWN : typedValue(site, property.file, property.type);
    }
    case 'external':
      return value;
    case 'module': {
      const member = index.moduleMember(value, segment);
      return member === null ? UNKNOWN : symbolValue(member);
    }
    case 'class': {
      const nested = index
        .symbolsOf(value.entry.file)
        ?.classesByQualifiedName.get(`${value.entry.fact.qualifiedName}.${segment}`);
      if (nested !== undefined) return { kind: 'class', entry: nested };
      const property = index.propertyType(value.entry, segment);
      return property === null ? UNKNOWN : typedValue(site, property.file, property.type);
    }
    default:
      return UNKNOWN;
  }
}

/** The value of a whole receiver path (Python dotted module bindings are matched longest first). */
function receiverValue(site: CallSite, path: readonly string[]): ReceiverValue {
  let start = 1;
  let value: ReceiverValue | null = null;
  if (site.family === 'python') {
    for (let length = path.length; length > 1 && value === null; length -= 1) {
      const bound = site.index.bindingTarget(site.path, path.slice(0, length).join('.'));
      if (bound !== null) {
        value = symbolValue(bound);
        start = length;
      }
    }
  }
  value ??= headValue(site, path[0] ?? '');
  let guessed = false;
  for (let i = start; i < path.length; i += 1) {
    const segment = path[i] as string;
    if (value.kind === 'unknown') {
      const cls = site.index.uniqueMemberClass(site.family, segment, site.fromTestCode);
      if (cls === null) return UNKNOWN;
      if (cls === 'external') return EXTERNAL_VALUE;
      value = { kind: 'instance', cls };
      guessed = true;
    } else value = memberValue(site, value, segment);
  }
  return guessed && value.kind === 'instance' ? { ...value, guessed } : value;
}

/** `receiver.m()` where the receiver's value is known. */
function callOnValue(site: CallSite, value: ReceiverValue): Outcome {
  const { index, call } = site;
  switch (value.kind) {
    case 'self':
      return fromLookup(index.findMethod(value.key, call.callee), call, 'this');
    case 'instance':
      return fromLookup(
        index.findMethod(value.cls.key, call.callee),
        call,
        value.guessed === true ? 'name' : 'instance',
      );
    case 'class':
      if (call.callee === 'new' && site.family === 'ruby')
        return constructorCall(site, value.entry);
      return fromLookup(index.findMethod(value.entry.key, call.callee), call, 'instance');
    case 'module': {
      const member = index.moduleMember(value, call.callee);
      return member === null ? 'unresolved' : callTarget(site, member, 'import');
    }
    case 'container': {
      const found = index
        .symbolsOf(value.file)
        ?.byQualifiedName.get(`${value.name}.${call.callee}`);
      if (found === undefined) return 'unresolved';
      const kind =
        call.receiver !== null && isSelfReceiver(site.family, call.receiver)
          ? 'this'
          : value.file === site.path
            ? 'local'
            : 'import';
      return chooseOverload(found, call, kind);
    }
    case 'external':
      return 'external';
    default:
      return uniqueMemberName(site);
  }
}

/** A method called on a receiver of unknown type: the project-unique name rule, never for common names. */
function uniqueMemberName(site: CallSite): Outcome {
  const candidates = nameCandidates(site, false);
  if (candidates.length === 0) return 'external';
  if (isCommonMethodName(site.call.callee)) return 'unresolved';
  const chosen = candidates.length === 1 ? candidates[0] : site.index.overriddenRoot(candidates);
  return chosen === undefined || chosen === null ? 'unresolved' : edge(chosen, 'name');
}

/** `receiver.m()`. */
function resolveMemberCall(site: CallSite, receiver: string): Outcome {
  const { index, call } = site;
  if (isSuperReceiver(site.family, receiver)) {
    const owner = site.ownerKey;
    return owner === null
      ? 'unresolved'
      : fromLookup(index.findMethod(owner, call.callee, true), call, 'this');
  }
  const constructed = constructedClassName(receiver);
  if (constructed !== null) {
    const cls = index.classNamed(site.path, constructed);
    if (cls === 'external') return 'external';
    return cls === null ? uniqueMemberName(site) : callOnValue(site, { kind: 'instance', cls });
  }
  const path = receiverPath(receiver);
  if (path !== null) return callOnValue(site, receiverValue(site, path));
  const head = LEADING_NAME.exec(receiver)?.[0];
  const bound = head === undefined ? null : index.bindingTarget(site.path, head);
  return bound?.kind === 'external' ? 'external' : uniqueMemberName(site);
}

/** `super(…)`: the base class's constructor. */
function superConstructorCall(site: CallSite): Outcome {
  const owner = site.ownerKey;
  const cls = owner === null ? undefined : site.index.classOfKey(owner);
  if (cls === undefined) return 'unresolved';
  const { bases, external } = site.index.basesOf(cls);
  const base = bases[0];
  if (base === undefined) return external ? 'external' : 'unresolved';
  const constructors = site.index.constructorsOf(base);
  return constructors.length === 0 ? 'none' : chooseOverload(constructors, site.call, 'this');
}

function resolveCall(site: CallSite): Outcome {
  const { receiver, callee, isConstructor } = site.call;
  if (receiver === null) {
    return callee === 'super' && isConstructor ? superConstructorCall(site) : resolveBareCall(site);
  }
  return resolveMemberCall(site, receiver);
}

/** A reference as the call site its resolution reads: the name, called with an unknown argument count. */
function referenceSite(reference: ReferenceFact): CallFact {
  return {
    callee: reference.name,
    receiver: reference.receiver,
    argumentCount: -1,
    enclosingFunction: reference.enclosingFunction,
    isConstructor: false,
    line: reference.line,
    column: reference.column,
  };
}

/**
 * What a reference denotes: the function a call of its name at that place would reach, by the
 * same rules, except that a bare name shadowed by a parameter or typed variable is a value, a
 * class is not a function (passing `User` to `getRepository(User)` does not construct it), and
 * the project-unique name rule (`name`) is not used: unlike a call, a member read (`user.name`)
 * need not be a function at all.
 */
function resolveReference(site: CallSite): Outcome {
  const { receiver, callee } = site.call;
  if (
    receiver === null &&
    (site.parameterType(callee) !== undefined || site.variableType(callee) !== undefined)
  ) {
    return 'none';
  }
  const outcome = receiver === null ? resolveBareCall(site) : resolveMemberCall(site, receiver);
  return typeof outcome === 'string' ||
    outcome.kind === 'name' ||
    outcome.callee.fact.kind === 'constructor'
    ? 'none'
    : outcome;
}

/**
 * Resolves every call site of one file against the index, each to at most one edge, by the
 * rules of issue 5 (confidences in `RESOLUTION_CONFIDENCE`), best evidence first:
 * - bare `f()`: a function nested in an enclosing scope or at the top of the file (`local`);
 *   in Java/Kotlin/C#/C++/Ruby first a method of the caller's class or its bases (`this`); an
 *   imported symbol through re-exports and barrels, a same-package function of Go or Kotlin, a
 *   wildcard import (`import`); a class, as a call of its constructor (`instance`); else, only
 *   where imports are not resolved (C, C++, Ruby, PHP, C#, Rust, JavaScript scripts), the one
 *   free function of that name in the language family (`name`);
 * - `this.m()`/`self.m()`/`super.m()` (and Go's receiver variable): the caller's class up its
 *   `extends` chain (`this`);
 * - `x.m()` where `x` is a typed parameter or property, a class (static call), or `new X()`:
 *   that class up its chain (`instance`); where `x` is a namespace import, module or package:
 *   its member (`import`); where `x` is imported from outside the project: no edge;
 * - any other receiver: the one function or method of that name in the language family when the
 *   name is not a common library method name (`name`).
 * References (functions passed as call arguments, and decorators applied to definitions:
 * `decoratorReferences`) resolve by the same rules, see
 * `resolveReference`, to edges with `reference: true`; an edge of a reference passed to a route,
 * CLI or event registration carries the entry-point kind it registers (`registrationEntryPoint`).
 * Ambiguity never produces an edge. `unresolved` counts call sites with several candidates or an
 * unknown member of a known project class; `external` those without a project candidate. A call
 * of a project class without a constructor function yields nothing and is not counted.
 *
 * @returns an empty result when `path` is not in the index.
 */
export function resolveFileCalls(path: string, index: SymbolIndex): FileCallResolution {
  const symbols = index.symbolsOf(path);
  const edges: CallGraphEdge[] = [];
  let unresolved = 0;
  let external = 0;
  if (symbols === undefined) return { edges, unresolved, external };
  const family = familyOf(symbols.facts.language);
  let caller: FunctionEntry | null = null;
  for (const call of symbols.facts.calls) {
    if (
      caller?.fact.qualifiedName !== call.enclosingFunction ||
      call.line < caller.fact.range.startLine ||
      call.line > caller.fact.range.endLine
    ) {
      caller = enclosingFunctionOf(symbols, call);
    }
    const outcome = resolveCall(new CallSite(index, symbols, family, call, caller));
    if (outcome === 'unresolved') unresolved += 1;
    else if (outcome === 'external') external += 1;
    else if (outcome !== 'none') {
      edges.push({
        caller: caller?.id ?? symbols.moduleNodeId ?? '',
        callee: outcome.callee.id,
        file: path,
        line: call.line,
        column: call.column,
        kind: outcome.kind,
        confidence: RESOLUTION_CONFIDENCE[outcome.kind],
        reference: false,
      });
    }
  }
  for (const reference of [...symbols.facts.references, ...decoratorReferences(symbols)]) {
    const site = referenceSite(reference);
    const referrer = enclosingFunctionOf(symbols, site);
    const referrerId = referrer?.id ?? symbols.moduleNodeId;
    if (referrerId === null) continue;
    const outcome = resolveReference(new CallSite(index, symbols, family, site, referrer));
    if (typeof outcome === 'string') continue;
    const registers = registrationEntryPoint(reference, symbols.facts.language);
    edges.push({
      caller: referrerId,
      callee: outcome.callee.id,
      file: path,
      line: reference.line,
      column: reference.column,
      kind: outcome.kind,
      confidence: RESOLUTION_CONFIDENCE[outcome.kind],
      reference: true,
      ...(registers === null ? {} : { registers }),
    });
  }
  const linked = new Set(edges.map((e) => `${e.caller}\0${e.callee}`));
  for (const implied of definitionEdges(symbols)) {
    if (!linked.has(`${implied.caller}\0${implied.callee}`)) edges.push(implied);
  }
  if (family !== 'go') {
    for (const override of fileMethodOverrides(path, index)) {
      edges.push({
        caller: override.method,
        callee: override.override,
        file: path,
        line: override.line,
        column: 1,
        kind: 'this',
        confidence: RESOLUTION_CONFIDENCE.this,
        reference: false,
        dispatch: true,
      });
    }
  }
  return { edges, unresolved, external };
}
