import type {
  CallFact,
  ClassFact,
  DecoratorFact,
  ExportFact,
  FunctionFact,
  ImportFact,
  ParameterFact,
  PropertyFact,
  ReferenceFact,
  StringFact,
  VariableTypeFact,
  Visibility,
} from '@drift/core';
import { MAX_REFERENCES_PER_FILE } from '@drift/core';
import type { Node } from 'web-tree-sitter';
import { envFact, mayClassifyStringAt, stringFact } from '../strings-of-interest.js';
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
  typeOf,
  nameBefore,
} from '../tree-sitter/syntax.js';
import { TreeSitterParser, type ExtractedFacts } from '../tree-sitter/tree-sitter-parser.js';
import { resolvableReferences, valueNameOfPath, type ValueName } from '../value-references.js';

/**
 * The nodes the Python extractor needs, found in one type walk (single-node patterns only: see
 * `NodeTypeCaptures`); the extractor checks their parts.
 */
const QUERY = `
(function_definition) @function
(class_definition) @class
(decorated_definition) @decorated
(import_statement) @import
(import_from_statement) @import.from
(future_import_statement) @import.future
(call) @call
(assignment) @assignment
(subscript) @subscript
(string) @string
(yield) @yield
(if_statement) @if
`;

const ENV_OBJECTS = new Set(['os.environ', 'environ']);
const ABSTRACT_BASES = new Set(['ABC', 'abc.ABC']);
const ENUM_BASES = new Set(['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'enum.Enum']);
const PROTOCOL_BASES = new Set(['Protocol', 'typing.Protocol']);

type MutableFunction = { -readonly [K in keyof FunctionFact]: FunctionFact[K] };

/** `_x` → protected, `__x` → private (name-mangled), `__x__` and the rest → public. */
function visibilityOf(name: string): Visibility {
  if (name.startsWith('__') && !name.endsWith('__')) return 'private';
  if (name.startsWith('_') && !(name.startsWith('__') && name.endsWith('__'))) return 'protected';
  return 'public';
}

const STRING_DELIMITERS = /^([A-Za-z]{0,3})('''|"""|'|")([\s\S]*)\2$/;
const TYPE_CHECKING = /^(typing\.)?TYPE_CHECKING$/;
/** An assignment's start up to its value: an ASCII name, then `=` between blanks. */
const NAME_THEN_EQUALS = /[A-Za-z_]\w*[ \t]*=[ \t]*/y;
/** An assignment to an attribute, a subscript or several targets (`self.x =`, `a[0] =`, `a, b =`). */
const NOT_A_NAME_TARGET = /[A-Za-z_]\w*[ \t]*[.[,]/y;
/** The start of a call's callee that {@link CLASS_PATH} accepts (`UserRepo`, `models.UserRepo`). */
const CLASS_PATH_START = /(?:[A-Za-z_]\w*\.)*[A-Z]\w*[a-z]/y;
/** A string literal's start: up to three prefix letters (`rb`, `f`), then a quote. */
const STRING_START = /[A-Za-z]{0,3}['"]/y;

/**
 * The body text of a string literal, without its prefix and quotes (interpolations kept as
 * written), read from the node's text alone: no child nodes are created.
 */
function stringValue(node: Node): string {
  const text = node.text;
  return STRING_DELIMITERS.exec(text)?.[3] ?? text;
}

/**
 * Whether the string literal starting at `start` can be a route or SQL string, read from the
 * source before its end is: its body starts after the prefix and the opening quote (or three).
 * A literal {@link STRING_DELIMITERS} does not match is its own value and starts with a quote or
 * a prefix too short for a SQL verb, so it never classifies.
 */
function mayBeStringOfInterest(source: string, start: number): boolean {
  let quote = start;
  while (quote < start + 3 && /[A-Za-z]/.test(source.charAt(quote))) quote += 1;
  const char = source.charAt(quote);
  if (char !== '"' && char !== "'") return false;
  const triple = source.startsWith(char.repeat(3), quote);
  return mayClassifyStringAt(source, quote + (triple ? 3 : 1));
}

/**
 * A docstring: the first statement of a body, when it is a lone string. A body starts with its
 * first statement, so one that does not start like a string literal has none (read from the
 * source: most functions have no docstring).
 */
function docstringOf(body: Node | null, source: string): Node | null {
  if (body === null) return null;
  STRING_START.lastIndex = body.startIndex;
  if (!STRING_START.test(source)) return null;
  const first = body.firstNamedChild;
  if (first?.type !== 'expression_statement') return null;
  const expression = first.firstNamedChild;
  return expression?.type === 'string' && first.namedChildCount === 1 ? expression : null;
}

function cleanDocstring(node: Node): string {
  const lines = stringValue(node).split('\n');
  const indents = lines
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => /^\s*/.exec(line)?.[0].length ?? 0);
  const indent = indents.length === 0 ? 0 : Math.min(...indents);
  return [lines[0] ?? '', ...lines.slice(1).map((line) => line.slice(indent))].join('\n').trim();
}

/** The decorators of a definition, from the `decorated_definition` that wraps it, if any. */
function decoratorsOf(wrapper: Node | undefined): DecoratorFact[] {
  if (wrapper === undefined) return [];
  return namedChildren(wrapper)
    .filter((child) => child.type === 'decorator')
    .map((decorator) => {
      const expression = decorator.firstNamedChild;
      if (expression?.type === 'call') {
        const args = expression.childForFieldName('arguments');
        return {
          name: fieldText(expression, 'function') ?? expression.text,
          arguments: args === null ? null : args.text.slice(1, -1).trim(),
        };
      }
      return { name: expression?.text ?? decorator.text.slice(1).trim(), arguments: null };
    });
}

function parameterOf(node: Node): ParameterFact | null {
  switch (node.type) {
    case 'identifier':
      return { name: node.text, type: null, defaultValue: null, rest: false };
    case 'list_splat_pattern':
    case 'dictionary_splat_pattern':
      return {
        name: node.namedChildren[0]?.text ?? node.text,
        type: null,
        defaultValue: null,
        rest: true,
      };
    case 'typed_parameter': {
      const inner = node.namedChildren[0];
      const base = inner === null || inner === undefined ? null : parameterOf(inner);
      return {
        name: base?.name ?? node.text,
        type: fieldText(node, 'type'),
        defaultValue: null,
        rest: base?.rest ?? false,
      };
    }
    case 'default_parameter':
    case 'typed_default_parameter':
      return {
        name: fieldText(node, 'name') ?? node.text,
        type: fieldText(node, 'type'),
        defaultValue: fieldText(node, 'value'),
        rest: false,
      };
    default:
      return null;
  }
}

/**
 * The imports of an `import` (`statement` 'import'), `from … import` ('from') or
 * `from __future__ import` ('future') statement.
 */
function importsOf(
  node: Node,
  statement: 'import' | 'from' | 'future',
  typeOnly: boolean,
  source: string,
): ImportFact[] {
  const line = lineOf(node);
  const column = columnOf(node);
  const base = { namespaceName: null, typeOnly, sideEffect: false, line, column } as const;
  if (statement === 'import') {
    return node.childrenForFieldName('name').flatMap((name): ImportFact[] => {
      if (name === null) return [];
      const aliased = name.type === 'aliased_import';
      return [
        {
          ...base,
          module: aliased ? (fieldText(name, 'name') ?? name.text) : name.text,
          kind: 'import',
          names: [],
          defaultName: aliased ? fieldText(name, 'alias') : null,
        },
      ];
    });
  }
  const module = statement === 'future' ? '__future__' : (fieldText(node, 'module_name') ?? '');
  const names = node.childrenForFieldName('name').flatMap((name) => {
    if (name === null) return [];
    return name.type === 'aliased_import'
      ? [{ name: fieldText(name, 'name') ?? name.text, alias: fieldText(name, 'alias') }]
      : [{ name: name.text, alias: null }];
  });
  // A wildcard is a `*` of the statement's text: the children are read only when there is one.
  if (
    source.slice(node.startIndex, node.endIndex).includes('*') &&
    namedChildren(node).some((child) => child.type === 'wildcard_import')
  )
    names.push({ name: '*', alias: null });
  return [{ ...base, module, kind: 'import', names, defaultName: null }];
}

/** The annotated parameters of a function definition: name → written type. */
function parameterAnnotations(definition: Node): Map<string, string> {
  const annotations = new Map<string, string>();
  const parameters = definition.childForFieldName('parameters');
  for (const node of parameters === null ? [] : namedChildren(parameters)) {
    const parameter = parameterOf(node);
    if (parameter !== null && parameter.type !== null)
      annotations.set(parameter.name, parameter.type);
  }
  return annotations;
}

/**
 * Properties: class-level assignments, and `self.x = …` in `__init__`. An unannotated
 * `self.x = p` of an annotated parameter `p` has `p`'s type, as mypy infers it (constructor
 * injection: `def __init__(self, repo: Repo): self.repo = repo`).
 */
function propertiesOf(body: Node | null): PropertyFact[] {
  if (body === null) return [];
  const properties = new Map<string, PropertyFact>();
  for (const statement of namedChildren(body)) {
    const statementType = typeOf(statement);
    const assignment = statementType === 'expression_statement' ? statement.firstNamedChild : null;
    const left =
      assignment !== null && typeOf(assignment) === 'assignment'
        ? assignment.childForFieldName('left')
        : null;
    if (assignment !== null && left?.type === 'identifier') {
      properties.set(left.text, {
        name: left.text,
        type: fieldText(assignment, 'type'),
        visibility: visibilityOf(left.text),
        isStatic: true,
        isReadonly: false,
        line: lineOf(statement),
      });
    }
    const definition =
      statementType === 'decorated_definition'
        ? statement.childForFieldName('definition')
        : statement;
    if (
      definition !== null &&
      typeOf(definition) === 'function_definition' &&
      fieldText(definition, 'name') === '__init__'
    ) {
      const annotations = parameterAnnotations(definition);
      for (const inner of definition.descendantsOfType('assignment')) {
        const target = inner?.childForFieldName('left');
        if (
          inner === null ||
          target?.type !== 'attribute' ||
          fieldText(target, 'object') !== 'self'
        )
          continue;
        const name = fieldText(target, 'attribute') ?? '';
        const right = inner.childForFieldName('right');
        const assigned = right?.type === 'identifier' ? annotations.get(right.text) : undefined;
        if (!properties.has(name)) {
          properties.set(name, {
            name,
            type: fieldText(inner, 'type') ?? assigned ?? null,
            visibility: visibilityOf(name),
            isStatic: false,
            isReadonly: false,
            line: lineOf(inner),
          });
        }
      }
    }
  }
  return [...properties.values()];
}

/** `a.b.c` → callee `c`, receiver `a.b`; a text without a dot is the callee. */
function splitAttribute(text: string): { callee: string; receiver: string | null } {
  const dot = text.lastIndexOf('.');
  return dot === -1
    ? { callee: text, receiver: null }
    : { callee: text.slice(dot + 1).trim(), receiver: text.slice(0, dot).trim() };
}

/**
 * Callee and receiver from the callee's text: an attribute's last `.` separates them. A name or
 * attribute path, most callees, is read from the source between the call's start and its
 * arguments (only blanks can sit between them; a path with a dot is an attribute); other callees
 * from their node.
 */
function calleeOf(
  call: Node,
  args: Node | null,
  source: string,
): { callee: string; receiver: string | null } {
  const path = nameBefore(call, args, source, NAME_PATH);
  if (path !== null) return splitAttribute(path);
  const target = call.childForFieldName('function');
  if (target === null) return { callee: call.text, receiver: null };
  const text = source.slice(target.startIndex, target.endIndex);
  return target.type === 'attribute' ? splitAttribute(text) : { callee: text, receiver: null };
}

/** A name or attribute path (`f`, `self.repo.save`). */
const NAME_PATH = /^[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*$/;
/** What can follow an argument before the next one: blanks and a comma. */
const ARGUMENT_TAIL = /\s*,?\s*$/;
/** A comment or a line continuation, which only the node can skip. */
const COMMENT = /[#\\]/;

/** A name or attribute passed as a value, else null. */
function nameValue(node: Node, type: string): { value: ValueName; at: Node } | null {
  if (type !== 'identifier' && type !== 'attribute') return null;
  const value = valueNameOfPath(node.text);
  return value === null ? null : { value, at: node };
}

/**
 * A call argument that passes a name as a value: `work`, `views.index`, `target=work`. `text` is
 * its text as the source tells it (`argumentSourceTexts`), null when only the node can: a text
 * without `=` (no keyword argument) that is no name path rules the argument out unread.
 */
function argumentValue(argument: Node, text: string | null): { value: ValueName; at: Node } | null {
  if (text !== null && !text.includes('=')) {
    const value = valueNameOfPath(text);
    if (value === null) return null;
    const type = argument.type;
    return type === 'identifier' || type === 'attribute' ? { value, at: argument } : null;
  }
  const type = argument.type;
  if (type !== 'keyword_argument') return nameValue(argument, type);
  const inner = argument.childForFieldName('value');
  return inner === null ? null : nameValue(inner, inner.type);
}

/** A class name by PEP 8 (`UserRepo`, `models.UserRepo`), not a constant (`MAX`). */
const CLASS_PATH = /^(?:[A-Za-z_]\w*\.)*[A-Z]\w*[a-z]\w*$/;

/**
 * Whether the assignment starting at `start` may give a name a type ({@link assignedType}), read
 * from the source: not when its target is no name (`self.x = …`), nor when it is `name = value`
 * and the value cannot start a constructor call (`x = 1`, `x = f(y)`, `x = [..]`). Anything else
 * (an annotation, a non-ASCII name, a line continuation) is left to the nodes.
 */
function mayStateType(source: string, start: number): boolean {
  NAME_THEN_EQUALS.lastIndex = start;
  if (!NAME_THEN_EQUALS.test(source)) {
    NOT_A_NAME_TARGET.lastIndex = start;
    return !NOT_A_NAME_TARGET.test(source);
  }
  const value = NAME_THEN_EQUALS.lastIndex;
  const first = source.charAt(value);
  if (/[A-Za-z_]/.test(first)) {
    CLASS_PATH_START.lastIndex = value;
    return CLASS_PATH_START.test(source);
  }
  // A value starting with a digit, quote, bracket or operator is no call of a class path.
  return !/[\x21-\x7e]/.test(first) || first === '\\' || first === '#';
}

/** The type an assignment states: its annotation, or the class of a constructor call (`UserRepo()`). */
function assignedType(assignment: Node): string | null {
  const annotation = fieldText(assignment, 'type');
  if (annotation !== null) return annotation;
  const right = assignment.childForFieldName('right');
  if (right?.type !== 'call') return null;
  const callee = fieldText(right, 'function');
  return callee !== null && CLASS_PATH.test(callee) ? callee : null;
}

function firstStringArgument(args: readonly (Node | null)[]): string | null {
  const first = args[0];
  return first?.type === 'string' ? stringValue(first) : null;
}

/** `if TYPE_CHECKING:` / `if typing.TYPE_CHECKING:`, the condition read only when the text may be one. */
function isTypeCheckingBlock(node: Node, source: string): boolean {
  const colon = source.indexOf(':', node.startIndex);
  if (colon === -1 || !source.slice(node.startIndex, colon).includes('TYPE_CHECKING')) return false;
  const condition = node.childForFieldName('condition');
  const type = condition?.type;
  return (
    condition !== null &&
    (type === 'identifier' || type === 'attribute') &&
    TYPE_CHECKING.test(condition.text)
  );
}

/**
 * The list or tuple assigned to `__all__` by a statement (`__all__ = […]`), else null; the
 * target's text is read only when the source starts with the name.
 */
function exportListOf(assignment: Node, left: Node, source: string): Node | null {
  if (!source.startsWith('__all__', assignment.startIndex) || left.text !== '__all__') return null;
  const right = assignment.childForFieldName('right');
  return right !== null && right.isNamed && assignment.parent?.type === 'expression_statement'
    ? right
    : null;
}

/** `__all__ = ['a', 'b']`: one named export per string of the list or tuple. */
function exportsOf(list: Node, exports: ExportFact[]): void {
  const type = list.type;
  if (type !== 'list' && type !== 'tuple') return;
  for (const item of namedChildren(list)) {
    if (item.type === 'string') {
      exports.push({
        name: stringValue(item),
        alias: null,
        kind: 'named',
        module: null,
        typeOnly: false,
        line: lineOf(item),
      });
    }
  }
}

/** Builds Python facts from the query's captures. */
function extract(
  captures: readonly NodeCapture[],
  _root: Node,
  _path: string,
  source: string,
): ExtractedFacts {
  const scopes = new ScopeStack();
  const functions: MutableFunction[] = [];
  const functionsByQualifiedName = new Map<string, MutableFunction>();
  const classes: ClassFact[] = [];
  const imports: ImportFact[] = [];
  const exports: ExportFact[] = [];
  const calls: CallFact[] = [];
  const references: ReferenceFact[] = [];
  const variableTypes: VariableTypeFact[] = [];
  const strings: StringFact[] = [];
  const docstrings = new Set<number>();
  /** `decorated_definition` nodes by the id of the definition they wrap. */
  const decorated = new Map<number, Node>();
  let typeCheckingEnd = -1;

  for (const { name: capture, node } of captures) {
    scopes.advance(node);
    switch (capture) {
      case 'function': {
        const name = fieldText(node, 'name') ?? '';
        const owner = scopes.innermost?.kind === 'type' ? scopes.innermost.name : null;
        const nested = scopes.enclosingFunction !== null;
        const qualifiedName = scopes.push(node, name, 'function');
        const decorators = decoratorsOf(decorated.get(node.id));
        const decoratorNames = new Set(decorators.map((d) => d.name));
        const body = node.childForFieldName('body');
        const docstring = docstringOf(body, source);
        if (docstring !== null) docstrings.add(docstring.id);
        let kind: FunctionFact['kind'] = owner === null ? 'function' : 'method';
        if (owner !== null && name === '__init__') kind = 'constructor';
        else if (decoratorNames.has('property')) kind = 'getter';
        else if (decorators.some((d) => d.name.endsWith('.setter'))) kind = 'setter';
        const fact: MutableFunction = {
          name,
          qualifiedName,
          kind,
          className: owner,
          parameters: namedChildren(node.childForFieldName('parameters') ?? node)
            .map(parameterOf)
            .filter((p): p is ParameterFact => p !== null),
          returnType: fieldText(node, 'return_type'),
          // The first token: `async` or `def`.
          isAsync: source.startsWith('async', node.startIndex),
          isGenerator: false,
          isExported: !nested && visibilityOf(name) === 'public',
          isStatic: decoratorNames.has('staticmethod') || decoratorNames.has('classmethod'),
          visibility: visibilityOf(name),
          decorators,
          docComment: docstring === null ? null : cleanDocstring(docstring),
          range: rangeOf(node),
          bodyLines: bodyLines(body),
        };
        functions.push(fact);
        functionsByQualifiedName.set(qualifiedName, fact);
        break;
      }
      case 'class': {
        const name = fieldText(node, 'name') ?? '';
        const topLevel = scopes.depth === 0;
        const qualifiedName = scopes.push(node, name, 'type');
        const body = node.childForFieldName('body');
        const docstring = docstringOf(body, source);
        if (docstring !== null) docstrings.add(docstring.id);
        const superclassList = node.childForFieldName('superclasses');
        const superclassNodes = namedChildren(superclassList ?? node);
        const superclasses = superclassNodes.filter((arg) => {
          const type = typeOf(arg);
          return type !== 'keyword_argument' && type !== 'comment';
        });
        const bases = superclassList === null ? [] : superclasses.map((b) => b.text);
        const metaclass = superclassNodes.find(
          (arg) => typeOf(arg) === 'keyword_argument' && fieldText(arg, 'name') === 'metaclass',
        );
        const methods = namedChildren(body ?? node)
          .map((statement) =>
            typeOf(statement) === 'decorated_definition'
              ? statement.childForFieldName('definition')
              : statement,
          )
          .filter(
            (definition): definition is Node =>
              definition !== null && typeOf(definition) === 'function_definition',
          )
          .map((definition) => fieldText(definition, 'name') ?? '');
        let kind: ClassFact['kind'] = 'class';
        if (bases.some((b) => ENUM_BASES.has(b))) kind = 'enum';
        else if (bases.some((b) => PROTOCOL_BASES.has(b))) kind = 'interface';
        classes.push({
          name,
          qualifiedName,
          kind,
          extends: bases,
          implements: [],
          methods,
          properties: propertiesOf(body),
          decorators: decoratorsOf(decorated.get(node.id)),
          isExported: topLevel && visibilityOf(name) === 'public',
          isAbstract:
            bases.some((b) => ABSTRACT_BASES.has(b)) ||
            /ABCMeta$/.test(metaclass === undefined ? '' : (fieldText(metaclass, 'value') ?? '')),
          visibility: visibilityOf(name),
          docComment: docstring === null ? null : cleanDocstring(docstring),
          range: rangeOf(node),
        });
        break;
      }
      case 'decorated': {
        const definition = node.childForFieldName('definition');
        if (definition !== null) decorated.set(definition.id, node);
        break;
      }
      case 'if':
        if (isTypeCheckingBlock(node, source)) typeCheckingEnd = node.endIndex;
        break;
      case 'import':
      case 'import.from':
      case 'import.future': {
        const statement =
          capture === 'import' ? 'import' : capture === 'import.from' ? 'from' : 'future';
        imports.push(...importsOf(node, statement, node.startIndex < typeCheckingEnd, source));
        break;
      }
      case 'call': {
        const argumentList = node.childForFieldName('arguments');
        const { callee, receiver } = calleeOf(node, argumentList, source);
        const args = argumentList?.namedChildren ?? [];
        const texts = argumentSourceTexts(args, source, ARGUMENT_TAIL, COMMENT);
        const enclosingFunction = scopes.enclosingFunction;
        calls.push({
          callee,
          receiver,
          argumentCount: args.length,
          enclosingFunction,
          isConstructor: /^[A-Z]/.test(callee) && /[a-z]/.test(callee),
          line: lineOf(node),
          column: columnOf(node),
        });
        collectArgumentReferences(
          args,
          (argument, index) => argumentValue(argument, texts[index] ?? null),
          { call: callee, callReceiver: receiver, enclosingFunction },
          references,
        );
        const envLookup =
          (callee === 'getenv' && receiver === 'os') ||
          (callee === 'get' && receiver !== null && ENV_OBJECTS.has(receiver));
        const envName = envLookup ? firstStringArgument(args) : null;
        if (envName !== null) {
          strings.push(
            envFact(
              envName,
              receiver === 'os' ? 'os.getenv' : 'os.environ',
              lineOf(node),
              columnOf(node),
            ),
          );
        }
        break;
      }
      case 'assignment': {
        if (
          !source.startsWith('__all__', node.startIndex) &&
          (scopes.innermost?.kind === 'type' || !mayStateType(source, node.startIndex))
        )
          break;
        const left = node.childForFieldName('left');
        if (left?.type !== 'identifier') break;
        const exported = exportListOf(node, left, source);
        if (exported !== null) exportsOf(exported, exports);
        if (scopes.innermost?.kind === 'type') break;
        const type = assignedType(node);
        if (type !== null) {
          variableTypes.push({
            name: left.text.trim(),
            type,
            enclosingFunction: scopes.enclosingFunction,
            line: lineOf(node),
          });
        }
        break;
      }
      case 'subscript': {
        if (
          !source.startsWith('os.environ', node.startIndex) &&
          !source.startsWith('environ', node.startIndex)
        )
          break;
        const value = fieldText(node, 'value');
        const key = node.childForFieldName('subscript');
        if (value !== null && ENV_OBJECTS.has(value) && key?.type === 'string') {
          strings.push(envFact(stringValue(key), 'os.environ', lineOf(node), columnOf(node)));
        }
        break;
      }
      case 'string': {
        if (!mayBeStringOfInterest(source, node.startIndex) || docstrings.has(node.id)) break;
        const fact = stringFact(stringValue(node), lineOf(node), columnOf(node));
        if (fact !== null) strings.push(fact);
        break;
      }
      case 'yield': {
        const owner = scopes.enclosingFunction;
        const fact = owner === null ? undefined : functionsByQualifiedName.get(owner);
        if (fact !== undefined) fact.isGenerator = true;
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
    exports,
    calls,
    references: resolvableReferences(references, { imports, functions }, MAX_REFERENCES_PER_FILE),
    variableTypes,
    strings,
  };
}

/**
 * Python through tree-sitter-python 0.25.0. Qualified names follow nesting (`Class.method`,
 * `outer.inner`); `__init__` is the constructor; `@property` / `@x.setter` make getters and
 * setters; visibility follows the underscore conventions (PEP 8); `__all__` lists the exports;
 * imports under `if TYPE_CHECKING:` are type-only; env lookups are `os.environ[…]`,
 * `os.environ.get(…)` and `os.getenv(…)`.
 */
export const pythonParser = new TreeSitterParser({
  language: 'python',
  grammar: { packageName: 'tree-sitter-python', wasmFile: 'tree-sitter-python.wasm' },
  query: QUERY,
  extract,
});
