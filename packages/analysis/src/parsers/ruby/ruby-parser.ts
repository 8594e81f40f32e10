import type {
  CallFact,
  ClassFact,
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
  stripCommentMarkers,
  nameBefore,
} from '../tree-sitter/syntax.js';
import { TreeSitterParser, type ExtractedFacts } from '../tree-sitter/tree-sitter-parser.js';

/** The nodes the Ruby extractor needs, found in one pass. */
const QUERY = `
(comment) @comment
(class) @class
(module) @module
(method) @method
(singleton_method) @singleton_method
(call) @call
(super) @super
(element_reference) @element_reference
(string) @string
(heredoc_beginning) @heredoc_start
(heredoc_body) @heredoc_body
`;

const VISIBILITIES: ReadonlySet<string> = new Set(['public', 'protected', 'private']);
const MIXINS = new Set(['include', 'extend', 'prepend']);
const ATTRIBUTE_MACROS = new Set(['attr_accessor', 'attr_reader', 'attr_writer']);
/** Receiverless calls that load code, and the position of their path argument. */
const LOADERS: ReadonlyMap<string, number> = new Map(
  Object.entries<number>({
    require: 0,
    require_relative: 0,
    load: 0,
    autoload: 1,
  }),
);
/** `# frozen_string_literal: true` and the like: never part of a doc comment. */
const MAGIC_COMMENT = /^#\s*(?:frozen_string_literal|encoding|coding|warn_indent|-\*-)/;

/** How a method declared directly in a class body is seen, from the body's visibility sections. */
interface MemberAccess {
  readonly visibility: Visibility;
  readonly isStatic: boolean;
}

/** What a class or module body declares, read once when the class is captured. */
interface BodySummary {
  readonly methods: string[];
  readonly properties: PropertyFact[];
  readonly mixins: string[];
  /** Access of methods by their node's start index (sections, `private def x`, `class << self`). */
  readonly byStart: Map<number, MemberAccess>;
  /** `private :a, :b` on instance methods. */
  readonly named: Map<string, Visibility>;
  /** `private_class_method :a` on singleton methods. */
  readonly namedStatic: Map<string, Visibility>;
}

interface OpenBody {
  readonly end: number;
  readonly summary: BodySummary;
}

/** The value of a string literal without its delimiters (`'…'`, `"…"`, `%q(…)`, `%(…)`). */
function stringValue(text: string): string {
  if (!text.startsWith('%')) return text.slice(1, -1);
  const opener = text[1] === 'q' || text[1] === 'Q' ? 3 : 2;
  return text.slice(opener, -1);
}

/**
 * Whether the string literal starting at `start` can be a route or SQL string, read from the
 * source before its end is: the value starts after the opening delimiter ({@link stringValue})
 * and ends before a closing one, which is never a word character.
 */
function mayBeStringOfInterest(source: string, start: number): boolean {
  if (source.charAt(start) !== '%') return mayClassifyStringAt(source, start + 1);
  const q = source.charAt(start + 1);
  return mayClassifyStringAt(source, start + (q === 'q' || q === 'Q' ? 3 : 2));
}

/** The text of a heredoc body between its first line break and its end marker. */
function heredocValue(text: string, squiggly: boolean): string {
  const open = text.indexOf('\n');
  const close = text.lastIndexOf('\n');
  if (open === -1 || close <= open) return '';
  const lines = text.slice(open + 1, close).split('\n');
  if (!squiggly) return lines.join('\n');
  const indents = lines
    .filter((line) => line.trim() !== '')
    .map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const indent = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((line) => line.slice(indent)).join('\n');
}

/** `:name` / `'name'` → `name`. */
function symbolName(node: Node): string | null {
  const text = node.text;
  if (node.type === 'simple_symbol') return text.slice(1);
  if (node.type === 'string') return stringValue(text);
  return null;
}

/** `A::B::C` (or `::C`) → `A.B.C`. */
function constantPath(text: string): string {
  return text.replace(/^::/, '').split('::').join('.');
}

function parameterOf(node: Node): ParameterFact {
  const name = fieldText(node, 'name');
  switch (node.type) {
    case 'optional_parameter':
    case 'keyword_parameter':
      return {
        name: name ?? node.text,
        type: null,
        defaultValue: fieldText(node, 'value'),
        rest: false,
      };
    case 'splat_parameter':
      return { name: name ?? '*', type: null, defaultValue: null, rest: true };
    case 'hash_splat_parameter':
      return { name: name ?? '**', type: null, defaultValue: null, rest: true };
    case 'forward_parameter':
      return { name: '...', type: null, defaultValue: null, rest: true };
    case 'block_parameter':
      return { name: name ?? '&', type: null, defaultValue: null, rest: false };
    default:
      return { name: node.text, type: null, defaultValue: null, rest: false };
  }
}

function parametersOf(definition: Node): ParameterFact[] {
  const list = definition.childForFieldName('parameters');
  return list === null
    ? []
    : namedChildren(list)
        .filter((parameter) => parameter.type !== 'comment' && parameter.type !== 'hash_splat_nil')
        .map(parameterOf);
}

function emptySummary(): BodySummary {
  return {
    methods: [],
    properties: [],
    mixins: [],
    byStart: new Map(),
    named: new Map(),
    namedStatic: new Map(),
  };
}

/** `attr_reader :a, :b` → properties. */
function attributeProperties(call: Node, macro: string, visibility: Visibility): PropertyFact[] {
  const args = call.childForFieldName('arguments');
  return (args === null ? [] : namedChildren(args)).flatMap((arg) => {
    const name = symbolName(arg);
    return name === null
      ? []
      : [
          {
            name,
            type: null,
            visibility,
            isStatic: false,
            isReadonly: macro === 'attr_reader',
            line: lineOf(arg),
          },
        ];
  });
}

/**
 * Reads a class, module or `class << self` body in order: visibility sections (`private`),
 * `module_function`, `private :a`, `private def x`, `private attr_reader :a`, mixins,
 * attribute macros, constants and the methods declared.
 */
function summarise(body: Node | null, summary: BodySummary, singleton: boolean): void {
  let section: Visibility = 'public';
  let moduleFunction = singleton;
  for (const child of body === null ? [] : namedChildren(body)) {
    switch (child.type) {
      case 'identifier': {
        const word = child.text;
        if (VISIBILITIES.has(word)) {
          section = word as Visibility;
          moduleFunction = singleton;
        } else if (word === 'module_function') moduleFunction = true;
        break;
      }
      case 'method':
        summary.methods.push(fieldText(child, 'name') ?? '');
        summary.byStart.set(child.startIndex, { visibility: section, isStatic: moduleFunction });
        break;
      case 'singleton_method':
        summary.methods.push(fieldText(child, 'name') ?? '');
        break;
      case 'singleton_class':
        summarise(child.childForFieldName('body'), summary, true);
        break;
      case 'assignment': {
        const left = child.childForFieldName('left');
        if (left?.type === 'constant') {
          summary.properties.push({
            name: left.text,
            type: null,
            visibility: 'public',
            isStatic: true,
            isReadonly: true,
            line: lineOf(child),
          });
        }
        break;
      }
      case 'call':
        if (child.childForFieldName('receiver') === null)
          summariseMacro(child, summary, section, singleton);
        break;
      default:
        break;
    }
  }
}

/** A receiverless call in a class body: a visibility call, a mixin or an attribute macro. */
function summariseMacro(
  call: Node,
  summary: BodySummary,
  section: Visibility,
  singleton: boolean,
): void {
  const macro = fieldText(call, 'method') ?? '';
  const args = call.childForFieldName('arguments');
  if (ATTRIBUTE_MACROS.has(macro)) {
    summary.properties.push(...attributeProperties(call, macro, section));
    return;
  }
  if (MIXINS.has(macro)) {
    for (const arg of args === null ? [] : namedChildren(args)) {
      if (arg.type === 'constant' || arg.type === 'scope_resolution') summary.mixins.push(arg.text);
    }
    return;
  }
  const classMethod = macro === 'private_class_method' || macro === 'public_class_method';
  if (!VISIBILITIES.has(macro) && !classMethod) return;
  const visibility = (classMethod ? macro.slice(0, macro.indexOf('_')) : macro) as Visibility;
  for (const arg of args === null ? [] : namedChildren(args)) {
    if (arg.type === 'method') {
      summary.methods.push(fieldText(arg, 'name') ?? '');
      summary.byStart.set(arg.startIndex, { visibility, isStatic: singleton });
    } else if (arg.type === 'singleton_method') {
      summary.methods.push(fieldText(arg, 'name') ?? '');
      summary.namedStatic.set(fieldText(arg, 'name') ?? '', visibility);
    } else if (arg.type === 'call') {
      const inner = fieldText(arg, 'method') ?? '';
      if (ATTRIBUTE_MACROS.has(inner))
        summary.properties.push(...attributeProperties(arg, inner, visibility));
    } else {
      const name = symbolName(arg);
      if (name !== null)
        (classMethod || singleton ? summary.namedStatic : summary.named).set(name, visibility);
    }
  }
}

/** The text before a call's method name, without the `.`, `&.` or `::` operator. */
function receiverBefore(call: Node, method: Node, source: string): string | null {
  if (method.startIndex === call.startIndex) return null;
  return source
    .slice(call.startIndex, method.startIndex)
    .replace(/\s*(?:&\.|\.|::)\s*$/, '')
    .trim();
}

/** A method name as written: a word, maybe ending in `?` or `!`. */
const METHOD_NAME = /^[A-Za-z_]\w*[?!]?$/;

/**
 * A call's method name, read from the source up to the arguments when it is a plain name (only
 * blanks can sit between such a name and its arguments), else from the node.
 */
function methodName(method: Node, args: Node | null, source: string): string {
  return nameBefore(method, args, source, METHOD_NAME) ?? method.text;
}

/** The `index`-th argument of a call when it is a string literal. */
function stringArgument(args: Node | null, index: number): Node | null {
  const arg = args === null ? null : args.namedChild(index);
  return arg?.type === 'string' ? arg : null;
}

/** Builds Ruby facts from the query's captures. */
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
  const bodies: OpenBody[] = [];
  const heredocs: { squiggly: boolean; line: number; column: number }[] = [];
  let docLines: string[] = [];
  let docEndRow = -2;
  let superCallStart = -1;

  /** The comment block that ends on the line above `node`, or null. */
  const docCommentOf = (node: Node): string | null =>
    docLines.length > 0 && docEndRow === node.startPosition.row - 1
      ? stripCommentMarkers(docLines.join('\n'))
      : null;

  for (const { name: capture, node } of captures) {
    scopes.advance(node);
    while (bodies.length > 0 && (bodies.at(-1) as OpenBody).end <= node.startIndex) bodies.pop();
    switch (capture) {
      case 'comment': {
        const start = node.startIndex;
        const lineStart = source.lastIndexOf('\n', start - 1) + 1;
        const ownLine = source.slice(lineStart, start).trim() === '';
        // A `#` comment runs to the end of its line (the grammar's `#.*`): its text needs no node.
        const lineEnd = source.indexOf('\n', start);
        const text =
          ownLine && source.charAt(start) === '#'
            ? source.slice(start, lineEnd === -1 ? source.length : lineEnd)
            : '';
        if (text === '' || MAGIC_COMMENT.test(text)) {
          docLines = [];
        } else {
          if (node.startPosition.row !== docEndRow + 1) docLines = [];
          docLines.push(text);
          docEndRow = node.startPosition.row;
        }
        break;
      }
      case 'class':
      case 'module': {
        const path = constantPath(fieldText(node, 'name') ?? '');
        const qualifiedName = scopes.push(node, path, 'type');
        const summary = emptySummary();
        summarise(node.childForFieldName('body'), summary, false);
        bodies.push({ end: node.endIndex, summary });
        const superclass = node.childForFieldName('superclass')?.firstNamedChild;
        classes.push({
          name: path.slice(path.lastIndexOf('.') + 1),
          qualifiedName,
          kind: capture === 'module' ? 'module' : 'class',
          extends: superclass === null || superclass === undefined ? [] : [superclass.text],
          implements: summary.mixins,
          methods: summary.methods,
          properties: summary.properties,
          decorators: [],
          isExported: true,
          isAbstract: false,
          visibility: 'public',
          docComment: docCommentOf(node),
          range: rangeOf(node),
        });
        break;
      }
      case 'method':
      case 'singleton_method': {
        const innermost = scopes.innermost;
        const owner =
          innermost?.kind === 'type'
            ? innermost.name.slice(innermost.name.lastIndexOf('.') + 1)
            : null;
        const name = fieldText(node, 'name') ?? '';
        const docComment = docCommentOf(node);
        const qualifiedName = scopes.push(node, name, 'function');
        const summary = owner === null ? undefined : bodies.at(-1)?.summary;
        let visibility: Visibility = 'public';
        let isStatic = capture === 'singleton_method';
        if (summary !== undefined && isStatic) {
          visibility = summary.namedStatic.get(name) ?? 'public';
        } else if (summary !== undefined) {
          const access = summary.byStart.get(node.startIndex);
          isStatic = access?.isStatic ?? false;
          visibility =
            (isStatic ? summary.namedStatic : summary.named).get(name) ??
            access?.visibility ??
            'public';
        }
        let kind: FunctionFact['kind'] = owner === null ? 'function' : 'method';
        if (kind === 'method' && name === 'initialize' && !isStatic) kind = 'constructor';
        functions.push({
          name,
          qualifiedName,
          kind,
          className: owner,
          parameters: parametersOf(node),
          returnType: null,
          isAsync: false,
          isGenerator: false,
          isExported: visibility === 'public',
          isStatic,
          visibility,
          decorators: [],
          docComment,
          range: rangeOf(node),
          bodyLines: bodyLines(node.childForFieldName('body')),
        });
        break;
      }
      case 'call': {
        const method = node.childForFieldName('method');
        const args = node.childForFieldName('arguments');
        const block = node.childForFieldName('block');
        const callee = method === null ? 'call' : methodName(method, args, source);
        const receiver =
          method === null ? fieldText(node, 'receiver') : receiverBefore(node, method, source);
        if (callee === 'super' && method !== null) superCallStart = method.startIndex;
        calls.push({
          callee,
          receiver,
          argumentCount: (args === null ? 0 : args.namedChildCount) + (block === null ? 0 : 1),
          enclosingFunction: scopes.enclosingFunction,
          isConstructor: callee === 'new',
          line: lineOf(node),
          column: columnOf(node),
        });
        const loader = receiver === null ? LOADERS.get(callee) : undefined;
        const path = loader === undefined ? null : stringArgument(args, loader);
        if (path !== null) {
          imports.push({
            module: stringValue(path.text),
            kind: 'require',
            names: [],
            defaultName: null,
            namespaceName: null,
            typeOnly: false,
            sideEffect: false,
            line: lineOf(node),
            column: columnOf(node),
          });
        }
        const envKey = callee === 'fetch' && receiver === 'ENV' ? stringArgument(args, 0) : null;
        if (envKey !== null)
          strings.push(
            envFact(stringValue(envKey.text), 'ENV.fetch', lineOf(node), columnOf(node)),
          );
        break;
      }
      case 'super':
        if (node.startIndex !== superCallStart) {
          calls.push({
            callee: 'super',
            receiver: null,
            argumentCount: 0,
            enclosingFunction: scopes.enclosingFunction,
            isConstructor: false,
            line: lineOf(node),
            column: columnOf(node),
          });
        }
        break;
      case 'element_reference': {
        if (!source.startsWith('ENV[', node.startIndex)) break;
        const key = node.namedChild(1);
        if (key?.type === 'string')
          strings.push(envFact(stringValue(key.text), 'ENV[]', lineOf(node), columnOf(node)));
        break;
      }
      case 'string': {
        if (!mayBeStringOfInterest(source, node.startIndex)) break;
        const fact = stringFact(stringValue(node.text), lineOf(node), columnOf(node));
        if (fact !== null) strings.push(fact);
        break;
      }
      case 'heredoc_start':
        heredocs.push({
          squiggly: source.startsWith('<<~', node.startIndex),
          line: lineOf(node),
          column: columnOf(node),
        });
        break;
      case 'heredoc_body': {
        const start = heredocs.shift();
        if (start === undefined) break;
        const fact = stringFact(heredocValue(node.text, start.squiggly), start.line, start.column);
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
 * Ruby through tree-sitter-ruby 0.23. Modules and classes are scopes: `module A; class B; def m`
 * is `A.B.m`, and `class A::B` is `A.B`. `def` is a `method` inside a class or module and a
 * `function` at top level; `def self.m`, methods of `class << self` and methods after a bare
 * `module_function` are static; `initialize` is the constructor. Visibility is public unless a
 * bare `private`/`protected` section, `private :m`, `private def m` or `private_class_method`
 * says otherwise (a section does not reach `def self.m`, as in Ruby); `isExported` means
 * public, and top-level methods count as public. `attr_*` macros and constants are properties;
 * `include`/`extend`/`prepend` are `implements`. `#` comment lines directly above are doc
 * comments. `require`, `require_relative`, `load` and `autoload` with a literal path are
 * imports. A call is anything with a receiver, arguments, parentheses or a block (a bare word may
 * be a local variable and is not one); its block counts as one argument; `X.new` is a
 * constructor call (so is a bare `new(…)` inside the class). Blocks, procs and lambdas are not
 * facts. Env lookups: `ENV['X']`, `ENV.fetch('X')`.
 */
export const rubyParser = new TreeSitterParser({
  language: 'ruby',
  grammar: { packageName: 'tree-sitter-ruby', wasmFile: 'tree-sitter-ruby.wasm' },
  query: QUERY,
  extract,
});
