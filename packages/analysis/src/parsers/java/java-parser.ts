import type {
  CallFact,
  ClassFact,
  DecoratorFact,
  FunctionFact,
  ImportFact,
  ParameterFact,
  PropertyFact,
  ReferenceFact,
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

/** The nodes the Java extractor needs, found in one type walk (see `NodeTypeCaptures`). */
const QUERY = `
(package_declaration) @package
(import_declaration) @import
(class_declaration) @type
(interface_declaration) @type
(enum_declaration) @type
(record_declaration) @type
(annotation_type_declaration) @type
(method_declaration) @function
(constructor_declaration) @function
(compact_constructor_declaration) @function
(annotation_type_element_declaration) @function
(enum_constant) @enum_constant
(field_declaration) @field
(constant_declaration) @field
(method_invocation) @call
(local_variable_declaration) @local_variable
(object_creation_expression) @new
(explicit_constructor_invocation) @explicit_constructor
(string_literal) @string
(block_comment) @comment
`;

const CLASS_KINDS: Readonly<Record<string, ClassFact['kind']>> = {
  class_declaration: 'class',
  interface_declaration: 'interface',
  annotation_type_declaration: 'interface',
  enum_declaration: 'enum',
  record_declaration: 'record',
};

/** `import [static] a.b.C;` / `import a.b.*;` → the dotted path, `*` included. */
const IMPORT = /^import\s+(?:static\s+)?([^;]*)/;
const ANNOTATIONS = new Set(['annotation', 'marker_annotation']);
const ENV_RECEIVERS = new Set(['System', 'java.lang.System']);
/** `outer.new Inner()`: the creation does not start with the `new` keyword. */
const QUALIFIED_NEW = /^(?!new(?![\p{L}\p{N}_$]))/u;
/** Searched from a Javadoc's end: the declaration must be the next non-blank text. */
const NON_WHITESPACE = /\S/g;
const ENV_MAP = /^(?:java\.lang\.)?System\s*\.\s*getenv\s*\(\s*\)$/;

type MutableClass = { -readonly [K in keyof ClassFact]: ClassFact[K] };

/**
 * A type body open at the current capture: a named type (its members' defaults depend on its
 * kind) or the body of an anonymous class, whose methods are not facts.
 */
interface Container {
  readonly end: number;
  readonly name: string;
  /** The type's kind, or null for an anonymous class body (including enum constant bodies). */
  readonly kind: ClassFact['kind'] | null;
  /** Method names in declaration order; a set, so overloads share one entry. */
  readonly methods: Set<string>;
  /** The type's properties, filled as its fields and enum constants are captured. */
  readonly properties: PropertyFact[];
  readonly recordComponents: readonly ParameterFact[];
}

/**
 * The container of an anonymous class body, opened at the `new X(…) { … }` or enum constant that
 * holds it: the whole node stands for the body, since a method in its arguments belongs to a
 * nested type, which opens its own container.
 */
function anonymousBody(node: Node): Container {
  return {
    end: node.endIndex,
    name: '',
    kind: null,
    methods: new Set(),
    properties: [],
    recordComponents: [],
  };
}

/** What a declaration's `modifiers` node says. */
interface Modifiers {
  readonly visibility: Visibility | null;
  readonly isStatic: boolean;
  readonly isAbstract: boolean;
  readonly isFinal: boolean;
  readonly decorators: DecoratorFact[];
  /** A Javadoc placed after the annotations (inside or right after the `modifiers` node). */
  readonly docComment: string | null;
}

const NO_MODIFIERS: Modifiers = {
  visibility: null,
  isStatic: false,
  isAbstract: false,
  isFinal: false,
  decorators: [],
  docComment: null,
};

function isJavadoc(text: string): boolean {
  return text.startsWith('/**') && text !== '/**/';
}

function annotationOf(node: Node): DecoratorFact {
  const name = (fieldText(node, 'name') ?? '').replace(/\s+/g, '');
  const args = node.type === 'annotation' ? node.childForFieldName('arguments') : null;
  return { name, arguments: args === null ? null : args.text.slice(1, -1).trim() };
}

function modifiersOf(declaration: Node): Modifiers {
  const modifiers = declaration.firstNamedChild;
  if (modifiers?.type !== 'modifiers') return NO_MODIFIERS;
  let visibility: Visibility | null = null;
  let isStatic = false;
  let isAbstract = false;
  let isFinal = false;
  let docComment: string | null = null;
  const decorators: DecoratorFact[] = [];
  for (const child of modifiers.children) {
    if (child === null) continue;
    switch (child.type) {
      case 'public':
      case 'protected':
      case 'private':
        visibility = child.type;
        break;
      case 'static':
        isStatic = true;
        break;
      case 'abstract':
        isAbstract = true;
        break;
      case 'final':
        isFinal = true;
        break;
      case 'annotation':
      case 'marker_annotation':
        decorators.push(annotationOf(child));
        break;
      case 'block_comment':
        if (isJavadoc(child.text)) docComment = stripCommentMarkers(child.text);
        break;
      default:
        break;
    }
  }
  if (docComment === null && decorators.length > 0) {
    const next = declaration.namedChild(1);
    if (next?.type === 'block_comment' && isJavadoc(next.text))
      docComment = stripCommentMarkers(next.text);
  }
  return { visibility, isStatic, isAbstract, isFinal, decorators, docComment };
}

/** A type as written followed by C-style array dimensions (`int x[]` → `int[]`). */
function typeWithDimensions(node: Node): string | null {
  const type = fieldText(node, 'type');
  if (type === null) return null;
  return type + (fieldText(node, 'dimensions') ?? '');
}

function parametersOf(list: Node | null): ParameterFact[] {
  if (list === null) return [];
  const parameters: ParameterFact[] = [];
  for (const parameter of namedChildren(list)) {
    const type = parameter.type;
    if (type === 'formal_parameter') {
      parameters.push({
        name: fieldText(parameter, 'name') ?? parameter.text,
        type: typeWithDimensions(parameter),
        defaultValue: null,
        rest: false,
      });
    } else if (type === 'spread_parameter') {
      let name = parameter.text;
      let type: string | null = null;
      for (const part of namedChildren(parameter)) {
        const partType = part.type;
        if (partType === 'variable_declarator') name = fieldText(part, 'name') ?? part.text;
        else if (partType !== 'modifiers' && !ANNOTATIONS.has(partType) && !part.isExtra)
          type ??= part.text;
      }
      parameters.push({ name, type, defaultValue: null, rest: true });
    }
  }
  return parameters;
}

/** The types of a `type_list` under `node` (`extends A, B` / `implements C<D>`), as written. */
function typeListOf(node: Node | null | undefined): string[] {
  const list = node?.firstNamedChild;
  return list?.type === 'type_list' ? namedChildren(list).map((type) => type.text) : [];
}

function superTypesOf(node: Node): { extends: string[]; implements: string[] } {
  switch (node.type) {
    case 'class_declaration': {
      const superclass = node.childForFieldName('superclass')?.firstNamedChild;
      return {
        extends: superclass === null || superclass === undefined ? [] : [superclass.text],
        implements: typeListOf(node.childForFieldName('interfaces')),
      };
    }
    case 'interface_declaration':
      return {
        extends: typeListOf(
          namedChildren(node).find((child) => child.type === 'extends_interfaces'),
        ),
        implements: [],
      };
    case 'enum_declaration':
    case 'record_declaration':
      return { extends: [], implements: typeListOf(node.childForFieldName('interfaces')) };
    default:
      return { extends: [], implements: [] };
  }
}

/** The default visibility of a member written without one. */
function defaultVisibility(container: Container | undefined, constructor: boolean): Visibility {
  if (container?.kind === 'interface') return 'public';
  if (container?.kind === 'enum' && constructor) return 'private';
  return 'package';
}

/** The components of a record, which are its private final fields. */
function recordComponentsOf(node: Node): PropertyFact[] {
  const components = node.childForFieldName('parameters');
  if (components === null) return [];
  return namedChildren(components)
    .filter((component) => component.type === 'formal_parameter')
    .map((component) => ({
      name: fieldText(component, 'name') ?? component.text,
      type: typeWithDimensions(component),
      visibility: 'private',
      isStatic: false,
      isReadonly: true,
      line: lineOf(component),
    }));
}

/** One property per declarator of a field (`int a, b[];`) or interface constant. */
function fieldsOf(declaration: Node, container: Container): PropertyFact[] {
  const modifiers = modifiersOf(declaration);
  const constant = container.kind === 'interface';
  const type = fieldText(declaration, 'type');
  return declaration.childrenForFieldName('declarator').flatMap((declarator): PropertyFact[] => {
    if (declarator === null) return [];
    const dimensions = fieldText(declarator, 'dimensions') ?? '';
    return [
      {
        name: fieldText(declarator, 'name') ?? declarator.text,
        type: type === null ? null : type + dimensions,
        visibility: modifiers.visibility ?? (constant ? 'public' : 'package'),
        isStatic: constant || modifiers.isStatic,
        isReadonly: constant || modifiers.isFinal,
        line: lineOf(declarator),
      },
    ];
  });
}

/** The receiver text before a callee: `this.repo.` → `this.repo`, `this.<T>` → `this`. */
function receiverBefore(prefix: string): string | null {
  let text = prefix.trimEnd();
  if (text.endsWith('>')) {
    let depth = 0;
    let index = text.length - 1;
    for (; index >= 0; index -= 1) {
      const char = text[index];
      if (char === '>') depth += 1;
      else if (char === '<') depth -= 1;
      if (depth === 0) break;
    }
    text = text.slice(0, Math.max(index, 0)).trimEnd();
  }
  if (text.endsWith('.')) text = text.slice(0, -1).trimEnd();
  return text === '' ? null : text;
}

/** `java.util.HashMap<K, V>` → receiver `java.util`, callee `HashMap`. */
/**
 * A method reference passed as an argument: `this::handle`, `UserService::find`, `repo::save`
 * (`X::new` is a constructor reference, not one).
 */
function methodReference(argument: Node): { value: ValueName; at: Node } | null {
  if (argument.type !== 'method_reference') return null;
  const text = argument.text.replace(/\s+/g, '');
  const separator = text.lastIndexOf('::');
  const value = separator < 1 ? null : valueNameOfPath(text.slice(separator + 2));
  if (value?.receiver !== null || value.name === 'new') return null;
  return { value: { name: value.name, receiver: text.slice(0, separator) }, at: argument };
}

/**
 * The variables a local declaration types: `UserRepo repo = …` by its written type, `var repo =
 * new UserRepo()` by the constructed class.
 */
function localVariableTypes(declaration: Node): { name: string; type: string }[] {
  const written = fieldText(declaration, 'type');
  const typed: { name: string; type: string }[] = [];
  for (const declarator of declaration.childrenForFieldName('declarator')) {
    const name = declarator === null ? null : fieldText(declarator, 'name');
    if (declarator === null || name === null) continue;
    let type = written === 'var' ? null : written;
    const value = declarator.childForFieldName('value');
    if (type === null && value?.type === 'object_creation_expression') {
      type = fieldText(value, 'type');
    }
    if (type !== null) typed.push({ name, type });
  }
  return typed;
}

function constructedType(typeText: string): { callee: string; receiver: string | null } {
  let text = typeText;
  if (text.includes('<')) {
    let previous = '';
    while (previous !== text) {
      previous = text;
      text = text.replace(/<[^<>]*>/g, '');
    }
  }
  text = text.replace(/\s+/g, '');
  const dot = text.lastIndexOf('.');
  return dot === -1
    ? { callee: text, receiver: null }
    : { callee: text.slice(dot + 1), receiver: text.slice(0, dot) };
}

/**
 * A text block's value with Java's incidental indentation removed (JLS §3.10.6): the line of the
 * opening `"""` is dropped, the common indentation of the non-blank lines and of the closing
 * delimiter's line is stripped, and trailing spaces go. Escapes stay as written.
 */
function textBlockValue(text: string): string {
  const body = text.slice(3, text.endsWith('"""') && text.length >= 6 ? -3 : undefined);
  const newline = body.indexOf('\n');
  const lines = (newline === -1 ? body : body.slice(newline + 1)).split(/\r?\n/);
  let indent = Number.POSITIVE_INFINITY;
  lines.forEach((line, index) => {
    if (line.trim() === '' && index !== lines.length - 1) return;
    indent = Math.min(indent, line.length - line.trimStart().length);
  });
  return lines.map((line) => line.slice(indent).trimEnd()).join('\n');
}

/** The value of a string literal or text block, without quotes (escapes kept as written). */
function stringValue(text: string): string {
  if (text.startsWith('"""')) return textBlockValue(text);
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) return text.slice(1, -1);
  return text;
}

function firstStringArgument(args: readonly (Node | null)[]): string | null {
  const first = args[0];
  return first?.type === 'string_literal' ? stringValue(first.text) : null;
}

/** Where `::` occurs in `source`, in order (overlapping `:::` gives two). */
function separatorPositions(source: string): number[] {
  const positions: number[] = [];
  for (let at = source.indexOf('::'); at !== -1; at = source.indexOf('::', at + 1))
    positions.push(at);
  return positions;
}

/** The first of the sorted `positions` at or after `index`, or -1. */
function firstAtOrAfter(positions: readonly number[], index: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((positions[middle] as number) < index) low = middle + 1;
    else high = middle;
  }
  return positions[low] ?? -1;
}

/**
 * The arguments that can be method references: a method reference's text holds `::`, so an
 * argument with no `::` (`separators`, from {@link separatorPositions}) between its start and the
 * next argument's start (or, for the last, the end of the file) is not one, and its type need not
 * be read.
 */
function referenceCandidates(
  args: readonly (Node | null)[],
  separators: readonly number[],
): (Node | null)[] {
  const candidates: (Node | null)[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const argument = args[i];
    if (argument === null || argument === undefined) continue;
    const separator = firstAtOrAfter(separators, argument.startIndex);
    const next = args[i + 1];
    if (separator !== -1 && (next === null || next === undefined || separator < next.startIndex))
      candidates.push(argument);
  }
  return candidates;
}

/** A method name, as most are written. */
const METHOD_NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * A method invocation's name, read from the source up to its arguments when it is a plain name
 * (only blanks can sit between such a name and its arguments), else from the node.
 */
function methodName(name: Node, args: Node | null, source: string): string {
  return nameBefore(name, args, source, METHOD_NAME) ?? name.text;
}

/**
 * Whether a string literal starting at `start` can be a route or SQL string, read from the source
 * before its end is: a `"…"` value starts after its quote; a text block's value is re-indented,
 * so it is always read.
 */
function mayBeStringOfInterest(source: string, start: number): boolean {
  return source.startsWith('"""', start) || mayClassifyStringAt(source, start + 1);
}

/** Builds Java facts from the query's captures. */
function extract(
  captures: readonly NodeCapture[],
  _root: Node,
  _path: string,
  source: string,
): ExtractedFacts {
  const scopes = new ScopeStack();
  const containers: Container[] = [];
  const functions: FunctionFact[] = [];
  const classes: MutableClass[] = [];
  const methodsOfClass: [MutableClass, Set<string>][] = [];
  const imports: ImportFact[] = [];
  const calls: CallFact[] = [];
  const references: ReferenceFact[] = [];
  const variableTypes: VariableTypeFact[] = [];
  const strings: StringFact[] = [];
  let packageName: string | null = null;
  let javadoc: { end: number; text: string } | null = null;
  let separatorsInSource: number[] | undefined;
  const separators = (): number[] => (separatorsInSource ??= separatorPositions(source));

  /** The Javadoc directly above `node` (only whitespace between), or the one among its modifiers. */
  const docCommentOf = (node: Node, modifiers: Modifiers): string | null => {
    if (modifiers.docComment !== null) return modifiers.docComment;
    if (javadoc === null || javadoc.end > node.startIndex) return null;
    NON_WHITESPACE.lastIndex = javadoc.end;
    const next = NON_WHITESPACE.exec(source);
    return next === null || next.index >= node.startIndex
      ? stripCommentMarkers(javadoc.text)
      : null;
  };

  for (const { name: capture, node } of captures) {
    scopes.advance(node);
    const start = node.startIndex;
    while (containers.length > 0 && (containers.at(-1) as Container).end <= start) containers.pop();
    const container = containers.at(-1);
    switch (capture) {
      case 'package': {
        const name = namedChildren(node).find(
          (child) => child.type === 'scoped_identifier' || child.type === 'identifier',
        );
        packageName = name === undefined ? null : name.text.replace(/\s+/g, '');
        break;
      }
      case 'import': {
        const path = (IMPORT.exec(node.text)?.[1] ?? '').replace(/\s+/g, '');
        const dot = path.lastIndexOf('.');
        imports.push({
          module: dot === -1 ? '' : path.slice(0, dot),
          kind: 'import',
          names: [{ name: path.slice(dot + 1), alias: null }],
          defaultName: null,
          namespaceName: null,
          typeOnly: false,
          sideEffect: false,
          line: lineOf(node),
          column: columnOf(node),
        });
        break;
      }
      case 'type': {
        const name = fieldText(node, 'name') ?? '';
        const kind = CLASS_KINDS[node.type] ?? 'class';
        const local = scopes.innermost?.kind === 'function';
        const insideFunction = scopes.enclosingFunction !== null;
        const modifiers = modifiersOf(node);
        const visibility =
          modifiers.visibility ?? (local ? null : defaultVisibility(container, false));
        const qualifiedName = scopes.push(node, name, 'type');
        const methods = new Set<string>();
        const properties = kind === 'record' ? recordComponentsOf(node) : [];
        const fact: MutableClass = {
          name,
          qualifiedName,
          kind,
          ...superTypesOf(node),
          methods: [],
          properties,
          decorators: modifiers.decorators,
          isExported: visibility === 'public' && !insideFunction,
          isAbstract: kind === 'interface' || modifiers.isAbstract,
          visibility,
          docComment: docCommentOf(node, modifiers),
          range: rangeOf(node),
        };
        classes.push(fact);
        methodsOfClass.push([fact, methods]);
        containers.push({
          end: node.endIndex,
          name,
          kind,
          methods,
          properties,
          recordComponents:
            kind === 'record' ? parametersOf(node.childForFieldName('parameters')) : [],
        });
        break;
      }
      case 'enum_constant':
        if (container?.kind === 'enum') {
          container.properties.push({
            name: fieldText(node, 'name') ?? node.text,
            type: container.name,
            visibility: 'public',
            isStatic: true,
            isReadonly: true,
            line: lineOf(node),
          });
        }
        containers.push(anonymousBody(node));
        break;
      case 'field':
        if (container !== undefined && container.kind !== null)
          container.properties.push(...fieldsOf(node, container));
        break;
      case 'function': {
        if (container?.kind === null) break;
        const name = fieldText(node, 'name') ?? '';
        const declarationType = node.type;
        const compact = declarationType === 'compact_constructor_declaration';
        const constructor = compact || declarationType === 'constructor_declaration';
        const insideFunction = scopes.enclosingFunction !== null;
        const modifiers = modifiersOf(node);
        const visibility = modifiers.visibility ?? defaultVisibility(container, constructor);
        const qualifiedName = scopes.push(node, name, 'function');
        container?.methods.add(name);
        const body = node.childForFieldName('body');
        let kind: FunctionFact['kind'] = container === undefined ? 'function' : 'method';
        if (constructor) kind = 'constructor';
        functions.push({
          name,
          qualifiedName,
          kind,
          className: container?.name ?? null,
          parameters: compact
            ? (container?.recordComponents ?? [])
            : parametersOf(node.childForFieldName('parameters')),
          returnType: constructor ? null : typeWithDimensions(node),
          isAsync: false,
          isGenerator: false,
          isExported: visibility === 'public' && !insideFunction,
          isStatic: modifiers.isStatic,
          visibility,
          decorators: modifiers.decorators,
          docComment: docCommentOf(node, modifiers),
          range: rangeOf(node),
          bodyLines: bodyLines(body),
        });
        break;
      }
      case 'call': {
        const nameNode = node.childForFieldName('name');
        if (nameNode === null) break;
        const argsNode = node.childForFieldName('arguments');
        const args = argsNode?.namedChildren ?? [];
        const callee = methodName(nameNode, argsNode, source);
        const receiver =
          nameNode.startIndex === start
            ? null
            : receiverBefore(source.slice(start, nameNode.startIndex));
        const line = lineOf(node);
        const column = columnOf(node);
        const enclosingFunction = scopes.enclosingFunction;
        calls.push({
          callee,
          receiver,
          argumentCount: args.length,
          enclosingFunction,
          isConstructor: false,
          line,
          column,
        });
        collectArgumentReferences(
          referenceCandidates(args, separators()),
          methodReference,
          { call: callee, callReceiver: receiver, enclosingFunction },
          references,
        );
        let envName: string | null = null;
        if (callee === 'getenv' && (receiver === null || ENV_RECEIVERS.has(receiver)))
          envName = firstStringArgument(args);
        else if ((callee === 'get' || callee === 'getOrDefault') && ENV_MAP.test(receiver ?? ''))
          envName = firstStringArgument(args);
        if (envName !== null) strings.push(envFact(envName, 'System.getenv', line, column));
        break;
      }
      case 'new': {
        const type = node.childForFieldName('type');
        const argsNode = node.childForFieldName('arguments');
        if (type === null) break;
        const args = argsNode?.namedChildren ?? [];
        const constructed = constructedType(type.text);
        const text = node.text;
        if (text.endsWith('}')) containers.push(anonymousBody(node));
        const outer = QUALIFIED_NEW.test(text)
          ? receiverBefore(text.slice(0, type.startIndex - start).replace(/\bnew\s*$/, ''))
          : null;
        calls.push({
          callee: constructed.callee,
          receiver: outer ?? constructed.receiver,
          argumentCount: args.length,
          enclosingFunction: scopes.enclosingFunction,
          isConstructor: true,
          line: lineOf(node),
          column: columnOf(node),
        });
        collectArgumentReferences(
          referenceCandidates(args, separators()),
          methodReference,
          {
            call: constructed.callee,
            callReceiver: outer ?? constructed.receiver,
            enclosingFunction: scopes.enclosingFunction,
          },
          references,
        );
        break;
      }
      case 'local_variable': {
        for (const { name, type } of localVariableTypes(node)) {
          variableTypes.push({
            name,
            type,
            enclosingFunction: scopes.enclosingFunction,
            line: lineOf(node),
          });
        }
        break;
      }
      case 'explicit_constructor': {
        const keyword = node.childForFieldName('constructor');
        const args = node.childForFieldName('arguments');
        if (keyword === null) break;
        calls.push({
          callee: keyword.text,
          receiver:
            keyword.startIndex === start
              ? null
              : receiverBefore(node.text.slice(0, keyword.startIndex - start)),
          argumentCount: args === null ? 0 : args.namedChildCount,
          enclosingFunction: scopes.enclosingFunction,
          isConstructor: true,
          line: lineOf(node),
          column: columnOf(node),
        });
        break;
      }
      case 'string': {
        if (!mayBeStringOfInterest(source, start)) break;
        const fact = stringFact(stringValue(node.text), lineOf(node), columnOf(node));
        if (fact !== null) strings.push(fact);
        break;
      }
      case 'comment': {
        const text = node.text;
        if (isJavadoc(text)) javadoc = { end: node.endIndex, text };
        break;
      }
      default:
        break;
    }
  }
  for (const [fact, methods] of methodsOfClass) fact.methods = [...methods];
  return {
    package: packageName,
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
 * Java through tree-sitter-java 0.23. Qualified names nest types (`Outer.Inner.method`, a local
 * class `Outer.method.Local`); constructors (and records' compact constructors) are kind
 * `constructor` named after their class; overloads are separate facts with the same qualified
 * name and one entry in their class's `methods`. `isExported` means `public` outside any method
 * body (interface members are implicitly public); visibility defaults to `package`, to `public`
 * in interfaces and to `private` for enum constructors (null for local classes). Annotations are
 * decorators with their raw arguments. The doc comment is the Javadoc block directly above the
 * declaration (only whitespace between) or one placed after its annotations. Interfaces and
 * `@interface` types are kind `interface` and abstract. Properties are fields (one per
 * declarator), interface constants, enum constants and record components. `import a.b.C` gives
 * module `a.b` and name `C`, static imports alike, `*` for wildcards. Calls are method
 * invocations, `new X()` (callee `X`) and `this(…)`/`super(…)`; methods of anonymous classes and
 * lambdas are not facts, their calls belong to the enclosing method. Env lookups are
 * `System.getenv("X")` (also statically imported) and `System.getenv().get("X")`. The file's
 * `package` declaration is {@link ExtractedFacts.package}.
 */
export const javaParser = new TreeSitterParser({
  language: 'java',
  grammar: { packageName: 'tree-sitter-java', wasmFile: 'tree-sitter-java.wasm' },
  query: QUERY,
  extract,
});
