import type ts from 'typescript';
import type { Node, QueryMatch } from 'web-tree-sitter';
import { defineDetector, type TreeSitterRule } from '../../detector.js';
import { isCheckedForSecurity } from '../../shared/security-paths.js';

/**
 * What each variant disables, for messages. A capture named `tls.<variant>` marks the node to
 * report; captures starting with `_` are read by the checks.
 */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'reject-unauthorized': 'sets `rejectUnauthorized: false`',
  'strict-ssl': 'sets `strictSSL: false`',
  'node-tls-env': 'sets `NODE_TLS_REJECT_UNAUTHORIZED` to 0',
  'hostname-check-disabled': 'disables the hostname check',
  'verify-false': 'passes `verify=False`',
  'unverified-context': 'uses `ssl._create_unverified_context`',
  'cert-none': 'sets `CERT_NONE`',
  'insecure-skip-verify': 'sets `InsecureSkipVerify: true`',
  'trust-all': 'trusts every certificate',
  'accept-any-certificate': 'accepts any server certificate',
  'curl-no-verify': 'turns off peer verification in the request options',
  'verify-none': 'sets `VERIFY_NONE`',
};

// ---- TypeScript / JavaScript ----------------------------------------------------------------

const FALSE_OPTIONS: ReadonlyMap<string, string> = new Map(
  Object.entries<string>({
    rejectUnauthorized: 'reject-unauthorized',
    strictSSL: 'strict-ssl',
  }),
);

function propertyName(typescript: typeof ts, name: ts.Node): string | null {
  if (typescript.isIdentifier(name) || typescript.isStringLiteral(name)) return name.text;
  if (typescript.isPropertyAccessExpression(name)) return name.name.text;
  if (
    typescript.isElementAccessExpression(name) &&
    typescript.isStringLiteral(name.argumentExpression)
  )
    return name.argumentExpression.text;
  return null;
}

/** `'0'`, `"0"`, `0` or `false`: the values that turn Node's certificate check off. */
function isOff(typescript: typeof ts, value: ts.Expression): boolean {
  if (value.kind === typescript.SyntaxKind.FalseKeyword) return true;
  return (
    (typescript.isStringLiteralLike(value) || typescript.isNumericLiteral(value)) &&
    value.text === '0'
  );
}

/** `checkServerIdentity: () => undefined` (or a function with an empty body). */
function isNoOpFunction(typescript: typeof ts, value: ts.Expression): boolean {
  if (!typescript.isArrowFunction(value) && !typescript.isFunctionExpression(value)) return false;
  const body = value.body;
  if (typescript.isBlock(body)) return body.statements.length === 0;
  return typescript.isIdentifier(body) && body.text === 'undefined';
}

function typescriptVariant(
  typescript: typeof ts,
  name: ts.Node,
  value: ts.Expression,
): string | null {
  const key = propertyName(typescript, name);
  if (key === null) return null;
  const option = FALSE_OPTIONS.get(key);
  if (option !== undefined)
    return value.kind === typescript.SyntaxKind.FalseKeyword ? option : null;
  if (key === 'NODE_TLS_REJECT_UNAUTHORIZED')
    return isOff(typescript, value) ? 'node-tls-env' : null;
  if (key === 'checkServerIdentity' && isNoOpFunction(typescript, value))
    return 'hostname-check-disabled';
  return null;
}

// ---- tree-sitter languages ------------------------------------------------------------------

/** The node captured as `tls.<variant>` and the helper captures of a match. */
function readMatch(
  match: QueryMatch,
): { variant: string; node: Node; parts: Map<string, Node> } | null {
  let reported: { variant: string; node: Node } | null = null;
  const parts = new Map<string, Node>();
  for (const capture of match.captures) {
    if (capture.name.startsWith('tls.'))
      reported = { variant: capture.name.slice(4), node: capture.node };
    else parts.set(capture.name, capture.node);
  }
  return reported === null ? null : { ...reported, parts };
}

function rule(
  query: readonly string[],
  accept: (parts: Map<string, Node>, node: Node, variant: string) => boolean,
): TreeSitterRule {
  return {
    query: query.join('\n'),
    create: (context) => ({
      match(match) {
        if (!isCheckedForSecurity(context.file)) return;
        const found = readMatch(match);
        if (found !== null && accept(found.parts, found.node, found.variant))
          context.report(found.variant, found.node);
      },
    }),
  };
}

/** A block without statements (comments allowed): a certificate check that checks nothing. */
function isEmptyBlock(block: Node | undefined): boolean {
  if (block === undefined) return false;
  for (let index = 0; index < block.namedChildCount; index += 1) {
    const type = block.namedChild(index)?.type ?? '';
    if (!type.includes('comment')) return false;
  }
  return true;
}

/** Calls of HTTP clients where aiohttp's `ssl=False` turns verification off (elsewhere it means "no TLS"). */
const AIOHTTP_CALLS =
  /^(?:get|post|put|patch|delete|head|options|request|ws_connect|TCPConnector)$/;

const python = rule(
  [
    '(call function: (_) @_callee arguments: (argument_list (keyword_argument name: (identifier) @_key (#match? @_key "^(verify|verify_ssl|verify_certs|ssl)$") value: (false)) @tls.verify-false))',
    '(call function: (attribute attribute: (identifier) @_n (#eq? @_n "_create_unverified_context"))) @tls.unverified-context',
    '(assignment right: (attribute attribute: (identifier) @_n (#eq? @_n "_create_unverified_context"))) @tls.unverified-context',
    '(assignment left: (attribute attribute: (identifier) @_n (#eq? @_n "check_hostname")) right: (false)) @tls.hostname-check-disabled',
    '(assignment right: (attribute attribute: (identifier) @_n (#eq? @_n "CERT_NONE"))) @tls.cert-none',
    '(keyword_argument value: (attribute attribute: (identifier) @_n (#eq? @_n "CERT_NONE"))) @tls.cert-none',
    '(keyword_argument name: (identifier) @_n (#eq? @_n "cert_reqs") value: (string) @_v (#match? @_v "CERT_NONE")) @tls.cert-none',
  ],
  (parts) => {
    const callee = parts.get('_callee')?.text;
    if (callee === undefined) return true;
    const key = parts.get('_key')?.text;
    if (/jwt/i.test(callee)) return false;
    return key !== 'ssl' || AIOHTTP_CALLS.test(callee.slice(callee.lastIndexOf('.') + 1));
  },
);

const go = rule(
  [
    '(keyed_element key: (literal_element (identifier) @_k (#eq? @_k "InsecureSkipVerify")) value: (literal_element (true))) @tls.insecure-skip-verify',
    '(assignment_statement left: (expression_list (selector_expression field: (field_identifier) @_k (#eq? @_k "InsecureSkipVerify"))) right: (expression_list (true))) @tls.insecure-skip-verify',
  ],
  () => true,
);

/** Apache HttpClient's verifiers that accept any host name, and its trust-everything strategy. */
const JVM_HOSTNAME_OFF = '^(NoopHostnameVerifier|AllowAllHostnameVerifier)$';
const JVM_HOSTNAME_OFF_FIELD =
  /^(?:NoopHostnameVerifier\.INSTANCE|(?:SSLConnectionSocketFactory|SSLSocketFactory)\.ALLOW_ALL_HOSTNAME_VERIFIER)$/;
const JVM_FIELD_OWNERS =
  '^(NoopHostnameVerifier|TrustAllStrategy|SSLConnectionSocketFactory|SSLSocketFactory)$';

/** A qualified constant that turns verification off, as its variant, or null. */
function jvmFieldVariant(text: string): string | null {
  const name = text.replace(/\s/g, '');
  if (JVM_HOSTNAME_OFF_FIELD.test(name)) return 'hostname-check-disabled';
  return name === 'TrustAllStrategy.INSTANCE' ? 'trust-all' : null;
}

const java = rule(
  [
    `(object_creation_expression type: (type_identifier) @_t (#match? @_t "${JVM_HOSTNAME_OFF}")) @tls.hostname-check-disabled`,
    '(object_creation_expression type: (type_identifier) @_t (#eq? @_t "TrustAllStrategy")) @tls.trust-all',
    `(field_access object: (identifier) @_o (#match? @_o "${JVM_FIELD_OWNERS}")) @tls.hostname-check-disabled`,
    `(field_access object: (identifier) @_o (#match? @_o "${JVM_FIELD_OWNERS}")) @tls.trust-all`,
    '(method_invocation name: (identifier) @_m (#match? @_m "^(setHostnameVerifier|setDefaultHostnameVerifier|hostnameVerifier)$") arguments: (argument_list (lambda_expression body: (true)))) @tls.hostname-check-disabled',
    '(local_variable_declaration type: (type_identifier) @_t (#eq? @_t "HostnameVerifier") declarator: (variable_declarator value: (lambda_expression body: (true)))) @tls.hostname-check-disabled',
    '(field_declaration type: (type_identifier) @_t (#eq? @_t "HostnameVerifier") declarator: (variable_declarator value: (lambda_expression body: (true)))) @tls.hostname-check-disabled',
    '(method_declaration name: (identifier) @_n (#eq? @_n "checkServerTrusted") body: (block) @_body) @tls.trust-all',
  ],
  (parts, node, variant) => {
    if (node.type === 'field_access') return jvmFieldVariant(node.text) === variant;
    if (node.type === 'method_declaration') return isEmptyBlock(parts.get('_body'));
    return true;
  },
);

const kotlin = rule(
  [
    `(call_expression (identifier) @_t (#match? @_t "${JVM_HOSTNAME_OFF}")) @tls.hostname-check-disabled`,
    '(call_expression (identifier) @_t (#eq? @_t "TrustAllStrategy")) @tls.trust-all',
    '(call_expression (identifier) @_t (#eq? @_t "HostnameVerifier") (annotated_lambda)) @tls.hostname-check-disabled',
    `(navigation_expression . (identifier) @_o (#match? @_o "${JVM_FIELD_OWNERS}")) @tls.hostname-check-disabled`,
    `(navigation_expression . (identifier) @_o (#match? @_o "${JVM_FIELD_OWNERS}")) @tls.trust-all`,
    '(function_declaration name: (identifier) @_n (#eq? @_n "checkServerTrusted") (function_body (block) @_body)) @tls.trust-all',
  ],
  (parts, node, variant) => {
    if (node.type === 'navigation_expression') return jvmFieldVariant(node.text) === variant;
    if (node.type === 'function_declaration') return isEmptyBlock(parts.get('_body'));
    if (parts.get('_t')?.text !== 'HostnameVerifier') return true;
    // HostnameVerifier { _, _ -> true }
    const lambda = node.namedChild(1)?.namedChild(0);
    return (
      lambda?.type === 'lambda_literal' &&
      lambda.namedChildCount === 2 &&
      lambda.namedChild(1)?.text === 'true'
    );
  },
);

const CSHARP_CALLBACK =
  /(?:ServerCertificateCustomValidationCallback|ServerCertificateValidationCallback|RemoteCertificateValidationCallback)$/;

const csharp = rule(
  [
    '(member_access_expression name: (identifier) @_n (#eq? @_n "DangerousAcceptAnyServerCertificateValidator")) @tls.accept-any-certificate',
    '(assignment_expression left: (_) @_left right: (lambda_expression body: (boolean_literal) @_value)) @tls.accept-any-certificate',
    '(assignment_expression left: (_) @_left right: (anonymous_method_expression) @_value) @tls.accept-any-certificate',
  ],
  (parts) => {
    const left = parts.get('_left')?.text;
    if (left === undefined) return true;
    const value = parts.get('_value')?.text ?? '';
    return (
      CSHARP_CALLBACK.test(left) && (value === 'true' || /\{\s*return\s+true\s*;\s*\}$/.test(value))
    );
  },
);

/** `false`, `0`: the option values that turn verification off. */
const PHP_OFF = /^(?:false|FALSE|False|0)$/;

const php = rule(
  [
    '(array_element_initializer (name) @_k (#match? @_k "^CURLOPT_SSL_VERIFY(PEER|HOST)$") (_) @_v) @tls.curl-no-verify',
    '(array_element_initializer (string) @_k (#match? @_k "^[\'\\"](verify|verify_peer|verify_peer_name)[\'\\"]$") (_) @_v) @tls.curl-no-verify',
    '(function_call_expression function: (name) @_f (#eq? @_f "curl_setopt") arguments: (arguments (argument) (argument (name) @_k (#match? @_k "^CURLOPT_SSL_VERIFY(PEER|HOST)$")) (argument (_) @_v))) @tls.curl-no-verify',
  ],
  (parts) => PHP_OFF.test(parts.get('_v')?.text ?? ''),
);

const ruby = rule(
  [
    '(assignment right: (scope_resolution name: (constant) @_c (#eq? @_c "VERIFY_NONE"))) @tls.verify-none',
    '(pair value: (scope_resolution name: (constant) @_c (#eq? @_c "VERIFY_NONE"))) @tls.verify-none',
    '(argument_list (scope_resolution name: (constant) @_c (#eq? @_c "VERIFY_NONE")) @tls.verify-none)',
  ],
  () => true,
);

/**
 * TLS certificate or hostname verification turned off (CWE-295, improper certificate
 * validation; OWASP ASVS V9.2.1): TypeScript/JavaScript `rejectUnauthorized: false`,
 * `strictSSL: false`, `process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'`, a no-op
 * `checkServerIdentity`; Python `verify=False` (requests, httpx, boto3 …; `verify_ssl`,
 * `verify_certs`; aiohttp `ssl=False` on request calls), `ssl._create_unverified_context`,
 * `check_hostname = False`, `CERT_NONE` (Bandit B501, B323); Go `InsecureSkipVerify: true`
 * (gosec G402); Java/Kotlin `NoopHostnameVerifier`, `TrustAllStrategy`,
 * `ALLOW_ALL_HOSTNAME_VERIFIER`, hostname verifiers that return `true`, an empty
 * `checkServerTrusted`; C# `DangerousAcceptAnyServerCertificateValidator` and validation
 * callbacks that return `true`; PHP `CURLOPT_SSL_VERIFYPEER`/`VERIFYHOST` off, Guzzle
 * `'verify' => false`, stream `verify_peer(_name) => false`; Ruby `VERIFY_NONE`.
 *
 * Application code only (source files and config modules such as `src/config.ts`, not test
 * source sets like `src/jvmTest/`): tests, fixtures and samples talk to local servers with
 * self-signed certificates on purpose. Neutral: `verify=False` on JWT calls (signature, not TLS), `ssl=False`
 * outside aiohttp request calls (it means "plain connection" in most clients), comparisons with
 * `CERT_NONE`/`VERIFY_NONE`. Rule, severity `error`: a man in the middle reads and alters the
 * traffic.
 */
export const tlsVerificationDisabled = defineDetector({
  id: 'security/tls-verification-disabled',
  category: 'security',
  name: 'TLS verification kept on',
  description:
    'TLS certificate and hostname verification stay on; turning them off lets a man in the middle read and alter the traffic (CWE-295).',
  severity: 'error',
  mode: 'rule',
  roles: ['source', 'script'],
  expected: 'TLS certificates and hostnames are always verified (CWE-295)',
  noun: 'places that turn TLS verification off',
  peerRules: ['S501', 'S323', 'B501', 'B323', 'G402', 'gosec'],
  variants: Object.fromEntries(
    Object.keys(DESCRIPTIONS).map((variant) => [variant, 'turn TLS verification off']),
  ),
  describe: (observation) => DESCRIPTIONS[observation.variant] ?? 'turns TLS verification off',
  typescript: {
    kinds: ['PropertyAssignment', 'BinaryExpression'],
    create(context) {
      const typescript = context.ts;
      const skipped = !isCheckedForSecurity(context.file);
      return {
        visit(node) {
          if (skipped) return;
          let variant: string | null = null;
          if (typescript.isPropertyAssignment(node)) {
            variant = typescriptVariant(typescript, node.name, node.initializer);
          } else if (
            typescript.isBinaryExpression(node) &&
            node.operatorToken.kind === typescript.SyntaxKind.EqualsToken
          ) {
            variant = typescriptVariant(typescript, node.left, node.right);
          }
          if (variant !== null) context.report(variant, node);
        },
      };
    },
  },
  treeSitter: { python, go, java, kotlin, csharp, php, ruby },
});
