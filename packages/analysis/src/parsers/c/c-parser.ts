import type { CallFact, ClassFact, FunctionFact, ImportFact, StringFact } from '@drift/core';
import type { Node } from 'web-tree-sitter';
import { envFact, stringFact } from '../strings-of-interest.js';
import type { NodeCapture } from '../tree-sitter/node-type-captures.js';
import { ScopeStack } from '../tree-sitter/scopes.js';
import { bodyLines, rangeOf, typeOf, nameBefore } from '../tree-sitter/syntax.js';
import { TreeSitterParser, type ExtractedFacts } from '../tree-sitter/tree-sitter-parser.js';
import {
  concatenatedValue,
  declarationParts,
  declaredNameNode,
  declaredNameOf,
  docCommentOf,
  enumeratorProperties,
  fieldProperties,
  includeOf,
  mayBeStringOfInterest,
  parametersOf,
  returnTypeOf,
  stringLiteralValue,
} from './c-family-syntax.js';

/**
 * The nodes the C extractor needs, found in one type walk (single-node patterns only: see
 * `NodeTypeCaptures`); the extractor keeps the types with a body.
 */
const QUERY = `
(function_definition) @function
[(struct_specifier) (union_specifier) (enum_specifier)] @type
(type_definition) @typedef
(preproc_include) @include
(attribute_specifier) @attribute
(call_expression) @call
(string_literal) @string
(concatenated_string) @strings
`;

const ENV_FUNCTIONS = new Set(['getenv', 'secure_getenv']);
/** Keywords that error recovery can leave in a function's name position (`MACRO switch (x) {`). */
const KEYWORDS = new Set(['if', 'else', 'for', 'while', 'do', 'switch', 'return', 'sizeof']);
/** Struct, union and enum specifiers, whose `typedef` names them when they have a body. */
const TYPE_KINDS: Readonly<Record<string, ClassFact['kind']>> = {
  struct_specifier: 'struct',
  union_specifier: 'union',
  enum_specifier: 'enum',
};

const NOT_CALLABLE = new Set([
  'string_literal',
  'concatenated_string',
  'number_literal',
  'char_literal',
]);
const PARENTHESIZED_NAME = /^\(\s*[A-Za-z_]\w*\s*\)$/;

/** A `typedef` naming an anonymous struct, union or enum. */
interface TypedefName {
  readonly name: string;
  readonly typedef: Node;
}

function functionFact(node: Node, scopes: ScopeStack, source: string): FunctionFact | null {
  const declarator = node.childForFieldName('declarator');
  const { name: nameNode, functionDeclarator } = declaredNameOf(declarator);
  const name = nameNode?.text ?? '';
  if (name === '' || KEYWORDS.has(name)) return null;
  const { specifiersStart, storageClasses, attributes } = declarationParts(node);
  const isStatic = storageClasses.includes('static');
  const body = node.childForFieldName('body');
  return {
    name,
    qualifiedName: scopes.push(node, name, 'function'),
    kind: 'function',
    className: null,
    parameters: parametersOf(functionDeclarator?.childForFieldName('parameters') ?? null, node),
    returnType:
      declarator === null
        ? null
        : returnTypeOf(source, specifiersStart, declarator, functionDeclarator),
    isAsync: false,
    isGenerator: false,
    isExported: !isStatic,
    isStatic,
    visibility: isStatic ? 'private' : 'public',
    decorators: attributes,
    docComment: docCommentOf(node, source),
    range: rangeOf(node),
    bodyLines: bodyLines(body),
  };
}

/** A struct, union or enum with a body (one without is only named: `struct s *p`), else null. */
function typeFact(
  node: Node,
  scopes: ScopeStack,
  typedef: TypedefName | undefined,
  source: string,
): ClassFact | null {
  const body = node.childForFieldName('body');
  if (body === null) return null;
  const name = node.childForFieldName('name')?.text ?? typedef?.name;
  if (name === undefined) return null;
  const kind = TYPE_KINDS[typeOf(node)] ?? 'struct';
  const declaredAt = typedef?.typedef ?? node;
  const local = scopes.enclosingFunction !== null;
  return {
    name,
    qualifiedName: scopes.qualify(name),
    kind,
    extends: [],
    implements: [],
    methods: [],
    properties:
      kind === 'enum'
        ? enumeratorProperties(body)
        : body.namedChildren
            .filter(
              (member): member is Node => member !== null && typeOf(member) === 'field_declaration',
            )
            .flatMap((member) => fieldProperties(member, 'public')),
    decorators: declarationParts(node).attributes,
    isExported: !local,
    isAbstract: false,
    visibility: local ? null : 'public',
    docComment: docCommentOf(declaredAt, source),
    range: rangeOf(declaredAt),
  };
}

/**
 * Callee and receiver: `obj->fn` and `obj.fn` split at the last `->`/`.`; other callees as
 * written (`(*fp)`). Null for what only looks like a call: a cast to a typedef name, which
 * tree-sitter cannot tell from a call (`(uInt)(x)`), or a literal left by error recovery.
 */
function calleeOf(target: Node): { callee: string; receiver: string | null } | null {
  const text = target.text;
  const type = target.type;
  if (type !== 'field_expression') {
    if (NOT_CALLABLE.has(type)) return null;
    if (type === 'parenthesized_expression' && PARENTHESIZED_NAME.test(text)) return null;
    return { callee: text, receiver: null };
  }
  return splitMember(text);
}

/** `obj->ops.run` → callee `run`, receiver `obj->ops`: split at the last `->` or `.`. */
function splitMember(text: string): { callee: string; receiver: string | null } {
  const dot = text.lastIndexOf('.');
  const arrow = text.lastIndexOf('->');
  const [at, length] = arrow >= dot ? [arrow, 2] : [dot, 1];
  return { callee: text.slice(at + length).trim(), receiver: text.slice(0, at).trim() };
}

/** A name or member path: an identifier or a field expression, nothing else writes one. */
const NAME_PATH = /^[A-Za-z_]\w*(?:\s*(?:\.|->)\s*[A-Za-z_]\w*)*$/;

/**
 * The callee of a call (see {@link calleeOf}). A callee written as a name or member path (`f`,
 * `obj->ops.run`, most calls) is read from the source between the call's start and its
 * arguments, without reading the callee's node; other callees are read from their node.
 */
function calleeOfCall(
  call: Node,
  args: Node | null,
  source: string,
): { callee: string; receiver: string | null } | null {
  const text = nameBefore(call, args, source, NAME_PATH);
  if (text !== null) {
    return text.includes('.') || text.includes('->')
      ? splitMember(text)
      : { callee: text, receiver: null };
  }
  const target = call.childForFieldName('function');
  return target === null ? null : calleeOf(target);
}

/** Builds C facts from the query's captures. */
function extract(
  captures: readonly NodeCapture[],
  _root: Node,
  _path: string,
  source: string,
): ExtractedFacts {
  const scopes = new ScopeStack();
  const functions: FunctionFact[] = [];
  const classes: ClassFact[] = [];
  const imports: ImportFact[] = [];
  const calls: CallFact[] = [];
  const strings: StringFact[] = [];
  const typedefNames = new Map<number, TypedefName>();
  let consumedUntil = -1;
  let attributeEnd = -1;

  for (const { name: capture, node } of captures) {
    scopes.advance(node);
    switch (capture) {
      case 'function': {
        const fact = functionFact(node, scopes, source);
        if (fact !== null) functions.push(fact);
        break;
      }
      case 'typedef': {
        const type = node.childForFieldName('type');
        if (type === null || !Object.hasOwn(TYPE_KINDS, typeOf(type))) break;
        if (type.childForFieldName('body') === null) break;
        const name = declaredNameNode(node.childForFieldName('declarator'))?.text;
        if (name !== undefined) typedefNames.set(type.startIndex, { name, typedef: node });
        break;
      }
      case 'type': {
        const fact = typeFact(node, scopes, typedefNames.get(node.startIndex), source);
        if (fact !== null) classes.push(fact);
        break;
      }
      case 'include':
        consumedUntil = node.endIndex;
        imports.push(includeOf(node));
        break;
      case 'attribute':
        attributeEnd = node.endIndex;
        break;
      case 'call': {
        if (node.startIndex < attributeEnd) break;
        const args = node.childForFieldName('arguments');
        const called = calleeOfCall(node, args, source);
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
        const first = ENV_FUNCTIONS.has(callee) && receiver === null ? args?.firstNamedChild : null;
        if (first?.type === 'string_literal')
          strings.push(envFact(stringLiteralValue(first.text), callee, row + 1, column + 1));
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
 * C through tree-sitter-c 0.24. Functions are definitions only (prototypes and `#define`
 * macros are not facts), named from their possibly pointer or parenthesised declarator; a
 * `static` function is private and not exported, any other is public and exported. Return
 * types keep their pointer stars (`char *`); `(void)` has no parameters and `...` is a rest
 * parameter named `...`; K&R parameter types come from the declarations before the body.
 * Structs, unions and enums with a body are types (`typedef struct { … } Name;` is `Name`),
 * qualified only by an enclosing function, as C tags have file scope; fields are properties
 * and enumerators static read-only properties. `#include` gives `<stdio.h>` or `jv.h`; there
 * is no package and no export. `obj->fn(x)` and `obj.fn(x)` have receiver `obj`; calls through
 * pointers keep the callee as written (`(*fp)`). Env lookups are `getenv` and `secure_getenv`;
 * adjacent literals are joined before route and SQL classification. Code under preprocessor
 * conditionals is extracted as any other.
 */
export const cParser = new TreeSitterParser({
  language: 'c',
  grammar: { packageName: 'tree-sitter-c', wasmFile: 'tree-sitter-c.wasm' },
  query: QUERY,
  extract,
});
