// Declarator helpers shared by the C and C++ extractors: tree-sitter-cpp extends tree-sitter-c,
// so declarators, parameters, fields, attributes, includes and string literals have the same
// node types in both grammars.
import type {
  DecoratorFact,
  ImportFact,
  ParameterFact,
  PropertyFact,
  Visibility,
} from '@drift/core';
import type { Node } from 'web-tree-sitter';
import { mayClassifyStringAt } from '../strings-of-interest.js';
import {
  columnOf,
  fieldText,
  lineOf,
  namedChildren,
  stripCommentMarkers,
  typeOf,
} from '../tree-sitter/syntax.js';

/** Nodes that end a declarator chain: the declared name. */
const NAME_TYPES = new Set([
  'identifier',
  'field_identifier',
  'type_identifier',
  'qualified_identifier',
  'destructor_name',
  'operator_name',
  'operator_cast',
  'template_function',
]);

/** Declarator nodes wrapping another declarator (pointers, arrays, parentheses …). */
const WRAPPER_TYPES = new Set([
  'function_declarator',
  'pointer_declarator',
  'reference_declarator',
  'array_declarator',
  'parenthesized_declarator',
  'attributed_declarator',
  'init_declarator',
  'variadic_declarator',
  'abstract_pointer_declarator',
  'abstract_reference_declarator',
  'abstract_array_declarator',
  'abstract_parenthesized_declarator',
]);

/** Children of a declarator that are modifiers, not the wrapped declarator. */
const MODIFIER_TYPES = new Set([
  'type_qualifier',
  'attribute_declaration',
  'attribute_specifier',
  'ms_call_modifier',
  'ms_based_modifier',
  'ms_pointer_modifier',
  'comment',
]);

const SPECIFIERS_WITH_BODY = new Set([
  'struct_specifier',
  'union_specifier',
  'enum_specifier',
  'class_specifier',
]);

function wrappedDeclarator(node: Node): Node | null {
  const field = node.childForFieldName('declarator');
  if (field !== null) return field;
  for (const child of namedChildren(node)) if (!MODIFIER_TYPES.has(typeOf(child))) return child;
  return null;
}

/** What a declarator declares: the node naming it and the function declarator that owns it. */
export interface DeclaredName {
  /** The node naming what is declared (`s` in `*s`, `fp` in `(*fp)(int)`), or null. */
  readonly name: Node | null;
  /**
   * The innermost function declarator on the path to the name (`getfp(void)` in
   * `int (*getfp(void))(int)`), or null when the declarator is not a function.
   */
  readonly functionDeclarator: Node | null;
}

/** Walks a declarator chain once, down to the declared name. */
export function declaredNameOf(declarator: Node | null): DeclaredName {
  let functionDeclarator: Node | null = null;
  let node = declarator;
  while (node !== null) {
    const type = typeOf(node);
    if (NAME_TYPES.has(type)) return { name: node, functionDeclarator };
    if (!WRAPPER_TYPES.has(type)) break;
    if (type === 'function_declarator') functionDeclarator = node;
    node = wrappedDeclarator(node);
  }
  return { name: null, functionDeclarator };
}

/** The node naming what a declarator declares (`s` in `*s`, `fp` in `(*fp)(int)`), or null. */
export function declaredNameNode(declarator: Node | null): Node | null {
  return declaredNameOf(declarator).name;
}

/**
 * The function declarator that owns the declared name: the innermost one on the path to it
 * (`getfp(void)` in `int (*getfp(void))(int)`), or null when the declarator is not a function.
 */
export function functionDeclaratorOf(declarator: Node | null): Node | null {
  return declaredNameOf(declarator).functionDeclarator;
}

/**
 * True when a declarator declares a function (`run(void)`, `*dup(const char *)`), false for a
 * function pointer (`(*cb)(int)`) or a variable.
 */
export function declaresFunction(declarator: Node | null): boolean {
  const inner = functionDeclaratorOf(declarator)?.childForFieldName('declarator');
  return inner !== undefined && inner !== null && NAME_TYPES.has(typeOf(inner));
}

/** The written name of a type node; a specifier with a body is reduced to `struct name`. */
function typeNodeText(type: Node): string {
  const kind = typeOf(type);
  if (!SPECIFIERS_WITH_BODY.has(kind) || type.childForFieldName('body') === null) return type.text;
  const keyword = kind.slice(0, kind.indexOf('_'));
  const name = fieldText(type, 'name');
  return name === null ? keyword : `${keyword} ${name}`;
}

/** What a declaration writes before its declarators. */
export interface DeclarationParts {
  /** Type qualifiers and the type specifier in source order (`const char`), or null. */
  readonly specifiers: string | null;
  /** Where the first type qualifier or the type specifier starts, or null without a type. */
  readonly specifiersStart: number | null;
  /** Storage classes and function specifiers as written (`static`, `inline`, `explicit` …). */
  readonly storageClasses: readonly string[];
  readonly attributes: readonly DecoratorFact[];
}

/** The specifiers, storage classes and attributes of a declaration, in one pass over its children. */
export function declarationParts(declaration: Node): DeclarationParts {
  const type = declaration.childForFieldName('type');
  const specifiers: string[] = [];
  const storageClasses: string[] = [];
  const attributes: DecoratorFact[] = [];
  let specifiersStart: number | null = null;
  for (const child of namedChildren(declaration)) {
    switch (typeOf(child)) {
      case 'type_qualifier':
        specifiersStart ??= child.startIndex;
        specifiers.push(child.text);
        break;
      case 'storage_class_specifier':
      case 'explicit_function_specifier':
        storageClasses.push(child.text);
        break;
      case 'attribute_declaration':
      case 'attribute_specifier':
        attributes.push(...attributesOf(child));
        break;
      default:
        if (
          type !== null &&
          child.startIndex === type.startIndex &&
          typeOf(child) === typeOf(type)
        ) {
          specifiersStart ??= child.startIndex;
          specifiers.push(typeNodeText(type));
        }
    }
  }
  return {
    specifiers: type === null ? null : specifiers.join(' '),
    specifiersStart: type === null ? null : specifiersStart,
    storageClasses,
    attributes,
  };
}

/**
 * A declared type: the specifiers followed by the declarator's text without `removed` (the
 * name, or a function's name and parameters): `const char` + `*s` − `s` → `const char *`,
 * `int` + `(*cb)(int)` − `cb` → `int (*)(int)`.
 */
export function declaredType(
  specifiers: string | null,
  declarator: Node,
  removed: Node | null,
): string | null {
  const text = declarator.text;
  const rest = (
    removed === null
      ? text
      : text.slice(0, removed.startIndex - declarator.startIndex) +
        text.slice(removed.endIndex - declarator.startIndex)
  )
    .replace(/\s+/g, ' ')
    .trim();
  if (specifiers === null) return rest === '' ? null : rest;
  if (rest === '') return specifiers;
  return rest.startsWith('[') ? `${specifiers}${rest}` : `${specifiers} ${rest}`;
}

const ATTRIBUTE_TEXT = /\[\[[\s\S]*?\]\]/g;

/** Whitespace collapsed, `[[attributes]]` dropped, no space before an array suffix. */
function normalizedType(text: string): string | null {
  const type = text
    .replace(ATTRIBUTE_TEXT, '')
    .replace(/\s+/g, ' ')
    .replace(/ (?=\[)/g, '')
    .trim();
  return type === '' ? null : type;
}

/**
 * A function definition's return type as written: from its first specifier to its function
 * declarator, and what the declarator writes after it (`int (*getfp(void))(int)` →
 * `int (*)(int)`); null without a type (constructors, destructors).
 */
export function returnTypeOf(
  source: string,
  specifiersStart: number | null,
  declarator: Node,
  functionDeclarator: Node | null,
): string | null {
  if (specifiersStart === null) return null;
  let written = source.slice(specifiersStart, (functionDeclarator ?? declarator).startIndex);
  if (functionDeclarator !== null)
    written += source.slice(functionDeclarator.endIndex, declarator.endIndex);
  return normalizedType(written);
}

const PARAMETER_TYPES = new Set([
  'parameter_declaration',
  'optional_parameter_declaration',
  'variadic_parameter_declaration',
]);

/** K&R parameter types: the declarations between a definition's declarator and its body. */
function oldStyleParameterTypes(definition: Node): Map<string, string | null> {
  const types = new Map<string, string | null>();
  for (const declaration of namedChildren(definition)) {
    if (typeOf(declaration) !== 'declaration') continue;
    const { specifiers } = declarationParts(declaration);
    for (const declarator of declaration.childrenForFieldName('declarator')) {
      const name = declaredNameNode(declarator);
      if (declarator !== null && name !== null)
        types.set(name.text, declaredType(specifiers, declarator, name));
    }
  }
  return types;
}

/**
 * A declared parameter, read from its text to spare node accessors: the type is the text
 * before any default value without the name, as written (`const std::string&`, `int (*)(int)`).
 */
function parameterOf(node: Node, nodeType: string): ParameterFact {
  const text = node.text;
  const start = node.startIndex;
  const declarator = node.childForFieldName('declarator');
  const name = declaredNameNode(declarator);
  const defaultValue =
    nodeType === 'optional_parameter_declaration' ? node.childForFieldName('default_value') : null;
  let typeText = text;
  if (declarator !== null) typeText = text.slice(0, declarator.endIndex - start);
  else if (defaultValue !== null)
    typeText = text.slice(0, defaultValue.startIndex - start).replace(/=\s*$/, '');
  if (name !== null)
    typeText = typeText.slice(0, name.startIndex - start) + typeText.slice(name.endIndex - start);
  const rest = nodeType === 'variadic_parameter_declaration';
  const type = normalizedType(rest ? typeText.replace(/\s*\.\.\.\s*$/, '') : typeText);
  return {
    name: name?.text ?? '',
    type,
    defaultValue: defaultValue === null ? null : defaultValue.text.trim(),
    rest,
  };
}

/**
 * The parameters of a parameter list: `(void)` has none, `...` is a rest parameter named
 * `...`, K&R identifiers take their types from the definition's declarations.
 */
export function parametersOf(list: Node | null, definition: Node): ParameterFact[] {
  if (list === null) return [];
  const children = namedChildren(list).filter((child) => typeOf(child) !== 'comment');
  let oldStyleTypes: Map<string, string | null> | undefined;
  const parameters: ParameterFact[] = [];
  for (const child of children) {
    const type = typeOf(child);
    if (type === 'variadic_parameter') {
      parameters.push({ name: '...', type: null, defaultValue: null, rest: true });
    } else if (type === 'identifier') {
      oldStyleTypes ??= oldStyleParameterTypes(definition);
      parameters.push({
        name: child.text,
        type: oldStyleTypes.get(child.text) ?? null,
        defaultValue: null,
        rest: false,
      });
    } else if (PARAMETER_TYPES.has(type)) {
      const parameter = parameterOf(child, type);
      if (parameter.name === '' && parameter.type === 'void' && children.length === 1) return [];
      parameters.push(parameter);
    }
  }
  return parameters;
}

/**
 * The decorators of one `[[nodiscard, deprecated("x")]]` / `[[gnu::cold]]` declaration or GNU
 * `__attribute__((noinline, format(printf, 1, 2)))` specifier.
 */
function attributesOf(node: Node): DecoratorFact[] {
  if (typeOf(node) === 'attribute_declaration') {
    return namedChildren(node)
      .filter((attribute) => typeOf(attribute) === 'attribute')
      .map((attribute) => {
        const prefix = fieldText(attribute, 'prefix');
        const name = fieldText(attribute, 'name') ?? attribute.text;
        const args = namedChildren(attribute).find((part) => typeOf(part) === 'argument_list');
        return {
          name: prefix === null ? name : `${prefix}::${name}`,
          arguments: args === undefined ? null : args.text.slice(1, -1).trim(),
        };
      });
  }
  const list = node.firstNamedChild;
  return (list === null ? [] : namedChildren(list))
    .filter((item) => typeOf(item) !== 'comment')
    .map((item) => {
      if (typeOf(item) !== 'call_expression') return { name: item.text, arguments: null };
      const args = item.childForFieldName('arguments');
      return {
        name: fieldText(item, 'function') ?? item.text,
        arguments: args === null ? null : args.text.slice(1, -1).trim(),
      };
    });
}

/**
 * Whether the source before `start`, past blanks and at most one line break, ends a block
 * comment or a whole-line `//` comment: a text-only test that spares the tree walk of
 * `previousSibling` for the many declarations without a comment above.
 */
function commentMayPrecede(source: string, start: number): boolean {
  let index = start - 1;
  let lineBreaks = 0;
  for (; index >= 0; index -= 1) {
    const char = source[index];
    if (char === '\n') {
      lineBreaks += 1;
      if (lineBreaks > 1) return false;
    } else if (char !== ' ' && char !== '\t' && char !== '\r') break;
  }
  if (index < 1) return false;
  if (source[index] === '/' && source[index - 1] === '*') return true;
  const lineStart = source.lastIndexOf('\n', index) + 1;
  return /^\s*\/\//.test(source.slice(lineStart, index + 1));
}

/**
 * The comments directly above a declaration (block, line or triple-slash comments; no blank
 * line between), markers stripped, or null. Unlike the shared `docCommentAbove`, a comment
 * trailing the code of the line above (`int x; // note`) is not taken as the declaration's doc.
 */
export function docCommentOf(node: Node, source: string): string | null {
  if (!commentMayPrecede(source, node.startIndex)) return null;
  const comments: string[] = [];
  let previous = node.previousSibling;
  let nextRow = node.startPosition.row;
  while (
    previous !== null &&
    typeOf(previous) === 'comment' &&
    previous.endPosition.row >= nextRow - 1
  ) {
    const before: Node | null = previous.previousSibling;
    if (
      before !== null &&
      typeOf(before) !== 'comment' &&
      before.endPosition.row === previous.startPosition.row
    )
      break;
    comments.unshift(previous.text);
    nextRow = previous.startPosition.row;
    previous = before;
  }
  return comments.length === 0 ? null : comments.map(stripCommentMarkers).join('\n');
}

const STRING_LITERAL = /^(?:L|u8|u|U)?"([\s\S]*)"$/;
const STRING_OPENING = /(?:L|u8|u|U)?(R?)"/y;
const RAW_STRING_LITERAL = /^(?:L|u8|u|U)?R"([^()\\\s]{0,16})\(([\s\S]*)\)\1"$/;

/** The value of a string literal from its text alone: quotes and prefix removed, escapes kept. */
export function stringLiteralValue(text: string): string {
  const plain = STRING_LITERAL.exec(text);
  if (plain !== null) return plain[1] ?? '';
  return RAW_STRING_LITERAL.exec(text)?.[2] ?? text;
}

/**
 * Whether the string literal starting at `start` can be a route or SQL string, read from the
 * source before its end is: the value starts after the opening quote, or after the `(` of a raw
 * string (`R"x(…)x"`). A literal whose text the value patterns do not match is its own value,
 * which starts with a prefix or a quote and never classifies.
 */
export function mayBeStringOfInterest(source: string, start: number): boolean {
  STRING_OPENING.lastIndex = start;
  const opening = STRING_OPENING.exec(source);
  if (opening === null) return true;
  let value = STRING_OPENING.lastIndex;
  if (opening[1] === 'R') {
    const parenthesis = source.indexOf('(', value);
    if (parenthesis === -1 || parenthesis - value > 16) return true;
    value = parenthesis + 1;
  }
  return mayClassifyStringAt(source, value);
}

/** The joined value of adjacent literals (`"SELECT *" " FROM t"`); macros between are skipped. */
export function concatenatedValue(node: Node): string {
  return namedChildren(node)
    .filter((part) => {
      const type = typeOf(part);
      return type === 'string_literal' || type === 'raw_string_literal';
    })
    .map((part) => stringLiteralValue(part.text))
    .join('');
}

/** `#include <stdio.h>` → `<stdio.h>`, `#include "jv.h"` → `jv.h`, `#include MACRO` → `MACRO`. */
export function includeOf(node: Node): ImportFact {
  const path = node.childForFieldName('path');
  const module =
    path === null
      ? ''
      : typeOf(path) === 'string_literal'
        ? stringLiteralValue(path.text)
        : path.text;
  return {
    module,
    kind: 'include',
    names: [],
    defaultName: null,
    namespaceName: null,
    typeOnly: false,
    sideEffect: false,
    line: lineOf(node),
    column: columnOf(node),
  };
}

/** True for `const` fields: a const pointer (`*const p`), or const specifiers without a pointer. */
function isReadonlyField(specifiers: string | null, type: string | null): boolean {
  if (type?.includes('*') === true) return /\*\s*const\s*$/.test(type);
  return /\b(?:const|constexpr)\b/.test(specifiers ?? '');
}

/**
 * The properties of one field declaration (`int a, *b;` gives two). An anonymous struct or
 * union member without a declarator contributes its own fields, as C11 makes them members of
 * the enclosing type.
 */
export function fieldProperties(field: Node, visibility: Visibility): PropertyFact[] {
  const declarators = field.childrenForFieldName('declarator');
  const type = field.childForFieldName('type');
  if (declarators.length === 0) {
    const body = type === null ? null : type.childForFieldName('body');
    if (type === null || body === null || type.childForFieldName('name') !== null) return [];
    return namedChildren(body)
      .filter((member) => typeOf(member) === 'field_declaration')
      .flatMap((member) => fieldProperties(member, visibility));
  }
  const { specifiers, storageClasses } = declarationParts(field);
  const isStatic = storageClasses.includes('static');
  const properties: PropertyFact[] = [];
  for (const declarator of declarators) {
    const name = declaredNameNode(declarator);
    if (declarator === null || name === null || declaresFunction(declarator)) continue;
    const typed =
      typeOf(declarator) === 'init_declarator'
        ? (declarator.childForFieldName('declarator') ?? declarator)
        : declarator;
    const declared = declaredType(specifiers, typed, name);
    properties.push({
      name: name.text,
      type: declared,
      visibility,
      isStatic,
      isReadonly: isReadonlyField(specifiers, declared),
      line: lineOf(declarator),
    });
  }
  return properties;
}

/** Enumerators as static, read-only properties. */
export function enumeratorProperties(body: Node): PropertyFact[] {
  return namedChildren(body)
    .filter((member) => typeOf(member) === 'enumerator')
    .map((member) => ({
      name: fieldText(member, 'name') ?? member.text,
      type: null,
      visibility: 'public',
      isStatic: true,
      isReadonly: true,
      line: lineOf(member),
    }));
}
