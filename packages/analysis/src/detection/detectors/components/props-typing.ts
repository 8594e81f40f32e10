import type ts from 'typescript';
import { defineDetector } from '../../detector.js';
import {
  COMPONENT_KINDS,
  ComponentTracker,
  isShadcnUiFile,
  isStoryFile,
  type FunctionComponent,
} from '../../shared/components-react.js';

type TS = typeof import('typescript');
type Variant = 'named-type' | 'inline-type' | 'fc-generic' | 'untyped';

/** The function-component types a `const` may be annotated with: `React.FC<Props>`. */
const FC_TYPES = new Set([
  'FC',
  'React.FC',
  'FunctionComponent',
  'React.FunctionComponent',
  'VFC',
  'React.VFC',
  'VoidFunctionComponent',
  'React.VoidFunctionComponent',
]);

/** Utility types whose first argument is the props type: `Readonly<Props>`. */
const TRANSPARENT = /^(?:React\.)?(?:Readonly|PropsWithChildren|Partial|Required|Omit|Pick)$/;
/**
 * React's own props types (`React.ComponentProps<'svg'>`, `HTMLAttributes<…>`): a component
 * passing intrinsic props through uses them whatever the codebase's convention.
 */
const LIBRARY =
  /^(?:React\.|JSX\.)|^(?:ComponentProps(?:WithRef|WithoutRef)?|\w*HTMLAttributes|HTMLProps|DetailedHTMLProps|SVGProps|SVGAttributes)$/;

/**
 * `Props` and `ButtonProps` are named types, a type literal is inline; `Readonly<X>`,
 * `PropsWithChildren<X>`, `Omit<X, …>` are what `X` is; React's own props types are neutral.
 * An intersection is named when its written parts are named (`Props & HTMLAttributes<…>`),
 * inline when all its parts are literals, and neutral otherwise: `{ inset?: boolean } &
 * ComponentProps<'div'>` extends intrinsic props, an idiom of every convention. Anything else
 * (`any`, `object`) is neutral.
 */
function classifyType(typescript: TS, type: ts.TypeNode, source: ts.SourceFile): Variant | null {
  if (typescript.isParenthesizedTypeNode(type)) return classifyType(typescript, type.type, source);
  if (typescript.isTypeLiteralNode(type)) return 'inline-type';
  if (typescript.isTypeReferenceNode(type)) {
    const name = type.typeName.getText(source);
    const first = type.typeArguments?.[0];
    if (TRANSPARENT.test(name))
      return first === undefined ? null : classifyType(typescript, first, source);
    return LIBRARY.test(name) ? null : 'named-type';
  }
  if (typescript.isIntersectionTypeNode(type)) {
    const parts = new Set(type.types.map((member) => classifyType(typescript, member, source)));
    if (parts.has('inline-type')) return parts.size === 1 ? 'inline-type' : null;
    return parts.has('named-type') ? 'named-type' : null;
  }
  return null;
}

/** The props type argument of a wrapper: `forwardRef<Ref, Props>`, `memo<Props>`. */
function wrapperPropsType(typescript: TS, wrapper: ts.CallExpression): ts.TypeNode | undefined {
  const callee = wrapper.expression;
  const name = typescript.isPropertyAccessExpression(callee) ? callee.name.text : '';
  const forwardRef =
    name === 'forwardRef' || (typescript.isIdentifier(callee) && callee.text === 'forwardRef');
  return wrapper.typeArguments?.[forwardRef ? 1 : 0];
}

interface Found {
  readonly variant: Variant;
  readonly node: ts.Node;
  readonly type: string | null;
}

/** How a props type is named in messages: `` `ButtonProps` `` or "an inline object type". */
function typeName(typescript: TS, type: ts.TypeNode, source: ts.SourceFile): string {
  if (typescript.isTypeLiteralNode(type)) return 'an inline object type';
  const text = type.getText(source).replace(/\s+/g, ' ');
  return `\`${text.length <= 60 ? text : `${text.slice(0, 59)}…`}\``;
}

function classify(
  typescript: TS,
  component: FunctionComponent,
  source: ts.SourceFile,
): Found | null {
  const annotation = component.declaration?.type;
  if (annotation !== undefined && typescript.isTypeReferenceNode(annotation)) {
    if (FC_TYPES.has(annotation.typeName.getText(source))) {
      return annotation.typeArguments?.length === 1
        ? {
            variant: 'fc-generic',
            node: annotation,
            type: typeName(typescript, annotation, source),
          }
        : null;
    }
  }
  const parameter = component.fn.parameters[0];
  if (parameter === undefined) return null;
  if (parameter.type !== undefined) {
    const variant = classifyType(typescript, parameter.type, source);
    return variant === null
      ? null
      : { variant, node: parameter, type: typeName(typescript, parameter.type, source) };
  }
  if (annotation !== undefined) return null;
  const wrapped =
    component.wrapper === null ? undefined : wrapperPropsType(typescript, component.wrapper);
  if (wrapped !== undefined) {
    const variant = classifyType(typescript, wrapped, source);
    return variant === null
      ? null
      : { variant, node: wrapped, type: typeName(typescript, wrapped, source) };
  }
  return { variant: 'untyped', node: parameter, type: null };
}

/**
 * How the props of a module-level function component are typed (TSX only): a named type
 * (`props: ButtonProps`, `({ a }: Props)`, `forwardRef<El, Props>`), an inline object type
 * (`({ a }: { a: string })`), a `React.FC<Props>` annotation on the `const`, or not at all.
 *
 * Only exported components are observed: a file's helper components beside its main one
 * commonly inline their props, since the file's `Props` name is taken.
 *
 * Neutral: components without props; intersections that mix named and inline types; types
 * that are neither (`any`); a `const` annotated with another type (`ComponentType<P>`), which
 * types the props through context; class components; Storybook stories; shadcn/ui primitives (`components/ui/*.tsx`). Severity `info`: a
 * readability convention (named props types can be exported and reused; `React.FC` was
 * dropped from the create-react-app template for its implicit `children`).
 */
export const propsTyping = defineDetector({
  id: 'components/props-typing',
  category: 'components',
  name: 'Component props typing',
  description:
    'Component props are typed the same way throughout, as a named type, an inline type or a React.FC annotation, and never left untyped.',
  severity: 'info',
  mode: 'learned',
  languages: ['typescript'],
  noun: 'components with props',
  lapses: ['untyped'],
  variants: {
    'named-type': 'type their props with a named type',
    'inline-type': 'type their props with an inline object type',
    'fc-generic': 'are annotated `React.FC<Props>`',
    untyped: 'leave their props untyped',
  },
  describe(observation) {
    const component = `\`${String(observation.context?.component)}\``;
    const type = String(observation.context?.type);
    switch (observation.variant) {
      case 'fc-generic':
        return `${component} is annotated ${type}`;
      case 'untyped':
        return `${component} leaves its props untyped`;
      default:
        return `${component} types its props with ${type}`;
    }
  },
  typescript: {
    kinds: COMPONENT_KINDS,
    create(context) {
      const path = context.file.path;
      if (!path.endsWith('.tsx') || isStoryFile(path) || isShadcnUiFile(path))
        return { visit: () => undefined };
      const tracker = new ComponentTracker(context);
      return {
        visit: (node) => {
          tracker.visit(node);
        },
        end() {
          const exported = new Set(
            context.file.facts.exports.filter((e) => e.module === null).map((e) => e.name),
          );
          for (const component of tracker.components()) {
            if (!exported.has(component.name)) continue;
            const found = classify(context.ts, component, context.sourceFile);
            if (found === null) continue;
            context.report(found.variant, found.node, {
              component: component.name,
              ...(found.type === null ? {} : { type: found.type }),
            });
          }
        },
      };
    },
  },
});
