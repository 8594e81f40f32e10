import { defineDetector } from '../../detector.js';
import {
  isJsxTag,
  jsxAttributes,
  jsxStaticValue,
  jsxTagName,
} from '../../shared/jsx-attributes.js';

/** `next/image` (and its pre-13 `next/legacy/image`) renders an `<img>` from its props. */
const NEXT_IMAGE = new Set(['next/image', 'next/legacy/image']);
/** Attributes that give the image an accessible name or mark it decorative. */
const NAMING = ['alt', 'aria-label', 'aria-labelledby'];
const DECORATIVE_ROLES = new Set(['presentation', 'none']);

/**
 * `<img>` elements, and the `next/image` component under whatever name it is imported, without
 * an `alt` attribute: screen readers then announce the file name or nothing (WCAG 2.1 SC 1.1.1
 * Non-text Content; `jsx-a11y/alt-text`). `alt=""` is the correct marking of a decorative image
 * and passes.
 *
 * Neutral: elements with spread attributes (`{...props}` may carry `alt`), with `aria-label` or
 * `aria-labelledby`, or with `role="presentation"`/`role="none"` (which `jsx-a11y/alt-text`
 * accepts), and components that merely render images (`<Avatar>`). Severity `warning`: an
 * accessibility failure users meet, caught without running the page.
 */
export const imgAlt = defineDetector({
  id: 'accessibility/img-alt',
  category: 'accessibility',
  name: 'Images without alt text',
  description:
    'Every image carries an alt attribute, empty for decorative images; without it assistive technology announces the file name or nothing.',
  severity: 'warning',
  mode: 'rule',
  noun: 'images',
  peerRules: ['alt-text'],
  variants: { 'missing-alt': 'have no alt attribute' },
  expected: 'images carry an alt text (WCAG 2.1 SC 1.1.1)',
  describe: (observation) => `\`<${String(observation.context?.tag)}>\` has no \`alt\` attribute`,
  typescript: {
    kinds: ['JsxOpeningElement', 'JsxSelfClosingElement'],
    create(context) {
      const typescript = context.ts;
      const images = new Set(['img']);
      for (const i of context.file.facts.imports)
        if (NEXT_IMAGE.has(i.module) && i.defaultName !== null) images.add(i.defaultName);
      return {
        visit(node) {
          if (!isJsxTag(typescript, node)) return;
          const tag = jsxTagName(typescript, node);
          if (!images.has(tag)) return;
          const { byName, hasSpread } = jsxAttributes(typescript, node);
          if (hasSpread || NAMING.some((name) => byName.has(name))) return;
          const role = byName.get('role');
          const roleValue = role === undefined ? null : jsxStaticValue(typescript, role);
          if (roleValue !== null && DECORATIVE_ROLES.has(roleValue)) return;
          context.report('missing-alt', node, { tag });
        },
      };
    },
  },
});
