import type { Node } from 'web-tree-sitter';
import { fieldText, typeOf } from '../tree-sitter/syntax.js';

/** A declared function name split into its written qualifiers and its own name. */
export interface QualifiedFunctionName {
  /** Scopes written before the name (`ns`, `Foo` in `ns::Foo<T>::bar`), template arguments removed. */
  readonly qualifiers: readonly string[];
  /** `bar`, `~Foo`, `operator+`, `operator bool`. */
  readonly name: string;
  /** The conversion operator node, whose declarator holds the parameters, or null. */
  readonly conversion: Node | null;
}

/** `operator +` → `operator+`, `operator new [ ]` → `operator new[]`, `operator "" _km` → `operator""_km`. */
function operatorName(text: string): string {
  const symbol = text.replace(/^operator\s*/, '');
  if (/^[A-Za-z_]/.test(symbol))
    return `operator ${symbol.replace(/\s+/g, ' ').replace(/\s*\[\s*\]/, '[]')}`;
  return `operator${symbol.replace(/\s+/g, '')}`;
}

/** A type or scope name without template arguments: `Foo<T>` → `Foo`, `a::B<C>` → `a.B`. */
export function typeNameOf(node: Node): string {
  switch (typeOf(node)) {
    case 'template_type':
    case 'template_function':
    case 'template_method':
      return fieldText(node, 'name') ?? node.text;
    case 'qualified_identifier': {
      const { qualifiers, name } = functionNameOf(node);
      return [...qualifiers, name].join('.');
    }
    default: {
      const text = node.text;
      const open = text.indexOf('<');
      return (open === -1 ? text : text.slice(0, open)).trim();
    }
  }
}

/** The qualifiers and name of a declared function name node. */
export function functionNameOf(nameNode: Node): QualifiedFunctionName {
  const qualifiers: string[] = [];
  let node: Node | null = nameNode;
  while (node !== null && typeOf(node) === 'qualified_identifier') {
    const scope = node.childForFieldName('scope');
    if (scope !== null) qualifiers.push(typeNameOf(scope));
    node = node.childForFieldName('name');
  }
  if (node === null) return { qualifiers, name: '', conversion: null };
  switch (typeOf(node)) {
    case 'destructor_name':
      return { qualifiers, name: node.text.replace(/\s+/g, ''), conversion: null };
    case 'operator_name':
      return { qualifiers, name: operatorName(node.text), conversion: null };
    case 'operator_cast':
      return {
        qualifiers,
        name: `operator ${fieldText(node, 'type') ?? ''}`,
        conversion: node,
      };
    case 'template_type':
    case 'template_function':
    case 'template_method': {
      const inner = node.childForFieldName('name');
      const name = inner === null ? node.text : inner.text;
      return {
        qualifiers,
        name: inner !== null && typeOf(inner) === 'operator_name' ? operatorName(name) : name,
        conversion: null,
      };
    }
    default:
      return { qualifiers, name: node.text, conversion: null };
  }
}

/**
 * The text without trailing template arguments (`make_shared<Foo>` → `make_shared`); unchanged
 * when the angle brackets do not balance (`operator>`).
 */
export function withoutTemplateArguments(text: string): string {
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
 * Callee and receiver of a callee's text: template arguments dropped, then split at the last
 * `::`, `.` or `->` (`std::sort` → `std` + `sort`, `obj.template get<0>` → `obj` + `get`).
 */
export function splitCallee(text: string): { callee: string; receiver: string | null } {
  const bare = withoutTemplateArguments(text);
  const scope = bare.lastIndexOf('::');
  const dot = bare.lastIndexOf('.');
  const arrow = bare.lastIndexOf('->');
  let at = scope;
  let length = 2;
  if (dot > at) [at, length] = [dot, 1];
  if (arrow > at) [at, length] = [arrow, 2];
  const callee = (at === -1 ? bare : bare.slice(at + length)).trim().replace(/^template\s+/, '');
  if (at === -1) return { callee, receiver: null };
  const receiver = bare.slice(0, at).trim();
  return { callee, receiver: receiver === '' ? null : receiver };
}
