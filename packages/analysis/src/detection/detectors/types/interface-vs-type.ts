import type ts from 'typescript';
import { defineDetector } from '../../detector.js';
import { baseName } from '../../shared/paths.js';

type TS = typeof import('typescript');

/** `typings.ts`, `bson.typings.ts`: copies of a library's declarations, shaped by that library. */
const VENDORED_TYPINGS = /(?:^|[.-])typings\.[cm]?ts$/;

/**
 * Members that make a shape a function or constructor type, or a dictionary (index signatures
 * only, what `consistent-indexed-object-style` would turn into a `Record`), rather than an
 * object shape.
 */
function onlySignatures(typescript: TS, members: ts.NodeArray<ts.TypeElement>): boolean {
  return (
    members.length > 0 &&
    members.every(
      (m) =>
        typescript.isCallSignatureDeclaration(m) ||
        typescript.isConstructSignatureDeclaration(m) ||
        typescript.isIndexSignatureDeclaration(m),
    )
  );
}

/**
 * How object shapes are declared: `interface User { … }` (variant `interface`) or `type User =
 * { … }` (variant `type-alias`), the choice of `@typescript-eslint/consistent-type-definitions`.
 * Only a type alias whose whole type is an object type literal counts; aliases of unions,
 * intersections, mapped and conditional types, functions and primitives cannot be interfaces
 * and are neutral. Neutral too: shapes made only of call or construct signatures (function
 * types) or of index signatures (dictionaries), and declarations inside `declare module`/`declare global`/namespaces, where interfaces
 * augment existing declarations and must be interfaces. TypeScript only; declaration files are
 * generated code, and `typings.ts` files copy a library's declarations, so both are left out. Severity info: a style convention.
 */
export const interfaceVsType = defineDetector({
  id: 'types/interface-vs-type',
  category: 'types',
  name: 'Interface or type alias for object shapes',
  description:
    'Object shapes are declared one way, `interface` or `type` alias, as `@typescript-eslint/consistent-type-definitions` enforces.',
  severity: 'info',
  mode: 'learned',
  languages: ['typescript'],
  noun: 'object type declarations',
  variants: {
    interface: 'are declared with `interface`',
    'type-alias': 'are declared with `type … = { … }`',
  },
  describe: (observation) =>
    observation.variant === 'interface'
      ? `declares \`${observation.snippet}\` with \`interface\``
      : `declares \`${observation.snippet}\` with \`type ${observation.snippet} = { … }\``,
  typescript: {
    kinds: ['InterfaceDeclaration', 'TypeAliasDeclaration'],
    create(context) {
      const typescript = context.ts;
      const vendored = VENDORED_TYPINGS.test(baseName(context.file.path));
      return {
        visit(node) {
          if (vendored || context.ancestors.some((a) => typescript.isModuleDeclaration(a))) return;
          if (typescript.isInterfaceDeclaration(node)) {
            if (onlySignatures(typescript, node.members)) return;
            context.report('interface', node.name);
            return;
          }
          const alias = node as ts.TypeAliasDeclaration;
          if (!typescript.isTypeLiteralNode(alias.type)) return;
          if (onlySignatures(typescript, alias.type.members)) return;
          context.report('type-alias', alias.name);
        },
      };
    },
  },
});
