import type ts from 'typescript';
import type { Node } from 'web-tree-sitter';
import { defineDetector, type TreeSitterRule } from '../../detector.js';
import { isCheckedForSecurity } from '../../shared/security-paths.js';
import { shannonEntropy } from './shannon-entropy.js';
import { wordsOf } from '../../shared/identifier-words.js';

/**
 * Bits per character a value needs: gitleaks' `generic-api-key` rule uses 3.5 for values bound
 * to a secret-like keyword, which is our situation (detect-secrets and truffleHog use 4.5 for
 * base64 found without a keyword, 3.0 for hex).
 */
export const MIN_ENTROPY = 3.5;
/** The shortest string whose entropy can reach {@link MIN_ENTROPY}: log2(12) ≈ 3.58. */
export const MIN_LENGTH = 12;

/** Nouns that name a secret when a name ends with them (`jwtSecret`, `DB_PASSWORD`, `authToken`). */
const SECRET_NOUNS = new Set([
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'secret',
  'token',
  'credential',
  'credentials',
  'auth',
  'authorization',
  'apikey',
  'secretkey',
  'privatekey',
  'accesskey',
]);
/** Words that make a final `key` a secret (`api_key`, `SECRET_KEY`, `appKey`), not a lookup key. */
const KEY_QUALIFIERS = new Set([
  'api',
  'private',
  'secret',
  'access',
  'signing',
  'encryption',
  'encrypt',
  'client',
  'master',
  'app',
  'auth',
  'hmac',
  'aes',
  'shared',
  'license',
]);
/** Words that make the value something other than the secret itself (a hash, a salt, a digest). */
const NOT_THE_SECRET = new Set(['hash', 'hashed', 'digest', 'salt', 'encrypted', 'masked']);
/** Tokens that are not credentials: pagination and request bookkeeping. */
const NON_SECRET_TOKENS = new Set([
  'page',
  'next',
  'continuation',
  'cancellation',
  'csrf',
  'sync',
  'resume',
]);

/** Whether a variable, property, key or argument name says it holds a secret. */
export function isSecretName(name: string): boolean {
  const words = wordsOf(name);
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  if (last === undefined || words.some((word) => NOT_THE_SECRET.has(word))) return false;
  if (last === 'key') return before !== undefined && KEY_QUALIFIERS.has(before);
  if (last === 'token' && before !== undefined && NON_SECRET_TOKENS.has(before)) return false;
  return SECRET_NOUNS.has(last);
}

/** Values that stand in for a secret: documentation placeholders and dummies. */
const PLACEHOLDER =
  /change.?(?:me|this|it)|your[-_ ]|example|sample|dummy|placeholder|redacted|x{3,}|\*{3,}|<[^>]+>|\$\{|\{\{|%\(|%s|^test|test$|fake|todo|replace|insert|enter[-_ ]|(?:^|[-_])(?:secret|password)(?:$|[-_])/i;
/** Lowercase words joined by `.`, `_`, `-` or `:`: message keys, identifiers, cache keys. */
const KEY_LIKE = /^[a-z]+(?:[._:-][a-z0-9]+)+$/;
/** Words joined by hyphens (`X-Api-Key`, `Authorization`): header and field names. */
const HEADER_LIKE = /^[A-Za-z]+(?:-[A-Za-z]+)*$/;
const ENVIRONMENT_NAME = /^[A-Z][A-Z0-9_]*$/;
const URL_WITHOUT_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/(?![^/@\s]*:[^/@\s]*@)/i;
/** Regular expressions (character classes, escapes, anchors) such as a grammar's `TOKEN` pattern. */
const REGEX_LIKE = /\[[^\]]*-[^\]]*\]|\\[dwsbDWS]|\(\?[:=!<]|^\^.*\$$/;
/** Password hashes (bcrypt, argon2, crypt, Django pbkdf2): not the password. */
const PASSWORD_HASH =
  /^\$(?:2[abxy]?|argon2(?:id|i|d)|[156y])\$|^(?:pbkdf2|bcrypt|sha\d+|argon2)[_$]/;
const PATH_LIKE =
  /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)|\.(?:pem|key|crt|cer|p12|pfx|json|txt|ya?ml|env)$/i;

/** Evidence that a literal is a real secret, or null for placeholders, names and short or plain text. */
export function secretValueEvidence(value: string): { length: number; entropy: number } | null {
  if (value.length < MIN_LENGTH || /\s/.test(value)) return null;
  if (
    PLACEHOLDER.test(value) ||
    KEY_LIKE.test(value) ||
    HEADER_LIKE.test(value) ||
    ENVIRONMENT_NAME.test(value) ||
    URL_WITHOUT_CREDENTIALS.test(value) ||
    PATH_LIKE.test(value) ||
    REGEX_LIKE.test(value) ||
    PASSWORD_HASH.test(value)
  )
    return null;
  const entropy = shannonEntropy(value);
  return entropy < MIN_ENTROPY
    ? null
    : { length: value.length, entropy: Math.round(entropy * 10) / 10 };
}

/** The last identifier of a name as written: `self.api_key`, `$this->apiKey`, `:token`, `'password'`. */
function bareName(text: string): string {
  const name = text.replace(/^['"`:@$]+|['"`]+$/g, '');
  const parts = name.split(/\.|->|::/);
  return (parts[parts.length - 1] ?? name).replace(/^[@$]+/, '');
}

// ---- TypeScript / JavaScript ----------------------------------------------------------------

function typescriptName(typescript: typeof ts, node: ts.Node): ts.Node | null {
  if (
    typescript.isIdentifier(node) ||
    typescript.isStringLiteral(node) ||
    typescript.isPrivateIdentifier(node)
  )
    return node;
  if (typescript.isPropertyAccessExpression(node)) return node.name;
  return null;
}

function typescriptBinding(
  typescript: typeof ts,
  node: ts.Node,
): { name: ts.Node; value: ts.Expression } | null {
  if (
    (typescript.isVariableDeclaration(node) ||
      typescript.isPropertyAssignment(node) ||
      typescript.isPropertyDeclaration(node)) &&
    node.initializer !== undefined
  ) {
    const name = typescriptName(typescript, node.name);
    return name === null ? null : { name, value: node.initializer };
  }
  if (
    typescript.isBinaryExpression(node) &&
    node.operatorToken.kind === typescript.SyntaxKind.EqualsToken
  ) {
    const name = typescriptName(typescript, node.left);
    return name === null ? null : { name, value: node.right };
  }
  return null;
}

// ---- tree-sitter languages ------------------------------------------------------------------

/** Children of string literals that mean interpolation, not text. */
const HOLE = /interpolat|variable_name|_expression$/;

/** Kotlin's `$name` templates, which its grammar leaves as plain string content. */
const KOTLIN_TEMPLATE = /(?<!\\)\$[A-Za-z_{]/;

/** A string literal's value without quotes or prefixes, or null when it interpolates. */
function literalValue(node: Node, language: string): string | null {
  for (let index = 0; index < node.namedChildCount; index += 1) {
    if (HOLE.test(node.namedChild(index)?.type ?? '')) return null;
  }
  const match = /^[A-Za-z@$]*("""|'''|["'`])([\s\S]*)\1$/.exec(node.text);
  const value = match?.[2] ?? null;
  return language === 'kotlin' && value !== null && KOTLIN_TEMPLATE.test(value) ? null : value;
}

const QUERIES: Readonly<Record<string, readonly string[]>> = {
  python: [
    '(assignment left: [(identifier) (attribute)] @secret.name right: (string) @secret.value)',
    '(keyword_argument name: (identifier) @secret.name value: (string) @secret.value)',
    '(pair key: (string) @secret.name value: (string) @secret.value)',
    '(default_parameter name: (identifier) @secret.name value: (string) @secret.value)',
  ],
  go: [
    '(keyed_element key: (literal_element (identifier) @secret.name) value: (literal_element [(interpreted_string_literal) (raw_string_literal)] @secret.value))',
    '(const_spec name: (identifier) @secret.name value: (expression_list . (interpreted_string_literal) @secret.value))',
    '(var_spec name: (identifier) @secret.name value: (expression_list . (interpreted_string_literal) @secret.value))',
    '(short_var_declaration left: (expression_list . (identifier) @secret.name) right: (expression_list . (interpreted_string_literal) @secret.value))',
    '(assignment_statement left: (expression_list . [(identifier) (selector_expression)] @secret.name) right: (expression_list . (interpreted_string_literal) @secret.value))',
  ],
  java: [
    '(variable_declarator name: (identifier) @secret.name value: (string_literal) @secret.value)',
    '(assignment_expression left: [(identifier) (field_access)] @secret.name right: (string_literal) @secret.value)',
  ],
  kotlin: [
    '(property_declaration (variable_declaration (identifier) @secret.name) (string_literal) @secret.value)',
  ],
  csharp: [
    '(variable_declarator name: (identifier) @secret.name [(string_literal) (verbatim_string_literal)] @secret.value)',
    '(assignment_expression left: [(identifier) (member_access_expression)] @secret.name right: [(string_literal) (verbatim_string_literal)] @secret.value)',
  ],
  php: [
    '(assignment_expression left: [(variable_name) (member_access_expression)] @secret.name right: [(string) (encapsed_string)] @secret.value)',
    '(array_element_initializer . (string) @secret.name . [(string) (encapsed_string)] @secret.value)',
    '(property_element name: (variable_name) @secret.name default_value: [(string) (encapsed_string)] @secret.value)',
    '(const_element (name) @secret.name [(string) (encapsed_string)] @secret.value)',
  ],
  ruby: [
    '(assignment left: [(identifier) (constant) (instance_variable)] @secret.name right: (string) @secret.value)',
    '(pair key: [(hash_key_symbol) (simple_symbol) (string)] @secret.name value: (string) @secret.value)',
  ],
};

function treeSitterRule(language: string, query: readonly string[]): TreeSitterRule {
  return {
    query: query.join('\n'),
    create: (context) => ({
      match(match) {
        if (!isCheckedForSecurity(context.file)) return;
        let nameNode: Node | undefined;
        let valueNode: Node | undefined;
        for (const capture of match.captures) {
          if (capture.name === 'secret.name') nameNode = capture.node;
          else if (capture.name === 'secret.value') valueNode = capture.node;
        }
        if (nameNode === undefined || valueNode === undefined) return;
        const name = bareName(nameNode.text);
        if (!isSecretName(name)) return;
        const value = literalValue(valueNode, language);
        const evidence = value === null ? null : secretValueEvidence(value);
        if (evidence !== null) context.report('hardcoded', nameNode, { name, ...evidence });
      },
    }),
  };
}

/**
 * A secret written into the source (CWE-798, use of hard-coded credentials): a string literal
 * bound to a name that says it holds a secret — a variable, constant, property, object or dict
 * key, keyword argument or default parameter whose last word is `password`, `passwd`, `pwd`,
 * `passphrase`, `secret`, `token`, `credentials`, `auth(orization)`, or `key` after `api`,
 * `private`, `secret`, `access`, `client`, `signing`, `app` … (`jwtSecret`, `DB_PASSWORD`,
 * `api_key`, `SECRET_KEY`).
 *
 * The literal must look like a real secret: at least {@link MIN_LENGTH} characters and a
 * Shannon entropy of at least {@link MIN_ENTROPY} bits per character (gitleaks'
 * `generic-api-key` threshold for keyword-bound values), no whitespace, and not a placeholder
 * (`changeme`, `your-api-key`, `xxx`, `<token>`, `${…}`, `example`, `test`, `dummy`), a
 * message or cache key (`auth.password.invalid`), a header name (`X-Api-Key`), an environment
 * variable name, a URL without credentials or a file path. Names that merely mention a secret
 * (`tokenUrl`, `passwordLabel`, `TOKEN_KEY`, `nextPageToken`) are neutral, and so are password
 * hashes, regular expressions and values named as hashes or salts. Application code only
 * (source files and config modules such as `src/config.ts`, not test source sets): tests and
 * fixtures hold dummy credentials on purpose. The snippet is the name, never
 * the secret. Rule, severity `error`: a secret in the repository is leaked to everyone with
 * read access and its history.
 */
export const hardcodedSecret = defineDetector({
  id: 'security/hardcoded-secret',
  category: 'security',
  name: 'No hardcoded secrets',
  description:
    'Secrets come from the environment or a secret store, never from string literals in the code (CWE-798).',
  severity: 'error',
  mode: 'rule',
  roles: ['source', 'script'],
  expected:
    'secrets are read from the environment or a secret store, never written in the code (CWE-798)',
  noun: 'hardcoded secrets',
  peerRules: ['S105', 'S106', 'S107', 'B105', 'B106', 'B107', 'G101', 'gosec', 'no-secrets'],
  variants: { hardcoded: 'write secrets into the code' },
  describe: (observation) =>
    `assigns a ${String(observation.context?.length ?? '?')}-character literal (entropy ${String(observation.context?.entropy ?? '?')} bits/char) to \`${String(observation.context?.name ?? observation.snippet)}\``,
  typescript: {
    kinds: ['VariableDeclaration', 'PropertyAssignment', 'PropertyDeclaration', 'BinaryExpression'],
    create(context) {
      const typescript = context.ts;
      const skipped = !isCheckedForSecurity(context.file);
      return {
        visit(node) {
          if (skipped) return;
          const binding = typescriptBinding(typescript, node);
          if (binding === null || !typescript.isStringLiteralLike(binding.value)) return;
          const name = bareName(context.text(binding.name));
          if (!isSecretName(name)) return;
          const evidence = secretValueEvidence(binding.value.text);
          if (evidence !== null) context.report('hardcoded', binding.name, { name, ...evidence });
        },
      };
    },
  },
  treeSitter: Object.fromEntries(
    Object.entries(QUERIES).map(([language, query]) => [language, treeSitterRule(language, query)]),
  ),
});
