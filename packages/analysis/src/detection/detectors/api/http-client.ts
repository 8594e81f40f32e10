import type { CallFact, ImportFact } from '@drift/core';
import { defineDetector, type DetectionFile, type Report } from '../../detector.js';

/** Where a library was first seen in a file. */
interface Use {
  readonly library: string;
  readonly line: number;
  readonly column: number;
}

/** TypeScript/JavaScript client packages, by module specifier. */
const JS_CLIENTS: ReadonlyMap<string, string> = new Map(
  Object.entries<string>({
    axios: 'axios',
    got: 'got',
    ky: 'ky',
    'node-fetch': 'node-fetch',
    undici: 'undici',
    superagent: 'superagent',
  }),
);
/** Fetch ponyfills: their `fetch` is the Fetch API. */
const FETCH_PONYFILLS = new Set([
  'cross-fetch',
  'isomorphic-fetch',
  'isomorphic-unfetch',
  'whatwg-fetch',
]);
/** Names imported only to type or recognise a client's values (`AxiosError`, `isAxiosError`). */
const TYPE_LIKE_NAME =
  /^(?:is[A-Z]\w*|[A-Z]\w*(?:Error|Response|Request|Config|Options|Headers|Instance|Static|Type|Adapter))$/;
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);

/** Whether an import brings in a client's values, not only its types. */
function importsValues(i: ImportFact): boolean {
  if (i.typeOnly) return false;
  if (i.defaultName !== null || i.namespaceName !== null || i.sideEffect) return true;
  if (i.kind === 'require' && i.names.length === 0) return true;
  return i.names.some((name) => !TYPE_LIKE_NAME.test(name.name));
}

/**
 * Whether a file defines or receives its own `fetch` (a Worker's `fetch(request)` handler, an
 * injected `fetch` parameter): its `fetch` calls may not be the global one. Methods of an
 * anonymous default-exported object are no function facts, so their definition is looked for
 * in the text; this runs only for files that call a bare `fetch`.
 */
function definesFetch(file: DetectionFile): boolean {
  return (
    file.facts.functions.some(
      (f) => f.name === 'fetch' || f.parameters.some((p) => p.name === 'fetch'),
    ) || /(?:^|[\s,{])(?:async\s+)?fetch\s*\([^()]*\)\s*(?::[^{;]*)?\{/m.test(file.source)
  );
}

function javascriptUses(file: DetectionFile): Use[] {
  const uses: Use[] = [];
  let fetchImported = false;
  for (const i of file.facts.imports) {
    const library = JS_CLIENTS.get(i.module);
    if (i.names.some((name) => (name.alias ?? name.name) === 'fetch') || i.defaultName === 'fetch')
      fetchImported = !FETCH_PONYFILLS.has(i.module);
    if (library !== undefined && importsValues(i))
      uses.push({ library, line: i.line, column: i.column });
  }
  const call = file.facts.calls.find(
    (c) => c.callee === 'fetch' && (c.receiver === null || GLOBAL_OBJECTS.has(c.receiver)),
  );
  if (call !== undefined && !fetchImported && !definesFetch(file))
    uses.push({ library: 'fetch', line: call.line, column: call.column });
  return uses;
}

/** Python client packages by the root of the imported module. */
const PYTHON_CLIENTS: ReadonlyMap<string, string> = new Map(
  Object.entries<string>({
    requests: 'requests',
    httpx: 'httpx',
    urllib3: 'urllib3',
  }),
);
/** Modules of a client that hold only its errors, helpers and types (`requests.exceptions`). */
const PYTHON_SUPPORT_MODULE = /\.(?:exceptions|util|utils|status_codes|structures|compat)(?:\.|$)/;
/** Names imported only to type or catch a client's values (`Response`, `HTTPError`). */
const PYTHON_TYPE_LIKE =
  /(?:Error|Exception|Warning)$|^(?:Response|PreparedRequest|Request|codes)$/;
/** aiohttp names of its client: `from aiohttp import web` is its server and not counted. */
const AIOHTTP_CLIENT = /^(?:ClientSession|ClientTimeout|TCPConnector|request|ClientResponse)$/;

function pythonLibrary(i: ImportFact): string | null {
  const root = i.module.split('.')[0] ?? '';
  const library = PYTHON_CLIENTS.get(root);
  if (library !== undefined) {
    const typesOnly =
      i.names.length > 0 && i.names.every((name) => PYTHON_TYPE_LIKE.test(name.name));
    return PYTHON_SUPPORT_MODULE.test(i.module) || typesOnly ? null : library;
  }
  if (i.module === 'urllib.request') return 'urllib';
  if (i.module === 'urllib' && i.names.some((name) => name.name === 'request')) return 'urllib';
  if (root === 'aiohttp' && i.names.some((name) => AIOHTTP_CLIENT.test(name.name)))
    return 'aiohttp';
  return null;
}

function pythonUses(file: DetectionFile): Use[] {
  const uses: Use[] = file.facts.imports.flatMap((i) => {
    const library = pythonLibrary(i);
    return library === null ? [] : [{ library, line: i.line, column: i.column }];
  });
  const session = file.facts.calls.find(
    (c) => c.receiver === 'aiohttp' && AIOHTTP_CLIENT.test(c.callee),
  );
  if (session !== undefined)
    uses.push({ library: 'aiohttp', line: session.line, column: session.column });
  return uses;
}

/** `net/http` calls that send requests (not the server side of the package). */
const GO_CLIENT_CALLS = new Set([
  'Get',
  'Post',
  'PostForm',
  'Head',
  'NewRequest',
  'NewRequestWithContext',
]);

function isGoClientCall(call: CallFact, http: string): boolean {
  return (
    (call.receiver === http && GO_CLIENT_CALLS.has(call.callee)) ||
    call.receiver === `${http}.DefaultClient`
  );
}

function goUses(file: DetectionFile): Use[] {
  const uses: Use[] = [];
  let http: string | null = null;
  for (const i of file.facts.imports) {
    if (i.module === 'net/http') http = i.defaultName ?? 'http';
    else if (/^github\.com\/go-resty\/resty(?:\/v\d+)?$/.test(i.module))
      uses.push({ library: 'resty', line: i.line, column: i.column });
  }
  if (http === null) return uses;
  const alias = http;
  const client = file.facts.calls.find((c) => isGoClientCall(c, alias));
  if (client !== undefined)
    uses.push({ library: 'net/http', line: client.line, column: client.column });
  return uses;
}

/**
 * JVM clients by imported name prefix, with the package of the library's own sources. An empty
 * library marks internal packages that only the library's own modules import.
 */
const JVM_CLIENTS: readonly { prefix: string; library: string; own: string }[] = [
  { prefix: 'java.net.http', library: 'java.net.http', own: 'java.net' },
  { prefix: 'okhttp3', library: 'OkHttp', own: 'okhttp3' },
  { prefix: 'okhttp3.internal', library: '', own: '' },
  { prefix: 'okhttp3.buildsupport', library: '', own: '' },
  { prefix: 'retrofit2', library: 'Retrofit', own: 'retrofit2' },
  {
    prefix: 'org.springframework.web.client.RestTemplate',
    library: 'RestTemplate',
    own: 'org.springframework.web',
  },
  {
    prefix: 'org.springframework.web.client.RestClient',
    library: 'RestClient',
    own: 'org.springframework.web',
  },
  {
    prefix: 'org.springframework.web.reactive.function.client',
    library: 'WebClient',
    own: 'org.springframework.web',
  },
  { prefix: 'org.apache.hc.client5', library: 'Apache HttpClient', own: 'org.apache.hc' },
  { prefix: 'org.apache.http.client', library: 'Apache HttpClient', own: 'org.apache.http' },
  { prefix: 'org.apache.http.impl.client', library: 'Apache HttpClient', own: 'org.apache.http' },
  { prefix: 'io.ktor.client', library: 'Ktor client', own: 'io.ktor.client' },
  { prefix: 'feign', library: 'Feign', own: 'feign' },
];

/** The fully qualified names an import brings in: `okhttp3.OkHttpClient`, `okhttp3.*`. */
function importedNames(i: ImportFact): string[] {
  return i.names.length === 0 ? [i.module] : i.names.map((name) => `${i.module}.${name.name}`);
}

function startsWithName(name: string, prefix: string): boolean {
  return name === prefix || name.startsWith(`${prefix}.`);
}

function jvmUses(file: DetectionFile): Use[] {
  if (file.path.endsWith('.gradle.kts')) return [];
  const pkg = file.facts.package ?? '';
  return file.facts.imports.flatMap((i) => {
    const names = importedNames(i);
    const matching = JVM_CLIENTS.filter(({ prefix }) =>
      names.some((name) => startsWithName(name, prefix)),
    );
    // The most specific prefix decides: `okhttp3.internal` is the library's own API.
    const client = matching.sort((a, b) => b.prefix.length - a.prefix.length)[0];
    // The library's own sources (okhttp's `okhttp3.*` packages) are not its users.
    if (client === undefined || client.library === '' || startsWithName(pkg, client.own)) return [];
    return [{ library: client.library, line: i.line, column: i.column }];
  });
}

/** Static assets served as they are (`public/mockServiceWorker.js`): vendored, not the codebase's modules. */
const STATIC_ASSETS = /(?:^|\/)(?:public|static)\//;

function usesOf(file: DetectionFile): Use[] {
  switch (file.language) {
    case 'typescript':
    case 'javascript':
      return STATIC_ASSETS.test(file.path) ? [] : javascriptUses(file);
    case 'python':
      return pythonUses(file);
    case 'go':
      return goUses(file);
    default:
      return jvmUses(file);
  }
}

/** The first use of each library, in line order. */
function firstUses(uses: readonly Use[]): Use[] {
  const first = new Map<string, Use>();
  for (const use of [...uses].sort((a, b) =>
    a.line !== b.line ? a.line - b.line : a.column - b.column,
  ))
    if (!first.has(use.library)) first.set(use.library, use);
  return [...first.values()];
}

function observe(file: DetectionFile, report: Report): void {
  for (const use of firstUses(usesOf(file))) {
    report({
      variant: use.library,
      line: use.line,
      column: use.column,
      snippet: file.lineText(use.line).slice(use.column - 1),
      context: { library: use.library },
    });
  }
}

/**
 * Which HTTP client library a file calls other services with: TS/JS the global `fetch`,
 * `axios`, `got`, `ky`, `node-fetch`, `undici`, `superagent`; Python `requests`, `httpx`,
 * `aiohttp` (its client), `urllib` (`urllib.request`), `urllib3`; Go `net/http` client calls
 * (`http.Get`, `http.NewRequest`, `http.DefaultClient`) and `resty`; Java/Kotlin
 * `java.net.http.HttpClient`, OkHttp, Retrofit, `RestTemplate`,
 * `RestClient`, `WebClient`, Apache HttpClient, Ktor client, Feign. One observation per file
 * and library, at its import or first call.
 *
 * Neutral: type-only imports and imports of a client's types or error guards only (`AxiosError`,
 * `isAxiosError`, Python `from requests import Response, HTTPError`, `requests.exceptions`,
 * `urllib3.util`), `fetch` in a file that defines or receives its own `fetch` (a Worker's
 * `fetch` handler, an injected `fetch` parameter), `fetch` imported from a module (counted as
 * that module), `aiohttp.web` (the server), `urllib.parse`, the `net/http` server API, and a
 * JVM library's own sources (files in its package, such as okhttp's `okhttp3`, and imports of its
 * internal packages), Gradle build scripts, and JavaScript under `public/` or `static/`
 * (assets served as they are, like MSW's `mockServiceWorker.js`). `HttpURLConnection` is not
 * counted: it is imported as often for its status constants. Severity info:
 * a second client is a maintenance cost (interceptors, retries and auth set up twice).
 */
export const httpClient = defineDetector({
  id: 'api/http-client',
  category: 'api',
  name: 'HTTP client library',
  description:
    'Calls to other services go through one HTTP client library, so that timeouts, retries, interceptors and authentication are configured once.',
  severity: 'info',
  mode: 'learned',
  languages: ['typescript', 'javascript', 'python', 'go', 'java', 'kotlin'],
  noun: 'files calling HTTP services',
  variants: {
    fetch: 'use the Fetch API',
    axios: 'use axios',
    got: 'use got',
    ky: 'use ky',
    'node-fetch': 'use node-fetch',
    undici: 'use undici',
    superagent: 'use superagent',
    requests: 'use requests',
    httpx: 'use httpx',
    aiohttp: 'use aiohttp',
    urllib: 'use urllib.request',
    urllib3: 'use urllib3',
    'net/http': 'use net/http',
    resty: 'use resty',
    'java.net.http': 'use java.net.http.HttpClient',
    OkHttp: 'use OkHttp',
    Retrofit: 'use Retrofit',
    RestTemplate: 'use RestTemplate',
    RestClient: 'use RestClient',
    WebClient: 'use WebClient',
    'Apache HttpClient': 'use Apache HttpClient',
    'Ktor client': 'use the Ktor client',
    Feign: 'use Feign',
  },
  describe: (observation) =>
    `calls HTTP services with \`${String(observation.context?.library ?? observation.variant)}\``,
  facts: observe,
});
