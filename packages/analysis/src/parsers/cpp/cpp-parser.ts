import type {
  CallFact,
  ClassFact,
  FunctionFact,
  ImportFact,
  PropertyFact,
  SourceRange,
  StringFact,
  Visibility,
} from '@drift/core';
import type { Node } from 'web-tree-sitter';
import {
  concatenatedValue,
  declarationParts,
  declaredNameNode,
  declaredNameOf,
  declaresFunction,
  docCommentOf,
  enumeratorProperties,
  fieldProperties,
  includeOf,
  mayBeStringOfInterest,
  parametersOf,
  returnTypeOf,
  stringLiteralValue,
} from '../c/c-family-syntax.js';
import { envFact, stringFact } from '../strings-of-interest.js';
import type { NodeCapture } from '../tree-sitter/node-type-captures.js';
import { ScopeStack } from '../tree-sitter/scopes.js';
import {
  bodyLines,
  columnOf,
  lineOf,
  namedChildren,
  typeOf,
  nameBefore,
} from '../tree-sitter/syntax.js';
import { TreeSitterParser, type ExtractedFacts } from '../tree-sitter/tree-sitter-parser.js';
import {
  functionNameOf,
  splitCallee,
  typeNameOf,
  type QualifiedFunctionName,
} from './cpp-names.js';

/**
 * The nodes the C++ extractor needs, found in one type walk (single-node patterns only: see
 * `NodeTypeCaptures`); the extractor keeps the types with a body.
 */
const QUERY = `
(namespace_definition) @namespace
(template_declaration) @template
(friend_declaration) @friend
(function_definition) @function
[(class_specifier) (struct_specifier) (union_specifier) (enum_specifier)] @type
(type_definition) @typedef
(preproc_include) @include
(using_declaration) @using
(namespace_alias_definition) @alias
(attribute_specifier) @attribute
(call_expression) @call
(new_expression) @new
(string_literal) @string
(raw_string_literal) @string
(concatenated_string) @strings
`;

const TYPE_KINDS: Readonly<Record<string, ClassFact['kind']>> = {
  class_specifier: 'class',
  struct_specifier: 'struct',
  union_specifier: 'union',
  enum_specifier: 'enum',
};
const ENV_FUNCTIONS = new Set(['getenv', 'secure_getenv']);
const CASTS = new Set(['static_cast', 'dynamic_cast', 'const_cast', 'reinterpret_cast']);
/**
 * Callee nodes that are not calls of a named function: functional casts to built-in types,
 * immediately invoked lambdas and literals left by error recovery.
 */
const NOT_CALLABLE = new Set([
  'primitive_type',
  'lambda_expression',
  'string_literal',
  'raw_string_literal',
  'concatenated_string',
  'number_literal',
  'char_literal',
]);
const PARENTHESIZED_NAME = /^\(\s*[A-Za-z_]\w*\s*\)$/;
/** `(std::numeric_limits<T>::max)()`: a qualified name in parentheses, to dodge a macro. */
const PARENTHESIZED_QUALIFIED_NAME = /^\(\s*([\w\s:<>,]+::\s*~?[A-Za-z_]\w*)\s*\)$/;
/** Keywords that error recovery can leave in a function's name position (`MACRO switch (x) {`). */
const KEYWORDS = new Set(['if', 'else', 'for', 'while', 'do', 'switch', 'return', 'sizeof']);
const AUTO = /\bauto\b/;
const ACCESS: ReadonlySet<string> = new Set(['public', 'protected', 'private']);

/** A class, struct or union whose body encloses the current capture. */
interface OpenClass {
  readonly end: number;
  readonly name: string;
  readonly defaultAccess: Visibility;
  readonly isExported: boolean;
}

/** What one pass remembers between captures. */
interface ExtractionState {
  readonly source: string;
  readonly scopes: ScopeStack;
  readonly openClasses: OpenClass[];
  /** Template and friend declarations wrapping a definition, by the definition's start. */
  readonly wrappers: Map<number, Node>;
  /** Starts of function definitions declared `friend` (not members of the enclosing class). */
  readonly friends: Set<number>;
  /** The names given by `typedef struct { … } Name;`, by the struct's start. */
  readonly typedefNames: Map<number, string>;
  /** The access section of each member function and nested type, by its start. */
  readonly memberAccess: Map<number, Visibility>;
  /** The access of member functions declared in a class body, by qualified name. */
  readonly declaredAccess: Map<string, Visibility>;
  /** Namespace names opened in the file, to tell `ns::f()` from `Class::f()`. */
  readonly namespaces: Set<string>;
  readonly classNames: Set<string>;
  anonymousNamespaceEnd: number;
}

function openClassAt(state: ExtractionState, start: number): OpenClass | undefined {
  const { openClasses } = state;
  while (openClasses.length > 0 && (openClasses.at(-1) as OpenClass).end <= start)
    openClasses.pop();
  return openClasses.at(-1);
}

/** From the start of `first` to the end of `last`. */
function spanRange(first: Node, last: Node): SourceRange {
  const end = last.endPosition;
  return {
    startLine: first.startPosition.row + 1,
    startColumn: first.startPosition.column + 1,
    endLine: end.row + 1,
    endColumn: end.column,
  };
}

/** The declared name of a function definition or member declaration, or null when it has none. */
function declaredFunctionName(
  declarator: Node | null,
  nameNode: Node | null,
): QualifiedFunctionName | null {
  if (declarator !== null && typeOf(declarator) === 'operator_cast')
    return functionNameOf(declarator);
  return nameNode === null ? null : functionNameOf(nameNode);
}

/** The name of a member function declared or defined in a class body. */
function memberFunctionName(member: Node): string | undefined {
  const declarator = member.childForFieldName('declarator');
  return declaredFunctionName(declarator, declaredNameNode(declarator))?.name;
}

/** The members of a class body: methods (declared or defined), properties and abstractness. */
function membersOf(
  body: Node,
  defaultAccess: Visibility,
  state: ExtractionState,
): {
  methods: string[];
  properties: PropertyFact[];
  access: Map<string, Visibility>;
  isAbstract: boolean;
} {
  const methods = new Set<string>();
  const access = new Map<string, Visibility>();
  const properties: PropertyFact[] = [];
  let isAbstract = false;
  let current = defaultAccess;
  const visit = (member: Node): void => {
    switch (typeOf(member)) {
      case 'access_specifier':
        if (ACCESS.has(member.text)) current = member.text as Visibility;
        break;
      case 'template_declaration': {
        const inner = member.lastNamedChild;
        if (inner !== null) visit(inner);
        break;
      }
      case 'function_definition': {
        const name = memberFunctionName(member);
        if (name === undefined) break;
        methods.add(name);
        access.set(name, current);
        state.memberAccess.set(member.startIndex, current);
        break;
      }
      case 'field_declaration':
      case 'declaration': {
        const declarator = member.childForFieldName('declarator');
        if (
          declaresFunction(declarator) ||
          (declarator !== null && typeOf(declarator) === 'operator_cast')
        ) {
          const name = memberFunctionName(member);
          if (name === undefined) break;
          methods.add(name);
          if (!access.has(name)) access.set(name, current);
          if (member.childForFieldName('default_value')?.text === '0') isAbstract = true;
          break;
        }
        const type = member.childForFieldName('type');
        if (type !== null && type.childForFieldName('body') !== null)
          state.memberAccess.set(type.startIndex, current);
        properties.push(...fieldProperties(member, current));
        break;
      }
      case 'type_definition': {
        const type = member.childForFieldName('type');
        if (type !== null) state.memberAccess.set(type.startIndex, current);
        break;
      }
      default:
        break;
    }
  };
  for (const member of namedChildren(body)) visit(member);
  return { methods: [...methods], properties, access, isAbstract };
}

/** A class, struct, union or enum with a body (one without only names it), else null. */
function typeFact(node: Node, state: ExtractionState): ClassFact | null {
  const body = node.childForFieldName('body');
  if (body === null) return null;
  const nameNode = node.childForFieldName('name');
  const name = nameNode === null ? state.typedefNames.get(node.startIndex) : typeNameOf(nameNode);
  if (name === undefined || name === '') return null;
  const owner = openClassAt(state, node.startIndex);
  const wrapper = state.wrappers.get(node.startIndex);
  const kind = TYPE_KINDS[typeOf(node)] ?? 'class';
  const local = state.scopes.enclosingFunction !== null;
  const anonymous = node.startIndex < state.anonymousNamespaceEnd;
  const nestedAccess =
    owner === undefined ? null : (state.memberAccess.get(node.startIndex) ?? owner.defaultAccess);
  const isExported =
    !local &&
    !anonymous &&
    (owner === undefined || (owner.isExported && nestedAccess === 'public'));
  let visibility: Visibility | null = local ? null : nestedAccess;
  if (owner === undefined && !local) visibility = anonymous ? 'private' : 'public';
  const qualifiedName = state.scopes.push(node, name, 'type');
  const simpleName = name.slice(name.lastIndexOf('.') + 1);
  state.classNames.add(simpleName);
  const defaultAccess: Visibility = kind === 'class' ? 'private' : 'public';
  let members: ReturnType<typeof membersOf> = {
    methods: [],
    properties: [],
    access: new Map(),
    isAbstract: false,
  };
  if (kind === 'enum') members.properties = enumeratorProperties(body);
  else members = membersOf(body, defaultAccess, state);
  for (const [method, access] of members.access)
    state.declaredAccess.set(`${qualifiedName}.${method}`, access);
  if (kind !== 'enum')
    state.openClasses.push({ end: node.endIndex, name: simpleName, defaultAccess, isExported });
  const bases = namedChildren(node).find((child) => typeOf(child) === 'base_class_clause');
  return {
    name: simpleName,
    qualifiedName,
    kind,
    extends:
      bases === undefined
        ? []
        : namedChildren(bases)
            .filter((base) => {
              const type = typeOf(base);
              return (
                type !== 'access_specifier' &&
                type !== 'attribute_declaration' &&
                type !== 'comment'
              );
            })
            .map((base) => base.text),
    implements: [],
    methods: members.methods,
    properties: members.properties,
    decorators: declarationParts(node).attributes,
    isExported,
    isAbstract: members.isAbstract,
    visibility,
    docComment: docCommentOf(wrapper ?? node, state.source),
    range: spanRange(wrapper ?? node, node),
  };
}

/** `auto f() -> int`: the trailing return type, or null. */
function trailingReturnType(functionDeclarator: Node | null): string | null {
  if (functionDeclarator === null) return null;
  const trailing = namedChildren(functionDeclarator).find(
    (child) => typeOf(child) === 'trailing_return_type',
  );
  return trailing?.firstNamedChild?.text ?? null;
}

function functionFact(node: Node, state: ExtractionState): FunctionFact | null {
  const body = node.childForFieldName('body');
  const declarator = node.childForFieldName('declarator');
  const { name: nameNode, functionDeclarator } = declaredNameOf(declarator);
  const declared = declaredFunctionName(declarator, nameNode);
  if (body === null || declarator === null || declared === null) return null;
  const { qualifiers, name, conversion } = declared;
  if (name === '' || KEYWORDS.has(name)) return null;
  const { specifiers, specifiersStart, storageClasses, attributes } = declarationParts(node);
  const isStatic = storageClasses.includes('static');
  const anonymous = node.startIndex < state.anonymousNamespaceEnd;
  const isFriend = state.friends.has(node.startIndex);
  const owner = isFriend ? undefined : openClassAt(state, node.startIndex);
  const qualifier = qualifiers.at(-1);
  const ownerName =
    owner?.name ??
    (qualifier !== undefined &&
    (!state.namespaces.has(qualifier) || state.classNames.has(qualifier))
      ? qualifier
      : null);
  const qualifiedName = state.scopes.push(node, [...qualifiers, name].join('.'), 'function');

  let visibility: Visibility | null;
  let isExported: boolean;
  if (owner !== undefined) {
    visibility = state.memberAccess.get(node.startIndex) ?? owner.defaultAccess;
    isExported = owner.isExported && visibility === 'public';
  } else if (ownerName !== null) {
    visibility = state.declaredAccess.get(qualifiedName) ?? null;
    isExported = !anonymous && (visibility === null || visibility === 'public');
  } else {
    visibility = isStatic || anonymous ? 'private' : 'public';
    isExported = !isStatic && !anonymous;
  }
  let kind: FunctionFact['kind'] = 'function';
  if (ownerName !== null) kind = name === ownerName ? 'constructor' : 'method';

  const parameterList =
    conversion === null
      ? (functionDeclarator?.childForFieldName('parameters') ?? null)
      : (conversion.childForFieldName('declarator')?.childForFieldName('parameters') ?? null);
  let returnType: string | null;
  if (conversion !== null) returnType = conversion.childForFieldName('type')?.text ?? null;
  else
    returnType =
      (specifiers !== null && AUTO.test(specifiers)
        ? trailingReturnType(functionDeclarator)
        : null) ?? returnTypeOf(state.source, specifiersStart, declarator, functionDeclarator);
  const wrapper = state.wrappers.get(node.startIndex);
  return {
    name,
    qualifiedName,
    kind,
    className: ownerName,
    parameters: parametersOf(parameterList, node),
    returnType,
    isAsync: false,
    isGenerator: false,
    isExported,
    isStatic,
    visibility,
    decorators: attributes,
    docComment: docCommentOf(wrapper ?? node, state.source),
    range: spanRange(wrapper ?? node, node),
    bodyLines: bodyLines(body),
  };
}

/** `using namespace std;`, `using std::string;` and `namespace fs = std::filesystem;`. */
function usingImport(node: Node): ImportFact | null {
  const base = {
    kind: 'using',
    defaultName: null,
    namespaceName: null,
    typeOnly: false,
    sideEffect: false,
    line: lineOf(node),
    column: columnOf(node),
  } as const;
  const target = node.lastNamedChild;
  if (target === null) return null;
  if (node.type === 'namespace_alias_definition') {
    const alias = node.childForFieldName('name')?.text ?? null;
    return { ...base, module: target.text, names: [], defaultName: alias };
  }
  if (/^using\s+namespace\b/.test(node.text))
    return { ...base, module: target.text, names: [{ name: '*', alias: null }] };
  const text = target.text;
  const separator = text.lastIndexOf('::');
  if (separator === -1) return null;
  return {
    ...base,
    module: separator === 0 ? '::' : text.slice(0, separator),
    names: [{ name: text.slice(separator + 2), alias: null }],
  };
}

/**
 * The callee of a call, or null for what only looks like one (casts, literals). The callee's text
 * is read from the source up to the arguments when only blanks can separate them.
 */
function calleeOf(
  target: Node,
  args: Node | null,
  source: string,
): { callee: string; receiver: string | null } | null {
  const type = target.type;
  const text = textBefore(target, args, source);
  if (type === 'identifier') return { callee: text, receiver: null };
  if (NOT_CALLABLE.has(type)) return null;
  if (type === 'parenthesized_expression') {
    if (PARENTHESIZED_NAME.test(text)) return null;
    const qualified = PARENTHESIZED_QUALIFIED_NAME.exec(text)?.[1];
    return qualified === undefined ? { callee: text, receiver: null } : splitCallee(qualified);
  }
  if (
    type === 'qualified_identifier' ||
    type === 'field_expression' ||
    type === 'template_function'
  ) {
    const split = splitCallee(text);
    return CASTS.has(split.callee) ? null : split;
  }
  return { callee: text, receiver: null };
}

/** A name or a path of names joined by `::`, `.` or `->` (no template arguments). */
const NAME_PATH = /^[A-Za-z_]\w*(?:\s*(?:::|\.|->)\s*[A-Za-z_]\w*)*$/;

/**
 * A callee's text, read from the source up to the arguments when it is a plain name path (most
 * callees; nothing else can sit between such a callee and its arguments but blanks), else from
 * the node.
 */
function textBefore(node: Node, next: Node | null, source: string): string {
  return nameBefore(node, next, source, NAME_PATH) ?? node.text;
}

/** Builds C++ facts from the query's captures. */
function extract(
  captures: readonly NodeCapture[],
  _root: Node,
  _path: string,
  source: string,
): ExtractedFacts {
  const state: ExtractionState = {
    source,
    scopes: new ScopeStack(),
    openClasses: [],
    wrappers: new Map(),
    friends: new Set(),
    typedefNames: new Map(),
    memberAccess: new Map(),
    declaredAccess: new Map(),
    namespaces: new Set(['std']),
    classNames: new Set(),
    anonymousNamespaceEnd: -1,
  };
  const { scopes } = state;
  const functions: FunctionFact[] = [];
  const classes: ClassFact[] = [];
  const imports: ImportFact[] = [];
  const calls: CallFact[] = [];
  const strings: StringFact[] = [];
  let consumedUntil = -1;
  let attributeEnd = -1;

  for (const { name: capture, node } of captures) {
    scopes.advance(node);
    switch (capture) {
      case 'namespace': {
        const name = node.childForFieldName('name');
        if (name === null) {
          state.anonymousNamespaceEnd = Math.max(state.anonymousNamespaceEnd, node.endIndex);
          break;
        }
        const segments = name.text.split('::').map((segment) => segment.trim());
        for (const segment of segments) state.namespaces.add(segment);
        scopes.push(node, segments.join('.'), 'type');
        break;
      }
      case 'template':
      case 'friend': {
        const inner = node.lastNamedChild;
        if (inner === null) break;
        state.wrappers.set(inner.startIndex, state.wrappers.get(node.startIndex) ?? node);
        if (capture === 'friend') state.friends.add(inner.startIndex);
        break;
      }
      case 'function': {
        const fact = functionFact(node, state);
        if (fact !== null) functions.push(fact);
        break;
      }
      case 'typedef': {
        const type = node.childForFieldName('type');
        if (type === null || !Object.hasOwn(TYPE_KINDS, typeOf(type))) break;
        if (type.childForFieldName('body') === null) break;
        const name = declaredNameNode(node.childForFieldName('declarator'))?.text;
        if (name !== undefined) state.typedefNames.set(type.startIndex, name);
        break;
      }
      case 'type': {
        const fact = typeFact(node, state);
        if (fact !== null) classes.push(fact);
        break;
      }
      case 'include':
        consumedUntil = node.endIndex;
        imports.push(includeOf(node));
        break;
      case 'using':
      case 'alias': {
        if (capture === 'using' && openClassAt(state, node.startIndex) !== undefined) break;
        const fact = usingImport(node);
        if (fact !== null) imports.push(fact);
        break;
      }
      case 'attribute':
        attributeEnd = node.endIndex;
        break;
      case 'call': {
        if (node.startIndex < attributeEnd) break;
        const target = node.childForFieldName('function');
        const args = node.childForFieldName('arguments');
        const called = target === null ? null : calleeOf(target, args, source);
        if (called === null) break;
        const { callee, receiver } = called;
        const { row, column } = node.startPosition;
        calls.push({
          callee,
          receiver,
          argumentCount: args === null ? 0 : args.namedChildCount,
          enclosingFunction: scopes.enclosingFunction,
          isConstructor: false,
          line: row + 1,
          column: column + 1,
        });
        const first =
          ENV_FUNCTIONS.has(callee) && (receiver === null || receiver === 'std')
            ? args?.firstNamedChild
            : null;
        if (first?.type === 'string_literal') {
          const context = receiver === null ? callee : `${receiver}::${callee}`;
          strings.push(envFact(stringLiteralValue(first.text), context, row + 1, column + 1));
        }
        break;
      }
      case 'new': {
        const type = node.childForFieldName('type');
        if (type === null || type.type === 'primitive_type') break;
        const { callee, receiver } = splitCallee(type.text);
        const args = node.childForFieldName('arguments');
        const { row, column } = node.startPosition;
        calls.push({
          callee,
          receiver,
          argumentCount: args === null ? 0 : args.namedChildCount,
          enclosingFunction: scopes.enclosingFunction,
          isConstructor: true,
          line: row + 1,
          column: column + 1,
        });
        break;
      }
      case 'strings':
      case 'string': {
        if (node.startIndex < consumedUntil) break;
        let value: string;
        if (capture === 'strings') {
          consumedUntil = node.endIndex;
          value = concatenatedValue(node);
        } else {
          if (!mayBeStringOfInterest(source, node.startIndex)) break;
          value = stringLiteralValue(node.text);
        }
        const { row, column } = node.startPosition;
        const fact = stringFact(value, row + 1, column + 1);
        if (fact !== null) strings.push(fact);
        break;
      }
      default:
        break;
    }
  }
  return {
    package: null,
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
 * C++ through tree-sitter-cpp 0.23. Namespaces qualify names (`fmt.detail.C.m`; `namespace
 * a::b` adds `a.b`, an anonymous namespace adds nothing); there is no package. Functions are
 * definitions with a body: in-class methods, out-of-class `ns::Foo<T>::bar()` (qualified
 * `ns.Foo.bar`, class `Foo`; a qualifier naming a namespace of the file makes a free function),
 * constructors (named as their class), destructors (`~Foo`), operators (`operator+`,
 * `operator bool`) and templates (names without template arguments); friends defined in a
 * class are functions. Access follows the sections (class private, struct and union public
 * by default); a member is exported when public in an exported class, a free function when
 * neither `static` nor in an anonymous namespace. A class with a pure virtual method is
 * abstract; `[[attributes]]` are decorators. `#include`, `using namespace std;` (`*`),
 * `using std::string;` and namespace aliases are imports. Qualified calls split at the last
 * `::`, `.` or `->`; `new Foo(x)` is a constructor call; casts are not calls. Env lookups are
 * `getenv` and `std::getenv`; raw strings are read for routes and SQL.
 */
export const cppParser = new TreeSitterParser({
  language: 'cpp',
  grammar: { packageName: 'tree-sitter-cpp', wasmFile: 'tree-sitter-cpp.wasm' },
  query: QUERY,
  extract,
});
