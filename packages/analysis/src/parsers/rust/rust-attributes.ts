import type { DecoratorFact } from '@drift/core';
import type { Node } from 'web-tree-sitter';
import { stripCommentMarkers } from '../tree-sitter/syntax.js';

const LINE_COMMENT = /\/\/[^\n]*/g;

/** `#[derive(Debug)]` → `derive` / `Debug`; `#[path = "x.rs"]` → `path` / `"x.rs"`; `#[test]` → null. */
function decoratorOf(item: Node): DecoratorFact {
  const attribute = item.firstNamedChild;
  if (attribute === null) return { name: item.text, arguments: null };
  const path = attribute.firstNamedChild;
  const args = attribute.childForFieldName('arguments');
  const value = args === null ? attribute.childForFieldName('value') : null;
  let argumentText: string | null = null;
  if (args !== null) argumentText = args.text.slice(1, -1).trim();
  else if (value !== null) argumentText = value.text.trim();
  return { name: path?.text ?? attribute.text, arguments: argumentText };
}

/** What an item receives from the outer attributes and doc comments written above it. */
export interface LeadingFacts {
  readonly decorators: DecoratorFact[];
  readonly docComment: string | null;
}

/**
 * Outer attributes (`#[…]`) and outer doc comments (`///`, `/** … *\/`) met in document order,
 * held until the item they precede is captured. They belong to that item only when nothing but
 * whitespace and ordinary `//` comments separates them from it (as in Rust, a blank line does
 * not detach them); those of fields, variants, parameters and statements are dropped when the
 * next captured item is not adjacent. Replaces walking `previousSibling`, which re-descends
 * from the root in web-tree-sitter 0.25; doc comments are read from the source text only when
 * an item takes them.
 */
export class LeadingAttributes {
  #attributes: Node[] = [];
  /** Start and end offsets of the held doc comments, in pairs. */
  #docs: number[] = [];
  #end = -1;

  constructor(private readonly source: string) {}

  /** Holds an outer attribute item. */
  addAttribute(node: Node): void {
    this.#hold(node.startIndex);
    this.#attributes.push(node);
    this.#end = node.endIndex;
  }

  /** Holds an outer doc comment; a line comment ends at its line's end. */
  addDocComment(node: Node): void {
    const start = node.startIndex;
    this.#hold(start);
    let end: number;
    if (this.source.startsWith('//', start)) {
      const newline = this.source.indexOf('\n', start);
      end = newline === -1 ? this.source.length : newline;
    } else {
      end = node.endIndex;
    }
    this.#docs.push(start, end);
    this.#end = end;
  }

  /** The held attributes and doc comment when they precede `item`; clears them either way. */
  take(item: Node): LeadingFacts {
    if (this.#end < 0) return { decorators: [], docComment: null };
    const facts: LeadingFacts = this.#adjacent(item.startIndex)
      ? { decorators: this.#attributes.map(decoratorOf), docComment: this.#docComment() }
      : { decorators: [], docComment: null };
    this.#clear();
    return facts;
  }

  #docComment(): string | null {
    if (this.#docs.length === 0) return null;
    const lines: string[] = [];
    for (let i = 0; i < this.#docs.length; i += 2) {
      lines.push(this.source.slice(this.#docs[i], this.#docs[i + 1]).trimEnd());
    }
    return stripCommentMarkers(lines.join('\n'));
  }

  #hold(start: number): void {
    if (this.#end >= 0 && !this.#adjacent(start)) this.#clear();
  }

  #adjacent(start: number): boolean {
    if (start < this.#end) return false;
    const gap = this.source.slice(this.#end, start);
    return gap.trim() === '' || gap.replace(LINE_COMMENT, '').trim() === '';
  }

  #clear(): void {
    this.#attributes = [];
    this.#docs = [];
    this.#end = -1;
  }
}
