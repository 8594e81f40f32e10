/**
 * Orders two strings by UTF-16 code units, like `Array.prototype.sort` without a comparator:
 * locale-independent, so reports sort the same on every machine. Returns −1, 0 or 1.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
