import { defineDetector } from '../../detector.js';
import {
  isJsxTag,
  jsxAttribute,
  jsxAttributes,
  jsxExpressionValue,
  jsxStaticValue,
  jsxTagName,
  type JsxAttributes,
  type JsxTag,
} from '../../shared/jsx-attributes.js';

type TS = typeof import('typescript');

const CONTROLS = new Set(['input', 'select', 'textarea']);
/** Input types that are not labelled by a `<label>`: not rendered, or named by their value. */
const UNLABELLED_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);
/** Attributes that give a control its accessible name without a `<label>`. */
const NAMING = ['aria-label', 'aria-labelledby', 'title'];
/** `<label>`, and label components that render one (`<Label>`, `<FormLabel>`). */
const LABEL = /^(?:label|(?:[A-Z]\w*\.)?[A-Z]?\w*Label)$/;

/** `styled.label`, `styled('label')`, `styled.label.attrs(…)`: a component that is a label. */
const STYLED_LABEL = /^styled(?:\.label\b|\(\s*['"]label['"]\s*\))/;

/** A control still waiting for the file's labels to be known. */
interface Pending {
  readonly node: JsxTag;
  readonly tag: string;
  readonly id: string;
  readonly placeholder: boolean;
  /** The tag names of the JSX elements around it. */
  readonly enclosing: readonly string[];
}

/** `className` tokens that hide an element: Tailwind `hidden`, Bootstrap `d-none`. */
const HIDING_CLASS = /(?:^|\s)(?:hidden|d-none)(?:\s|$)/;

/**
 * Hidden from everyone (`hidden`, `aria-hidden`, `display: none`, a hiding class) or taken out
 * of keyboard navigation (`tabIndex={-1}`): a helper input that another control drives, such
 * as the file input behind an "Upload" button.
 */
function isHidden(typescript: TS, attributes: JsxAttributes): boolean {
  const { byName } = attributes;
  if (byName.has('hidden')) return true;
  const tabIndex = byName.get('tabIndex');
  const tabValue = tabIndex === undefined ? undefined : jsxExpressionValue(typescript, tabIndex);
  if (
    tabValue !== undefined &&
    typescript.isPrefixUnaryExpression(tabValue) &&
    tabValue.operator === typescript.SyntaxKind.MinusToken
  )
    return true;
  const className = byName.get('className') ?? byName.get('class');
  const classes = className === undefined ? null : jsxStaticValue(typescript, className);
  if (classes !== null && HIDING_CLASS.test(classes)) return true;
  const ariaHidden = byName.get('aria-hidden');
  if (ariaHidden !== undefined && jsxStaticValue(typescript, ariaHidden) !== 'false') return true;
  const style = byName.get('style');
  const value = style === undefined ? undefined : jsxExpressionValue(typescript, style);
  return (
    value !== undefined &&
    typescript.isObjectLiteralExpression(value) &&
    value.properties.some(
      (p) =>
        typescript.isPropertyAssignment(p) &&
        typescript.isIdentifier(p.name) &&
        p.name.text === 'display' &&
        typescript.isStringLiteral(p.initializer) &&
        p.initializer.text === 'none',
    )
  );
}

/**
 * Form controls (`<input>`, `<select>`, `<textarea>`) without an accessible name: no
 * `aria-label`, `aria-labelledby` or `title`, not nested in a `<label>`, and no `id` that a
 * `<label htmlFor>` of the same file references. Screen readers announce them as a bare "edit
 * text" (WCAG 2.1 SC 1.3.1 Info and Relationships, SC 4.1.2 Name, Role, Value;
 * `jsx-a11y/label-has-associated-control`, `jsx-a11y/control-has-associated-label`). A
 * placeholder is not a label: it disappears on input and is not reliably announced (W3C WAI
 * Forms Tutorial).
 *
 * Neutral: `type="hidden|submit|button|reset|image"` and computed types; hidden controls
 * (`hidden`, `aria-hidden`, `display: none`, `className="hidden"`) and controls taken out of
 * keyboard navigation (`tabIndex={-1}`: a file input driven by an "Upload" button); spread attributes (`{...props}` may carry the
 * name); a computed `id` (the `<label>` may be rendered by another component). Label
 * components (`<Label htmlFor>`, `<FormLabel>`, a `styled.label` of the same file) count as
 * labels. Severity `warning`: an
 * accessibility failure users meet.
 */
export const labelAssociation = defineDetector({
  id: 'accessibility/label-association',
  category: 'accessibility',
  name: 'Form controls without a label',
  description:
    'Every form control has an accessible name: a <label> around it or pointing at its id, or aria-label/aria-labelledby.',
  severity: 'warning',
  mode: 'rule',
  noun: 'form controls',
  peerRules: ['label-has-associated-control', 'control-has-associated-label'],
  variants: { unlabelled: 'have no accessible name' },
  expected:
    'form controls are labelled by a `<label>`, `aria-label` or `aria-labelledby` (WCAG 2.1 SC 1.3.1, 4.1.2)',
  describe: (observation) => {
    const tag = `\`<${String(observation.context?.tag)}>\``;
    return observation.context?.placeholder === true
      ? `${tag} has only a placeholder, no label`
      : `${tag} has no label`;
  },
  typescript: {
    kinds: ['JsxOpeningElement', 'JsxSelfClosingElement', 'VariableDeclaration'],
    create(context) {
      const typescript = context.ts;
      const labelled = new Set<string>();
      const styledLabels = new Set<string>();
      const pending: Pending[] = [];
      const enclosingTags = (): string[] =>
        context.ancestors.flatMap((ancestor) =>
          typescript.isJsxElement(ancestor)
            ? [jsxTagName(typescript, ancestor.openingElement)]
            : [],
        );
      const isLabel = (tag: string): boolean => LABEL.test(tag) || styledLabels.has(tag);
      const visitControl = (node: JsxTag, tag: string): void => {
        const attributes = jsxAttributes(typescript, node);
        const { byName, hasSpread } = attributes;
        if (hasSpread || NAMING.some((name) => byName.has(name))) return;
        const type = byName.get('type');
        if (type !== undefined) {
          const value = jsxStaticValue(typescript, type);
          if (value === null || UNLABELLED_TYPES.has(value)) return;
        }
        if (isHidden(typescript, attributes)) return;
        const idAttribute = byName.get('id');
        const id = idAttribute === undefined ? '' : jsxStaticValue(typescript, idAttribute);
        if (id === null) return;
        pending.push({
          node,
          tag,
          id,
          placeholder: byName.has('placeholder'),
          enclosing: enclosingTags(),
        });
      };
      return {
        visit(node) {
          if (typescript.isVariableDeclaration(node)) {
            const initializer = node.initializer;
            if (
              typescript.isIdentifier(node.name) &&
              initializer !== undefined &&
              typescript.isTaggedTemplateExpression(initializer) &&
              STYLED_LABEL.test(context.text(initializer.tag))
            )
              styledLabels.add(node.name.text);
            return;
          }
          if (!isJsxTag(typescript, node)) return;
          const tag = jsxTagName(typescript, node);
          if (CONTROLS.has(tag)) {
            visitControl(node, tag);
            return;
          }
          // `htmlFor` only belongs on labels, whatever component renders them.
          const htmlFor =
            jsxAttribute(typescript, node, 'htmlFor') ??
            (tag === 'label' ? jsxAttribute(typescript, node, 'for') : undefined);
          const value = htmlFor === undefined ? null : jsxStaticValue(typescript, htmlFor);
          if (value !== null && value !== '') labelled.add(value);
        },
        end() {
          for (const control of pending) {
            if (control.id !== '' && labelled.has(control.id)) continue;
            if (control.enclosing.some(isLabel)) continue;
            context.report('unlabelled', control.node, {
              tag: control.tag,
              placeholder: control.placeholder,
            });
          }
        },
      };
    },
  },
});
