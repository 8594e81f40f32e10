import type ts from 'typescript';

/**
 * True for the TypeScript nodes that open a function scope: declarations, expressions, arrows,
 * methods, constructors and accessors (signatures without a body included; check `body`).
 */
export function isFunctionNode(
  typescript: typeof ts,
  node: ts.Node,
): node is ts.FunctionLikeDeclaration {
  return (
    typescript.isFunctionDeclaration(node) ||
    typescript.isFunctionExpression(node) ||
    typescript.isArrowFunction(node) ||
    typescript.isMethodDeclaration(node) ||
    typescript.isConstructorDeclaration(node) ||
    typescript.isGetAccessorDeclaration(node) ||
    typescript.isSetAccessorDeclaration(node)
  );
}
