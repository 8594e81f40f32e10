// Which Drift functions the oracle checks: a --files glob or prefix, then an optional seeded
// random sample.

/**
 * A matcher for root-relative paths: a glob when the pattern holds `*`, `?` or `{…}` (`**`
 * crosses folders, `*` and `?` do not, `{a,b}` is an alternation), else a path prefix.
 * @param {string} pattern
 * @returns {(file: string) => boolean}
 */
export function fileMatcher(pattern) {
  if (!/[*?{]/.test(pattern)) return (file) => file.startsWith(pattern);
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (pattern.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (pattern.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') source += '(?:';
    else if (char === '}') source += ')';
    else if (char === ',') source += '|';
    else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  const regex = new RegExp(`^${source}$`);
  return (file) => regex.test(file);
}

/**
 * `count` items drawn without replacement by a Fisher–Yates shuffle driven by mulberry32
 * (Tommy Ettinger's 32-bit generator): the same seed and input give the same sample. The
 * sample keeps the input order.
 * @template T
 * @param {readonly T[]} items
 * @param {number} count
 * @param {number} seed
 * @returns {T[]}
 */
export function seededSample(items, count, seed) {
  if (count >= items.length) return [...items];
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const indices = items.map((_, i) => i);
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.floor(random() * (indices.length - i));
    [indices[i], indices[j]] = [indices[j], indices[i]];
  }
  return indices
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((i) => items[i]);
}
