import type ts from 'typescript';
import { defineDetector } from '../../detector.js';
import {
  isJsxTag,
  jsxAttributeName,
  jsxExpressionValue,
  jsxTagName,
} from '../../shared/jsx-attributes.js';
import { isAliasSpecifier, isRelativeSpecifier } from '../../shared/structural-import-paths.js';
import { tallyClasses, type ClassTally } from '../../shared/styling-tailwind.js';

type TS = typeof import('typescript');
type Approach =
  'css-modules' | 'global-css' | 'css-in-js' | 'tailwind' | 'vanilla-extract' | 'inline-style';

const STYLESHEET = /\.(?:css|scss|sass|less|styl)$/;
const CSS_MODULE = /\.module\.(?:css|scss|sass|less|styl)$/;
/**
 * Stylesheets an app entry or root layout imports whatever the components use (the Tailwind
 * entry `globals.css`, a reset, fonts): they say nothing about how a component styles itself.
 */
const ENTRY_STYLESHEET =
  /(?:^|\/)(?:globals?|index|app|main|styles?|tailwind|reset|normalize|base|theme|fonts?|variables|vars)\.(?:css|scss|sass|less|styl)$/;
const CSS_IN_JS =
  /^(?:styled-components|@emotion\/(?:styled|react|css)|@stitches\/react|goober|@linaria\/(?:react|core)|react-jss|@mui\/styles)$/;
const VANILLA_EXTRACT = /^@vanilla-extract\/(?:css|recipes|sprinkles|dynamic)$/;
/** UI libraries styled through component props (`<Box p={4}>`, `sx`): inline styles are theirs too. */
const STYLE_PROPS_LIBRARY =
  /^(?:@chakra-ui\/|@mui\/|@mantine\/|theme-ui|@radix-ui\/themes|native-base|@tamagui\/|tamagui|rebass)/;
/**
 * Renderers that only understand inline styles: HTML e-mail (mail clients drop stylesheets),
 * Open Graph images (Satori), PDFs.
 */
const INLINE_ONLY_RENDERER =
  /^(?:next\/og|@vercel\/og|satori|@react-email\/|react-email|oy-vey|mjml-react|@react-pdf\/renderer)/;
/** Folders of HTML e-mail templates. */
const EMAIL_FOLDER = /(?:^|\/)(?:e?mails?|mailers?|email-templates)\//i;
/** Class-name helpers whose string arguments are class lists: `cn('flex', cond && 'px-4')`. */
const CLASS_HELPERS = new Set([
  'cn',
  'clsx',
  'cx',
  'classnames',
  'classNames',
  'cva',
  'tv',
  'twMerge',
  'twJoin',
]);
const CLASS_ATTRIBUTES = new Set(['className', 'class']);

/** A file counts as Tailwind with this many utility tokens, mostly utilities, one distinctive. */
const TAILWIND_MIN_TOKENS = 3;
const TAILWIND_MIN_SHARE = 0.6;
/**
 * Static inline style properties a file needs to count as styled inline: one or two
 * (`style={{ whiteSpace: 'pre-wrap' }}`) are one-off tweaks, not a styling approach.
 */
const INLINE_MIN_PROPERTIES = 3;
/**
 * Inline style objects a file needs to count as styled inline: a file with a single one is a
 * small wrapper (excalidraw's `Ellipsify`, `InlineIcon`), not a component styled that way.
 */
const INLINE_MIN_OBJECTS = 2;

interface Evidence {
  readonly node: ts.Node;
  readonly detail: string;
}

function isOwnModule(module: string): boolean {
  return isRelativeSpecifier(module) || isAliasSpecifier(module);
}

/** What an import says about styling, or null. */
function importApproach(
  typescript: TS,
  node: ts.ImportDeclaration,
): { approach: Approach; detail: string } | null {
  if (!typescript.isStringLiteral(node.moduleSpecifier)) return null;
  const module = node.moduleSpecifier.text;
  const clause = node.importClause;
  if (clause?.phaseModifier === typescript.SyntaxKind.TypeKeyword) return null;
  if (CSS_IN_JS.test(module)) return { approach: 'css-in-js', detail: module };
  if (VANILLA_EXTRACT.test(module)) return { approach: 'vanilla-extract', detail: module };
  if (!isOwnModule(module)) return null;
  if (CSS_MODULE.test(module))
    return clause === undefined ? null : { approach: 'css-modules', detail: module };
  if (clause === undefined) {
    return STYLESHEET.test(module) && !ENTRY_STYLESHEET.test(module)
      ? { approach: 'global-css', detail: module }
      : null;
  }
  // Bindings from `./button.css` only exist for a vanilla-extract `button.css.ts`.
  return module.endsWith('.css') ? { approach: 'vanilla-extract', detail: module } : null;
}

function isEquality(typescript: TS, node: ts.Node): boolean {
  if (!typescript.isBinaryExpression(node)) return false;
  const k = typescript.SyntaxKind;
  const operator = node.operatorToken.kind;
  return (
    operator === k.EqualsEqualsEqualsToken ||
    operator === k.ExclamationEqualsEqualsToken ||
    operator === k.EqualsEqualsToken ||
    operator === k.ExclamationEqualsToken
  );
}

/**
 * Tallies the class strings under a node: literals and template text, skipping comparison
 * operands (`variant === 'primary'`) and the tokens a `${…}` substitution cuts in two.
 */
function tallyStrings(typescript: TS, root: ts.Node, tally: ClassTally): void {
  const walk = (node: ts.Node): void => {
    if (typescript.isStringLiteral(node) || typescript.isNoSubstitutionTemplateLiteral(node)) {
      tallyClasses(node.text, tally);
    } else if (typescript.isTemplateExpression(node)) {
      tallyClasses(node.head.text.replace(/\S+$/, ''), tally);
      node.templateSpans.forEach((span, index) => {
        walk(span.expression);
        const text = span.literal.text.replace(/^\S+/, '');
        const last = index === node.templateSpans.length - 1;
        tallyClasses(last ? text : text.replace(/\S+$/, ''), tally);
      });
    } else if (!isEquality(typescript, node)) {
      typescript.forEachChild(node, walk);
    }
  };
  walk(root);
}

function staticStyleProperties(typescript: TS, style: ts.Expression): number {
  if (!typescript.isObjectLiteralExpression(style)) return 0;
  let count = 0;
  for (const property of style.properties) {
    if (!typescript.isPropertyAssignment(property)) continue;
    const value = property.initializer;
    if (
      typescript.isStringLiteral(value) ||
      typescript.isNumericLiteral(value) ||
      typescript.isNoSubstitutionTemplateLiteral(value) ||
      (typescript.isPrefixUnaryExpression(value) && typescript.isNumericLiteral(value.operand))
    )
      count += 1;
  }
  return count;
}

function calleeName(typescript: TS, call: ts.CallExpression): string | null {
  const callee = call.expression;
  return typescript.isIdentifier(callee) ? callee.text : null;
}

const DESCRIPTIONS: Readonly<Record<string, (detail: string) => string>> = {
  'css-modules': (detail) => `styles itself with the CSS module \`${detail}\``,
  'global-css': (detail) => `imports the global stylesheet \`${detail}\``,
  'css-in-js': (detail) => `styles itself with \`${detail}\``,
  tailwind: () => 'styles itself with Tailwind utility classes',
  'vanilla-extract': (detail) => `styles itself with vanilla-extract (\`${detail}\`)`,
  'inline-style': () => 'styles itself with inline style objects only',
};

/**
 * How a file styles its components, one observation per file that styles anything: CSS
 * modules (`import styles from './x.module.css'`), a global stylesheet of its own (`import
 * './x.scss'`), CSS-in-JS (styled-components, Emotion, Stitches, Linaria, JSS), Tailwind
 * utility classes (in `className`/`class` attributes and in `cn`/`clsx`/`cva`/`twMerge`
 * arguments, so files combining Tailwind with these helpers are still Tailwind), vanilla-extract
 * (`@vanilla-extract/css`, or bindings imported from a `./x.css` that is a `x.css.ts`), or static
 * inline style objects (`style={{ margin: 8 }}`) and nothing else.
 *
 * Neutral: entry stylesheets (`globals.css`, `index.css`: the Tailwind entry or a reset, imported
 * by any app), package stylesheets, files mixing two approaches (their convention is unclear),
 * inline styles with computed values only, fewer than {@link INLINE_MIN_PROPERTIES} static
 * properties or in a single style object, inline styles passed to components (`<Avatar style>`: styled by the component),
 * inline styles in files that use class names or a style-props UI library (Chakra, MUI,
 * Mantine), React Native files, and files rendered where only inline styles work (HTML e-mail
 * templates, Open Graph images, PDFs). Class strings count as Tailwind when at least
 * {@link TAILWIND_MIN_TOKENS} tokens have utility shapes, they make {@link TAILWIND_MIN_SHARE}
 * of the file's class tokens, and one is distinctive of Tailwind (Bootstrap shares `mt-3`,
 * `text-center`). Severity `info`: a consistency convention.
 */
export const cssApproach = defineDetector({
  id: 'styling/css-approach',
  category: 'styling',
  name: 'Styling approach',
  description:
    'Components are styled one way (CSS modules, stylesheets, CSS-in-JS, Tailwind, vanilla-extract or inline styles); a second approach splits where styles live and how they are themed.',
  severity: 'info',
  mode: 'learned',
  noun: 'styled files',
  variants: {
    'css-modules': 'use CSS modules',
    'global-css': 'import a stylesheet of their own',
    'css-in-js': 'use CSS-in-JS',
    tailwind: 'use Tailwind utility classes',
    'vanilla-extract': 'use vanilla-extract',
    'inline-style': 'use inline style objects only',
  },
  describe: (observation) =>
    (DESCRIPTIONS[observation.variant] ?? (() => 'styles itself'))(
      String(observation.context?.detail ?? ''),
    ),
  typescript: {
    kinds: ['ImportDeclaration', 'JsxAttribute', 'CallExpression'],
    create(context) {
      const typescript = context.ts;
      const imports = context.file.facts.imports;
      if (
        EMAIL_FOLDER.test(context.file.path) ||
        imports.some((i) => i.module === 'react-native' || INLINE_ONLY_RENDERER.test(i.module))
      )
        return { visit: () => undefined };
      const styleProps = imports.some((i) => STYLE_PROPS_LIBRARY.test(i.module));
      const evidence = new Map<Approach, Evidence>();
      const classes: ClassTally = { tailwind: 0, other: 0, distinctive: false };
      let firstTailwind: ts.Node | null = null;
      let firstStyle: ts.Node | null = null;
      let inlineProperties = 0;
      let inlineObjects = 0;
      const note = (approach: Approach, node: ts.Node, detail: string): void => {
        if (!evidence.has(approach)) evidence.set(approach, { node, detail });
      };
      const tallyClassNode = (node: ts.Node, root: ts.Node): void => {
        const before = classes.tailwind;
        tallyStrings(typescript, root, classes);
        if (firstTailwind === null && classes.tailwind > before) firstTailwind = node;
      };
      const insideAttribute = (): boolean =>
        context.ancestors.some((ancestor) => typescript.isJsxAttribute(ancestor));
      /** The attribute sits on an HTML element (`<div style>`), not on a component's props. */
      const onIntrinsicElement = (): boolean => {
        const tag = context.ancestors[context.ancestors.length - 2];
        return (
          tag !== undefined &&
          isJsxTag(typescript, tag) &&
          /^[a-z]/.test(jsxTagName(typescript, tag))
        );
      };

      return {
        visit(node) {
          if (typescript.isImportDeclaration(node)) {
            const found = importApproach(typescript, node);
            if (found !== null) note(found.approach, node, found.detail);
          } else if (typescript.isJsxAttribute(node)) {
            const name = jsxAttributeName(typescript, node);
            if (CLASS_ATTRIBUTES.has(name) && node.initializer !== undefined) {
              tallyClassNode(node, node.initializer);
            } else if (name === 'style' && !styleProps && onIntrinsicElement()) {
              const value = jsxExpressionValue(typescript, node);
              const count = value === undefined ? 0 : staticStyleProperties(typescript, value);
              if (count > 0) {
                firstStyle ??= node;
                inlineObjects += 1;
              }
              inlineProperties += count;
            }
          } else if (typescript.isCallExpression(node)) {
            const callee = calleeName(typescript, node);
            if (callee !== null && CLASS_HELPERS.has(callee) && !insideAttribute())
              for (const argument of node.arguments) tallyClassNode(node, argument);
          }
        },
        end() {
          const tokens = classes.tailwind + classes.other;
          if (
            firstTailwind !== null &&
            classes.distinctive &&
            classes.tailwind >= TAILWIND_MIN_TOKENS &&
            classes.tailwind >= TAILWIND_MIN_SHARE * tokens
          )
            note('tailwind', firstTailwind, '');
          if (
            firstStyle !== null &&
            inlineProperties >= INLINE_MIN_PROPERTIES &&
            inlineObjects >= INLINE_MIN_OBJECTS
          )
            note('inline-style', firstStyle, '');
          const primary = [...evidence.keys()].filter((a) => a !== 'inline-style');
          let approach: Approach | undefined;
          if (primary.length === 1) approach = primary[0];
          else if (primary.length === 0 && tokens === 0 && evidence.has('inline-style'))
            approach = 'inline-style';
          const found = approach === undefined ? undefined : evidence.get(approach);
          if (approach === undefined || found === undefined) return;
          context.report(approach, found.node, found.detail === '' ? {} : { detail: found.detail });
        },
      };
    },
  },
});
