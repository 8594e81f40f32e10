import { defineDetector } from '../../detector.js';
import {
  COMPONENT_KINDS,
  ComponentTracker,
  componentBaseClause,
  importsReact,
  isErrorBoundary,
  isStoryFile,
} from '../../shared/components-react.js';

/**
 * React components written as functions (`function Button()`, `const Button = () => …`,
 * `memo(…)`/`forwardRef(…)` wrappers) or as classes extending `React.Component`,
 * `Component` or `PureComponent` (of a file that imports React or Preact). A function counts
 * when it is declared at module level, is PascalCase and renders JSX in its own body.
 *
 * Neutral: error boundaries (`componentDidCatch`, `getDerivedStateFromError`), which React
 * only supports as classes; Storybook stories; PascalCase functions that render no JSX.
 * Severity `info`: both styles work; mixing them is a consistency and maintenance matter
 * (the React documentation recommends function components for new code).
 */
export const componentStyle = defineDetector({
  id: 'components/component-style',
  category: 'components',
  name: 'Function or class components',
  description:
    'React components are written in one style, functions with hooks or classes; a stray class component cannot share the hooks the rest of the codebase is built on.',
  severity: 'info',
  mode: 'learned',
  noun: 'React components',
  lapses: ['class'],
  variants: { function: 'are function components', class: 'are class components' },
  describe: (observation) =>
    observation.variant === 'class'
      ? `\`${String(observation.context?.component)}\` is a class component`
      : `\`${String(observation.context?.component)}\` is a function component`,
  typescript: {
    kinds: [...COMPONENT_KINDS, 'ClassDeclaration'],
    create(context) {
      if (isStoryFile(context.file.path)) return { visit: () => undefined };
      const typescript = context.ts;
      const tracker = new ComponentTracker(context);
      const react = importsReact(context.file);
      return {
        visit(node) {
          if (!typescript.isClassDeclaration(node)) {
            tracker.visit(node);
            return;
          }
          if (!react || node.name === undefined) return;
          const extended = componentBaseClause(typescript, node);
          if (extended === null || isErrorBoundary(typescript, node)) return;
          context.report('class', extended.clause, { component: node.name.text });
        },
        end() {
          for (const component of tracker.components())
            context.report('function', component.nameNode, { component: component.name });
        },
      };
    },
  },
});
