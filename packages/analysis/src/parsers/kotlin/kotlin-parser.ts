import type {
  CallFact,
  ClassFact,
  DecoratorFact,
  FunctionFact,
  ImportFact,
  ParameterFact,
  PropertyFact,
  StringFact,
  Visibility,
} from '@drift/core';
import type { Node } from 'web-tree-sitter';
import { envFact, mayClassifyStringAt, stringFact } from '../strings-of-interest.js';
import type { NodeCapture } from '../tree-sitter/node-type-captures.js';
import { ScopeStack } from '../tree-sitter/scopes.js';
import {
  bodyLines,
  columnOf,
  docCommentAbove,
  fieldText,
  lineOf,
  namedChildren,
  rangeOf,
  typeOf,
} from '../tree-sitter/syntax.js';
import { TreeSitterParser, type ExtractedFacts } from '../tree-sitter/tree-sitter-parser.js';

/**
 * The nodes the Kotlin extractor needs, found in one type walk (single-node patterns only: see
 * `NodeTypeCaptures`); the extractor checks their parts. Binary expressions are read for calls
 * with one explicit type argument and one argument (`listOf<Int>(x)`), which this grammar parses
 * as the comparison `listOf < Int > (x)`.
 */
const QUERY = `
(package_header) @package
(import) @import
(class_declaration) @class
(object_declaration) @class
(companion_object) @class
(enum_entry) @enum_entry
(object_literal) @anonymous_object
(function_declaration) @function
(secondary_constructor) @constructor
[(getter) (setter)] @accessor
(call_expression) @call
(binary_expression) @binary
(constructor_invocation) @constructor_invocation
(constructor_delegation_call) @delegation_call
(string_literal) @string
(multiline_string_literal) @string
`;

const DOC_PREFIXES = ['/**'];
const SYSTEM_RECEIVERS = new Set(['System', 'java.lang.System']);
const VISIBILITIES: ReadonlyMap<string, Visibility> = new Map([
  ['public', 'public'],
  ['protected', 'protected'],
  ['private', 'private'],
  ['internal', 'internal'],
]);
/** Children of a declaration that are not a type (the rest, before `(` or after `:`, are types). */
const NON_TYPE_CHILDREN = new Set([
  'modifiers',
  'type_parameters',
  'type_constraints',
  'type_modifiers',
  'identifier',
  'function_value_parameters',
  'function_body',
  'parameter_modifiers',
  'block',
  'line_comment',
  'block_comment',
]);

/** What a function needs to know about the type declaration it is a member of. */
interface Owner {
  readonly end: number;
  /** The class name members report (an enum entry's members report the enum). */
  readonly name: string;
  readonly exported: boolean;
  /** Members of `object` and `companion object` declarations are reached through the type. */
  readonly staticMembers: boolean;
}

/** The property an accessor (`get() = …`, `set(v) { … }`) belongs to. */
interface AccessedProperty {
  readonly name: string;
  readonly type: string | null;
  readonly receiver: string | null;
  readonly visibility: Visibility | null;
}

interface Modifiers {
  readonly visibility: Visibility | null;
  readonly keywords: ReadonlySet<string>;
  readonly decorators: readonly DecoratorFact[];
}

const NO_MODIFIERS: Modifiers = { visibility: null, keywords: new Set(), decorators: [] };

function decoratorOf(annotation: Node): DecoratorFact {
  for (const child of namedChildren(annotation)) {
    if (typeOf(child) === 'constructor_invocation') {
      const args = namedChildren(child).find((part) => typeOf(part) === 'value_arguments');
      return {
        name: child.firstNamedChild?.text ?? child.text,
        arguments: args === undefined ? null : args.text.slice(1, -1).trim(),
      };
    }
    if (typeOf(child) !== 'use_site_target') return { name: child.text, arguments: null };
  }
  return { name: annotation.text.replace(/^@/, '').trim(), arguments: null };
}

function modifiersOf(node: Node | undefined): Modifiers {
  if (node === undefined) return NO_MODIFIERS;
  let visibility: Visibility | null = null;
  const keywords = new Set<string>();
  const decorators: DecoratorFact[] = [];
  for (const child of namedChildren(node)) {
    if (typeOf(child) === 'annotation') decorators.push(decoratorOf(child));
    else if (typeOf(child) === 'visibility_modifier')
      visibility = VISIBILITIES.get(child.text) ?? null;
    else keywords.add(child.text);
  }
  return { visibility, keywords, decorators };
}

function modifiersChild(children: readonly Node[]): Node | undefined {
  return children.find((child) => typeOf(child) === 'modifiers');
}

/** `List<T>?` → `List`: the receiver type of an extension, as a class name. */
function receiverName(type: Node): string {
  return type.text
    .replace(/<[\s\S]*$/, '')
    .replace(/\?+$/, '')
    .trim();
}

/**
 * Parameters of `function_value_parameters`: `vararg` (in the preceding `parameter_modifiers`)
 * makes a rest parameter; any other expression is the default value of the parameter before it.
 */
function parametersOf(list: Node | undefined): ParameterFact[] {
  if (list === undefined) return [];
  const parameters: ParameterFact[] = [];
  let rest = false;
  for (const child of namedChildren(list)) {
    if (typeOf(child) === 'parameter_modifiers') {
      rest = child.text.includes('vararg');
    } else if (typeOf(child) === 'parameter') {
      const [name, type] = child.namedChildren;
      parameters.push({
        name: name?.text ?? child.text,
        type: type?.text ?? null,
        defaultValue: null,
        rest,
      });
      rest = false;
    } else if (!typeOf(child).endsWith('comment')) {
      const last = parameters.pop();
      if (last !== undefined) parameters.push({ ...last, defaultValue: child.text });
    }
  }
  return parameters;
}

/** A `val`/`var` of a class body: name, declared type, readonly. */
function propertyOf(node: Node, isStatic: boolean): PropertyFact | null {
  const children = namedChildren(node);
  const declaration = children.find((child) => typeOf(child) === 'variable_declaration');
  const name = declaration?.firstNamedChild;
  if (declaration === undefined || name === null || name === undefined) return null;
  const type = declaration.namedChildCount > 1 ? declaration.namedChild(1) : null;
  return {
    name: name.text,
    type: type?.text ?? null,
    visibility: modifiersOf(modifiersChild(children)).visibility ?? 'public',
    isStatic,
    isReadonly: hasKeyword(node, 'val'),
    line: lineOf(node),
  };
}

function hasKeyword(node: Node, keyword: string): boolean {
  return node.children.some((child) => child !== null && typeOf(child) === keyword);
}

/** A primary-constructor parameter declared `val`/`var` is a property. */
function classParameterProperty(node: Node): PropertyFact | null {
  let binding: string | null = null;
  let name: string | null = null;
  let type: string | null = null;
  let modifiers: Node | undefined;
  for (const child of node.children) {
    if (child === null) continue;
    if (typeOf(child) === 'val' || typeOf(child) === 'var') binding = typeOf(child);
    else if (typeOf(child) === 'modifiers') modifiers = child;
    else if (typeOf(child) === 'identifier' && name === null) name = child.text;
    else if (child.isNamed && name !== null && type === null && !typeOf(child).endsWith('comment'))
      type = child.text;
  }
  if (binding === null || name === null) return null;
  return {
    name,
    type,
    visibility: modifiersOf(modifiers).visibility ?? 'public',
    isStatic: false,
    isReadonly: binding === 'val',
    line: lineOf(node),
  };
}

/** Supertypes: the one called as a constructor (`Base()`) is extended, the others implemented. */
function supertypesOf(specifiers: Node | undefined): { extended: string[]; implemented: string[] } {
  const extended: string[] = [];
  const implemented: string[] = [];
  for (const specifier of specifiers === undefined ? [] : namedChildren(specifiers)) {
    const inner = specifier.firstNamedChild;
    if (inner === null || typeOf(specifier) !== 'delegation_specifier') continue;
    if (typeOf(inner) === 'constructor_invocation')
      extended.push(inner.firstNamedChild?.text ?? inner.text);
    else if (typeOf(inner) === 'explicit_delegation')
      implemented.push(inner.firstNamedChild?.text ?? inner.text);
    else implemented.push(inner.text);
  }
  return { extended, implemented };
}

/** Methods (by name) and properties declared directly in a class body. */
function membersOf(
  body: Node | undefined,
  className: string,
  staticMembers: boolean,
): { methods: string[]; properties: PropertyFact[] } {
  const methods: string[] = [];
  const properties: PropertyFact[] = [];
  for (const member of body === undefined ? [] : namedChildren(body)) {
    if (typeOf(member) === 'function_declaration') {
      methods.push(fieldText(member, 'name') ?? '');
    } else if (typeOf(member) === 'secondary_constructor') {
      methods.push(className);
    } else if (typeOf(member) === 'property_declaration') {
      const property = propertyOf(member, staticMembers);
      if (property !== null) properties.push(property);
    } else if (typeOf(member) === 'enum_entry') {
      const name = member.firstNamedChild;
      if (name !== null && typeOf(name) === 'identifier') {
        properties.push({
          name: name.text,
          type: null,
          visibility: 'public',
          isStatic: true,
          isReadonly: true,
          line: lineOf(member),
        });
      }
    }
  }
  return { methods, properties };
}

function classKindOf(node: Node, keywords: ReadonlySet<string>): ClassFact['kind'] {
  if (typeOf(node) !== 'class_declaration') return 'object';
  if (keywords.has('enum')) return 'enum';
  return hasKeyword(node, 'interface') ? 'interface' : 'class';
}

/** The body of a string literal without its quotes; templates (`$x`, `${y}`) kept as written. */
function stringValue(text: string): string {
  return text.startsWith('"""') ? text.slice(3, -3) : text.slice(1, -1);
}

/**
 * Callee and receiver from the callee expression's text: `a.b?.c` → `c` on `a.b` (a safe call's
 * `?` is not part of the receiver); an expression that does not end in a name (`f()`, `(g)`,
 * `a[0]`, `{ … }`) is called through its `invoke` operator.
 */
function calleeOf(text: string): { callee: string; receiver: string | null } {
  return /[)\]}!"']$/.test(text) ? { callee: 'invoke', receiver: text } : splitNavigation(text);
}

/**
 * `a.b?.c` → callee `c`, receiver `a.b`. The grammar binds prefix operators tighter than `.`
 * (`!a.b()` is read as `(!a).b()`), so they are not part of the receiver.
 */
function splitNavigation(text: string): { callee: string; receiver: string | null } {
  const dot = text.lastIndexOf('.');
  if (dot <= 0) return { callee: text, receiver: null };
  const end = text.charCodeAt(dot - 1) === 63 ? dot - 1 : dot;
  const receiver = text.slice(0, end).trim();
  return {
    callee: text.slice(dot + 1).trim(),
    receiver: /^[!+-]/.test(receiver) ? receiver.replace(/^[!+-]+\s*/, '') : receiver,
  };
}

/** `value_arguments` count, not counting comments written between the arguments. */
function argumentsIn(args: Node): number {
  const count = args.namedChildCount;
  if (count === 0) return 0;
  const text = args.text;
  if (!text.includes('//') && !text.includes('/*')) return count;
  return namedChildren(args).filter((child) => typeOf(child) === 'value_argument').length;
}

function isConstructorName(name: string): boolean {
  return /^[A-Z]/.test(name) && /[a-z]/.test(name);
}

/** The literal text of a call's first argument when it is a plain string, else null. */
function firstStringArgument(args: Node | null): string | null {
  const literal = args?.firstNamedChild?.firstNamedChild;
  if (literal?.type !== 'string_literal') return null;
  const text = literal.text;
  return text.includes('$') ? null : stringValue(text);
}

function importOf(node: Node): ImportFact {
  const path = node.firstNamedChild?.text ?? '';
  const alias = node.namedChildCount > 1 ? (node.namedChild(1)?.text ?? null) : null;
  const wildcard = /\*\s*;?\s*$/.test(node.text);
  const dot = path.lastIndexOf('.');
  const module = wildcard ? path : dot === -1 ? '' : path.slice(0, dot);
  const name = wildcard ? '*' : path.slice(dot + 1);
  return {
    module,
    kind: 'import',
    names: [{ name, alias }],
    defaultName: null,
    namespaceName: null,
    typeOnly: false,
    sideEffect: false,
    line: lineOf(node),
    column: columnOf(node),
  };
}

/** The property an accessor belongs to: its name, declared type, extension receiver, visibility. */
function accessedPropertyOf(declaration: Node): AccessedProperty {
  let name: string | null = null;
  let type: string | null = null;
  let receiver: string | null = null;
  let visibility: Visibility | null = null;
  for (const child of namedChildren(declaration)) {
    const childType = typeOf(child);
    if (childType === 'modifiers') {
      visibility = modifiersOf(child).visibility;
    } else if (childType === 'variable_declaration') {
      name = child.firstNamedChild?.text ?? '';
      type = child.namedChildCount > 1 ? (child.namedChild(1)?.text ?? null) : null;
    } else if (childType !== 'getter' && childType !== 'setter') {
      if (name === null && !NON_TYPE_CHILDREN.has(childType)) receiver = receiverName(child);
    }
  }
  return { name: name ?? '', type, receiver, visibility };
}

/**
 * The target of `f<T>(x)`, which the grammar reads as `f < T > (x)`: a binary `>` whose left is a
 * binary `<` with a name on its right and whose right is parenthesised; null for any other
 * binary expression (most are rejected by their left operand's type).
 */
function genericCallTarget(node: Node): Node | null {
  const left = node.childForFieldName('left');
  if (left === null || typeOf(left) !== 'binary_expression') return null;
  if (node.childForFieldName('operator')?.type !== '>') return null;
  if (node.childForFieldName('right')?.type !== 'parenthesized_expression') return null;
  if (left.childForFieldName('operator')?.type !== '<') return null;
  if (left.childForFieldName('right')?.type !== 'identifier') return null;
  return left.childForFieldName('left');
}

/** Builds Kotlin facts from the query's captures. */
function extract(
  captures: readonly NodeCapture[],
  _root: Node,
  _path: string,
  source: string,
): ExtractedFacts {
  // Reading the source by a node's start index (free) instead of `node.type`/`node.text` (each a
  // call into WebAssembly) is what keeps call sites cheap.
  const sourceAt = (index: number): string => source.charAt(index);
  const sourceBetween = (start: number, end: number): string => source.slice(start, end).trimEnd();
  const scopes = new ScopeStack();
  const owners: Owner[] = [];
  const anonymousObjectEnds: number[] = [];
  /** Trailing lambdas of a call, by the call's node id, counted as its arguments. */
  const trailingLambdas = new Map<number, number>();
  const classFacts: ClassFact[] = [];
  const functions: FunctionFact[] = [];
  const imports: ImportFact[] = [];
  const calls: CallFact[] = [];
  const strings: StringFact[] = [];
  let packageName: string | null = null;

  const pushCall = (
    node: Node,
    callee: string,
    receiver: string | null,
    argumentCount: number,
    isConstructor: boolean,
  ): void => {
    calls.push({
      callee,
      receiver,
      argumentCount,
      enclosingFunction: scopes.enclosingFunction,
      isConstructor,
      line: lineOf(node),
      column: columnOf(node),
    });
  };

  /** The type the next member belongs to, or null in a function or at top level. */
  const currentOwner = (): Owner | null =>
    scopes.innermost?.kind === 'type' ? (owners.at(-1) ?? null) : null;

  /** Whether a declaration is local (inside a function body), so has no visibility. */
  const isLocal = (): boolean => scopes.innermost?.kind === 'function';

  for (const { name: capture, node } of captures) {
    scopes.advance(node);
    const start = node.startIndex;
    while (owners.length > 0 && (owners.at(-1) as Owner).end <= start) owners.pop();
    while (anonymousObjectEnds.length > 0 && (anonymousObjectEnds.at(-1) as number) <= start)
      anonymousObjectEnds.pop();
    const inAnonymousObject = anonymousObjectEnds.length > 0;

    switch (capture) {
      case 'package':
        packageName = node.firstNamedChild?.text ?? null;
        break;
      case 'import':
        imports.push(importOf(node));
        break;
      case 'anonymous_object':
        anonymousObjectEnds.push(node.endIndex);
        break;
      case 'class': {
        if (inAnonymousObject) break;
        const children = namedChildren(node);
        const modifiers = modifiersOf(modifiersChild(children));
        const companion = typeOf(node) === 'companion_object';
        const name = fieldText(node, 'name') ?? (companion ? 'Companion' : '');
        const owner = currentOwner();
        const local = isLocal();
        const kind = classKindOf(node, modifiers.keywords);
        const visibility = local ? null : (modifiers.visibility ?? 'public');
        const exported = !local && visibility === 'public' && (owner?.exported ?? true);
        const staticMembers = kind === 'object';
        const qualifiedName = scopes.push(node, name, 'type');
        owners.push({ end: node.endIndex, name, exported, staticMembers });
        const body = children.find(
          (child) => typeOf(child) === 'class_body' || typeOf(child) === 'enum_class_body',
        );
        const { methods, properties } = membersOf(body, name, staticMembers);
        const constructorParameters = namedChildren(
          children.find((child) => typeOf(child) === 'primary_constructor') ?? node,
        )
          .filter((child) => typeOf(child) === 'class_parameters')
          .flatMap(namedChildren)
          .flatMap((parameter) => {
            const property =
              typeOf(parameter) === 'class_parameter' ? classParameterProperty(parameter) : null;
            return property === null ? [] : [property];
          });
        const { extended, implemented } = supertypesOf(
          children.find((child) => typeOf(child) === 'delegation_specifiers'),
        );
        classFacts.push({
          name,
          qualifiedName,
          kind,
          extends: kind === 'interface' ? [...extended, ...implemented] : extended,
          implements: kind === 'interface' ? [] : implemented,
          methods,
          properties: [...constructorParameters, ...properties],
          decorators: modifiers.decorators,
          isExported: exported,
          isAbstract: modifiers.keywords.has('abstract') || modifiers.keywords.has('sealed'),
          visibility,
          docComment: docCommentAbove(node, DOC_PREFIXES),
          range: rangeOf(node),
        });
        break;
      }
      case 'enum_entry': {
        const owner = currentOwner();
        if (inAnonymousObject || owner === null) break;
        if (!namedChildren(node).some((child) => typeOf(child) === 'class_body')) break;
        scopes.push(node, node.firstNamedChild?.text ?? '', 'type');
        owners.push({ ...owner, end: node.endIndex, staticMembers: false });
        break;
      }
      case 'function': {
        if (inAnonymousObject) break;
        const owner = currentOwner();
        const local = isLocal();
        let modifiers = NO_MODIFIERS;
        let name = '';
        let receiver: string | null = null;
        let parameters: ParameterFact[] = [];
        let seenParameters = false;
        let returnType: string | null = null;
        let body: Node | null = null;
        for (const child of namedChildren(node)) {
          if (typeOf(child) === 'modifiers') modifiers = modifiersOf(child);
          else if (typeOf(child) === 'identifier') name = child.text;
          else if (typeOf(child) === 'function_value_parameters') {
            parameters = parametersOf(child);
            seenParameters = true;
          } else if (typeOf(child) === 'function_body') body = child;
          else if (!NON_TYPE_CHILDREN.has(typeOf(child))) {
            if (seenParameters) returnType ??= child.text;
            else if (name === '') receiver ??= receiverName(child);
          }
        }
        const visibility = local ? null : (modifiers.visibility ?? 'public');
        functions.push({
          name,
          qualifiedName: scopes.push(
            node,
            receiver === null ? name : `${receiver}.${name}`,
            'function',
          ),
          kind: owner === null ? 'function' : 'method',
          className: owner?.name ?? receiver,
          parameters,
          returnType,
          isAsync: modifiers.keywords.has('suspend'),
          isGenerator: false,
          isExported: !local && visibility === 'public' && (owner?.exported ?? true),
          isStatic: owner?.staticMembers ?? false,
          visibility,
          decorators: modifiers.decorators,
          docComment: docCommentAbove(node, DOC_PREFIXES),
          range: rangeOf(node),
          bodyLines: bodyLines(body),
        });
        break;
      }
      case 'constructor': {
        const owner = currentOwner();
        if (inAnonymousObject || owner === null) break;
        const children = namedChildren(node);
        const modifiers = modifiersOf(modifiersChild(children));
        const visibility = modifiers.visibility ?? 'public';
        functions.push({
          name: owner.name,
          qualifiedName: scopes.push(node, owner.name, 'function'),
          kind: 'constructor',
          className: owner.name,
          parameters: parametersOf(
            children.find((child) => typeOf(child) === 'function_value_parameters'),
          ),
          returnType: null,
          isAsync: false,
          isGenerator: false,
          isExported: visibility === 'public' && owner.exported,
          isStatic: false,
          visibility,
          decorators: modifiers.decorators,
          docComment: docCommentAbove(node, DOC_PREFIXES),
          range: rangeOf(node),
          bodyLines: bodyLines(children.find((child) => typeOf(child) === 'block') ?? null),
        });
        break;
      }
      case 'accessor': {
        // A getter or setter with a body, of a property outside anonymous objects.
        if (inAnonymousObject) break;
        const children = namedChildren(node);
        const body = children.find((child) => typeOf(child) === 'function_body');
        const declaration = body === undefined ? null : node.parent;
        if (declaration === null || typeOf(declaration) !== 'property_declaration') break;
        const property = accessedPropertyOf(declaration);
        const owner = currentOwner();
        const modifiers = modifiersOf(modifiersChild(children));
        const visibility = modifiers.visibility ?? property.visibility ?? 'public';
        const setter = typeOf(node) === 'setter';
        const valueName = setter
          ? children.find((child) => typeOf(child) === 'identifier')
          : undefined;
        const type =
          children.find((child) => !NON_TYPE_CHILDREN.has(typeOf(child)))?.text ?? property.type;
        functions.push({
          name: property.name,
          qualifiedName: scopes.push(
            node,
            property.receiver === null ? property.name : `${property.receiver}.${property.name}`,
            'function',
          ),
          kind: setter ? 'setter' : 'getter',
          className: owner?.name ?? property.receiver,
          parameters:
            valueName === undefined
              ? []
              : [
                  {
                    name: valueName.text,
                    type,
                    defaultValue: null,
                    rest: false,
                  },
                ],
          returnType: setter ? null : type,
          isAsync: false,
          isGenerator: false,
          isExported: visibility === 'public' && (owner?.exported ?? true),
          isStatic: owner?.staticMembers ?? false,
          visibility,
          decorators: modifiers.decorators,
          docComment: null,
          range: rangeOf(node),
          bodyLines: bodyLines(body ?? null),
        });
        break;
      }
      case 'call': {
        const parts = node.namedChildren;
        const target = parts[0];
        if (target === undefined || target === null) break;
        const next = parts[1] ?? null;
        const calleeText =
          next === null ? target.text : sourceBetween(target.startIndex, next.startIndex);
        let argumentCount = trailingLambdas.get(node.id) ?? 0;
        let args: Node | null = null;
        for (let index = 1; index < parts.length; index += 1) {
          const part = parts[index];
          if (part === undefined || part === null) continue;
          const opening = sourceAt(part.startIndex);
          if (opening === '(') {
            args = part;
            argumentCount += argumentsIn(part);
          } else if (opening !== '<' && opening !== '/') {
            argumentCount += 1;
          }
        }
        // The grammar nests `f(x) { … }` as a call of `f(x)` with the lambda: one call of `f`.
        if (args === null && calleeText.endsWith(')') && target.type === 'call_expression') {
          trailingLambdas.set(target.id, argumentCount);
          break;
        }
        const { callee, receiver } = calleeOf(calleeText);
        pushCall(node, callee, receiver, argumentCount, isConstructorName(callee));
        if (callee === 'getenv' && (receiver === null || SYSTEM_RECEIVERS.has(receiver))) {
          const variable = firstStringArgument(args);
          if (variable !== null) {
            strings.push(
              envFact(
                variable,
                receiver === null ? 'getenv' : 'System.getenv',
                lineOf(node),
                columnOf(node),
              ),
            );
          }
        }
        break;
      }
      case 'binary': {
        const target = genericCallTarget(node);
        const targetType = target?.type;
        if (
          target === null ||
          (targetType !== 'identifier' && targetType !== 'navigation_expression')
        )
          break;
        const { callee, receiver } =
          targetType === 'identifier'
            ? { callee: target.text, receiver: null }
            : splitNavigation(target.text);
        pushCall(node, callee, receiver, 1, isConstructorName(callee));
        break;
      }
      case 'constructor_invocation': {
        // A supertype called as a constructor (`class A : B()`), not an annotation's arguments.
        const parent = node.parent;
        if (parent === null || typeOf(parent) !== 'delegation_specifier') break;
        const type = node.firstNamedChild?.text.replace(/<[\s\S]*$/, '') ?? '';
        const args = node.namedChildCount > 1 ? node.namedChild(1) : null;
        const { callee, receiver } = splitNavigation(type);
        pushCall(node, callee, receiver, args === null ? 0 : argumentsIn(args), true);
        break;
      }
      case 'delegation_call': {
        const args = node.firstNamedChild;
        pushCall(
          node,
          node.firstChild?.text ?? 'this',
          null,
          args === null ? 0 : argumentsIn(args),
          true,
        );
        break;
      }
      case 'string': {
        // The value starts after the opening quote (three for a multiline literal).
        if (!mayClassifyStringAt(source, start + (sourceAt(start + 1) === '"' ? 3 : 1))) break;
        const fact = stringFact(stringValue(node.text), lineOf(node), columnOf(node));
        if (fact !== null) strings.push(fact);
        break;
      }
      default:
        break;
    }
  }
  return {
    package: packageName,
    functions,
    classes: classFacts,
    imports,
    exports: [],
    calls,
    references: [],
    variableTypes: [],
    strings,
  };
}

/**
 * Kotlin through @tree-sitter-grammars/tree-sitter-kotlin 1.1.0. The package is the `package`
 * header. Qualified names follow nesting (`Outer.Inner.method`); a companion object is named
 * `Companion` unless it is given a name (`Outer.Companion.create`); an extension function
 * `fun String.shout()` is `String.shout` with class name `String`; a secondary constructor is a
 * `constructor` named after its class; custom property accessors are getters and setters named
 * after their property. Visibility defaults to public, and a declaration is exported when it is
 * public and so is every type enclosing it (`internal` is not exported); local declarations have
 * no visibility. `object` and `companion object` members are static. Supertypes called as
 * constructors (`Base()`) are extended, the others implemented (an interface extends all of them).
 * Kotlin has no `new`: a call is a constructor call when its callee is capitalised, and supertype
 * and `this(…)`/`super(…)` delegation calls are constructor calls; a call whose callee is an
 * expression (`f()()`) calls `invoke`; a trailing lambda counts as an argument. Lambdas and
 * anonymous objects are not facts: their calls belong to the enclosing function. Env lookups are
 * `System.getenv("X")` and `getenv("X")`. No exports: visibility is on the declaration.
 */
export const kotlinParser = new TreeSitterParser({
  language: 'kotlin',
  grammar: {
    packageName: '@tree-sitter-grammars/tree-sitter-kotlin',
    wasmFile: 'tree-sitter-kotlin.wasm',
  },
  query: QUERY,
  extract,
});
