import type { CallFact, ClassFact, FunctionFact, ImportFact, StringFact } from '@drift/core';
import type { Node } from 'web-tree-sitter';
import { envFact, stringFact } from '../strings-of-interest.js';
import type { NodeCapture } from '../tree-sitter/node-type-captures.js';
import { ScopeStack } from '../tree-sitter/scopes.js';
import { bodyLines, rangeOf } from '../tree-sitter/syntax.js';
import { TreeSitterParser, type ExtractedFacts } from '../tree-sitter/tree-sitter-parser.js';
import {
  concatenatedValue,
  declarationParts,
  declaredNameNode,
  docCommentOf,
  enumeratorProperties,
  fieldProperties,
  functionDeclaratorOf,
  includeOf,
  parametersOf,
  returnTypeOf,
  stringLiteralValue,
} from './c-family-syntax.js';

/** The nodes the C extractor needs, found in one pass. */
const QUERY = `
(function_definition) @function
(struct_specifier body: (_)) @type
(union_specifier body: (_)) @type
(enum_specifier body: (_)) @type
(type_definition type: [(struct_specifier body: (_)) (union_specifier body: (_)) (enum_specifier body: (_))]) @typedef
(preproc_include) @include
(attribute_specifier) @attribute
(call_expression) @call
(string_literal) @string
(concatenated_string) @strings
`;

const ENV_FUNCTIONS = new Set(['getenv', 'secure_getenv']);
/** Keywords that error recovery can leave in a function's name position (`MACRO switch (x) {`). */
const KEYWORDS = new Set(['if', 'else', 'for', 'while', 'do', 'switch', 'return', 'sizeof']);
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
  const functionDeclarator = functionDeclaratorOf(declarator);
  const name = declaredNameNode(functionDeclarator ?? declarator)?.text ?? '';
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
        : returnTypeOf(node, specifiersStart, declarator, functionDeclarator),
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

function typeFact(
  node: Node,
  scopes: ScopeStack,
  typedef: TypedefName | undefined,
  source: string,
): ClassFact | null {
  const name = node.childForFieldName('name')?.text ?? typedef?.name;
  if (name === undefined) return null;
  const body = node.childForFieldName('body');
  const kind = TYPE_KINDS[node.type] ?? 'struct';
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
      body === null
        ? []
        : kind === 'enum'
          ? enumeratorProperties(body)
          : body.namedChildren
              .filter((member): member is Node => member?.type === 'field_declaration')
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
  if (target.type !== 'field_expression') {
    if (NOT_CALLABLE.has(target.type)) return null;
    if (target.type === 'parenthesized_expression' && PARENTHESIZED_NAME.test(text)) return null;
    return { callee: text, receiver: null };
  }
  const dot = text.lastIndexOf('.');
  const arrow = text.lastIndexOf('->');
  const [at, length] = arrow >= dot ? [arrow, 2] : [dot, 1];
  return { callee: text.slice(at + length).trim(), receiver: text.slice(0, at).trim() };
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
        const name = declaredNameNode(node.childForFieldName('declarator'))?.text;
        if (type !== null && name !== undefined)
          typedefNames.set(type.startIndex, { name, typedef: node });
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
        const target = node.childForFieldName('function');
        const called = target === null ? null : calleeOf(target);
        if (called === null) break;
        const { callee, receiver } = called;
        const args = node.childForFieldName('arguments');
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
