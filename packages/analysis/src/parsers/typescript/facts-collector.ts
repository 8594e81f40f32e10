import type {
  CallFact,
  ClassFact,
  DecoratorFact,
  ExportFact,
  FunctionFact,
  FunctionKind,
  ImportFact,
  ParameterFact,
  PropertyFact,
  ReferenceFact,
  StringFact,
  VariableTypeFact,
  Visibility,
} from '@drift/core';
import { MAX_REFERENCES_PER_FILE } from '@drift/core';
import type ts from 'typescript';
import { envFact, stringFact } from '../strings-of-interest.js';
import type { SourceText } from './source-text.js';
import { resolvableReferences } from '../value-references.js';
import { declaredTypeOf, valueNameOf } from './argument-values.js';

type TS = typeof import('typescript');
type FunctionLike =
  | ts.FunctionDeclaration
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.AccessorDeclaration
  | ts.ArrowFunction
  | ts.FunctionExpression;
type MutableFunction = { -readonly [K in keyof FunctionFact]: FunctionFact[K] };
type MutableClass = { -readonly [K in keyof ClassFact]: ClassFact[K] };

interface Scope {
  readonly name: string;
  readonly qualifiedName: string;
  readonly kind: 'function' | 'class' | 'object';
}

/** How a function was declared: what gives it its name and modifiers. */
interface FunctionSite {
  readonly name: string;
  readonly kind: FunctionKind;
  /** The node carrying the modifiers, decorators and JSDoc (a method, or a variable statement). */
  readonly declaration: ts.Node;
  /** Where the range starts (the name of a variable-bound function). */
  readonly start: number;
  readonly exported: boolean;
}

/** A reference before its position is read: the argument node stands for it. */
type PassedName = Omit<ReferenceFact, 'line' | 'column'> & { readonly argument: ts.Expression };

/** The extracted facts of one file (the parser adds language, package and errorCount). */
export interface CollectedFacts {
  readonly functions: FunctionFact[];
  readonly classes: ClassFact[];
  readonly imports: ImportFact[];
  readonly exports: ExportFact[];
  readonly calls: CallFact[];
  readonly references: ReferenceFact[];
  readonly variableTypes: VariableTypeFact[];
  readonly strings: StringFact[];
}

/**
 * Walks a TypeScript/JavaScript syntax tree once (`forEachChild`, no parent pointers) and
 * collects its facts. Scopes are tracked on a stack while descending.
 */
export class FactsCollector {
  /** Functions in source order; overload signatures folded into their implementation. */
  readonly functions: MutableFunction[] = [];
  /** Classes, interfaces, enums and type-literal aliases in source order. */
  readonly classes: MutableClass[] = [];
  /** Static imports, `require()` and dynamic `import()`, in source order. */
  readonly imports: ImportFact[] = [];
  /** Export declarations and re-exports, in source order. */
  readonly exports: ExportFact[] = [];
  /** Call sites (and `new X()`) in source order. */
  readonly calls: CallFact[] = [];
  /** Functions passed as call arguments (bare names only when imported or declared here). */
  references: ReferenceFact[] = [];
  /** Candidate references, positioned once filtered (`resolvableReferences`): most are variables. */
  readonly #passedNames: PassedName[] = [];
  /** Variables with an annotation, a `new` initialiser or an `as` assertion. */
  readonly variableTypes: VariableTypeFact[] = [];
  /** Route, SQL and environment strings of interest. */
  readonly strings: StringFact[] = [];
  readonly #scopes: Scope[] = [];
  readonly #handled = new Set<ts.Node>();
  /** Methods of object literals, by the object's top-level name, exported with the object. */
  readonly #objectMethods = new Map<string, MutableFunction[]>();
  /**
   * The return type of the last overload signature per class and name: an overloaded
   * implementation's own signature is hidden from callers, so its return type is the overloads'.
   */
  readonly #overloadReturnTypes = new Map<string, string>();
  readonly #k: TS['SyntaxKind'];

  constructor(
    private readonly ts: TS,
    private readonly src: SourceText,
  ) {
    this.#k = ts.SyntaxKind;
  }

  /** Collects every fact of the file. */
  collect(): CollectedFacts {
    this.#visit(this.src.file);
    this.#markNamedExports();
    this.references = resolvableReferences(this.#passedNames, this, MAX_REFERENCES_PER_FILE).map(
      (passed) => {
        const { line, column } = this.src.position(passed.argument.getStart(this.src.file));
        return {
          name: passed.name,
          receiver: passed.receiver,
          enclosingFunction: passed.enclosingFunction,
          call: passed.call,
          callReceiver: passed.callReceiver,
          line,
          column,
        };
      },
    );
    return this;
  }

  #visit = (node: ts.Node): void => {
    const k = this.#k;
    if (node.kind >= k.FirstTypeNode && node.kind <= k.LastTypeNode) return;
    switch (node.kind) {
      case k.FunctionDeclaration:
        this.#functionDeclaration(node as ts.FunctionDeclaration);
        return;
      case k.ClassDeclaration:
      case k.ClassExpression:
        this.#classLike(node as ts.ClassLikeDeclaration, undefined);
        return;
      case k.InterfaceDeclaration:
        this.#interface(node as ts.InterfaceDeclaration);
        return;
      case k.EnumDeclaration:
        this.#enum(node as ts.EnumDeclaration);
        break;
      case k.VariableStatement:
        this.#variableStatement(node as ts.VariableStatement);
        return;
      case k.ImportDeclaration:
        this.#importDeclaration(node as ts.ImportDeclaration);
        return;
      case k.ImportEqualsDeclaration:
        this.#importEquals(node as ts.ImportEqualsDeclaration);
        return;
      case k.ExportDeclaration:
        this.#exportDeclaration(node as ts.ExportDeclaration);
        return;
      case k.ExportAssignment:
        this.#exportAssignment(node as ts.ExportAssignment);
        return;
      case k.TypeAliasDeclaration:
        if (this.#hasModifier(node, k.ExportKeyword)) {
          this.#exportName((node as ts.TypeAliasDeclaration).name.text, node, true);
        }
        return;
      case k.CallExpression:
        this.#call(node as ts.CallExpression);
        break;
      case k.NewExpression:
        this.#newExpression(node as ts.NewExpression);
        break;
      case k.BinaryExpression:
        if (this.#commonJsExport(node as ts.BinaryExpression)) return;
        break;
      case k.PropertyAccessExpression:
        this.#envProperty(node as ts.PropertyAccessExpression);
        break;
      case k.ElementAccessExpression:
        this.#envElement(node as ts.ElementAccessExpression);
        break;
      case k.StringLiteral:
      case k.NoSubstitutionTemplateLiteral:
        this.#string((node as ts.StringLiteralLike).text, node);
        return;
      case k.TemplateExpression:
        this.#string(this.src.text(node).slice(1, -1), node);
        break;
      case k.ArrowFunction:
      case k.FunctionExpression:
        this.#anonymousFunction(node as ts.ArrowFunction | ts.FunctionExpression);
        return;
      default:
        if (node.kind < k.FirstNode) return;
        break;
    }
    this.ts.forEachChild(node, this.#visit);
  };

  // ---- scopes ---------------------------------------------------------------------------

  #qualify(name: string): string {
    const top = this.#scopes.at(-1);
    return top === undefined ? name : `${top.qualifiedName}.${name}`;
  }

  #within(scope: Scope, fn: () => void): void {
    this.#scopes.push(scope);
    try {
      fn();
    } finally {
      this.#scopes.pop();
    }
  }

  #enclosingFunction(): string | null {
    for (let i = this.#scopes.length - 1; i >= 0; i -= 1) {
      const scope = this.#scopes[i] as Scope;
      if (scope.kind === 'function') return scope.qualifiedName;
    }
    return null;
  }

  // ---- modifiers and decorators ---------------------------------------------------------

  #hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
    return (
      this.ts.canHaveModifiers(node) &&
      (this.ts.getModifiers(node)?.some((m) => m.kind === kind) ?? false)
    );
  }

  #visibility(node: ts.Node, fallback: Visibility | null): Visibility | null {
    const k = this.#k;
    if (this.#hasModifier(node, k.PrivateKeyword)) return 'private';
    if (this.#hasModifier(node, k.ProtectedKeyword)) return 'protected';
    if (this.#hasModifier(node, k.PublicKeyword)) return 'public';
    const name = (node as { name?: ts.Node }).name;
    if (name !== undefined && name.kind === k.PrivateIdentifier) return 'private';
    return fallback;
  }

  #decorators(node: ts.Node): DecoratorFact[] {
    const decorators = this.ts.canHaveDecorators(node) ? this.ts.getDecorators(node) : undefined;
    return (decorators ?? []).map((decorator) => {
      const expression = decorator.expression;
      if (this.ts.isCallExpression(expression)) {
        const args = expression.arguments;
        return {
          name: this.src.text(expression.expression),
          arguments: this.src.file.text.slice(args.pos, args.end).trim(),
        };
      }
      return { name: this.src.text(expression), arguments: null };
    });
  }

  #parameters(parameters: ts.NodeArray<ts.ParameterDeclaration>): ParameterFact[] {
    return parameters.map((parameter) => ({
      name: this.src.text(parameter.name),
      type: parameter.type === undefined ? null : this.src.text(parameter.type),
      defaultValue:
        parameter.initializer === undefined ? null : this.src.text(parameter.initializer),
      rest: parameter.dotDotDotToken !== undefined,
    }));
  }

  #propertyName(name: ts.PropertyName | ts.BindingName): string | null {
    const k = this.#k;
    if (name.kind === k.Identifier || name.kind === k.PrivateIdentifier)
      return (name as ts.Identifier).text;
    if (name.kind === k.StringLiteral || name.kind === k.NumericLiteral)
      return (name as ts.StringLiteral).text;
    if (name.kind === k.ComputedPropertyName) return this.src.text(name);
    return null;
  }

  // ---- functions -------------------------------------------------------------------------

  /** Records a function fact and visits its body inside its scope. */
  #function(fn: FunctionLike, site: FunctionSite, className: string | null): void {
    const k = this.#k;
    const qualifiedName = this.#qualify(site.name);
    const isClassMember = className !== null;
    this.functions.push({
      name: site.name,
      qualifiedName,
      kind: site.kind,
      className,
      parameters: this.#parameters(fn.parameters),
      returnType:
        fn.type === undefined
          ? (this.#overloadReturnTypes.get(`${className ?? ''}\0${site.name}`) ?? null)
          : this.src.text(fn.type),
      isAsync: this.#hasModifier(fn, k.AsyncKeyword),
      isGenerator: (fn as { asteriskToken?: ts.Node }).asteriskToken !== undefined,
      isExported: site.exported,
      isStatic: this.#hasModifier(site.declaration, k.StaticKeyword),
      visibility: this.#visibility(site.declaration, isClassMember ? 'public' : null),
      decorators: this.#decorators(site.declaration),
      docComment: this.src.docComment(site.declaration.pos),
      range: this.src.range(site.start, fn.end),
      bodyLines: this.src.bodyLines(fn.body),
    });
    for (const decorator of (this.ts.canHaveDecorators(site.declaration)
      ? this.ts.getDecorators(site.declaration)
      : undefined) ?? []) {
      this.#visit(decorator);
    }
    this.#within({ name: site.name, qualifiedName, kind: 'function' }, () => {
      for (const parameter of fn.parameters) this.#visit(parameter);
      if (fn.body !== undefined) this.#visit(fn.body);
    });
  }

  /** Records an overload signature's return type (a declaration without a body). */
  #overloadSignature(className: string | null, name: string, type: ts.TypeNode | undefined): void {
    if (type !== undefined)
      this.#overloadReturnTypes.set(`${className ?? ''}\0${name}`, this.src.text(type));
  }

  #functionDeclaration(node: ts.FunctionDeclaration): void {
    const k = this.#k;
    if (node.body === undefined) {
      if (node.name !== undefined) this.#overloadSignature(null, node.name.text, node.type);
      return;
    }
    const isDefault = this.#hasModifier(node, k.DefaultKeyword);
    const exported = this.#hasModifier(node, k.ExportKeyword);
    const name = node.name?.text ?? 'default';
    if (exported) {
      this.exports.push(
        this.#exportFact(name, null, isDefault ? 'default' : 'named', null, false, node),
      );
    }
    this.#function(
      node,
      {
        name,
        kind: 'function',
        declaration: node,
        start: this.src.startAfterDecorators(node),
        exported,
      },
      null,
    );
  }

  /** Arrow functions and function expressions that are not bound to a name: scope-less. */
  #anonymousFunction(node: ts.ArrowFunction | ts.FunctionExpression): void {
    this.ts.forEachChild(node, this.#visit);
  }

  #functionInitializer(
    expression: ts.Expression | undefined,
  ): ts.ArrowFunction | ts.FunctionExpression | undefined {
    let current = expression;
    while (
      current !== undefined &&
      (this.ts.isParenthesizedExpression(current) ||
        this.ts.isAsExpression(current) ||
        this.ts.isSatisfiesExpression(current))
    ) {
      current = current.expression;
    }
    return current !== undefined &&
      (this.ts.isArrowFunction(current) || this.ts.isFunctionExpression(current))
      ? current
      : undefined;
  }

  // ---- variables, objects ---------------------------------------------------------------

  #variableStatement(node: ts.VariableStatement): void {
    const exported = this.#hasModifier(node, this.#k.ExportKeyword);
    for (const declaration of node.declarationList.declarations) {
      const name = this.ts.isIdentifier(declaration.name) ? declaration.name.text : null;
      const type = name === null ? null : declaredTypeOf(this.ts, this.src, declaration);
      if (name !== null && type !== null) {
        this.variableTypes.push({
          name,
          type,
          enclosingFunction: this.#enclosingFunction(),
          line: this.src.lineOf(declaration),
        });
      }
      if (exported) {
        for (const bound of this.#boundNames(declaration.name)) {
          this.exports.push(this.#exportFact(bound, null, 'named', null, false, declaration));
        }
      }
      this.#requireBinding(declaration);
      this.#envDestructuring(declaration);
      const fn = this.#functionInitializer(declaration.initializer);
      if (name !== null && fn !== undefined) {
        this.#function(
          fn,
          {
            name,
            kind: 'function',
            declaration: node.declarationList.declarations.length === 1 ? node : declaration,
            start: declaration.getStart(this.src.file),
            exported,
          },
          null,
        );
        continue;
      }
      const initializer = declaration.initializer;
      if (name !== null && initializer !== undefined && this.ts.isClassExpression(initializer)) {
        this.#classLike(initializer, name, exported);
        continue;
      }
      if (
        name !== null &&
        initializer !== undefined &&
        this.ts.isObjectLiteralExpression(initializer)
      ) {
        const first = this.functions.length;
        this.#within({ name, qualifiedName: this.#qualify(name), kind: 'object' }, () =>
          this.#objectLiteral(initializer, exported),
        );
        if (this.#scopes.length === 0) {
          const methods = this.functions
            .slice(first)
            .filter((fn) => fn.qualifiedName === `${name}.${fn.name}`);
          this.#objectMethods.set(name, methods);
        }
        continue;
      }
      this.ts.forEachChild(declaration, this.#visit);
    }
  }

  #boundNames(name: ts.BindingName): string[] {
    if (this.ts.isIdentifier(name)) return [name.text];
    return name.elements.flatMap((element) =>
      this.ts.isOmittedExpression(element) ? [] : this.#boundNames(element.name),
    );
  }

  #objectLiteral(node: ts.ObjectLiteralExpression, exported: boolean): void {
    const k = this.#k;
    for (const property of node.properties) {
      if (property.kind === k.MethodDeclaration) {
        this.#member(property, null, exported);
        continue;
      }
      if (this.ts.isPropertyAssignment(property)) {
        const fn = this.#functionInitializer(property.initializer);
        const name = this.#propertyName(property.name);
        if (fn !== undefined && name !== null) {
          this.#function(
            fn,
            {
              name,
              kind: 'method',
              declaration: property,
              start: property.getStart(this.src.file),
              exported,
            },
            null,
          );
          continue;
        }
      }
      this.#visit(property);
    }
  }

  // ---- classes ---------------------------------------------------------------------------

  #member(
    member: ts.MethodDeclaration | ts.ConstructorDeclaration | ts.AccessorDeclaration,
    className: string | null,
    classExported: boolean,
  ): void {
    const k = this.#k;
    let kind: FunctionKind = 'method';
    let name =
      member.kind === k.Constructor
        ? 'constructor'
        : (this.#propertyName((member as ts.MethodDeclaration).name) ?? '');
    if (member.body === undefined) {
      this.#overloadSignature(className, name, member.type);
      return;
    }
    if (member.kind === k.Constructor) kind = 'constructor';
    else if (member.kind === k.GetAccessor) kind = 'getter';
    else if (member.kind === k.SetAccessor) kind = 'setter';
    if (name === '') name = '[anonymous]';
    const visibility = this.#visibility(member, 'public');
    this.#function(
      member,
      {
        name,
        kind,
        declaration: member,
        start: this.src.startAfterDecorators(member),
        exported: classExported && visibility === 'public',
      },
      className,
    );
  }

  #classLike(
    node: ts.ClassLikeDeclaration,
    boundName: string | undefined,
    boundExported = false,
  ): void {
    const k = this.#k;
    const name =
      node.name?.text ??
      boundName ??
      (this.#hasModifier(node, k.DefaultKeyword) ? 'default' : undefined);
    if (name === undefined) {
      this.ts.forEachChild(node, this.#visit);
      return;
    }
    const exported = boundExported || this.#hasModifier(node, k.ExportKeyword);
    if (this.#hasModifier(node, k.ExportKeyword)) {
      this.exports.push(
        this.#exportFact(
          name,
          null,
          this.#hasModifier(node, k.DefaultKeyword) ? 'default' : 'named',
          null,
          false,
          node,
        ),
      );
    }
    const heritage = this.#heritage(node.heritageClauses);
    const fact: MutableClass = {
      name,
      qualifiedName: this.#qualify(name),
      kind: 'class',
      extends: heritage.extends,
      implements: heritage.implements,
      methods: [],
      properties: [],
      decorators: this.#decorators(node),
      isExported: exported,
      isAbstract: this.#hasModifier(node, k.AbstractKeyword),
      visibility: null,
      docComment: this.src.docComment(node.pos),
      range: this.src.range(this.src.startAfterDecorators(node), node.end),
    };
    this.classes.push(fact);
    const methods: string[] = [];
    const properties: PropertyFact[] = [];
    for (const decorator of (this.ts.canHaveDecorators(node)
      ? this.ts.getDecorators(node)
      : undefined) ?? [])
      this.#visit(decorator);
    for (const clause of node.heritageClauses ?? []) this.#visit(clause);
    this.#within({ name, qualifiedName: fact.qualifiedName, kind: 'class' }, () => {
      for (const member of node.members)
        this.#classMember(member, name, exported, methods, properties);
    });
    fact.methods = methods;
    fact.properties = properties;
  }

  #classMember(
    member: ts.ClassElement,
    className: string,
    exported: boolean,
    methods: string[],
    properties: PropertyFact[],
  ): void {
    const k = this.#k;
    if (
      member.kind === k.MethodDeclaration ||
      member.kind === k.Constructor ||
      member.kind === k.GetAccessor ||
      member.kind === k.SetAccessor
    ) {
      const method = member as
        ts.MethodDeclaration | ts.ConstructorDeclaration | ts.AccessorDeclaration;
      const name =
        method.kind === k.Constructor
          ? 'constructor'
          : (this.#propertyName((method as ts.MethodDeclaration).name) ?? '');
      if (!methods.includes(name)) methods.push(name);
      if (method.kind === k.Constructor) properties.push(...this.#parameterProperties(method));
      this.#member(method, className, exported);
      return;
    }
    if (this.ts.isPropertyDeclaration(member)) {
      const name = this.#propertyName(member.name) ?? '';
      const fn = this.#functionInitializer(member.initializer);
      if (fn !== undefined) {
        methods.push(name);
        const visibility = this.#visibility(member, 'public');
        this.#function(
          fn,
          {
            name,
            kind: 'method',
            declaration: member,
            start: this.src.startAfterDecorators(member),
            exported: exported && visibility === 'public',
          },
          className,
        );
        return;
      }
      properties.push({
        name,
        type: member.type === undefined ? null : this.src.text(member.type),
        visibility: this.#visibility(member, 'public'),
        isStatic: this.#hasModifier(member, k.StaticKeyword),
        isReadonly: this.#hasModifier(member, k.ReadonlyKeyword),
        line: this.src.lineOf(member),
      });
    }
    this.#visit(member);
  }

  #parameterProperties(constructor: ts.ConstructorDeclaration): PropertyFact[] {
    const k = this.#k;
    return constructor.parameters
      .filter((parameter) => this.ts.isParameterPropertyDeclaration(parameter, constructor))
      .map((parameter) => ({
        name: this.src.text(parameter.name),
        type: parameter.type === undefined ? null : this.src.text(parameter.type),
        visibility: this.#visibility(parameter, 'public'),
        isStatic: false,
        isReadonly: this.#hasModifier(parameter, k.ReadonlyKeyword),
        line: this.src.lineOf(parameter),
      }));
  }

  #heritage(clauses: ts.NodeArray<ts.HeritageClause> | undefined): {
    extends: string[];
    implements: string[];
  } {
    const result = { extends: [] as string[], implements: [] as string[] };
    for (const clause of clauses ?? []) {
      const names = clause.types.map((type) => this.src.text(type));
      if (clause.token === this.#k.ExtendsKeyword) result.extends.push(...names);
      else result.implements.push(...names);
    }
    return result;
  }

  #interface(node: ts.InterfaceDeclaration): void {
    const k = this.#k;
    const exported = this.#hasModifier(node, k.ExportKeyword);
    if (exported)
      this.exports.push(this.#exportFact(node.name.text, null, 'named', null, true, node));
    const methods: string[] = [];
    const properties: PropertyFact[] = [];
    for (const member of node.members) {
      const name = member.name === undefined ? null : this.#propertyName(member.name);
      if (name === null) continue;
      if (member.kind === k.MethodSignature) methods.push(name);
      else if (this.ts.isPropertySignature(member)) {
        properties.push({
          name,
          type: member.type === undefined ? null : this.src.text(member.type),
          visibility: null,
          isStatic: false,
          isReadonly: this.#hasModifier(member, k.ReadonlyKeyword),
          line: this.src.lineOf(member),
        });
      }
    }
    this.classes.push({
      name: node.name.text,
      qualifiedName: this.#qualify(node.name.text),
      kind: 'interface',
      extends: this.#heritage(node.heritageClauses).extends,
      implements: [],
      methods,
      properties,
      decorators: [],
      isExported: exported,
      isAbstract: true,
      visibility: null,
      docComment: this.src.docComment(node.pos),
      range: this.src.range(node.getStart(this.src.file), node.end),
    });
  }

  #enum(node: ts.EnumDeclaration): void {
    const exported = this.#hasModifier(node, this.#k.ExportKeyword);
    if (exported)
      this.exports.push(this.#exportFact(node.name.text, null, 'named', null, false, node));
    this.classes.push({
      name: node.name.text,
      qualifiedName: this.#qualify(node.name.text),
      kind: 'enum',
      extends: [],
      implements: [],
      methods: [],
      properties: node.members.map((member) => ({
        name: this.#propertyName(member.name) ?? this.src.text(member.name),
        type: null,
        visibility: null,
        isStatic: true,
        isReadonly: true,
        line: this.src.lineOf(member),
      })),
      decorators: [],
      isExported: exported,
      isAbstract: false,
      visibility: null,
      docComment: this.src.docComment(node.pos),
      range: this.src.range(node.getStart(this.src.file), node.end),
    });
  }

  // ---- calls and strings -----------------------------------------------------------------

  #call(node: ts.CallExpression): void {
    const k = this.#k;
    const target = node.expression;
    if (target.kind === k.ImportKeyword) {
      this.#dynamicImport(node);
      return;
    }
    if (this.ts.isIdentifier(target) && target.text === 'require' && !this.#handled.has(node)) {
      const specifier = node.arguments[0];
      if (specifier !== undefined && this.ts.isStringLiteralLike(specifier)) {
        this.imports.push(this.#importFact(specifier.text, 'require', node, {}));
        return;
      }
    }
    if (this.#handled.has(node)) return;
    let callee: string;
    let receiver: string | null = null;
    if (this.ts.isIdentifier(target)) callee = target.text;
    else if (this.ts.isPropertyAccessExpression(target)) {
      callee = target.name.text;
      receiver = this.src.text(target.expression);
    } else if (this.ts.isElementAccessExpression(target)) {
      const argument = target.argumentExpression;
      callee = this.ts.isStringLiteralLike(argument) ? argument.text : this.src.text(argument);
      receiver = this.src.text(target.expression);
    } else if (target.kind === k.SuperKeyword) callee = 'super';
    else callee = this.src.text(target);
    const start = this.src.position(node.getStart(this.src.file));
    const enclosingFunction = this.#enclosingFunction();
    this.calls.push({
      callee,
      receiver,
      argumentCount: node.arguments.length,
      enclosingFunction,
      isConstructor: target.kind === k.SuperKeyword,
      line: start.line,
      column: start.column,
    });
    this.#references(node.arguments, callee, receiver, enclosingFunction);
  }

  /** Records the arguments of a call that pass a name as a value. */
  #references(
    args: ts.NodeArray<ts.Expression> | undefined,
    call: string,
    callReceiver: string | null,
    enclosingFunction: string | null,
  ): void {
    if (args === undefined) return;
    for (const argument of args) {
      const value = valueNameOf(this.ts, this.src, argument);
      if (value !== null) {
        // An object literal of one shape, not a spread: this runs for every name argument.
        this.#passedNames.push({
          name: value.name,
          receiver: value.receiver,
          enclosingFunction,
          call,
          callReceiver,
          argument,
        });
      }
    }
  }

  #newExpression(node: ts.NewExpression): void {
    const target = node.expression;
    let callee = this.src.text(target);
    let receiver: string | null = null;
    if (this.ts.isPropertyAccessExpression(target)) {
      callee = target.name.text;
      receiver = this.src.text(target.expression);
    }
    const start = this.src.position(node.getStart(this.src.file));
    const enclosingFunction = this.#enclosingFunction();
    this.calls.push({
      callee,
      receiver,
      argumentCount: node.arguments?.length ?? 0,
      enclosingFunction,
      isConstructor: true,
      line: start.line,
      column: start.column,
    });
    this.#references(node.arguments, callee, receiver, enclosingFunction);
  }

  #string(value: string, node: ts.Node): void {
    if (value.length < 1) return;
    const { line, column } = this.src.position(node.getStart(this.src.file));
    const fact = stringFact(value, line, column);
    if (fact !== null) this.strings.push(fact);
  }

  /** `process.env` or `import.meta.env` as written, else null. */
  #envObject(expression: ts.Expression): string | null {
    const text = this.ts.isPropertyAccessExpression(expression) ? this.src.text(expression) : null;
    return text === 'process.env' || text === 'import.meta.env' ? text : null;
  }

  #envProperty(node: ts.PropertyAccessExpression): void {
    const context = this.#envObject(node.expression);
    if (context === null) return;
    const { line, column } = this.src.position(node.getStart(this.src.file));
    this.strings.push(envFact(node.name.text, context, line, column));
  }

  #envElement(node: ts.ElementAccessExpression): void {
    const context = this.#envObject(node.expression);
    const key = node.argumentExpression;
    if (context === null || !this.ts.isStringLiteralLike(key)) return;
    const { line, column } = this.src.position(node.getStart(this.src.file));
    this.strings.push(envFact(key.text, context, line, column));
  }

  /** `const { A, B: b } = process.env` reads A and B. */
  #envDestructuring(declaration: ts.VariableDeclaration): void {
    const initializer = declaration.initializer;
    if (initializer === undefined || !this.ts.isObjectBindingPattern(declaration.name)) return;
    const text = this.src.text(initializer);
    if (text !== 'process.env' && text !== 'import.meta.env') return;
    for (const element of declaration.name.elements) {
      const key = element.propertyName ?? element.name;
      const name = this.ts.isIdentifier(key)
        ? key.text
        : this.ts.isStringLiteral(key)
          ? key.text
          : null;
      if (name === null) continue;
      const { line, column } = this.src.position(element.getStart(this.src.file));
      this.strings.push(envFact(name, text, line, column));
    }
  }

  // ---- imports and exports ---------------------------------------------------------------

  #importFact(
    module: string,
    kind: ImportFact['kind'],
    node: ts.Node,
    parts: Partial<
      Pick<ImportFact, 'names' | 'defaultName' | 'namespaceName' | 'typeOnly' | 'sideEffect'>
    >,
  ): ImportFact {
    const { line, column } = this.src.position(node.getStart(this.src.file));
    return {
      module,
      kind,
      names: parts.names ?? [],
      defaultName: parts.defaultName ?? null,
      namespaceName: parts.namespaceName ?? null,
      typeOnly: parts.typeOnly ?? false,
      sideEffect: parts.sideEffect ?? false,
      line,
      column,
    };
  }

  #importDeclaration(node: ts.ImportDeclaration): void {
    if (!this.ts.isStringLiteralLike(node.moduleSpecifier)) return;
    const clause = node.importClause;
    const module = node.moduleSpecifier.text;
    if (clause === undefined) {
      this.imports.push(this.#importFact(module, 'import', node, { sideEffect: true }));
      return;
    }
    const bindings = clause.namedBindings;
    const names =
      bindings !== undefined && this.ts.isNamedImports(bindings)
        ? bindings.elements.map((element) => ({
            name: (element.propertyName ?? element.name).text,
            alias: element.propertyName === undefined ? null : element.name.text,
          }))
        : [];
    const allTypeOnly =
      clause.phaseModifier === this.#k.TypeKeyword ||
      (bindings !== undefined &&
        this.ts.isNamedImports(bindings) &&
        clause.name === undefined &&
        bindings.elements.length > 0 &&
        bindings.elements.every((e) => e.isTypeOnly));
    this.imports.push(
      this.#importFact(module, 'import', node, {
        names,
        defaultName: clause.name?.text ?? null,
        namespaceName:
          bindings !== undefined && this.ts.isNamespaceImport(bindings) ? bindings.name.text : null,
        typeOnly: allTypeOnly,
      }),
    );
  }

  #importEquals(node: ts.ImportEqualsDeclaration): void {
    const reference = node.moduleReference;
    if (
      this.ts.isExternalModuleReference(reference) &&
      this.ts.isStringLiteralLike(reference.expression)
    ) {
      this.imports.push(
        this.#importFact(reference.expression.text, 'require', node, {
          defaultName: node.name.text,
          typeOnly: node.isTypeOnly,
        }),
      );
    }
  }

  #dynamicImport(node: ts.CallExpression): void {
    const specifier = node.arguments[0];
    if (specifier !== undefined && this.ts.isStringLiteralLike(specifier)) {
      this.imports.push(this.#importFact(specifier.text, 'dynamic', node, {}));
    }
  }

  /** `const x = require('y')` and `const { a, b: c } = require('y')`. */
  #requireBinding(declaration: ts.VariableDeclaration): void {
    const initializer = declaration.initializer;
    if (initializer === undefined || !this.ts.isCallExpression(initializer)) return;
    const target = initializer.expression;
    const specifier = initializer.arguments[0];
    if (
      !this.ts.isIdentifier(target) ||
      target.text !== 'require' ||
      specifier === undefined ||
      !this.ts.isStringLiteralLike(specifier)
    )
      return;
    this.#handled.add(initializer);
    const name = declaration.name;
    if (this.ts.isIdentifier(name)) {
      this.imports.push(
        this.#importFact(specifier.text, 'require', initializer, { defaultName: name.text }),
      );
    } else if (this.ts.isObjectBindingPattern(name)) {
      const names = name.elements.map((element) => {
        const local = this.src.text(element.name);
        return element.propertyName === undefined
          ? { name: local, alias: null }
          : { name: this.src.text(element.propertyName), alias: local };
      });
      this.imports.push(this.#importFact(specifier.text, 'require', initializer, { names }));
    } else {
      this.imports.push(this.#importFact(specifier.text, 'require', initializer, {}));
    }
  }

  #exportFact(
    name: string,
    alias: string | null,
    kind: ExportFact['kind'],
    module: string | null,
    typeOnly: boolean,
    node: ts.Node,
  ): ExportFact {
    return { name, alias, kind, module, typeOnly, line: this.src.lineOf(node) };
  }

  #exportName(name: string, node: ts.Node, typeOnly: boolean): void {
    this.exports.push(this.#exportFact(name, null, 'named', null, typeOnly, node));
  }

  #exportDeclaration(node: ts.ExportDeclaration): void {
    const module =
      node.moduleSpecifier !== undefined && this.ts.isStringLiteralLike(node.moduleSpecifier)
        ? node.moduleSpecifier.text
        : null;
    const clause = node.exportClause;
    if (clause === undefined) {
      this.exports.push(
        this.#exportFact('*', null, 're-export-all', module, node.isTypeOnly, node),
      );
      return;
    }
    if (this.ts.isNamespaceExport(clause)) {
      this.exports.push(
        this.#exportFact('*', clause.name.text, 're-export', module, node.isTypeOnly, node),
      );
      return;
    }
    for (const element of clause.elements) {
      const local = (element.propertyName ?? element.name).text;
      this.exports.push(
        this.#exportFact(
          local,
          element.propertyName === undefined ? null : element.name.text,
          module === null ? 'named' : 're-export',
          module,
          node.isTypeOnly || element.isTypeOnly,
          element,
        ),
      );
    }
  }

  #exportAssignment(node: ts.ExportAssignment): void {
    const expression = node.expression;
    const fn = this.#functionInitializer(expression);
    const name = this.ts.isIdentifier(expression) ? expression.text : 'default';
    this.exports.push(this.#exportFact(name, null, 'default', null, false, node));
    if (fn !== undefined) {
      this.#function(
        fn,
        {
          name: 'default',
          kind: 'function',
          declaration: node,
          start: node.getStart(this.src.file),
          exported: true,
        },
        null,
      );
      return;
    }
    if (this.ts.isClassExpression(expression)) {
      this.#classLike(expression, 'default', true);
      return;
    }
    this.ts.forEachChild(node, this.#visit);
  }

  /**
   * CommonJS exports: `module.exports = x`, `module.exports.a = …`, `exports.a = …`; a function
   * assigned this way is a function fact named after the export.
   */
  #commonJsExport(node: ts.BinaryExpression): boolean {
    if (node.operatorToken.kind !== this.#k.EqualsToken || this.#scopes.length > 0) return false;
    const left = this.src.text(node.left);
    let name: string;
    let kind: ExportFact['kind'] = 'named';
    if (left === 'module.exports') {
      kind = 'default';
      name = this.ts.isIdentifier(node.right) ? node.right.text : 'default';
    } else {
      const match = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(left);
      if (match === null) return false;
      name = match[1] as string;
    }
    this.exports.push(this.#exportFact(name, null, kind, null, false, node));
    const fn = this.#functionInitializer(node.right);
    if (fn !== undefined) {
      this.#function(
        fn,
        {
          name,
          kind: 'function',
          declaration: node,
          start: node.getStart(this.src.file),
          exported: true,
        },
        null,
      );
      return true;
    }
    if (kind === 'default' && this.ts.isObjectLiteralExpression(node.right)) {
      for (const property of node.right.properties) {
        const key = property.name === undefined ? null : this.#propertyName(property.name);
        if (key !== null)
          this.exports.push(this.#exportFact(key, null, 'named', null, false, property));
      }
      this.#objectLiteral(node.right, true);
      return true;
    }
    return false;
  }

  /**
   * `export { a, b }` and `export default a` mark local functions, classes, and the methods of
   * exported object literals as exported.
   */
  #markNamedExports(): void {
    const names = new Set(this.exports.filter((e) => e.module === null).map((e) => e.name));
    for (const fn of this.functions)
      if (fn.className === null && names.has(fn.qualifiedName)) fn.isExported = true;
    for (const cls of this.classes) if (names.has(cls.qualifiedName)) cls.isExported = true;
    for (const [object, methods] of this.#objectMethods) {
      if (names.has(object)) for (const method of methods) method.isExported = true;
    }
  }
}
