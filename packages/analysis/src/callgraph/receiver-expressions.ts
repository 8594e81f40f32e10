const SEGMENT = /^[$@#]?[A-Za-z_][\w$]*$/;

/**
 * The receiver of a call as a path of names, when it is one: `this.repo` → `['this', 'repo']`,
 * `$this->repo` → `['$this', 'repo']`, `a?.b!` → `['a', 'b']`, `Self::store` →
 * `['Self', 'store']`. Null for anything else (calls, indexing, literals, casts).
 */
export function receiverPath(receiver: string): readonly string[] | null {
  let path = paths.get(receiver);
  if (path === undefined) {
    path = parseReceiverPath(receiver);
    if (paths.size >= MAX_CACHED) paths.clear();
    paths.set(receiver, path);
  }
  return path;
}

/** Receivers repeat (`this`, `this.repo`, `self.db`): their paths are kept, up to this many. */
const MAX_CACHED = 50_000;
const paths = new Map<string, readonly string[] | null>();

function parseReceiverPath(receiver: string): readonly string[] | null {
  if (SEGMENT.test(receiver)) return [receiver];
  const text = receiver
    .trim()
    .replace(/[!?]+$/, '')
    .replace(/[!?]*\?\.|!\.|->|::/g, '.');
  const segments = text.split('.');
  return segments.every((segment) => SEGMENT.test(segment)) ? segments : null;
}

const NEW_EXPRESSION = /^new\s+([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*(?:<[^()]*>)?\s*\(/;

/**
 * The class name of a receiver that is a constructor call, `new X(…)` or `new ns.X<T>(…)`
 * (the whole receiver, so `new X().y` is not one), else null.
 */
export function constructedClassName(receiver: string): string | null {
  const text = receiver.trim();
  const match = NEW_EXPRESSION.exec(text);
  if (match === null || !text.endsWith(')')) return null;
  let depth = 0;
  for (let i = match[0].length - 1; i < text.length; i += 1) {
    const char = text[i];
    if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0 && i !== text.length - 1) return null;
    }
  }
  return match[1] ?? null;
}
