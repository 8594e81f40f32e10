import type {
  CallFact,
  ClassFact,
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
import {
  classifyString,
  envFact,
  mayClassifyStringAt,
  stringFact,
} from '../strings-of-interest.js';
import {
  argumentSourceTexts,
  collectArgumentReferences,
} from '../tree-sitter/argument-references.js';
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
 * The nodes the Go extractor needs, found in one type walk (single-node patterns only: see
 * `NodeTypeCaptures`); the extractor checks their parts. `F[int](x)` and `c.handlers[i](c)` parse
 * as a conversion to a generic type; Go's syntax cannot tell them from calls, so they are calls.
 */
const QUERY = `
(package_clause) @package
(import_spec) @import
(function_declaration) @function
(method_declaration) @method
(type_declaration) @type_declaration
(type_spec) @type
(call_expression) @call
(short_var_declaration) @short_var
(var_spec) @var_spec
(type_conversion_expression) @conversion
[(interpreted_string_literal) (raw_string_literal)] @string
(comment) @comment
`;

/** The lookups recorded as env facts, by `receiver.callee`. */
const ENV_LOOKUPS = new Set(['os.Getenv', 'os.LookupEnv']);

/** Types an interface can embed by name (unions and `~T` constraints are not embeddings). */
const EMBEDDABLE_TYPES = new Set(['type_identifier', 'qualified_type', 'generic_type']);

/** `//go:generate`, `//line …`, `//export …`: directives, never doc text (as go/ast decides). */
const DIRECTIVE = /^\/\/(?:line |extern |export |[a-z0-9]+:[a-z0-9])/;

const UPPERCASE_START = /^\p{Lu}/u;

type MutableCall = { -readonly [K in keyof CallFact]: CallFact[K] };

/** Go exports identifiers whose first character is a Unicode upper-case letter. */
function isExportedName(name: string): boolean {
  return UPPERCASE_START.test(name);
}

function visibilityOf(exported: boolean): Visibility {
  return exported ? 'public' : 'package';
}

/** A string literal's value without its quotes or backquotes (escapes kept as written). */
function stringValue(node: Node): string {
  const text = node.text;
  const quote = text[0];
  return text.length >= 2 && (quote === '"' || quote === '`') && text.at(-1) === quote
    ? text.slice(1, -1)
    : text;
}

/** Comments on consecutive lines, in one column: a doc comment's candidate lines. */
interface CommentBlock {
  readonly comments: Node[];
  lastRow: number;
  readonly column: number;
}

/**
 * Extends `block` with a comment or starts a new one. Only positions are read (fields of the
 * node, free): the text is read when a declaration follows. Comparing positions replaces
 * walking siblings (`previousSibling` re-descends from the parent in web-tree-sitter 0.25).
 */
function nextCommentBlock(block: CommentBlock | null, comment: Node): CommentBlock {
  const { row, column } = comment.startPosition;
  if (block !== null && block.lastRow === row - 1 && block.column === column) {
    block.comments.push(comment);
    block.lastRow = row;
    return block;
  }
  return { comments: [comment], lastRow: row, column };
}

/**
 * The doc comment of a declaration: the `//` lines ending on the line above, in the
 * declaration's column (gofmt aligns them; a comment trailing code on its line is not a doc),
 * directives left out.
 */
function docCommentOf(block: CommentBlock | null, declaration: Node): string | null {
  const { row, column } = declaration.startPosition;
  if (block === null || block.lastRow !== row - 1 || block.column !== column) return null;
  const lines: string[] = [];
  for (let i = block.comments.length - 1; i >= 0; i -= 1) {
    const text = (block.comments[i] as Node).text;
    if (!text.startsWith('//')) break;
    if (!DIRECTIVE.test(text)) lines.unshift(text);
  }
  return lines.length === 0 ? null : stripCommentMarkers(lines.join('\n'));
}

/** `a, b int` → two parameters; `...string` → rest; unnamed (type-only) parameters have name ''. */
function parametersOf(list: Node | null): ParameterFact[] {
  if (list === null) return [];
  return namedChildren(list).flatMap((declaration): ParameterFact[] => {
    const type = fieldText(declaration, 'type');
    if (declaration.type === 'variadic_parameter_declaration') {
      return [{ name: fieldText(declaration, 'name') ?? '', type, defaultValue: null, rest: true }];
    }
    if (declaration.type !== 'parameter_declaration') return [];
    const names = declaration.childrenForFieldName('name').filter((n): n is Node => n !== null);
    if (names.length === 0) return [{ name: '', type, defaultValue: null, rest: false }];
    return names.map((name) => ({ name: name.text, type, defaultValue: null, rest: false }));
  });
}

/** The receiver's variable name: `(s *Server)` → `s`; null for `(Server)` and `(_ Server)`. */
function receiverName(receiver: Node | null): string | null {
  const declaration = receiver === null ? null : namedChildren(receiver)[0];
  const name = declaration?.childForFieldName('name')?.text ?? null;
  return name === '_' ? null : name;
}

/** The receiver's type name: `(s *Server)` → `Server`, `(l *List[T])` → `List`, or null. */
function receiverTypeName(receiver: Node | null): string | null {
  const declaration = receiver === null ? null : namedChildren(receiver)[0];
  let type = declaration?.childForFieldName('type') ?? null;
  while (type !== null) {
    switch (type.type) {
      case 'type_identifier':
        return type.text;
      case 'generic_type':
        type = type.childForFieldName('type');
        break;
      case 'pointer_type':
      case 'parenthesized_type':
        type = type.firstNamedChild;
        break;
      default:
        return null;
    }
  }
  return null;
}

/** Splits `a.b.c` at its last dot into receiver `a.b` and callee `c`. */
function splitSelector(text: string): { callee: string; receiver: string | null } {
  const dot = text.lastIndexOf('.');
  return dot === -1
    ? { callee: text.trim(), receiver: null }
    : { callee: text.slice(dot + 1).trim(), receiver: text.slice(0, dot).trim() };
}

/**
 * Callee and receiver of a call's function expression, or null when nothing names the called
 * function: a function literal called in place (the calls inside it are what the call graph
 * needs), a call's result (`f()()`), a conversion to a pointer type (`(*T)(x)`).
 */
function calleeOf(
  target: Node,
  source: string,
): { callee: string; receiver: string | null } | null {
  switch (target.type) {
    case 'identifier':
      return { callee: source.slice(target.startIndex, target.endIndex), receiver: null };
    case 'selector_expression':
      return splitSelector(source.slice(target.startIndex, target.endIndex));
    case 'index_expression': {
      const operand = target.childForFieldName('operand');
      return operand === null ? null : calleeOf(operand, source);
    }
    case 'parenthesized_expression': {
      const inner = target.firstNamedChild;
      return inner === null ? null : calleeOf(inner, source);
    }
    default:
      return null;
  }
}

/**
 * A call argument that passes a function as a value: `handler`, `h.List`, `pkg.Handle`. `text`
 * is its text as the source tells it ({@link argumentSourceTexts}), null when only the node can.
 */
function argumentValue(argument: Node, text: string | null): { value: ValueName; at: Node } | null {
  const value = valueNameOfPath(text ?? argument.text);
  if (value === null) return null;
  const type = argument.type;
  return type === 'identifier' || type === 'selector_expression' ? { value, at: argument } : null;
}

/** What can follow an argument before the next one: blanks, a variadic `...`, a comma. */
const ARGUMENT_TAIL = /\s*(?:\.\.\.)?\s*,?\s*$/;
const COMMENT = /\/[/*]/;
/** A name or selector path (`f`, `s.db.Query`): an identifier or a selector expression. */
const NAME_PATH = /^[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*$/;

/**
 * Callee and receiver of a call whose function is a name or selector path, read from the source
 * between the call's start and its arguments (only blanks can follow such a function); null for
 * other functions, read from their node by {@link calleeOf}.
 */
function pathCalleeOf(
  call: Node,
  args: Node | null,
  source: string,
): { callee: string; receiver: string | null } | null {
  const text = nameBefore(call, args, source, NAME_PATH);
  return text === null ? null : splitSelector(text);
}

/** The struct type of a composite literal, `T{…}` or `&T{…}` (`T`, `pkg.T`), else null. */
function compositeType(value: Node | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  let literal: Node | null = value;
  let kind = value.type;
  if (kind === 'unary_expression' && fieldText(value, 'operator') === '&') {
    literal = value.childForFieldName('operand');
    kind = literal?.type ?? '';
  }
  if (kind !== 'composite_literal' || literal === null) return null;
  const type = literal.childForFieldName('type');
  const typeKind = type?.type;
  return type !== null && (typeKind === 'type_identifier' || typeKind === 'qualified_type')
    ? type.text
    : null;
}

/**
 * The variables a declaration types: `repo := &UserRepo{}` (the i-th name by the i-th composite
 * literal), `var h Handler`, `var k = &Keeper{}`.
 */
function declaredTypes(node: Node, isVarSpec: boolean): { name: string; type: string }[] {
  const names = isVarSpec
    ? node.childrenForFieldName('name')
    : namedChildren(node.childForFieldName('left') ?? node);
  const written = isVarSpec ? fieldText(node, 'type') : null;
  const values = (isVarSpec ? node.childForFieldName('value') : node.childForFieldName('right'))
    ?.namedChildren;
  const typed: { name: string; type: string }[] = [];
  names.forEach((name, i) => {
    // The type first: most declarations neither write one nor assign a composite literal.
    const type = written ?? compositeType(values?.[i]);
    if (type === null || name?.type !== 'identifier') return;
    const text = name.text;
    if (text !== '_') typed.push({ name: text, type });
  });
  return typed;
}

/** One import spec: `"fmt"`, `f "fmt"`, `. "fmt"`, `_ "fmt"`. */
function importOf(spec: Node): ImportFact {
  const path = spec.childForFieldName('path');
  const binding = spec.childForFieldName('name');
  return {
    module: path === null ? '' : stringValue(path),
    kind: 'import',
    names: binding?.type === 'dot' ? [{ name: '*', alias: null }] : [],
    defaultName: binding?.type === 'package_identifier' ? binding.text : null,
    namespaceName: null,
    typeOnly: false,
    sideEffect: binding?.type === 'blank_identifier',
    line: lineOf(spec),
    column: columnOf(spec),
  };
}

interface TypeBody {
  readonly extends: string[];
  readonly methods: string[];
  readonly properties: PropertyFact[];
}

/** Struct fields: named fields are properties (tags excluded), embedded fields are extends. */
function structBody(struct: Node): TypeBody {
  const body: TypeBody = { extends: [], methods: [], properties: [] };
  const fields = struct.firstNamedChild;
  for (const field of fields === null ? [] : namedChildren(fields)) {
    if (field.type !== 'field_declaration') continue;
    const type = fieldText(field, 'type');
    const names = field.childrenForFieldName('name').filter((n): n is Node => n !== null);
    if (names.length === 0) {
      if (type !== null) body.extends.push(type);
      continue;
    }
    for (const name of names) {
      body.properties.push({
        name: name.text,
        type,
        visibility: visibilityOf(isExportedName(name.text)),
        isStatic: false,
        isReadonly: false,
        line: lineOf(name),
      });
    }
  }
  return body;
}

/** Interface elements: method specs are its methods, embedded interfaces are extends. */
function interfaceBody(iface: Node): TypeBody {
  const body: TypeBody = { extends: [], methods: [], properties: [] };
  for (const element of namedChildren(iface)) {
    if (element.type === 'method_elem') {
      body.methods.push(fieldText(element, 'name') ?? '');
    } else if (element.type === 'type_elem' && element.namedChildCount === 1) {
      const embedded = element.firstNamedChild;
      if (embedded !== null && EMBEDDABLE_TYPES.has(embedded.type))
        body.extends.push(embedded.text);
    }
  }
  return body;
}

/** Builds Go facts from the query's captures. */
function extract(
  captures: readonly NodeCapture[],
  _root: Node,
  _path: string,
  source: string,
): ExtractedFacts {
  const scopes = new ScopeStack();
  let packageName: string | null = null;
  const functions: FunctionFact[] = [];
  const classes: ClassFact[] = [];
  const imports: ImportFact[] = [];
  const calls: MutableCall[] = [];
  const references: ReferenceFact[] = [];
  const variableTypes: VariableTypeFact[] = [];
  const strings: StringFact[] = [];
  const callsByArguments = new Map<number, MutableCall>();
  const structMethods = new Map<string, string[]>();
  let comments: CommentBlock | null = null;
  let declaration: { end: number; grouped: boolean; doc: string | null; node: Node } | null = null;

  const addCall = (
    node: Node,
    { callee, receiver }: { callee: string; receiver: string | null },
    argumentCount: number,
  ): MutableCall => {
    const call: MutableCall = {
      callee,
      receiver,
      argumentCount,
      enclosingFunction: scopes.enclosingFunction,
      isConstructor: callee === 'new' && receiver === null,
      line: lineOf(node),
      column: columnOf(node),
    };
    calls.push(call);
    return call;
  };

  for (const { name: capture, node } of captures) {
    scopes.advance(node);
    switch (capture) {
      case 'comment': {
        comments = nextCommentBlock(comments, node);
        // A comment among a call's arguments is not one of them.
        const list = node.parent;
        const call = list?.type === 'argument_list' ? callsByArguments.get(list.id) : undefined;
        if (list !== null && call !== undefined)
          call.argumentCount = namedChildren(list).filter((arg) => arg.type !== 'comment').length;
        break;
      }
      case 'package':
        for (const child of namedChildren(node)) {
          if (child.type === 'package_identifier') packageName = child.text;
        }
        break;
      case 'import':
        imports.push(importOf(node));
        break;
      case 'function':
      case 'method': {
        const name = fieldText(node, 'name') ?? '';
        const owner =
          capture === 'method' ? receiverTypeName(node.childForFieldName('receiver')) : null;
        const qualifiedName = scopes.push(
          node,
          owner === null ? name : `${owner}.${name}`,
          'function',
        );
        const receiver = receiverName(node.childForFieldName('receiver'));
        if (owner !== null && receiver !== null) {
          variableTypes.push({
            name: receiver,
            type: owner,
            enclosingFunction: qualifiedName,
            line: lineOf(node),
          });
        }
        const exported = isExportedName(name);
        functions.push({
          name,
          qualifiedName,
          kind: capture,
          className: owner,
          parameters: parametersOf(node.childForFieldName('parameters')),
          returnType: fieldText(node, 'result'),
          isAsync: false,
          isGenerator: false,
          isExported: exported,
          isStatic: false,
          visibility: visibilityOf(exported),
          decorators: [],
          docComment: docCommentOf(comments, node),
          range: rangeOf(node),
          bodyLines: bodyLines(node.childForFieldName('body')),
        });
        break;
      }
      case 'type_declaration':
        declaration = {
          end: node.endIndex,
          grouped: node.child(1)?.type === '(',
          doc: docCommentOf(comments, node),
          node,
        };
        break;
      case 'type': {
        const definition = node.childForFieldName('type');
        const definitionType = definition?.type;
        if (
          definition === null ||
          (definitionType !== 'struct_type' && definitionType !== 'interface_type')
        )
          break;
        const name = fieldText(node, 'name') ?? '';
        const topLevel = scopes.depth === 0;
        const isStruct = definitionType === 'struct_type';
        const body = isStruct ? structBody(definition) : interfaceBody(definition);
        if (isStruct && topLevel) structMethods.set(name, body.methods);
        const ungrouped =
          declaration !== null && node.startIndex < declaration.end && !declaration.grouped
            ? declaration
            : null;
        const exported = topLevel && isExportedName(name);
        classes.push({
          name,
          qualifiedName: scopes.qualify(name),
          kind: isStruct ? 'struct' : 'interface',
          extends: body.extends,
          implements: [],
          methods: body.methods,
          properties: body.properties,
          decorators: [],
          isExported: exported,
          isAbstract: false,
          visibility: visibilityOf(exported),
          docComment: ungrouped === null ? docCommentOf(comments, node) : ungrouped.doc,
          range: rangeOf(ungrouped === null ? node : ungrouped.node),
        });
        break;
      }
      case 'call': {
        const args = node.childForFieldName('arguments');
        let callee = pathCalleeOf(node, args, source);
        if (callee === null) {
          const target = node.childForFieldName('function');
          callee = target === null ? null : calleeOf(target, source);
        }
        if (callee === null) break;
        const argumentNodes = args?.namedChildren ?? [];
        const call = addCall(node, callee, argumentNodes.length);
        if (args !== null) callsByArguments.set(args.id, call);
        const texts = argumentSourceTexts(argumentNodes, source, ARGUMENT_TAIL, COMMENT);
        collectArgumentReferences(
          argumentNodes,
          (argument, index) => argumentValue(argument, texts[index] ?? null),
          {
            call: callee.callee,
            callReceiver: callee.receiver,
            enclosingFunction: call.enclosingFunction,
          },
          references,
        );
        const lookup = callee.receiver === 'os' ? `os.${callee.callee}` : '';
        const first = ENV_LOOKUPS.has(lookup) ? argumentNodes[0] : null;
        if (first?.type === 'interpreted_string_literal' || first?.type === 'raw_string_literal') {
          strings.push(envFact(stringValue(first), lookup, call.line, call.column));
        }
        break;
      }
      case 'short_var':
      case 'var_spec':
        for (const { name, type } of declaredTypes(node, capture === 'var_spec')) {
          variableTypes.push({
            name,
            type,
            enclosingFunction: scopes.enclosingFunction,
            line: lineOf(node),
          });
        }
        break;
      case 'conversion': {
        const type = node.childForFieldName('type');
        if (type?.type !== 'generic_type') break;
        const text = type.text;
        const bracket = text.indexOf('[');
        addCall(node, splitSelector(bracket === -1 ? text : text.slice(0, bracket)), 1);
        break;
      }
      case 'string': {
        // The value starts after the opening quote or backquote.
        if (!mayClassifyStringAt(source, node.startIndex + 1)) break;
        const value = stringValue(node);
        const fact =
          classifyString(value) === null ? null : stringFact(value, lineOf(node), columnOf(node));
        if (fact !== null) strings.push(fact);
        break;
      }
      default:
        break;
    }
  }

  for (const fact of functions) {
    if (fact.className !== null) structMethods.get(fact.className)?.push(fact.name);
  }
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
 * Go through tree-sitter-go 0.25.0. `package` is the package clause. Functions are `function`
 * facts; methods are `method` facts qualified by their receiver's type, pointer or value, type
 * parameters dropped (`func (l *List[T]) Push` → `List.Push`, className `List`), the receiver
 * not being a parameter. Exported means the name starts with a Unicode upper-case letter
 * (types: declared at package level too); visibility is `public` if exported, else `package`.
 * Structs and interfaces are class facts (other named types are not): embedded fields and
 * embedded interfaces are `extends`, struct fields are properties (tags excluded), interface
 * method specs are the interface's methods, and a struct's methods are the methods of this file
 * whose receiver is that struct. Doc comments are the `//` lines directly above, directives
 * (`//go:…`) left out. Imports: `f "fmt"` has defaultName `f`, `. "fmt"` imports `*`, `_ "fmt"`
 * is a side-effect import; no exports. Calls: the receiver is the text before the last selector,
 * `new(T)` is the only constructor, `F[int](x)` calls `F`, go/defer calls are ordinary calls, and
 * a call whose function has no name (a function literal called in place, `f()()`, `(*T)(x)`) is
 * not a call fact. Env lookups are `os.Getenv` and
 * `os.LookupEnv`; interpreted and raw literals are classified as route or SQL strings.
 */
export const goParser = new TreeSitterParser({
  language: 'go',
  grammar: { packageName: 'tree-sitter-go', wasmFile: 'tree-sitter-go.wasm' },
  query: QUERY,
  extract,
});
