/**
 * The Shannon entropy of a string in bits per character: `−Σ p(c) · log2 p(c)` over the
 * frequencies of its characters (C. E. Shannon, "A Mathematical Theory of Communication",
 * 1948). 0 for an empty string or one repeated character; at most `log2(length)`.
 */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<string, number>();
  let length = 0;
  for (const character of text) {
    counts.set(character, (counts.get(character) ?? 0) + 1);
    length += 1;
  }
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
