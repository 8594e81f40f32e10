import type { SourceRange } from '@drift/core';
import type ts from 'typescript';
import { stripCommentMarkers } from '../tree-sitter/syntax.js';

/**
 * Text and position helpers over one `SourceFile`, built without parent pointers
 * (`createSourceFile(…, setParentNodes: false)`, ARCHITECTURE §1), so every helper takes the
 * node it needs rather than walking up.
 */
export class SourceText {
  constructor(
    private readonly ts: typeof import('typescript'),
    readonly file: ts.SourceFile,
  ) {}

  /** The node's source text without leading trivia. */
  text(node: ts.Node): string {
    return this.file.text.slice(node.getStart(this.file), node.end);
  }

  /** 1-based line and column (UTF-16) of a position. */
  position(pos: number): { line: number; column: number } {
    const { line, character } = this.file.getLineAndCharacterOfPosition(pos);
    return { line: line + 1, column: character + 1 };
  }

  /** 1-based line of a node's start (after trivia). */
  lineOf(node: ts.Node): number {
    return this.position(node.getStart(this.file)).line;
  }

  /**
   * The range of a declaration from `start` (a position after trivia; pass the position after
   * the decorators to leave them out) to the node's end, with an inclusive end column.
   */
  range(start: number, end: number): SourceRange {
    const from = this.position(start);
    const to = this.file.getLineAndCharacterOfPosition(end);
    return {
      startLine: from.line,
      startColumn: from.column,
      endLine: to.line + 1,
      endColumn: to.character,
    };
  }

  /** Lines a body spans, 0 without one. */
  bodyLines(body: ts.Node | undefined): number {
    if (body === undefined) return 0;
    return this.position(body.end).line - this.lineOf(body) + 1;
  }

  /**
   * Where a declaration starts when its decorators are left out: the first non-decorator
   * modifier, or the first token after the last decorator.
   */
  startAfterDecorators(node: ts.Node): number {
    const modifiers = this.ts.canHaveModifiers(node) ? this.ts.getModifiers(node) : undefined;
    if (modifiers !== undefined && modifiers.length > 0)
      return (modifiers[0] as ts.Node).getStart(this.file);
    const decorators = this.ts.canHaveDecorators(node) ? this.ts.getDecorators(node) : undefined;
    const last = decorators?.at(-1);
    return last === undefined ? node.getStart(this.file) : skipTrivia(this.file.text, last.end);
  }

  /** The text of a JSDoc comment (`/** … *\/`) in the leading trivia at `pos`, markers stripped. */
  docComment(pos: number): string | null {
    const ranges = this.ts.getLeadingCommentRanges(this.file.text, pos);
    const last = ranges?.at(-1);
    if (last === undefined) return null;
    const comment = this.file.text.slice(last.pos, last.end);
    return comment.startsWith('/**') && comment !== '/**/' ? stripCommentMarkers(comment) : null;
  }
}

/** The first position at or after `pos` that is not white space or a comment. */
export function skipTrivia(text: string, pos: number): number {
  let at = pos;
  while (at < text.length) {
    const char = text[at] as string;
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') at += 1;
    else if (text.startsWith('//', at)) {
      const newline = text.indexOf('\n', at);
      at = newline === -1 ? text.length : newline + 1;
    } else if (text.startsWith('/*', at)) {
      const close = text.indexOf('*/', at + 2);
      at = close === -1 ? text.length : close + 2;
    } else break;
  }
  return at;
}
