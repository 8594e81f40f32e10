import type {
  CallFact,
  ClassFact,
  ExportFact,
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
  fieldText,
  lineOf,
  namedChildren,
  rangeOf,
  nameBefore,
} from '../tree-sitter/syntax.js';
import { TreeSitterParser, type ExtractedFacts } from '../tree-sitter/tree-sitter-parser.js';
import { LeadingAttributes } from './rust-attributes.js';
import { externCrateFact, useDeclarationFacts } from './rust-imports.js';

/**
 * The nodes the Rust extractor needs, found in one type walk (single-node patterns only: see
 * `NodeTypeCaptures`); the extractor keeps the outer doc comments and the inline modules.
 */
const QUERY = `
(attribute_item) @attribute
(line_comment) @line_comment
(block_comment) @block_comment
(function_item) @function
(impl_item) @impl
(trait_item) @trait
(struct_item) @struct
(union_item) @union
(enum_item) @enum
(mod_item) @module
(use_declaration) @use
(extern_crate_declaration) @extern_crate
(call_expression) @call
(macro_invocation) @macro
(string_literal) @string
(raw_string_literal) @string
`;

const ENV_RECEIVERS = new Set(['env', 'std::env', '::std::env']);
const ENV_FUNCTIONS = new Set(['var', 'var_os']);
const ENV_MACROS = new Set(['env', 'option_env', 'std::env', 'std::option_env']);

/** What encloses the current position, beside {@link ScopeStack}: what the scope is and who owns its members. */
interface Container {
  readonly end: number;
  readonly kind: 'module' | 'impl' | 'trait' | 'function';
  /** The impl's type, or the trait's, module's or function's name. */
  readonly typeName: string;
  /** Visibility imposed on members: public in a trait impl, the trait's own in a trait. */
  readonly memberVisibility: Visibility | null;
  /** The impl's method names, filled as its functions are captured. */
  readonly methods: string[] | null;
}

/** A struct, enum or union whose `implements` and `methods` come from the impl blocks of the file. */
interface ImplementableType {
  readonly implements: string[];
  readonly methods: string[];
}

interface ImplBlock {
  readonly qualifiedType: string;
  readonly typeName: string;
  readonly trait: string | null;
  readonly methods: string[];
}

const ASYNC = /\basync\b/;
const RESTRICTION = /\(\s*([^)]*?)\s*\)/;
const VISIBILITY = /pub(?![\p{L}\p{N}_])\s*(?:\(\s*([^)]*?)\s*\))?/uy;

/** `pub` → public; `pub(crate)`, `pub(super)`, `pub(in path)` → internal; `pub(self)` → private. */
function visibilityOfRestriction(restriction: string | undefined): Visibility {
  if (restriction === undefined) return 'public';
  return restriction === 'self' ? 'private' : 'internal';
}

/** The visibility of the item starting at `index`, read from the source text; none → private. */
function visibilityAt(source: string, index: number): Visibility {
  if (!source.startsWith('pub', index)) return 'private';
  VISIBILITY.lastIndex = index;
  const match = VISIBILITY.exec(source);
  return match === null ? 'private' : visibilityOfRestriction(match[1]);
}

/** The type an impl block is for, without path and generics: `impl<T> a::Foo<T>` → `Foo`. */
function typeNameOf(type: Node | null): string {
  let current = type;
  while (current !== null) {
    switch (current.type) {
      case 'generic_type':
      case 'reference_type':
      case 'pointer_type':
        current = current.childForFieldName('type');
        break;
      case 'scoped_type_identifier':
        current = current.childForFieldName('name');
        break;
      case 'dynamic_type':
        current = current.childForFieldName('trait');
        break;
      case 'bounded_type':
        current = current.firstNamedChild;
        break;
      default:
        return current.text;
    }
  }
  return '';
}

function parameterOf(node: Node): ParameterFact | null {
  switch (node.type) {
    case 'self_parameter':
      return { name: 'self', type: null, defaultValue: null, rest: false };
    case 'parameter':
      return {
        name: fieldText(node, 'pattern') ?? node.text,
        type: fieldText(node, 'type'),
        defaultValue: null,
        rest: false,
      };
    case 'variadic_parameter':
      return {
        name: fieldText(node, 'pattern') ?? '...',
        type: null,
        defaultValue: null,
        rest: true,
      };
    default:
      return null;
  }
}

function propertiesOf(body: Node | null, source: string): PropertyFact[] {
  if (body === null) return [];
  const properties: PropertyFact[] = [];
  if (body.type === 'field_declaration_list') {
    for (const field of namedChildren(body)) {
      if (field.type !== 'field_declaration') continue;
      properties.push({
        name: fieldText(field, 'name') ?? '',
        type: fieldText(field, 'type'),
        visibility: visibilityAt(source, field.startIndex),
        isStatic: false,
        isReadonly: false,
        line: lineOf(field),
      });
    }
    return properties;
  }
  // A tuple struct: fields are numbered; a visibility modifier precedes its field's type.
  let visibility: Visibility = 'private';
  for (const child of namedChildren(body)) {
    if (child.type === 'visibility_modifier') {
      visibility = visibilityOfRestriction(RESTRICTION.exec(child.text)?.[1]);
      continue;
    }
    if (child.type === 'attribute_item' || child.type.endsWith('comment')) continue;
    properties.push({
      name: String(properties.length),
      type: child.text,
      visibility,
      isStatic: false,
      isReadonly: false,
      line: lineOf(child),
    });
    visibility = 'private';
  }
  return properties;
}

/** Enum variants as static, read-only properties; a variant's data (`(u32)`, `{ x: i32 }`) is its type. */
function variantsOf(body: Node | null, visibility: Visibility): PropertyFact[] {
  if (body === null) return [];
  return namedChildren(body)
    .filter((variant) => variant.type === 'enum_variant')
    .map((variant) => ({
      name: fieldText(variant, 'name') ?? '',
      type: fieldText(variant, 'body'),
      visibility,
      isStatic: true,
      isReadonly: true,
      line: lineOf(variant),
    }));
}

/** Trait supertraits (`trait A: B + C<X>`), lifetimes left out. */
function supertraitsOf(trait: Node): string[] {
  const bounds = trait.childForFieldName('bounds');
  if (bounds === null) return [];
  return namedChildren(bounds)
    .filter((bound) => bound.type !== 'lifetime' && !bound.type.endsWith('comment'))
    .map((bound) => bound.text);
}

const STRING_LITERAL = /^[bc]?r?(#*)"([\s\S]*)"\1$/;

/** A string or raw string literal's body without prefix, hashes and quotes (escapes as written). */
function stringValue(text: string): string {
  return STRING_LITERAL.exec(text)?.[2] ?? text;
}

function firstStringIn(node: Node | null): string | null {
  const first = node?.firstNamedChild ?? null;
  return first !== null && (first.type === 'string_literal' || first.type === 'raw_string_literal')
    ? stringValue(first.text)
    : null;
}

/**
 * Whether the literal starting at `start` can be a route or SQL string (`classifyString`), read
 * from the source, so the many other literals cost no node access: the value starts after the
 * first quote (`"…"`, `b"…"`, `r#"…"#`).
 */
function mayBeOfInterest(source: string, start: number): boolean {
  return mayClassifyStringAt(source, source.indexOf('"', start) + 1);
}

/**
 * Outer doc comments, by Rust's rule (the grammar's `outer_doc_comment_marker`): `///` but not
 * `////`, and `/**` but not `/***` or `/**\/`. Read from the source instead of the comment's
 * `outer` field.
 */
function isOuterDocComment(source: string, start: number, block: boolean): boolean {
  return block
    ? source.startsWith('/**', start) &&
        !source.startsWith('/***', start) &&
        !source.startsWith('/**/', start)
    : source.startsWith('///', start) && !source.startsWith('////', start);
}

/** A path of names joined by `::` or `.`, as most callees and macro names are written. */
const NAME_PATH = /^(?:::)?[A-Za-z_]\w*(?:\s*(?:::|\.)\s*[A-Za-z_]\w*)*$/;

const LINE_BREAK_BEFORE_DOT = /\s*\n\s*(?=[.?])/g;
const LINE_BREAK = /\s*\n\s*/g;

/** Receiver text on one line: a chain split over lines (`a\n    .b()`) reads `a.b()`. */
function oneLine(text: string): string {
  return text.includes('\n')
    ? text.replace(LINE_BREAK_BEFORE_DOT, '').replace(LINE_BREAK, ' ')
    : text;
}

/** Callee and receiver: the last `.` of a field call or the last `::` of a path splits them. */
function calleeOf(
  target: Node | null,
  source: string,
): { callee: string; receiver: string | null } {
  if (target === null) return { callee: '', receiver: null };
  let node = target;
  let type = node.type;
  if (type === 'generic_function') {
    node = node.childForFieldName('function') ?? node;
    type = node.type;
  }
  const text = source.slice(node.startIndex, node.endIndex);
  let cut = -1;
  let width = 0;
  if (type === 'field_expression') {
    cut = text.lastIndexOf('.');
    width = 1;
  } else if (type === 'scoped_identifier') {
    cut = text.lastIndexOf('::');
    width = 2;
  }
  return cut <= 0
    ? { callee: text, receiver: null }
    : { callee: text.slice(cut + width).trim(), receiver: oneLine(text.slice(0, cut).trim()) };
}

/**
 * Arguments, not counting comments between them (`f(/* why *\/ x)` has one): a comment starts
 * with `//` or `/*`, which no argument (an expression or an attribute) can, so the source tells
 * them apart without reading types.
 */
function argumentCountOf(args: Node | null, source: string): number {
  if (args === null) return 0;
  let count = 0;
  for (const argument of args.namedChildren) {
    const start = argument?.startIndex ?? -1;
    if (argument !== null && !source.startsWith('//', start) && !source.startsWith('/*', start))
      count += 1;
  }
  return count;
}

/**
 * Callee and receiver of a call whose callee is a plain path (`f`, `self.db.query`,
 * `std::fs::read`): read from the source between the call's start and its arguments, where only
 * blanks can follow such a callee; null for other callees, read from their node.
 */
function pathCalleeOf(
  call: Node,
  args: Node | null,
  source: string,
): { callee: string; receiver: string | null } | null {
  const text = nameBefore(call, args, source, NAME_PATH);
  if (text === null) return null;
  // A path with a `.` is a field expression (`a::b.c` too), else one with `::` a scoped
  // identifier, else an identifier: the node types `calleeOf` splits by.
  const dot = text.lastIndexOf('.');
  const cut = dot !== -1 ? dot : text.lastIndexOf('::');
  const width = dot !== -1 ? 1 : 2;
  return cut <= 0
    ? { callee: text, receiver: null }
    : { callee: text.slice(cut + width).trim(), receiver: oneLine(text.slice(0, cut).trim()) };
}

/** A macro's path as written before its `!` (`println`, `std::env`), read from the source. */
const MACRO_PATH = /((?:::)?[A-Za-z_]\w*(?:\s*::\s*[A-Za-z_]\w*)*)\s*!/y;

const TYPE_RECEIVER = /(?:^|::)\p{Lu}[\p{L}\p{N}_]*(?:::)?(?:<[\s\S]*>)?$/u;

/** `Foo::new(…)`, `a::Foo::new(…)`, `Vec::<u8>::new()`, `Self::new()`: `new` on a type. */
function isConstructorCall(callee: string, receiver: string | null): boolean {
  return callee === 'new' && receiver !== null && TYPE_RECEIVER.test(receiver);
}

/** Builds Rust facts from the query's captures. */
function extract(
  captures: readonly NodeCapture[],
  _root: Node,
  _path: string,
  source: string,
): ExtractedFacts {
  const scopes = new ScopeStack();
  const containers: Container[] = [];
  const leading = new LeadingAttributes(source);
  const functions: FunctionFact[] = [];
  const classes: ClassFact[] = [];
  const imports: ImportFact[] = [];
  const exports: ExportFact[] = [];
  const calls: CallFact[] = [];
  const strings: StringFact[] = [];
  const typesByQualifiedName = new Map<string, ImplementableType>();
  const typesByName = new Map<string, ImplementableType[]>();
  const implBlocks: ImplBlock[] = [];

  const open = (node: Node, name: string, container: Omit<Container, 'end'>): string => {
    containers.push({ end: node.endIndex, ...container });
    return scopes.push(node, name, container.kind === 'function' ? 'function' : 'type');
  };

  /** Adds a class fact; returns its name. */
  const addType = (
    node: Node,
    kind: ClassFact['kind'],
    properties: PropertyFact[],
    extendsList: string[],
    methods: string[],
  ): string => {
    const { decorators, docComment } = leading.take(node);
    const name = fieldText(node, 'name') ?? '';
    const qualifiedName = scopes.qualify(name);
    const visibility = visibilityAt(source, node.startIndex);
    const implementsList: string[] = [];
    classes.push({
      name,
      qualifiedName,
      kind,
      extends: extendsList,
      implements: implementsList,
      methods,
      properties,
      decorators,
      isExported: visibility === 'public',
      isAbstract: false,
      visibility,
      docComment,
      range: rangeOf(node),
    });
    if (kind === 'struct' || kind === 'enum' || kind === 'union') {
      const type = { implements: implementsList, methods };
      typesByQualifiedName.set(qualifiedName, type);
      typesByName.set(name, [...(typesByName.get(name) ?? []), type]);
    }
    return name;
  };

  const addFunction = (node: Node): void => {
    const { decorators, docComment } = leading.take(node);
    const nameNode = node.childForFieldName('name');
    const name = nameNode?.text ?? '';
    const container = containers.at(-1);
    const owner = container?.kind === 'impl' || container?.kind === 'trait' ? container : undefined;
    const parameters = namedChildren(node.childForFieldName('parameters') ?? node)
      .map(parameterOf)
      .filter((parameter): parameter is ParameterFact => parameter !== null);
    const hasSelf = parameters.some((parameter) => parameter.name === 'self');
    let kind: FunctionFact['kind'] = 'function';
    if (owner !== undefined) kind = !hasSelf && name === 'new' ? 'constructor' : 'method';
    const visibility = owner?.memberVisibility ?? visibilityAt(source, node.startIndex);
    const head = source.slice(node.startIndex, nameNode?.startIndex ?? node.startIndex);
    owner?.methods?.push(name);
    const qualifiedName = open(node, name, {
      kind: 'function',
      typeName: name,
      memberVisibility: null,
      methods: null,
    });
    functions.push({
      name,
      qualifiedName,
      kind,
      className: owner?.typeName ?? null,
      parameters,
      returnType: fieldText(node, 'return_type'),
      isAsync: ASYNC.test(head),
      isGenerator: false,
      isExported: visibility === 'public',
      isStatic: kind === 'method' && !hasSelf,
      visibility,
      decorators,
      docComment,
      range: rangeOf(node),
      bodyLines: bodyLines(node.childForFieldName('body')),
    });
  };

  const addCall = (node: Node): void => {
    const args = node.childForFieldName('arguments');
    const { callee, receiver } =
      pathCalleeOf(node, args, source) ?? calleeOf(node.childForFieldName('function'), source);
    const line = lineOf(node);
    const column = columnOf(node);
    calls.push({
      callee,
      receiver,
      argumentCount: argumentCountOf(args, source),
      enclosingFunction: scopes.enclosingFunction,
      isConstructor: isConstructorCall(callee, receiver),
      line,
      column,
    });
    if (ENV_FUNCTIONS.has(callee) && receiver !== null && ENV_RECEIVERS.has(receiver)) {
      const variable = firstStringIn(args);
      if (variable !== null) strings.push(envFact(variable, `env::${callee}`, line, column));
    }
  };

  const addMacro = (node: Node): void => {
    MACRO_PATH.lastIndex = node.startIndex;
    const path = MACRO_PATH.exec(source)?.[1] ?? fieldText(node, 'macro') ?? '';
    const cut = path.lastIndexOf('::');
    const name = cut <= 0 ? path : path.slice(cut + 2);
    const line = lineOf(node);
    const column = columnOf(node);
    calls.push({
      callee: `${name}!`,
      receiver: cut <= 0 ? null : path.slice(0, cut),
      argumentCount: 0,
      enclosingFunction: scopes.enclosingFunction,
      isConstructor: false,
      line,
      column,
    });
    if (ENV_MACROS.has(path)) {
      const variable = firstStringIn(node.lastNamedChild);
      if (variable !== null) strings.push(envFact(variable, `${name}!`, line, column));
    }
  };

  for (const { name: capture, node } of captures) {
    const start = node.startIndex;
    scopes.advance(node);
    while (containers.length > 0 && (containers.at(-1) as Container).end <= start) containers.pop();
    switch (capture) {
      case 'attribute':
        leading.addAttribute(node);
        break;
      case 'line_comment':
      case 'block_comment':
        if (isOuterDocComment(source, start, capture === 'block_comment'))
          leading.addDocComment(node);
        break;
      case 'function':
        addFunction(node);
        break;
      case 'impl': {
        leading.take(node);
        const typeName = typeNameOf(node.childForFieldName('type'));
        const trait = fieldText(node, 'trait');
        const methods: string[] = [];
        implBlocks.push({ qualifiedType: scopes.qualify(typeName), typeName, trait, methods });
        open(node, typeName, {
          kind: 'impl',
          typeName,
          memberVisibility: trait === null ? null : 'public',
          methods,
        });
        break;
      }
      case 'trait': {
        const methods = namedChildren(node.childForFieldName('body') ?? node)
          .filter(
            (item) => item.type === 'function_item' || item.type === 'function_signature_item',
          )
          .map((item) => fieldText(item, 'name') ?? '');
        const name = addType(node, 'trait', [], supertraitsOf(node), methods);
        open(node, name, {
          kind: 'trait',
          typeName: name,
          memberVisibility: visibilityAt(source, start),
          methods: null,
        });
        break;
      }
      case 'struct':
      case 'union':
        addType(node, capture, propertiesOf(node.childForFieldName('body'), source), [], []);
        break;
      case 'enum':
        addType(
          node,
          'enum',
          variantsOf(node.childForFieldName('body'), visibilityAt(source, start)),
          [],
          [],
        );
        break;
      case 'module': {
        // `mod name;` declares a file module: only an inline `mod name { … }` is a type.
        if (node.childForFieldName('body')?.type !== 'declaration_list') break;
        const name = addType(node, 'module', [], [], []);
        open(node, name, { kind: 'module', typeName: name, memberVisibility: null, methods: null });
        break;
      }
      case 'use':
        leading.take(node);
        useDeclarationFacts(
          node.childForFieldName('argument'),
          visibilityAt(source, start) === 'public',
          imports,
          exports,
        );
        break;
      case 'extern_crate':
        leading.take(node);
        imports.push(externCrateFact(node));
        break;
      case 'call':
        addCall(node);
        break;
      case 'macro':
        addMacro(node);
        break;
      case 'string': {
        if (!mayBeOfInterest(source, start)) break;
        const fact = stringFact(stringValue(node.text), lineOf(node), columnOf(node));
        if (fact !== null) strings.push(fact);
        break;
      }
      default:
        break;
    }
  }

  for (const block of implBlocks) {
    const sameName = typesByName.get(block.typeName);
    const type =
      typesByQualifiedName.get(block.qualifiedType) ??
      (sameName?.length === 1 ? sameName[0] : undefined);
    if (type === undefined) continue;
    if (block.trait !== null && !type.implements.includes(block.trait))
      type.implements.push(block.trait);
    for (const method of block.methods)
      if (!type.methods.includes(method)) type.methods.push(method);
  }

  return {
    package: null,
    functions,
    classes,
    imports,
    exports,
    calls,
    references: [],
    variableTypes: [],
    strings,
  };
}

/**
 * Rust through tree-sitter-rust 0.24.0. `package` is null (the module path follows from the
 * file path); inline `mod m { … }` blocks are `module` classes and qualify what they contain
 * (`m.f`). Functions in `impl Foo`, `impl<T> Foo<T>` and `impl Trait for Foo` are methods
 * `Foo.bar` of class `Foo`; an associated `new` without `self` is the constructor, other
 * associated functions without `self` are static. Trait default methods are `Trait.method`;
 * required methods (no body) appear only in the trait's `methods`. Structs, enums and unions
 * list the traits implemented for them (`implements`) and the methods of their impl blocks in
 * the same file; enum variants are static read-only properties, tuple-struct fields are `0`,
 * `1` …. Visibility: `pub` → public, `pub(crate)`/`pub(super)`/`pub(in …)` → internal, none or
 * `pub(self)` → private; trait-impl methods are public, trait methods take the trait's;
 * exported means public. Attributes are decorators (`#[derive(A, B)]` → `derive`/`A, B`);
 * `///` and `/** *\/` above an item are its doc comment. Imports: one `use` fact per leaf of a
 * use tree, `extern crate`; `pub use` is also a re-export. Calls: method calls
 * (`self.db.query` → receiver `self.db`), path calls (`std::fs::read` → receiver `std::fs`),
 * turbofish stripped; macros are calls named `name!` with 0 arguments (their token trees are
 * not parsed, so calls inside macro arguments are not seen); `Type::new(…)` is a constructor
 * call. Env lookups: `env::var`/`env::var_os` (also `std::env::…`), `env!`, `option_env!`.
 */
export const rustParser = new TreeSitterParser({
  language: 'rust',
  grammar: { packageName: 'tree-sitter-rust', wasmFile: 'tree-sitter-rust.wasm' },
  query: QUERY,
  extract,
});
