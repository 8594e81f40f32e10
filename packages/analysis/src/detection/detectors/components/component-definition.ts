import { defineDetector } from '../../detector.js';
import {
  COMPONENT_KINDS,
  ComponentTracker,
  isShadcnUiFile,
  isStoryFile,
} from '../../shared/components-react.js';

/**
 * How module-level function components are bound to their name: a function declaration
 * (`function Button() {}`, `export default function Page() {}`) or an arrow function or
 * function expression assigned to a `const` (`const Button = () => …`).
 *
 * Neutral: components wrapped in `memo(…)` or `forwardRef(…)`, where the wrapper call forces a
 * `const` binding whatever the codebase prefers; class components; components declared inside
 * other functions; Storybook stories; shadcn/ui primitives (`components/ui/*.tsx`), which keep
 * the style of the registry they are copied from. Severity `info`: a style choice
 * (`react/function-component-definition`), with no behavioural difference.
 */
export const componentDefinition = defineDetector({
  id: 'components/component-definition',
  category: 'components',
  name: 'Component definition form',
  description:
    'Function components are defined one way, as function declarations or as arrow functions bound to a const, so that components read alike.',
  severity: 'info',
  mode: 'learned',
  noun: 'function components',
  variants: {
    'function-declaration': 'are function declarations',
    'arrow-function': 'are arrow functions or function expressions bound to a const',
  },
  describe: (observation) =>
    observation.variant === 'function-declaration'
      ? `\`${String(observation.context?.component)}\` is a function declaration`
      : `\`${String(observation.context?.component)}\` is a function bound to a const`,
  typescript: {
    kinds: COMPONENT_KINDS,
    create(context) {
      if (isStoryFile(context.file.path) || isShadcnUiFile(context.file.path))
        return { visit: () => undefined };
      const tracker = new ComponentTracker(context);
      return {
        visit: (node) => {
          tracker.visit(node);
        },
        end() {
          for (const component of tracker.components()) {
            if (component.form === 'wrapped') continue;
            context.report(component.form, component.nameNode, { component: component.name });
          }
        },
      };
    },
  },
});
