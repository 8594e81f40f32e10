import type ts from 'typescript';
import { defineDetector } from '../../detector.js';
import { isFunctionNode } from '../../shared/typescript-function-nodes.js';

type TS = typeof import('typescript');

/** Generic types whose type arguments are the annotation's own types (`Promise<any>`). */
const CONTAINERS = new Set([
  'Array',
  'ReadonlyArray',
  'Promise',
  'Record',
  'Map',
  'ReadonlyMap',
  'Set',
  'ReadonlySet',
  'Partial',
  'Readonly',
]);

/**
 * Whether the annotation itself says `any`: at its top, in an array, a container's type
 * arguments, a union, an object type or a callback type. An `any` passed to another generic
 * (`React.Component<any, State>`, `SelectQueryBuilder<any>`) follows that type's API, and a type
 * predicate (`value is any[]`) narrows rather than declares, so neither is observed as `any`.
 */
function mentionsAny(typescript: TS, node: ts.Node): boolean {
  if (node.kind === typescript.SyntaxKind.AnyKeyword) return true;
  if (typescript.isFunctionTypeNode(node) || typescript.isConstructorTypeNode(node))
    return callbackMentionsAny(typescript, node);
  if (typescript.isTypePredicateNode(node) || typescript.isTypeQueryNode(node)) return false;
  if (typescript.isIndexedAccessTypeNode(node)) return false;
  if (typescript.isTypeReferenceNode(node)) {
    const name = typescript.isIdentifier(node.typeName) ? node.typeName.text : '';
    if (!CONTAINERS.has(name)) return false;
    return node.typeArguments?.some((argument) => mentionsAny(typescript, argument)) ?? false;
  }
  return (
    typescript.forEachChild(node, (child) => mentionsAny(typescript, child) || undefined) ?? false
  );
}

/** `any` or `any[]`, the element type of the "any function" idiom. */
function isBareAny(typescript: TS, node: ts.TypeNode | undefined): boolean {
  if (node === undefined) return false;
  if (typescript.isArrayTypeNode(node)) return isBareAny(typescript, node.elementType);
  return node.kind === typescript.SyntaxKind.AnyKeyword;
}

/**
 * A callback type mentions `any` in a parameter, except in the idiom for "any function",
 * `(...args: any[]) => any`: a rest `any[]` parameter and an `any` return type are the only way
 * to accept every function (parameters are contravariant, so `unknown[]` rejects most), as
 * TypeScript's own `Parameters<T>`/`ReturnType<T>` constraints write it.
 */
function callbackMentionsAny(
  typescript: TS,
  node: ts.FunctionTypeNode | ts.ConstructorTypeNode,
): boolean {
  const parameters = node.parameters.some(
    (p) =>
      p.type !== undefined &&
      !(p.dotDotDotToken !== undefined && isBareAny(typescript, p.type)) &&
      mentionsAny(typescript, p.type),
  );
  return (
    parameters ||
    (node.type.kind !== typescript.SyntaxKind.AnyKeyword && mentionsAny(typescript, node.type))
  );
}

/** A function with a body: declarations, methods, accessors, constructors, arrows, expressions. */
function isImplementation(typescript: TS, node: ts.Node): node is ts.FunctionLikeDeclaration {
  return isFunctionNode(typescript, node) && node.body !== undefined;
}

/**
 * `any` in the parameter and return type annotations of functions (variant `any`: `any`,
 * `any[]`, `Array<any>`, `Promise<any>`, `Record<string, any>`, a callback type with an `any`
 * parameter) versus annotations without it (`typed`; `unknown` is typed). One observation per
 * written annotation of a function with a body (declarations, methods, accessors, arrows and
 * callbacks); unannotated parameters, `this` parameters, rest parameters typed `any[]`
 * (argument forwarding), overload and interface signatures,
 * type aliases and generic constraints are not observed. TypeScript only: JavaScript has no
 * annotations. The rule is `@typescript-eslint/no-explicit-any`; severity info because an
 * `any` is sometimes deliberate, and the learned share says how rare it is here.
 */
export const explicitAny = defineDetector({
  id: 'types/explicit-any',
  category: 'types',
  name: 'Explicit `any` in signatures',
  description:
    'Function signatures name specific types; an explicit `any` switches off type checking for every caller and callee of the function.',
  severity: 'info',
  mode: 'learned',
  languages: ['typescript'],
  noun: 'parameter and return type annotations',
  lapses: ['any'],
  peerRules: ['no-explicit-any'],
  variants: { typed: 'name specific types', any: 'use `any`' },
  describe: (observation) =>
    observation.variant === 'any'
      ? `annotates ${String(observation.context?.what)} with \`any\` (\`${observation.snippet}\`)`
      : `annotates ${String(observation.context?.what)} with a specific type`,
  typescript: {
    kinds: [
      'Parameter',
      'FunctionDeclaration',
      'MethodDeclaration',
      'Constructor',
      'GetAccessor',
      'SetAccessor',
      'ArrowFunction',
      'FunctionExpression',
    ],
    create(context) {
      const typescript = context.ts;
      const variantOf = (type: ts.TypeNode): string =>
        mentionsAny(typescript, type) ? 'any' : 'typed';
      return {
        visit(node) {
          if (typescript.isParameter(node)) {
            const owner = context.ancestors.at(-1);
            const name = node.name;
            if (node.type === undefined || owner === undefined) return;
            if (!isImplementation(typescript, owner)) return;
            if (typescript.isIdentifier(name) && name.text === 'this') return;
            // `...args: any[]` forwards arguments it does not inspect (`(...args: any[]) =>
            // fn(...args)` in a generic wrapper), the rest half of the any-function idiom.
            if (node.dotDotDotToken !== undefined && isBareAny(typescript, node.type)) return;
            const what = typescript.isIdentifier(name)
              ? `parameter \`${name.text}\``
              : 'a destructured parameter';
            context.report(variantOf(node.type), node, { what });
            return;
          }
          if (isImplementation(typescript, node) && node.type !== undefined) {
            context.report(variantOf(node.type), node.type, { what: 'the return type' });
          }
        },
      };
    },
  },
});
