import type ts from 'typescript';

type TS = typeof import('typescript');

/** The tag of a JSX element: its opening element or a self-closing element. */
export type JsxTag = ts.JsxOpeningElement | ts.JsxSelfClosingElement;

/** The attributes written on a JSX tag. */
export interface JsxAttributes {
  /** Attributes by name (`aria-label`, `htmlFor`, `xlink:href`); the last one written wins. */
  readonly byName: ReadonlyMap<string, ts.JsxAttribute>;
  /** A spread (`{...props}`) may bring in any attribute. */
  readonly hasSpread: boolean;
}

/** True for the node kinds that are JSX tags. */
export function isJsxTag(typescript: TS, node: ts.Node): node is JsxTag {
  return typescript.isJsxOpeningElement(node) || typescript.isJsxSelfClosingElement(node);
}

/** The tag name as written: `img`, `Image`, `motion.div`, `svg:rect`. */
export function jsxTagName(typescript: TS, tag: JsxTag): string {
  const name = tag.tagName;
  if (typescript.isIdentifier(name)) return name.text;
  if (typescript.isJsxNamespacedName(name)) return `${name.namespace.text}:${name.name.text}`;
  if (name.kind === typescript.SyntaxKind.ThisKeyword) return 'this';
  return jsxMemberName(typescript, name);
}

function jsxMemberName(typescript: TS, name: ts.PropertyAccessExpression): string {
  const left = name.expression;
  const head = typescript.isIdentifier(left)
    ? left.text
    : typescript.isPropertyAccessExpression(left)
      ? jsxMemberName(typescript, left)
      : '?';
  return `${head}.${name.name.text}`;
}

/** An attribute's name as written: `alt`, `aria-label`, `xlink:href`. */
export function jsxAttributeName(typescript: TS, attribute: ts.JsxAttribute): string {
  const name = attribute.name;
  return typescript.isJsxNamespacedName(name)
    ? `${name.namespace.text}:${name.name.text}`
    : name.text;
}

/** The attributes of a tag by name, and whether it spreads others in. */
export function jsxAttributes(typescript: TS, tag: JsxTag): JsxAttributes {
  const byName = new Map<string, ts.JsxAttribute>();
  let hasSpread = false;
  for (const property of tag.attributes.properties) {
    if (typescript.isJsxSpreadAttribute(property)) hasSpread = true;
    else byName.set(jsxAttributeName(typescript, property), property);
  }
  return { byName, hasSpread };
}

/**
 * The static string value of an attribute: `alt="x"` and `alt={'x'}` give `x`, a bare `hidden`
 * gives `''`; null when the value is computed (`alt={label}`).
 */
export function jsxStaticValue(typescript: TS, attribute: ts.JsxAttribute): string | null {
  const initializer = attribute.initializer;
  if (initializer === undefined) return '';
  if (typescript.isStringLiteral(initializer)) return initializer.text;
  if (!typescript.isJsxExpression(initializer)) return null;
  const expression = initializer.expression;
  if (expression === undefined) return null;
  return typescript.isStringLiteral(expression) ||
    typescript.isNoSubstitutionTemplateLiteral(expression)
    ? expression.text
    : null;
}

/** The expression of an attribute written `name={expression}`, or undefined. */
export function jsxExpressionValue(
  typescript: TS,
  attribute: ts.JsxAttribute,
): ts.Expression | undefined {
  const initializer = attribute.initializer;
  return initializer !== undefined && typescript.isJsxExpression(initializer)
    ? initializer.expression
    : undefined;
}

/** One attribute of a tag by name (the last one written), without collecting the others. */
export function jsxAttribute(
  typescript: TS,
  tag: JsxTag,
  name: string,
): ts.JsxAttribute | undefined {
  let found: ts.JsxAttribute | undefined;
  for (const property of tag.attributes.properties) {
    if (typescript.isJsxAttribute(property) && jsxAttributeName(typescript, property) === name)
      found = property;
  }
  return found;
}
