import type {
  CallFact,
  ClassFact,
  DecoratorFact,
  FunctionFact,
  ImportFact,
  ImportedName,
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
  nameBefore,
} from '../tree-sitter/syntax.js';
import { TreeSitterParser, type ExtractedFacts } from '../tree-sitter/tree-sitter-parser.js';

/** The nodes the PHP extractor needs, found in one type walk (see `NodeTypeCaptures`). */
const QUERY = `
(namespace_definition) @namespace
(namespace_use_declaration) @use
(require_expression) @require
(require_once_expression) @require
(include_expression) @require
(include_once_expression) @require
(function_definition) @function
(method_declaration) @method
(class_declaration) @class
(interface_declaration) @class
(trait_declaration) @class
(enum_declaration) @class
(anonymous_class) @anonymous_class
(anonymous_function) @closure
(arrow_function) @closure
(yield_expression) @yield
(function_call_expression) @call.function
(member_call_expression) @call.member
(nullsafe_member_call_expression) @call.member
(scoped_call_expression) @call.scoped
(object_creation_expression) @call.new
(subscript_expression) @subscript
(string) @string
(encapsed_string) @string
(heredoc) @string.heredoc
(nowdoc) @string.heredoc
`;

/** The scope name of an anonymous class (PHP's own name for it); its methods are not facts. */
const ANONYMOUS_CLASS = 'class@anonymous';

const CLASS_KINDS: Readonly<Record<string, ClassFact['kind']>> = {
  class_declaration: 'class',
  interface_declaration: 'interface',
  trait_declaration: 'trait',
  enum_declaration: 'enum',
};

/** Language constructs that the grammar parses as function calls. */
const NOT_CALLS = new Set(['isset', 'empty']);

/** Superglobals read as environment lookups: `$_ENV['X']`, `$_SERVER['X']`. */
const ENV_SUPERGLOBALS = new Set(['$_ENV', '$_SERVER']);

/** Functions whose first literal argument names an environment variable, with their context. */
const ENV_FUNCTIONS: ReadonlyMap<string, string> = new Map(
  Object.entries<string>({ getenv: 'getenv', env: 'env()' }),
);

type MutableFunction = { -readonly [K in keyof FunctionFact]: FunctionFact[K] };

/** The modifiers written before a declaration (`public static readonly …`). */
interface Modifiers {
  visibility: Visibility;
  isStatic: boolean;
  isAbstract: boolean;
  isReadonly: boolean;
}

function modifiersOf(node: Node): Modifiers {
  const modifiers: Modifiers = {
    visibility: 'public',
    isStatic: false,
    isAbstract: false,
    isReadonly: false,
  };
  for (const child of namedChildren(node)) {
    switch (typeOf(child)) {
      case 'visibility_modifier':
        modifiers.visibility = child.text.toLowerCase() as Visibility;
        break;
      case 'static_modifier':
        modifiers.isStatic = true;
        break;
      case 'abstract_modifier':
        modifiers.isAbstract = true;
        break;
      case 'readonly_modifier':
        modifiers.isReadonly = true;
        break;
      default:
        break;
    }
  }
  return modifiers;
}

/**
 * The value of a string literal without its quotes (escapes and interpolations kept as written).
 * Heredoc and nowdoc bodies lose the closing marker's indentation, as PHP 7.3+ strips it.
 */
function stringValue(node: Node, nodeType = node.type): string {
  const text = node.text;
  if (nodeType === 'heredoc' || nodeType === 'nowdoc') {
    const open = text.indexOf('\n');
    const close = text.lastIndexOf('\n');
    if (open === -1 || close <= open) return '';
    const indent = /^[ \t]*/.exec(text.slice(close + 1))?.[0] ?? '';
    const lines = text
      .slice(open + 1, close)
      .replace(/\r$/, '')
      .split('\n');
    return lines
      .map((line) => (indent !== '' && line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n');
  }
  const quote = text.search(/['"]/);
  return quote === -1 ? text : text.slice(quote + 1, -1);
}

function isStringLiteral(node: Node | null): node is Node {
  const type = node?.type;
  return type === 'string' || type === 'encapsed_string';
}

/**
 * Whether a quoted string literal (`'…'`, `"…"`, `b'…'`) starting at `start` can be a route or
 * SQL string, read from the source before its end is: its value starts after the opening quote.
 */
function mayBeStringOfInterest(source: string, start: number): boolean {
  let quote = start;
  if (source.charAt(quote) === 'b' || source.charAt(quote) === 'B') quote += 1;
  const char = source.charAt(quote);
  return char === '"' || char === "'" ? mayClassifyStringAt(source, quote + 1) : true;
}

/** A function name, plain or namespaced (`foo`, `\\Foo\\bar`, `App\\baz`). */
const FUNCTION_NAME = /^\\?[A-Za-z_]\w*(?:\\[A-Za-z_]\w*)*$/;
/** A method name. */
const METHOD_NAME = /^[A-Za-z_]\w*$/;

/** The variable name without its `$`. */
function variableName(node: Node): string {
  const name = fieldText(node, 'name') ?? node.text;
  return name.startsWith('$') ? name.slice(1) : name;
}

function decoratorsOf(node: Node): DecoratorFact[] {
  const list = node.childForFieldName('attributes');
  if (list === null) return [];
  return namedChildren(list)
    .filter((group) => group.type === 'attribute_group')
    .flatMap((group) => namedChildren(group).filter((child) => child.type === 'attribute'))
    .map((attribute) => {
      const args = attribute.childForFieldName('parameters');
      return {
        name: attribute.firstNamedChild?.text ?? attribute.text,
        arguments: args === null ? null : args.text.slice(1, -1).trim(),
      };
    });
}

const PARAMETER_TYPES = new Set([
  'simple_parameter',
  'variadic_parameter',
  'property_promotion_parameter',
]);

function parameterOf(node: Node): ParameterFact | null {
  const nodeType = node.type;
  if (!PARAMETER_TYPES.has(nodeType)) return null;
  return {
    name: variableName(node),
    type: fieldText(node, 'type'),
    defaultValue: fieldText(node, 'default_value'),
    rest: nodeType === 'variadic_parameter',
  };
}

/** `A\B\C` → `{ qualifier: 'A\B', name: 'C' }`; the qualifier is null for a plain name. */
function splitQualified(text: string): { qualifier: string | null; name: string } {
  const slash = text.lastIndexOf('\\');
  if (slash === -1) return { qualifier: null, name: text };
  return { qualifier: slash === 0 ? null : text.slice(0, slash), name: text.slice(slash + 1) };
}

const USE_PREFIX = /^use\s+(?:(?:function|const)\s+)?([\s\S]*?)\s*\\?\s*$/;

/** `use A\B\C as D;` → one import per clause; `use A\B\{C, D as E};` → one import. */
function usesOf(node: Node): ImportFact[] {
  const base = {
    kind: 'use',
    defaultName: null,
    namespaceName: null,
    typeOnly: false,
    sideEffect: false,
    line: lineOf(node),
    column: columnOf(node),
  } as const;
  const group = node.childForFieldName('body');
  if (group !== null) {
    const head = node.text.slice(0, group.startIndex - node.startIndex);
    const names = namedChildren(group)
      .filter((clause) => clause.type === 'namespace_use_clause')
      .map((clause): ImportedName => {
        const target = clause.firstNamedChild;
        return { name: target?.text ?? clause.text, alias: fieldText(clause, 'alias') };
      });
    return [{ ...base, module: USE_PREFIX.exec(head)?.[1] ?? head, names }];
  }
  return namedChildren(node)
    .filter((clause) => clause.type === 'namespace_use_clause')
    .map((clause) => {
      const { qualifier, name } = splitQualified(clause.firstNamedChild?.text ?? clause.text);
      return {
        ...base,
        module: qualifier ?? '',
        names: [{ name, alias: fieldText(clause, 'alias') }],
      };
    });
}

/** `require 'x.php'` / `include_once('x.php')` with a literal path; other paths are not imports. */
function requireOf(node: Node): ImportFact | null {
  let path = node.firstNamedChild;
  if (path?.type === 'parenthesized_expression') path = path.firstNamedChild;
  if (!isStringLiteral(path)) return null;
  return {
    module: stringValue(path),
    kind: 'require',
    names: [],
    defaultName: null,
    namespaceName: null,
    typeOnly: false,
    sideEffect: false,
    line: lineOf(node),
    column: columnOf(node),
  };
}

/** What a class body declares: method names, properties (promoted ones too) and used traits. */
function membersOf(
  body: Node | null,
  classReadonly: boolean,
): { methods: string[]; properties: PropertyFact[]; traits: string[] } {
  const methods: string[] = [];
  const properties: PropertyFact[] = [];
  const traits: string[] = [];
  for (const member of body === null ? [] : namedChildren(body)) {
    switch (typeOf(member)) {
      case 'method_declaration': {
        const name = fieldText(member, 'name') ?? '';
        methods.push(name);
        if (name.toLowerCase() !== '__construct') break;
        for (const parameter of namedChildren(member.childForFieldName('parameters') ?? member)) {
          if (parameter.type !== 'property_promotion_parameter') continue;
          properties.push({
            name: variableName(parameter),
            type: fieldText(parameter, 'type'),
            visibility: (fieldText(parameter, 'visibility')?.toLowerCase() ??
              'public') as Visibility,
            isStatic: false,
            isReadonly: classReadonly || parameter.childForFieldName('readonly') !== null,
            line: lineOf(parameter),
          });
        }
        break;
      }
      case 'property_declaration': {
        const modifiers = modifiersOf(member);
        const type = fieldText(member, 'type');
        for (const element of namedChildren(member)) {
          if (typeOf(element) !== 'property_element') continue;
          properties.push({
            name: variableName(element),
            type,
            visibility: modifiers.visibility,
            isStatic: modifiers.isStatic,
            isReadonly: classReadonly || modifiers.isReadonly,
            line: lineOf(element),
          });
        }
        break;
      }
      case 'const_declaration': {
        const { visibility } = modifiersOf(member);
        const type = fieldText(member, 'type');
        for (const element of namedChildren(member)) {
          if (typeOf(element) !== 'const_element') continue;
          properties.push({
            name: element.firstNamedChild?.text ?? element.text,
            type,
            visibility,
            isStatic: true,
            isReadonly: true,
            line: lineOf(element),
          });
        }
        break;
      }
      case 'enum_case':
        properties.push({
          name: fieldText(member, 'name') ?? member.text,
          type: null,
          visibility: 'public',
          isStatic: true,
          isReadonly: true,
          line: lineOf(member),
        });
        break;
      case 'use_declaration':
        for (const trait of namedChildren(member)) {
          if (trait.type === 'name' || trait.type === 'qualified_name') traits.push(trait.text);
        }
        break;
      default:
        break;
    }
  }
  return { methods, properties, traits };
}

/** Names listed by a `base_clause` (`extends`) or `class_interface_clause` (`implements`). */
function clauseNames(node: Node, clauseType: string): string[] {
  const clause = namedChildren(node).find((child) => typeOf(child) === clauseType);
  return clause === undefined
    ? []
    : namedChildren(clause)
        .filter((name) => {
          const type = typeOf(name);
          return type === 'name' || type === 'qualified_name';
        })
        .map((name) => name.text);
}

/** The first argument of a call when it is a string literal, else null. */
function firstStringArgument(args: Node | null): Node | null {
  const first = args?.firstNamedChild;
  const value = first?.type === 'argument' ? first.firstNamedChild : null;
  return isStringLiteral(value) ? value : null;
}

/** The text before a member or scoped call's name, without the `->`, `?->` or `::` operator. */
function receiverBefore(call: Node, name: Node, source: string): string {
  return source
    .slice(call.startIndex, name.startIndex)
    .replace(/\s*(?:\?->|->|::)\s*$/, '')
    .trim();
}

/** A pending closure or anonymous class: its end, and the named function it sits in. */
interface OpenClosure {
  readonly end: number;
  readonly owner: string | null;
}

/** Builds PHP facts from the query's captures. */
function extract(
  captures: readonly NodeCapture[],
  _root: Node,
  _path: string,
  source: string,
): ExtractedFacts {
  const scopes = new ScopeStack();
  const functions: MutableFunction[] = [];
  const functionsByQualifiedName = new Map<string, MutableFunction>();
  const classes: ClassFact[] = [];
  const imports: ImportFact[] = [];
  const calls: CallFact[] = [];
  const strings: StringFact[] = [];
  const closures: OpenClosure[] = [];
  let namespace: string | null = null;

  const pushCall = (
    node: Node,
    callee: string,
    receiver: string | null,
    args: Node | null,
    isConstructor: boolean,
  ): void => {
    calls.push({
      callee,
      receiver,
      argumentCount: args === null ? 0 : args.namedChildCount,
      enclosingFunction: scopes.enclosingFunction,
      isConstructor,
      line: lineOf(node),
      column: columnOf(node),
    });
  };

  for (const { name: capture, node } of captures) {
    scopes.advance(node);
    while (closures.length > 0 && (closures.at(-1) as OpenClosure).end <= node.startIndex)
      closures.pop();
    switch (capture) {
      case 'namespace':
        namespace ??= fieldText(node, 'name');
        break;
      case 'use':
        imports.push(...usesOf(node));
        break;
      case 'require': {
        const fact = requireOf(node);
        if (fact !== null) imports.push(fact);
        break;
      }
      case 'function':
      case 'method': {
        const owner = scopes.innermost?.kind === 'type' ? scopes.innermost.name : null;
        if (owner === ANONYMOUS_CLASS) break;
        const name = fieldText(node, 'name') ?? '';
        const qualifiedName = scopes.push(node, name, 'function');
        const isMethod = capture === 'method';
        const modifiers = isMethod ? modifiersOf(node) : null;
        const body = node.childForFieldName('body');
        let kind: FunctionFact['kind'] = isMethod ? 'method' : 'function';
        if (isMethod && name.toLowerCase() === '__construct') kind = 'constructor';
        const fact: MutableFunction = {
          name,
          qualifiedName,
          kind,
          className: isMethod ? owner : null,
          parameters: namedChildren(node.childForFieldName('parameters') ?? node)
            .map(parameterOf)
            .filter((p): p is ParameterFact => p !== null),
          returnType: fieldText(node, 'return_type'),
          isAsync: false,
          isGenerator: false,
          isExported: modifiers === null || modifiers.visibility === 'public',
          isStatic: modifiers?.isStatic ?? false,
          visibility: modifiers?.visibility ?? 'public',
          decorators: decoratorsOf(node),
          docComment: docCommentAbove(node, ['/**']),
          range: rangeOf(node),
          bodyLines: bodyLines(body),
        };
        functions.push(fact);
        functionsByQualifiedName.set(qualifiedName, fact);
        break;
      }
      case 'class': {
        const name = fieldText(node, 'name') ?? '';
        const qualifiedName = scopes.push(node, name, 'type');
        const { isAbstract, isReadonly } = modifiersOf(node);
        const kind = CLASS_KINDS[node.type] ?? 'class';
        const { methods, properties, traits } = membersOf(
          node.childForFieldName('body'),
          isReadonly,
        );
        classes.push({
          name,
          qualifiedName,
          kind,
          extends: clauseNames(node, 'base_clause'),
          implements: [...clauseNames(node, 'class_interface_clause'), ...traits],
          methods,
          properties,
          decorators: decoratorsOf(node),
          isExported: true,
          isAbstract,
          visibility: 'public',
          docComment: docCommentAbove(node, ['/**']),
          range: rangeOf(node),
        });
        break;
      }
      case 'anonymous_class':
        scopes.push(node, ANONYMOUS_CLASS, 'type');
        closures.push({ end: node.endIndex, owner: scopes.enclosingFunction });
        break;
      case 'closure':
        closures.push({ end: node.endIndex, owner: scopes.enclosingFunction });
        break;
      case 'yield': {
        const owner = scopes.enclosingFunction;
        if (owner === null || closures.at(-1)?.owner === owner) break;
        const fact = functionsByQualifiedName.get(owner);
        if (fact !== undefined) fact.isGenerator = true;
        break;
      }
      case 'call.function': {
        const args = node.childForFieldName('arguments');
        // A plain or namespaced name needs no node: splitQualified leaves a plain name whole.
        const plain = nameBefore(node, args, source, FUNCTION_NAME);
        const target = plain === null ? node.childForFieldName('function') : null;
        const text = plain ?? target?.text ?? '';
        const { qualifier, name } =
          plain !== null || target?.type === 'qualified_name'
            ? splitQualified(text)
            : { qualifier: null, name: text };
        if (NOT_CALLS.has(name)) break;
        pushCall(node, name, qualifier, args, false);
        const envContext = qualifier === null ? ENV_FUNCTIONS.get(name) : undefined;
        const key = envContext === undefined ? null : firstStringArgument(args);
        if (envContext !== undefined && key !== null)
          strings.push(envFact(stringValue(key), envContext, lineOf(node), columnOf(node)));
        break;
      }
      case 'call.member':
      case 'call.scoped': {
        const name = node.childForFieldName('name');
        if (name === null) break;
        const args = node.childForFieldName('arguments');
        pushCall(
          node,
          nameBefore(name, args, source, METHOD_NAME) ?? name.text,
          receiverBefore(node, name, source),
          args,
          false,
        );
        break;
      }
      case 'call.new': {
        const target = node.firstNamedChild;
        if (target === null || target.type === 'anonymous_class') break;
        const { qualifier, name } =
          target.type === 'qualified_name'
            ? splitQualified(target.text)
            : { qualifier: null, name: target.text };
        const args = target.nextNamedSibling;
        pushCall(node, name, qualifier, args?.type === 'arguments' ? args : null, true);
        break;
      }
      case 'subscript': {
        const base = node.firstNamedChild;
        if (base?.type !== 'variable_name') break;
        const variable = base.text;
        if (!ENV_SUPERGLOBALS.has(variable)) break;
        const key = base.nextNamedSibling;
        if (isStringLiteral(key))
          strings.push(envFact(stringValue(key), variable, lineOf(node), columnOf(node)));
        break;
      }
      case 'string': {
        if (!mayBeStringOfInterest(source, node.startIndex)) break;
        const fact = stringFact(stringValue(node, 'string'), lineOf(node), columnOf(node));
        if (fact !== null) strings.push(fact);
        break;
      }
      case 'string.heredoc': {
        const fact = stringFact(stringValue(node, 'heredoc'), lineOf(node), columnOf(node));
        if (fact !== null) strings.push(fact);
        break;
      }
      default:
        break;
    }
  }
  return {
    package: namespace,
    functions,
    classes,
    imports,
    exports: [],
    calls,
    references: [],
    variableTypes: [],
    strings,
  };
}

/**
 * PHP through tree-sitter-php 0.24 (the `php` variant: HTML around `<?php … ?>` is accepted).
 * `package` is the file's first `namespace`; qualified names are `Class.method` within the file
 * (`outer.inner` for a function declared in a function). Functions are `function`, members of
 * classes, interfaces, traits and enums `method`, `__construct` the `constructor`. Visibility
 * defaults to `public`; `isExported` means public (functions and classes always are). Properties
 * are property declarations, promoted constructor parameters, class constants and enum cases
 * (static and readonly); `use Trait;` in a class body and `implements` go to `implements`.
 * Attributes are decorators; docblocks (`/**` comments) are doc comments. Imports are `use` clauses
 * (module = the namespace before the last `\`, one import per group) and `require`/`include`
 * with a literal path. Calls: `f()`, `$a->f()`, `$a?->f()`, `A::f()` (receiver `A`),
 * `new A()` (constructor); a namespaced name keeps its namespace as the receiver. Methods of
 * anonymous classes, closures and arrow functions are not facts. Env lookups: `getenv('X')`,
 * `env('X')`, `$_ENV['X']`, `$_SERVER['X']`.
 */
export const phpParser = new TreeSitterParser({
  language: 'php',
  grammar: { packageName: 'tree-sitter-php', wasmFile: 'tree-sitter-php.wasm' },
  query: QUERY,
  extract,
});
