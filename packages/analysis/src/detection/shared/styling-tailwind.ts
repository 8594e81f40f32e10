/**
 * Tailwind CSS utility classes by shape (tailwindcss.com/docs, v3 and v4 names). Used to tell a
 * class string made of utilities (`flex items-center px-4 md:grid-cols-2`) from semantic class
 * names (`ToolIcon__icon`, `card card--active`). Shapes that Bootstrap shares (`mt-3`,
 * `text-center`, `bg-primary`) match too, so a file only counts as Tailwind with at least one
 * {@link isDistinctiveTailwind} token.
 */

/** Responsive, state and arbitrary variants: `md:`, `hover:`, `data-[state=open]:`, `[&>svg]:`. */
const VARIANTS = /^(?:(?:[a-z0-9-]+(?:-\[[^\]]*\])?(?:\/[\w-]+)?|\[[^\]]*\]|@[\w-]+):)+/;

const VALUE = String.raw`(?:\d+(?:\.\d+)?|\d+\/\d+|px|full|screen|auto|none|min|max|fit|svh|dvh|lvh|xs|sm|md|lg|xl|[2-9]xl|inner|prose|screen-[a-z0-9]+|\[[^\]]+\]|\([^)]+\))`;
const COLOR = String.raw`(?:(?:slate|gray|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose)-\d{2,3}|black|white|transparent|current|inherit|(?:primary|secondary|muted|accent|destructive|card|popover|sidebar)(?:-foreground)?|foreground|background|border|input|ring|\[[^\]]+\])(?:\/(?:\d+|\[[^\]]+\]))?`;
const SIZED =
  'p|px|py|pt|pr|pb|pl|ps|pe|m|mx|my|mt|mr|mb|ml|ms|me|gap|gap-x|gap-y|space-x|space-y|w|h|size|min-w|min-h|max-w|max-h|inset|inset-x|inset-y|top|right|bottom|left|start|end|z|order|basis|col-span|col-start|col-end|row-span|row-start|row-end|grid-cols|grid-rows|auto-cols|auto-rows|leading|tracking|indent|opacity|scale|scale-x|scale-y|rotate|translate-x|translate-y|skew-x|skew-y|duration|delay|line-clamp|columns|underline-offset|outline-offset|ring-offset|ring|outline|border|border-[xytrblse]|divide-x|divide-y|blur|backdrop-blur|brightness|contrast|saturate|stroke|rounded|rounded-[trblse]{1,2}|shadow|text|aspect|flex|grow|shrink';
const COLORED =
  'text|bg|border|border-[xytrblse]|ring|ring-offset|fill|stroke|from|via|to|divide|outline|decoration|placeholder|caret|accent|shadow';

const EXACT = new Set([
  'flex',
  'inline-flex',
  'grid',
  'inline-grid',
  'block',
  'inline-block',
  'inline',
  'hidden',
  'contents',
  'table',
  'table-row',
  'table-cell',
  'flow-root',
  'relative',
  'absolute',
  'fixed',
  'sticky',
  'static',
  'container',
  'truncate',
  'italic',
  'not-italic',
  'underline',
  'overline',
  'line-through',
  'no-underline',
  'uppercase',
  'lowercase',
  'capitalize',
  'normal-case',
  'antialiased',
  'subpixel-antialiased',
  'sr-only',
  'not-sr-only',
  'visible',
  'invisible',
  'collapse',
  'grow',
  'shrink',
  'border',
  'rounded',
  'shadow',
  'ring',
  'outline',
  'transition',
  'transform',
  'filter',
  'isolate',
  'resize',
  'appearance-none',
  'tabular-nums',
  'group',
  'peer',
  'prose',
  'dark',
]);

const PATTERNS: readonly RegExp[] = [
  new RegExp(`^(?:${SIZED})-${VALUE}$`),
  new RegExp(`^(?:${COLORED})-${COLOR}$`),
  /^text-(?:left|center|right|justify|start|end|wrap|nowrap|balance|pretty|ellipsis|clip|base)$/,
  /^font-(?:thin|extralight|light|normal|medium|semibold|bold|extrabold|black|sans|serif|mono)$/,
  /^items-(?:start|end|center|baseline|stretch)$/,
  /^justify-(?:start|end|center|between|around|evenly|stretch|normal|items-\w+|self-\w+)$/,
  /^content-(?:start|end|center|between|around|evenly|stretch|normal)$/,
  /^self-(?:auto|start|end|center|stretch|baseline)$/,
  /^place-(?:items|content|self)-(?:start|end|center|between|around|evenly|stretch|auto|baseline)$/,
  /^overflow(?:-[xy])?-(?:auto|hidden|visible|scroll|clip)$/,
  /^whitespace-(?:normal|nowrap|pre|pre-line|pre-wrap|break-spaces)$/,
  /^break-(?:words|all|keep|normal)$/,
  /^cursor-[a-z-]+$/,
  /^select-(?:none|text|all|auto)$/,
  /^pointer-events-(?:none|auto)$/,
  /^object-(?:contain|cover|fill|none|scale-down|center|top|bottom|left|right)$/,
  /^list-(?:none|disc|decimal|inside|outside)$/,
  /^align-(?:baseline|top|middle|bottom|text-top|text-bottom|sub|super)$/,
  /^bg-(?:cover|contain|center|top|bottom|no-repeat|repeat|fixed|local|scroll|none|gradient-to-[trbl]{1,2}|clip-\w+)$/,
  /^transition-(?:all|colors|opacity|shadow|transform|none)$/,
  /^ease-(?:linear|in|out|in-out)$/,
  /^animate-(?:spin|ping|pulse|bounce|none)$/,
  /^flex-(?:row|col|wrap|nowrap|row-reverse|col-reverse|wrap-reverse|initial)$/,
  /^(?:grow|shrink)-0$/,
  /^border-(?:solid|dashed|dotted|double|hidden|none|collapse|separate)$/,
  /^outline-(?:dashed|dotted|double)$/,
  /^leading-(?:tight|snug|normal|relaxed|loose)$/,
  /^tracking-(?:tighter|tight|normal|wide|wider|widest)$/,
  /^aspect-(?:square|video)$/,
  /^(?:col|row)-span-full$/,
  /^(?:fill|stroke)-current$/,
  /^(?:border-[xytrblse]|divide-[xy])$/,
  /^animate-(?:in|out)$/,
  /^prose-(?:sm|base|lg|xl|2xl|slate|gray|zinc|neutral|stone|invert)$/,
];

/**
 * Shapes Bootstrap lacks: a variant prefix, an arbitrary value (`w-[425px]`), `flex`/`grid`,
 * `items-*`, `justify-between`, text sizes, font weights, palette colours with a shade,
 * `w-full`, `size-*`, `space-x-*`, `grid-cols-*`.
 */
const DISTINCTIVE =
  /^(?:flex|grid|inline-flex|items-\w+|justify-(?:start|end|center|between|around|evenly)|text-(?:xs|sm|base|lg|[2-9]?xl)|font-(?:medium|semibold|bold|light)|[wh]-full|min-h-screen|space-[xy]-\S+|grid-cols-\S+|size-\S+|[a-z-]+-[a-z]+-\d{2,3}(?:\/\d+)?|\S*-\[[^\]]+\])$/;

interface Token {
  readonly utility: string;
  readonly prefixed: boolean;
}

function parse(token: string): Token {
  const prefix = VARIANTS.exec(token)?.[0] ?? '';
  const utility = token
    .slice(prefix.length)
    .replace(/^!|!$/g, '')
    .replace(/^-(?=[a-z])/, '');
  return { utility, prefixed: prefix !== '' };
}

/** True when a class token has the shape of a Tailwind utility, variants included. */
export function isTailwindClass(token: string): boolean {
  const { utility } = parse(token);
  return EXACT.has(utility) || PATTERNS.some((pattern) => pattern.test(utility));
}

/** True for a Tailwind utility that Bootstrap and hand-written CSS do not use. */
export function isDistinctiveTailwind(token: string): boolean {
  if (!isTailwindClass(token)) return false;
  const { utility, prefixed } = parse(token);
  return prefixed || DISTINCTIVE.test(utility);
}

/** Counts of the class tokens of some class strings. */
export interface ClassTally {
  tailwind: number;
  other: number;
  distinctive: boolean;
}

/** Adds the tokens of a whitespace-separated class string to a tally. */
export function tallyClasses(text: string, tally: ClassTally): void {
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    if (isTailwindClass(token)) {
      tally.tailwind += 1;
      if (!tally.distinctive && isDistinctiveTailwind(token)) tally.distinctive = true;
    } else tally.other += 1;
  }
}
