/**
 * The lower-case words of an identifier or dotted expression, split at case changes (an
 * acronym stays one word) and at every character that is not a letter or digit:
 * `requireAuth` → require, auth; `CLIENT_SECRET` → client, secret; `HTTPClient` → http, client.
 */
export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}
