import type ts from 'typescript';
import type { DetectionFile, TypeScriptContext } from '../detector.js';

type TS = typeof import('typescript');

/** How a function component is bound to its name. */
export type ComponentForm =
  /** `function Button() {}` */
  | 'function-declaration'
  /** `const Button = () => {}` or `const Button = function () {}` */
  | 'arrow-function'
  /** `const Button = memo(…)` / `forwardRef(…)`: the wrapper forces a `const`. */
  | 'wrapped';

/** A module-level function component: a PascalCase function whose own body renders JSX. */
export interface FunctionComponent {
  readonly name: string;
  readonly nameNode: ts.Identifier;
  readonly fn: ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;
  readonly form: ComponentForm;
  /** For a `const` binding: the declaration (its type annotation may be `React.FC<Props>`). */
  readonly declaration: ts.VariableDeclaration | null;
  /** For `memo(…)` / `forwardRef(…)`: the wrapper call whose argument is the function. */
  readonly wrapper: ts.CallExpression | null;
}

/** The node kinds a {@link ComponentTracker} must visit. */
export const COMPONENT_KINDS = [
  'FunctionDeclaration',
  'VariableDeclaration',
  'JsxElement',
  'JsxSelfClosingElement',
  'JsxFragment',
] as const;

const WRAPPERS = new Set(['memo', 'forwardRef', 'React.memo', 'React.forwardRef']);

/** PascalCase with at least one lower-case letter: `Button`, `UserCard`, not `API` or `useX`. */
export function isComponentName(name: string): boolean {
  return /^[A-Z][A-Za-z0-9]*$/.test(name) && /[a-z]/.test(name);
}

/**
 * Storybook stories (`Primary = () => <Button />`) are PascalCase functions rendering JSX but
 * follow Storybook's Component Story Format, not the codebase's component conventions.
 */
export function isStoryFile(path: string): boolean {
  return /\.stories\.[cm]?[jt]sx?$/.test(path);
}

/**
 * A shadcn/ui primitive: the shadcn CLI copies its registry's components as single files into
 * `components/ui/`, in the registry's style, so that they can be updated from it.
 */
export function isShadcnUiFile(path: string): boolean {
  return /(?:^|\/)components\/ui\/[^/]+\.[jt]sx$/.test(path);
}

/** True when the file imports React or Preact (whose `Component` a class may extend). */
export function importsReact(file: DetectionFile): boolean {
  return file.facts.imports.some((i) => /^(?:react|preact|preact\/compat)$/.test(i.module));
}

function unwrapExpression(typescript: TS, expression: ts.Expression): ts.Expression {
  let current = expression;
  while (
    typescript.isParenthesizedExpression(current) ||
    typescript.isAsExpression(current) ||
    typescript.isSatisfiesExpression(current)
  )
    current = current.expression;
  return current;
}

/** The callee of a call as written (`memo`, `React.forwardRef`), or null. */
function calleeText(typescript: TS, call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (typescript.isIdentifier(callee)) return callee.text;
  if (typescript.isPropertyAccessExpression(callee) && typescript.isIdentifier(callee.expression))
    return `${callee.expression.text}.${callee.name.text}`;
  return null;
}

/** The function a `const` initializer binds, directly or through `memo`/`forwardRef`. */
function boundFunction(
  typescript: TS,
  initializer: ts.Expression,
): { fn: ts.ArrowFunction | ts.FunctionExpression; wrapper: ts.CallExpression | null } | null {
  let current = unwrapExpression(typescript, initializer);
  let wrapper: ts.CallExpression | null = null;
  while (typescript.isCallExpression(current)) {
    const callee = calleeText(typescript, current);
    const argument = current.arguments[0];
    if (callee === null || !WRAPPERS.has(callee) || argument === undefined) return null;
    wrapper = current;
    current = unwrapExpression(typescript, argument);
  }
  return typescript.isArrowFunction(current) || typescript.isFunctionExpression(current)
    ? { fn: current, wrapper }
    : null;
}

const FUNCTION_KINDS: readonly (keyof typeof ts.SyntaxKind)[] = [
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunction',
  'MethodDeclaration',
  'GetAccessor',
  'SetAccessor',
  'Constructor',
];

/**
 * Finds the module-level function components of a file during the shared walk: visit every node
 * of {@link COMPONENT_KINDS}, then read {@link components} in `end()`. A PascalCase function
 * counts as a component when JSX appears in its own body (not only inside a nested callback).
 */
export class ComponentTracker {
  readonly #context: TypeScriptContext;
  readonly #functionKinds: ReadonlySet<number>;
  readonly #candidates = new Map<ts.Node, FunctionComponent>();
  readonly #rendering = new Set<ts.Node>();

  constructor(context: TypeScriptContext) {
    this.#context = context;
    const kinds = context.ts.SyntaxKind;
    this.#functionKinds = new Set(FUNCTION_KINDS.map((name) => kinds[name]));
  }

  visit(node: ts.Node): void {
    const typescript = this.#context.ts;
    if (typescript.isFunctionDeclaration(node)) this.#functionDeclaration(node);
    else if (typescript.isVariableDeclaration(node)) this.#variableDeclaration(node);
    else this.#jsx();
  }

  /** The components found, in document order. */
  components(): FunctionComponent[] {
    return [...this.#candidates.values()].filter((c) => this.#rendering.has(c.fn));
  }

  #atModuleLevel(depth: number): boolean {
    return this.#context.ancestors.length === depth;
  }

  #functionDeclaration(node: ts.FunctionDeclaration): void {
    if (!this.#atModuleLevel(1) || node.name === undefined || node.body === undefined) return;
    if (!isComponentName(node.name.text)) return;
    this.#candidates.set(node, {
      name: node.name.text,
      nameNode: node.name,
      fn: node,
      form: 'function-declaration',
      declaration: null,
      wrapper: null,
    });
  }

  /** `const X = …` directly in a module-level variable statement (SourceFile › statement › list). */
  #variableDeclaration(node: ts.VariableDeclaration): void {
    const typescript = this.#context.ts;
    if (!this.#atModuleLevel(3) || !typescript.isIdentifier(node.name)) return;
    if (node.initializer === undefined || !isComponentName(node.name.text)) return;
    const bound = boundFunction(typescript, node.initializer);
    if (bound === null) return;
    this.#candidates.set(bound.fn, {
      name: node.name.text,
      nameNode: node.name,
      fn: bound.fn,
      form: bound.wrapper === null ? 'arrow-function' : 'wrapped',
      declaration: node,
      wrapper: bound.wrapper,
    });
  }

  #jsx(): void {
    const ancestors = this.#context.ancestors;
    const parent = ancestors[ancestors.length - 1];
    const typescript = this.#context.ts;
    // The outermost JSX of an expression decides; its children add nothing.
    if (
      parent !== undefined &&
      (typescript.isJsxElement(parent) || typescript.isJsxFragment(parent))
    )
      return;
    for (let index = ancestors.length - 1; index > 0; index -= 1) {
      const ancestor = ancestors[index] as ts.Node;
      if (!this.#functionKinds.has(ancestor.kind)) continue;
      if (this.#candidates.has(ancestor)) this.#rendering.add(ancestor);
      return;
    }
  }
}

/** React's component base classes as written after `extends`. */
const COMPONENT_BASES = new Set([
  'Component',
  'PureComponent',
  'React.Component',
  'React.PureComponent',
]);

/** A class's `extends` clause when it extends a React component base class, or null. */
export function componentBaseClause(
  typescript: TS,
  node: ts.ClassLikeDeclaration,
): { readonly clause: ts.HeritageClause; readonly base: string } | null {
  const clause = node.heritageClauses?.find(
    (c) => c.token === typescript.SyntaxKind.ExtendsKeyword,
  );
  const expression = clause?.types[0]?.expression;
  if (clause === undefined || expression === undefined) return null;
  const base = typescript.isIdentifier(expression)
    ? expression.text
    : typescript.isPropertyAccessExpression(expression) &&
        typescript.isIdentifier(expression.expression)
      ? `${expression.expression.text}.${expression.name.text}`
      : '';
  return COMPONENT_BASES.has(base) ? { clause, base } : null;
}

/**
 * An error boundary (`componentDidCatch` or `static getDerivedStateFromError`): React offers no
 * function-component equivalent, so it has to be a class.
 */
export function isErrorBoundary(typescript: TS, node: ts.ClassLikeDeclaration): boolean {
  return node.members.some(
    (member) =>
      (typescript.isMethodDeclaration(member) || typescript.isPropertyDeclaration(member)) &&
      typescript.isIdentifier(member.name) &&
      (member.name.text === 'componentDidCatch' || member.name.text === 'getDerivedStateFromError'),
  );
}
