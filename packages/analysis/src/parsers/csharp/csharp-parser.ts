import type {
  CallFact,
  ClassFact,
  ClassKind,
  DecoratorFact,
  FunctionFact,
  FunctionKind,
  ImportFact,
  ParameterFact,
  PropertyFact,
  ReferenceFact,
  SourceRange,
  StringFact,
  VariableTypeFact,
  Visibility,
} from '@drift/core';
import type { Node } from 'web-tree-sitter';
import { envFact, mayClassifyStringAt, stringFact } from '../strings-of-interest.js';
import { collectArgumentReferences } from '../tree-sitter/argument-references.js';
import type { NodeCapture } from '../tree-sitter/node-type-captures.js';
import { ScopeStack } from '../tree-sitter/scopes.js';
import {
  bodyLines,
  columnOf,
  fieldText,
  lineOf,
  namedChildren,
  rangeOf,
  stripCommentMarkers,
  nameBefore,
} from '../tree-sitter/syntax.js';
import { TreeSitterParser, type ExtractedFacts } from '../tree-sitter/tree-sitter-parser.js';
import { valueNameOfPath, type ValueName } from '../value-references.js';

/**
 * The nodes the C# extractor needs, found in one type walk (single-node patterns only: see
 * `NodeTypeCaptures`); the extractor checks their parts.
 */
const QUERY = `
[(namespace_declaration) (file_scoped_namespace_declaration)] @namespace
(using_directive) @using
[(class_declaration) (struct_declaration) (interface_declaration) (record_declaration) (enum_declaration)] @type
[(method_declaration) (constructor_declaration) (destructor_declaration) (operator_declaration) (conversion_operator_declaration)] @method
(local_function_statement) @local_function
[(property_declaration) (indexer_declaration)] @property
(field_declaration) @field
(enum_member_declaration) @enum_member
(invocation_expression) @call
(local_declaration_statement) @local_variable
(object_creation_expression) @new
(implicit_object_creation_expression) @implicit_new
[(string_literal) (verbatim_string_literal) (raw_string_literal) (interpolated_string_expression)] @string
(yield_statement) @yield
(comment) @comment
`;

/** A call argument that passes a method group: `Handle`, `this.OnData`, `service.Find`. */
function methodGroup(argument: Node): { value: ValueName; at: Node } | null {
  const expression = argument.type === 'argument' ? argument.lastNamedChild : argument;
  const type = expression?.type;
  if (expression === null || (type !== 'identifier' && type !== 'member_access_expression')) {
    return null;
  }
  const value = valueNameOfPath(expression.text);
  return value === null ? null : { value, at: expression };
}

/**
 * The variables a local declaration types: `UserRepo repo = …` by its written type, `var repo =
 * new UserRepo()` by the constructed class.
 */
function localVariableTypes(declaration: Node): { name: string; type: string }[] {
  const typeNode = declaration.childForFieldName('type');
  const written = typeNode === null || typeNode.type === 'implicit_type' ? null : typeNode.text;
  const typed: { name: string; type: string }[] = [];
  for (const declarator of namedChildren(declaration)) {
    if (declarator.type !== 'variable_declarator') continue;
    const name = fieldText(declarator, 'name');
    const value = declarator.lastNamedChild;
    const type =
      written ?? (value?.type === 'object_creation_expression' ? fieldText(value, 'type') : null);
    if (name !== null && type !== null) typed.push({ name, type });
  }
  return typed;
}

const TYPE_KINDS: Readonly<Record<string, ClassKind>> = {
  class_declaration: 'class',
  struct_declaration: 'struct',
  interface_declaration: 'interface',
  record_declaration: 'record',
  enum_declaration: 'enum',
};

const ENV_RECEIVERS = new Set(['Environment', 'System.Environment']);
const DOC_PREFIXES = ['///', '/**'];

type MutableFunction = { -readonly [K in keyof FunctionFact]: FunctionFact[K] };

/** A type declaration that encloses the current position. */
interface OpenType {
  readonly end: number;
  readonly name: string;
  readonly isInterface: boolean;
  readonly methods: string[];
  readonly properties: PropertyFact[];
}

/** The modifiers, attributes and declaration-level children of a declaration, read in one pass. */
interface DeclarationParts {
  readonly modifiers: ReadonlySet<string>;
  readonly decorators: DecoratorFact[];
  /** The first child after the attributes: where the declaration proper starts. */
  readonly start: Node;
  readonly baseList: Node | null;
  readonly primaryParameters: Node | null;
  /** A `struct` keyword: `record struct`. */
  readonly struct: boolean;
}

function attributesOf(list: Node): DecoratorFact[] {
  return namedChildren(list)
    .filter((child) => child.type === 'attribute')
    .map((attribute) => {
      const args = namedChildren(attribute).find(
        (child) => child.type === 'attribute_argument_list',
      );
      return {
        name: fieldText(attribute, 'name') ?? attribute.text,
        arguments: args === undefined ? null : args.text.slice(1, -1).trim(),
      };
    });
}

/**
 * Reads a declaration's attributes and modifiers; with `wholeHeader` also its base list, primary
 * constructor parameters and `struct` keyword (type declarations), else it stops at the first
 * child after the modifiers.
 */
function partsOf(declaration: Node, wholeHeader = false): DeclarationParts {
  const modifiers = new Set<string>();
  const decorators: DecoratorFact[] = [];
  let start: Node | null = null;
  let baseList: Node | null = null;
  let primaryParameters: Node | null = null;
  let struct = false;
  for (const child of declaration.children) {
    if (child === null) continue;
    const type = child.type;
    if (type === 'attribute_list') {
      decorators.push(...attributesOf(child));
      continue;
    }
    start ??= child;
    if (type === 'modifier') modifiers.add(child.text);
    else if (!wholeHeader) break;
    else if (type === 'base_list') baseList = child;
    else if (type === 'parameter_list') primaryParameters = child;
    else if (type === 'struct') struct = true;
  }
  return {
    modifiers,
    decorators,
    start: start ?? declaration,
    baseList,
    primaryParameters,
    struct,
  };
}

/** The declaration's range, starting after its attributes (as decorators are left out elsewhere). */
function rangeAfterAttributes(declaration: Node, start: Node): SourceRange {
  return {
    ...rangeOf(declaration),
    startLine: lineOf(start),
    startColumn: columnOf(start),
  };
}

/** `protected internal` → protected, `private protected` → private, `file` → private. */
function visibilityOf(modifiers: ReadonlySet<string>): Visibility | null {
  if (modifiers.has('public')) return 'public';
  if (modifiers.has('private') || modifiers.has('file')) return 'private';
  if (modifiers.has('protected')) return 'protected';
  if (modifiers.has('internal')) return 'internal';
  return null;
}

/** A member's visibility: as written, else public in an interface and private elsewhere. */
function memberVisibility(modifiers: ReadonlySet<string>, owner: OpenType | undefined): Visibility {
  return visibilityOf(modifiers) ?? (owner?.isInterface === true ? 'public' : 'private');
}

/** A declared parameter; `this`, `ref`, `out`, `in` and other modifiers stay in its type. */
function parameterOf(parameter: Node): ParameterFact {
  const text = parameter.text;
  return text.startsWith('[') ? attributedParameterOf(parameter) : parameterFromText(text);
}

/**
 * A parameter without attributes, from its text alone (no child nodes are created): types,
 * modifiers and names contain no `=`, so the first `=` starts the default value, and the name is
 * the last word before it; the words before the name are the modifiers and the type.
 */
function parameterFromText(text: string): ParameterFact {
  const equals = text.indexOf('=');
  const declaration = (equals === -1 ? text : text.slice(0, equals)).trim();
  const nameStart = declaration.search(/\S+$/);
  const type = declaration.slice(0, Math.max(nameStart, 0)).trim();
  return {
    name: declaration.slice(Math.max(nameStart, 0)),
    type: type === '' ? null : type,
    defaultValue: equals === -1 ? null : text.slice(equals + 1).trim(),
    rest: false,
  };
}

/**
 * A parameter with attributes, whose text may hold `=` and spaces anywhere: its children are the
 * attributes, the modifiers, the type, the name, then `= default`, read by position.
 */
function attributedParameterOf(parameter: Node): ParameterFact {
  const modifiers: string[] = [];
  const typeAndName: string[] = [];
  let defaultValue: string | null = null;
  let afterEquals = false;
  for (const child of parameter.children) {
    if (child === null) continue;
    const type = child.type;
    if (type === 'modifier') modifiers.push(child.text);
    else if (type === '=') afterEquals = true;
    else if (afterEquals) defaultValue = child.text.trim();
    else if (type !== 'attribute_list' && type !== 'comment') typeAndName.push(child.text.trim());
  }
  const name = typeAndName.at(-1) ?? parameter.text;
  const written = typeAndName.length > 1 ? (typeAndName[0] as string) : null;
  return {
    name,
    type: modifiers.length === 0 ? written : [...modifiers, written ?? ''].join(' ').trim(),
    defaultValue,
    rest: false,
  };
}

/**
 * The parameters of a parameter list. The grammar does not wrap a `params T[] rest` array in a
 * `parameter` node: its type and name follow the `params` keyword directly in the list.
 */
function parametersOf(list: Node | null): ParameterFact[] {
  if (list === null) return [];
  const parameters: ParameterFact[] = [];
  let inParams = false;
  let paramsType: string | null = null;
  for (const child of list.children) {
    if (child === null) continue;
    const type = child.type;
    if (type === 'parameter') parameters.push(parameterOf(child));
    else if (type === 'params') inParams = true;
    else if (inParams && type !== ')' && type !== ',' && type !== 'attribute_list') {
      if (paramsType === null) paramsType = child.text.trim();
      else parameters.push({ name: child.text, type: paramsType, defaultValue: null, rest: true });
    }
  }
  return parameters;
}

/** `IRepository<T>`, `Abc.IFoo` look like interfaces by the .NET naming convention. */
function looksLikeInterface(name: string): boolean {
  const plain = name.replace(/<[\s\S]*$/, '');
  const last = plain.slice(plain.lastIndexOf('.') + 1);
  return /^I[A-Z]/.test(last);
}

/**
 * `base_list` splits into extends/implements: an interface extends all its bases, a struct
 * implements them, and a class or record extends its first base unless it is named like an
 * interface. An enum's base is its underlying integer type, not a supertype.
 */
function basesOf(
  baseList: Node | null,
  kind: ClassKind,
  isRecordStruct: boolean,
): { extends: string[]; implements: string[] } {
  if (baseList === null || kind === 'enum') return { extends: [], implements: [] };
  const bases = namedChildren(baseList)
    .filter((child) => child.type !== 'argument_list' && child.type !== 'comment')
    .map((child) =>
      child.type === 'primary_constructor_base_type'
        ? (fieldText(child, 'type') ?? child.text)
        : child.text.trim(),
    );
  if (kind === 'interface') return { extends: bases, implements: [] };
  if (kind === 'struct' || isRecordStruct) return { extends: [], implements: bases };
  const [first, ...rest] = bases;
  if (first === undefined || looksLikeInterface(first)) return { extends: [], implements: bases };
  return { extends: [first], implements: rest };
}

function fieldsOf(field: Node, owner: OpenType | undefined): PropertyFact[] {
  const { modifiers } = partsOf(field);
  const declaration = namedChildren(field).find((child) => child.type === 'variable_declaration');
  if (declaration === undefined) return [];
  const type = fieldText(declaration, 'type');
  const isConst = modifiers.has('const');
  return namedChildren(declaration)
    .filter((child) => child.type === 'variable_declarator')
    .map((declarator) => ({
      name: fieldText(declarator, 'name') ?? declarator.text,
      type,
      visibility: memberVisibility(modifiers, owner),
      isStatic: isConst || modifiers.has('static'),
      isReadonly: isConst || modifiers.has('readonly'),
      line: lineOf(declarator),
    }));
}

function accessorsOf(declaration: Node): Node[] {
  const list = declaration.childForFieldName('accessors');
  return list === null
    ? []
    : namedChildren(list).filter((child) => child.type === 'accessor_declaration');
}

/** A positional record's parameters: public properties, init-only unless a mutable `record struct`. */
function recordProperties(
  parameters: readonly ParameterFact[],
  line: number,
  isReadonly: boolean,
): PropertyFact[] {
  return parameters.map((parameter) => ({
    name: parameter.name,
    type: parameter.type,
    visibility: 'public',
    isStatic: false,
    isReadonly,
    line,
  }));
}

function functionName(declaration: Node): string {
  switch (declaration.type) {
    case 'destructor_declaration':
      return `~${fieldText(declaration, 'name') ?? ''}`;
    case 'operator_declaration':
      return `operator${fieldText(declaration, 'operator') ?? ''}`;
    case 'conversion_operator_declaration':
      return `operator ${fieldText(declaration, 'type') ?? ''}`;
    default:
      return fieldText(declaration, 'name') ?? '';
  }
}

function returnTypeOf(declaration: Node): string | null {
  switch (declaration.type) {
    case 'method_declaration':
      return fieldText(declaration, 'returns');
    case 'operator_declaration':
    case 'conversion_operator_declaration':
    case 'local_function_statement':
      return fieldText(declaration, 'type');
    default:
      return null;
  }
}

/** `Get<List<int>>` → `Get`: drops a trailing type-argument list. */
function withoutTypeArguments(text: string): string {
  if (!text.endsWith('>')) return text;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const char = text[i];
    if (char === '>') depth += 1;
    else if (char === '<') {
      depth -= 1;
      if (depth === 0) return text.slice(0, i).trimEnd();
    }
  }
  return text;
}

/**
 * Callee and receiver from a dotted callee's text (`_db.Users.FindAsync`, `x?.Foo`,
 * `svc.Get<T>`): the name after the last `.` once type arguments are dropped, and the text
 * before it. Reads only the node's text: no child nodes are created.
 */
function splitDotted(text: string): { callee: string; receiver: string | null } {
  const plain = withoutTypeArguments(text.trim());
  const dot = plain.lastIndexOf('.');
  if (dot === -1) return { callee: plain, receiver: null };
  const receiver = plain.slice(0, dot).trim();
  return {
    callee: plain.slice(dot + 1).trim(),
    receiver: receiver.endsWith('?') ? receiver.slice(0, -1) : receiver,
  };
}

/**
 * A callee that ends with a name or type arguments is a name, a member access or a generic name
 * (`Run`, `_db.Users.FindAsync`, `x?.Get<T>`); one ending with `)` or `]` is an invocation,
 * parenthesised or element-access expression, kept whole. Decided from the text, which saves
 * reading the node's type.
 */
const ENDS_WITH_NAME = /[\p{L}\p{N}_>]$/u;

/**
 * The value of a string literal, read from its text: `"…"`, verbatim `@"…"`, raw `"""…"""`
 * (dedented as the compiler does) and interpolated `$"…"`, `$@"…"`, `$$"""…"""` with the
 * interpolations kept as written; a UTF-8 `u8` suffix is dropped. Escapes are kept as written.
 */
function stringValue(text: string): string {
  let start = 0;
  let verbatim = false;
  while (text[start] === '$' || text[start] === '@') {
    if (text[start] === '@') verbatim = true;
    start += 1;
  }
  const end = text.endsWith('u8') ? text.length - 2 : text.length;
  let quotes = 0;
  while (text[start + quotes] === '"') quotes += 1;
  if (verbatim || quotes < 3) quotes = 1;
  const body = text.slice(start + quotes, end - quotes);
  if (quotes < 3 || !body.includes('\n')) return body;
  const lines = body.split(/\r?\n/);
  const indent = lines.at(-1)?.length ?? 0;
  return lines
    .slice(1, -1)
    .map((line) => line.slice(indent))
    .join('\n');
}

function firstStringArgument(call: Node): string | null {
  const literal = call.childForFieldName('arguments')?.firstNamedChild?.firstNamedChild;
  if (literal === null || literal === undefined) return null;
  const type = literal.type;
  return type === 'string_literal' || type === 'verbatim_string_literal'
    ? stringValue(literal.text)
    : null;
}

/** A name or a dotted path of names (`Run`, `_db.Users.FindAsync`, `x?.Get`). */
const DOTTED_NAME = /^@?[A-Za-z_]\w*(?:\s*\??\.\s*@?[A-Za-z_]\w*)*$/;

/**
 * An invocation's callee text when it is a plain dotted name (most are), read from the source
 * between the invocation's start and its arguments, where only blanks can follow such a name;
 * else null.
 */
function dottedNameBefore(call: Node, args: Node | null, source: string): string | null {
  return nameBefore(call, args, source, DOTTED_NAME);
}

/**
 * Whether a string literal starting at `start` can be a route or SQL string, read from the source
 * before its end is: past `$` and `@`, a one-quote literal's value starts after its quote; a raw
 * string (three quotes or more) may be re-indented, so it is always read.
 */
function mayBeStringOfInterest(source: string, start: number): boolean {
  let quote = start;
  while (source.charAt(quote) === '$' || source.charAt(quote) === '@') quote += 1;
  if (source.charAt(quote) !== '"') return true;
  return source.startsWith('"""', quote) || mayClassifyStringAt(source, quote + 1);
}

/**
 * The type written on the declaration a target-typed `new()` initialises (`List<int> xs = new();`,
 * a property's `Foo P { get; } = new();`), or null.
 */
function targetTypeOf(creation: Node): string | null {
  const parent = creation.parent;
  if (parent === null) return null;
  const parentType = parent.type;
  if (parentType === 'variable_declarator') {
    const declaration = parent.parent;
    return declaration?.type === 'variable_declaration'
      ? (declaration.childForFieldName('type')?.text ?? null)
      : null;
  }
  if (
    parentType === 'property_declaration' &&
    parent.childForFieldName('value')?.id === creation.id
  )
    return parent.childForFieldName('type')?.text ?? null;
  return null;
}

const USING_DIRECTIVE =
  /^(?:global\s+)?using\s+(static\s+)?(?:unsafe\s+)?(?:(@?[\p{L}_][\p{L}\p{N}_]*)\s*=\s*)?([\s\S]*?)\s*;?$/u;

/** A `using` directive, from its text alone: `[global] using [static] [Alias =] Name;`. */
function importOf(directive: Node): ImportFact {
  const match = USING_DIRECTIVE.exec(directive.text.trim());
  return {
    module: match?.[3] ?? '',
    kind: 'using',
    names: match?.[1] === undefined ? [] : [{ name: '*', alias: null }],
    defaultName: match?.[2] ?? null,
    namespaceName: null,
    typeOnly: false,
    sideEffect: false,
    line: lineOf(directive),
    column: columnOf(directive),
  };
}

/** A run of `///` (or `/** … *\/`) comment lines waiting for the declaration below it. */
interface PendingDoc {
  readonly lines: string[];
  endRow: number;
}

/** Builds C# facts from the query's captures. */
function extract(
  captures: readonly NodeCapture[],
  _root: Node,
  _path: string,
  source: string,
): ExtractedFacts {
  const scopes = new ScopeStack();
  const openTypes: OpenType[] = [];
  const functions: MutableFunction[] = [];
  const functionSpans: [number, number][] = [];
  const classes: ClassFact[] = [];
  const imports: ImportFact[] = [];
  const calls: CallFact[] = [];
  const references: ReferenceFact[] = [];
  const variableTypes: VariableTypeFact[] = [];
  const strings: StringFact[] = [];
  let namespace: string | null = null;
  let pendingDoc: PendingDoc | null = null;

  /** The innermost type declaration open at `node`. */
  const ownerAt = (node: Node): OpenType | undefined => {
    const start = node.startIndex;
    while (openTypes.length > 0 && (openTypes.at(-1) as OpenType).end <= start) openTypes.pop();
    return openTypes.at(-1);
  };

  /** The doc comment ending on the line above `node`; any pending comment is used up. */
  const takeDocComment = (node: Node): string | null => {
    const doc = pendingDoc;
    pendingDoc = null;
    return doc !== null && doc.endRow === node.startPosition.row - 1
      ? stripCommentMarkers(doc.lines.join('\n'))
      : null;
  };

  const addFunction = (fact: MutableFunction, node: Node, owner: OpenType | undefined): void => {
    functions.push(fact);
    functionSpans.push([node.startIndex, node.endIndex]);
    if (owner !== undefined && !owner.methods.includes(fact.name)) owner.methods.push(fact.name);
  };

  const addCall = (
    node: Node,
    callee: string,
    receiver: string | null,
    args: Node | null | undefined,
    isConstructor: boolean,
  ): void => {
    const argumentNodes = args?.namedChildren ?? [];
    calls.push({
      callee,
      receiver,
      argumentCount: argumentNodes.length,
      enclosingFunction: scopes.enclosingFunction,
      isConstructor,
      line: lineOf(node),
      column: columnOf(node),
    });
    collectArgumentReferences(
      argumentNodes,
      methodGroup,
      { call: callee, callReceiver: receiver, enclosingFunction: scopes.enclosingFunction },
      references,
    );
  };

  for (const { name: capture, node } of captures) {
    scopes.advance(node);
    switch (capture) {
      case 'namespace':
        namespace ??= node.childForFieldName('name')?.text.trim() ?? null;
        break;
      case 'using':
        imports.push(importOf(node));
        break;
      case 'comment': {
        const text = node.text;
        if (!DOC_PREFIXES.some((prefix) => text.startsWith(prefix))) {
          pendingDoc = null;
        } else if (pendingDoc !== null && pendingDoc.endRow === node.startPosition.row - 1) {
          pendingDoc.lines.push(text);
          pendingDoc.endRow = node.endPosition.row;
        } else {
          pendingDoc = { lines: [text], endRow: node.endPosition.row };
        }
        break;
      }
      case 'type': {
        const kind = TYPE_KINDS[node.type] ?? 'class';
        const name = fieldText(node, 'name') ?? '';
        const enclosing = ownerAt(node);
        const parts = partsOf(node, true);
        const docComment = takeDocComment(node);
        const qualifiedName = scopes.push(node, name, 'type');
        const isRecordStruct = kind === 'record' && parts.struct;
        const primaryParameters = parametersOf(parts.primaryParameters);
        const primaryLine = parts.primaryParameters === null ? 0 : lineOf(parts.primaryParameters);
        const open: OpenType = {
          end: node.endIndex,
          name,
          isInterface: kind === 'interface',
          methods: [],
          properties:
            kind === 'record'
              ? recordProperties(
                  primaryParameters,
                  primaryLine,
                  !isRecordStruct || parts.modifiers.has('readonly'),
                )
              : [],
        };
        openTypes.push(open);
        if (parts.primaryParameters !== null) {
          addFunction(
            {
              name,
              qualifiedName: `${qualifiedName}.${name}`,
              kind: 'constructor',
              className: name,
              parameters: primaryParameters,
              returnType: null,
              isAsync: false,
              isGenerator: false,
              isExported: true,
              isStatic: false,
              visibility: 'public',
              decorators: [],
              docComment: null,
              range: rangeOf(parts.primaryParameters),
              bodyLines: 0,
            },
            parts.primaryParameters,
            open,
          );
        }
        const visibility =
          visibilityOf(parts.modifiers) ??
          (enclosing === undefined ? 'internal' : memberVisibility(parts.modifiers, enclosing));
        classes.push({
          name,
          qualifiedName,
          kind,
          ...basesOf(parts.baseList, kind, isRecordStruct),
          methods: open.methods,
          properties: open.properties,
          decorators: parts.decorators,
          isExported: visibility === 'public',
          isAbstract: parts.modifiers.has('abstract'),
          visibility,
          docComment,
          range: rangeAfterAttributes(node, parts.start),
        });
        break;
      }
      case 'method':
      case 'local_function': {
        const isLocal = capture === 'local_function';
        const owner = isLocal ? undefined : ownerAt(node);
        const name = functionName(node);
        const parts = partsOf(node);
        const visibility = isLocal ? null : memberVisibility(parts.modifiers, owner);
        let kind: FunctionKind = isLocal ? 'function' : 'method';
        if (node.type === 'constructor_declaration') kind = 'constructor';
        const body = node.childForFieldName('body');
        addFunction(
          {
            name,
            qualifiedName: scopes.push(node, name, 'function'),
            kind,
            className: owner?.name ?? null,
            parameters: parametersOf(node.childForFieldName('parameters')),
            returnType: returnTypeOf(node),
            isAsync: parts.modifiers.has('async'),
            isGenerator: false,
            isExported: visibility === 'public',
            isStatic: parts.modifiers.has('static'),
            visibility,
            decorators: parts.decorators,
            docComment: takeDocComment(node),
            range: rangeAfterAttributes(node, parts.start),
            bodyLines: bodyLines(body),
          },
          node,
          owner,
        );
        break;
      }
      case 'field': {
        pendingDoc = null;
        const owner = ownerAt(node);
        owner?.properties.push(...fieldsOf(node, owner));
        break;
      }
      case 'enum_member': {
        pendingDoc = null;
        const name = node.childForFieldName('name');
        ownerAt(node)?.properties.push({
          name: name?.text ?? '',
          type: null,
          visibility: 'public',
          isStatic: true,
          isReadonly: true,
          line: lineOf(node),
        });
        break;
      }
      case 'property': {
        const owner = ownerAt(node);
        const docComment = takeDocComment(node);
        const parts = partsOf(node);
        const isIndexer = node.type === 'indexer_declaration';
        const nameNode = isIndexer ? null : node.childForFieldName('name');
        const name = nameNode?.text ?? 'this';
        const type = fieldText(node, 'type');
        const visibility = memberVisibility(parts.modifiers, owner);
        const accessors = accessorsOf(node);
        const accessorNames = accessors.map((accessor) => fieldText(accessor, 'name'));
        if (nameNode !== null) {
          owner?.properties.push({
            name,
            type,
            visibility,
            isStatic: parts.modifiers.has('static'),
            isReadonly: !accessorNames.includes('set'),
            line: lineOf(nameNode),
          });
        }
        const arrow = node.childForFieldName('value');
        const bodies = accessors.map((accessor) => accessor.childForFieldName('body'));
        const isArrow = arrow?.type === 'arrow_expression_clause';
        if (!isArrow && bodies.every((body) => body === null)) break;
        const parameters = isIndexer ? parametersOf(node.childForFieldName('parameters')) : [];
        const qualifiedName = scopes.push(node, name, 'function');
        const accessorFact = (
          range: SourceRange,
          accessorKind: 'getter' | 'setter',
          body: Node | null,
          accessorVisibility: Visibility,
        ): MutableFunction => ({
          name,
          qualifiedName,
          kind: accessorKind,
          className: owner?.name ?? null,
          parameters:
            accessorKind === 'getter'
              ? parameters
              : [...parameters, { name: 'value', type, defaultValue: null, rest: false }],
          returnType: accessorKind === 'getter' ? type : null,
          isAsync: false,
          isGenerator: false,
          isExported: accessorVisibility === 'public',
          isStatic: parts.modifiers.has('static'),
          visibility: accessorVisibility,
          decorators: parts.decorators,
          docComment,
          range,
          bodyLines: bodyLines(body),
        });
        if (isArrow) {
          const range = rangeAfterAttributes(node, parts.start);
          addFunction(accessorFact(range, 'getter', arrow, visibility), node, owner);
          break;
        }
        accessors.forEach((accessor, i) => {
          const body = bodies[i] ?? null;
          const accessorName = accessorNames[i];
          if (
            body === null ||
            (accessorName !== 'get' && accessorName !== 'set' && accessorName !== 'init')
          )
            return;
          const accessorParts = partsOf(accessor);
          const fact = accessorFact(
            rangeAfterAttributes(accessor, accessorParts.start),
            accessorName === 'get' ? 'getter' : 'setter',
            body,
            visibilityOf(accessorParts.modifiers) ?? visibility,
          );
          addFunction(fact, accessor, owner);
        });
        break;
      }
      case 'call': {
        const args = node.childForFieldName('arguments');
        const targetText =
          dottedNameBefore(node, args, source) ??
          node.childForFieldName('function')?.text.trim() ??
          '';
        const { callee, receiver } = ENDS_WITH_NAME.test(targetText)
          ? splitDotted(targetText)
          : { callee: targetText, receiver: null };
        if (callee === 'nameof' && receiver === null) break;
        addCall(node, callee, receiver, args, false);
        if (
          callee === 'GetEnvironmentVariable' &&
          receiver !== null &&
          ENV_RECEIVERS.has(receiver)
        ) {
          const name = firstStringArgument(node);
          if (name !== null) {
            strings.push(
              envFact(name, 'Environment.GetEnvironmentVariable', lineOf(node), columnOf(node)),
            );
          }
        }
        break;
      }
      case 'new': {
        const { callee, receiver } = splitDotted(fieldText(node, 'type') ?? '');
        addCall(node, callee, receiver, node.childForFieldName('arguments'), true);
        break;
      }
      case 'local_variable': {
        const declaration = namedChildren(node).find(
          (child) => child.type === 'variable_declaration',
        );
        if (declaration === undefined) break;
        for (const { name, type } of localVariableTypes(declaration)) {
          variableTypes.push({
            name,
            type,
            enclosingFunction: scopes.enclosingFunction,
            line: lineOf(declaration),
          });
        }
        break;
      }
      case 'implicit_new': {
        const target = targetTypeOf(node);
        const { callee, receiver } =
          target === null ? { callee: 'new', receiver: null } : splitDotted(target);
        const args = node.firstNamedChild;
        addCall(node, callee, receiver, args?.type === 'argument_list' ? args : null, true);
        break;
      }
      case 'string': {
        if (!mayBeStringOfInterest(source, node.startIndex)) break;
        const fact = stringFact(stringValue(node.text), lineOf(node), columnOf(node));
        if (fact !== null) strings.push(fact);
        break;
      }
      case 'yield': {
        const at = node.startIndex;
        for (let i = functionSpans.length - 1; i >= 0; i -= 1) {
          const [start, end] = functionSpans[i] as [number, number];
          if (start <= at && at < end) {
            (functions[i] as MutableFunction).isGenerator = true;
            break;
          }
        }
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
    references,
    variableTypes,
    strings,
  };
}

/**
 * C# through tree-sitter-c-sharp 0.23.5. The package is the first namespace (block or
 * file-scoped). Qualified names follow type nesting (`Outer.Inner.Method`); a local function is
 * a `function` qualified by its method (`Type.Method.local`). Constructors are named after their
 * type; a primary constructor (`record Person(string First)`) is a constructor fact whose range
 * is its parameter list, and a positional record's parameters are its properties. Properties
 * with bodies (`=> expr`, `get { … }`) are getter/setter facts named after the property
 * (`this` for indexers); auto-properties and fields are only properties, readonly when there is
 * no `set` (properties) or with `readonly`/`const` (fields). Visibility is as written
 * (`protected internal` → protected, `private protected` → private), else private for members,
 * public in interfaces, internal for top-level types; `isExported` means public. Attributes are
 * decorators; `///` XML doc comments are kept as XML. A class's first base is `extends` unless
 * it is named like an interface (`IFoo`). `using` directives are imports (`using static` imports
 * `*`, an alias is the default name). Target-typed `new()` takes the declared type when it is
 * written on the declaration, else the callee is `new`. Env lookups are
 * `Environment.GetEnvironmentVariable("X")`.
 */
export const csharpParser = new TreeSitterParser({
  language: 'csharp',
  grammar: { packageName: 'tree-sitter-c-sharp', wasmFile: 'tree-sitter-c_sharp.wasm' },
  query: QUERY,
  extract,
});
