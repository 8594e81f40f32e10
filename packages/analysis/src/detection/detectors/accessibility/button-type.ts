import { defineDetector } from '../../detector.js';
import { isJsxTag, jsxAttributes, jsxTagName } from '../../shared/jsx-attributes.js';

/**
 * `<button>` elements with an explicit `type` (`button`, `submit`, `reset`, or a computed
 * value) or without one: a button without `type` is a submit button and submits the form it
 * sits in (HTML Living Standard, the button element; `react/button-has-type`).
 *
 * Neutral: buttons with spread attributes (`{...props}` may carry `type`) and button
 * components (`<Button>`), whose default type is theirs to choose. Severity `info`: a
 * convention that prevents accidental form submissions, learned because codebases without
 * forms often leave `type` out throughout.
 */
export const buttonType = defineDetector({
  id: 'accessibility/button-type',
  category: 'accessibility',
  name: 'Explicit button type',
  description:
    'Buttons state their type; a <button> without one submits the surrounding form when clicked.',
  severity: 'info',
  mode: 'learned',
  noun: '`<button>` elements',
  lapses: ['implicit-type'],
  peerRules: ['button-has-type'],
  variants: {
    'explicit-type': 'state their `type`',
    'implicit-type': 'leave `type` out',
  },
  describe: (observation) =>
    observation.variant === 'implicit-type'
      ? '`<button>` has no `type` (it defaults to `submit`)'
      : '`<button>` states its `type`',
  typescript: {
    kinds: ['JsxOpeningElement', 'JsxSelfClosingElement'],
    create(context) {
      const typescript = context.ts;
      return {
        visit(node) {
          if (!isJsxTag(typescript, node) || jsxTagName(typescript, node) !== 'button') return;
          const { byName, hasSpread } = jsxAttributes(typescript, node);
          if (hasSpread) return;
          context.report(byName.has('type') ? 'explicit-type' : 'implicit-type', node);
        },
      };
    },
  },
});
