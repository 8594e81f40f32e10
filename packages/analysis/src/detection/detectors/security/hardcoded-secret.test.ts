import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { hardcodedSecret, isSecretName, secretValueEvidence } from './hardcoded-secret.js';

const STRIPE = 'sk_live_51HqLyjWDarjtT1zdp7dcQ4';
const AWS = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY9f3kQ';
const HEX = '3f1c9a7be2d04c58a9e6f7b1c2d3e4f5';

describe('security/hardcoded-secret', () => {
  it('reads secret-like names', () => {
    for (const name of [
      'password',
      'DB_PASSWORD',
      'jwtSecret',
      'client_secret',
      'apiKey',
      'API_KEY',
      'SECRET_KEY',
      'accessToken',
      'x-api-key',
      'appKey',
      'apikey',
      'Authorization',
    ])
      expect([name, isSecretName(name)]).toEqual([name, true]);
    for (const name of [
      'tokenUrl',
      'passwordLabel',
      'TOKEN_KEY',
      'nextPageToken',
      'keyboard',
      'monkey',
      'password_hash',
      'hashed_password',
      'secretName',
      'PASSWORD_MIN_LENGTH',
      'key',
      'cacheKey',
    ])
      expect([name, isSecretName(name)]).toEqual([name, false]);
  });

  it('keeps high-entropy literals and drops placeholders and names', () => {
    expect(secretValueEvidence(STRIPE)).toEqual({ length: 31, entropy: 4.7 });
    for (const value of [
      'changeme12345678',
      'your-api-key-here',
      'xxxxxxxxxxxxxxxxxxxx',
      '<your-token-here>',
      '${JWT_SECRET_VALUE}',
      'auth.password.invalid',
      'X-Api-Key-Header',
      'GITHUB_CLIENT_SECRET',
      'https://auth.example.org/token',
      '/run/secrets/db_password',
      'Invalid password provided',
      'short1A!',
      'aaaaaaaaaaaabbbb',
      '$2b$12$KIXQJv6Pfe0gS0nYq1yTe.3Gq1I8hQy8rU3bQ2FqkzV3Ww4Ftq5kK',
      '([a-zA-Z0-9-!#$%&*+.^_|~]+)',
      'test-secret-1234567',
    ])
      expect([value, secretValueEvidence(value)]).toEqual([value, null]);
  });

  it('finds secrets bound to names in TypeScript', async () => {
    const source = [
      `const STRIPE_SECRET_KEY = '${STRIPE}';`, // 1
      `export const config = { jwtSecret: '${HEX}', tokenUrl: 'https://x.io/token' };`, // 2
      'class Client {',
      `  private apiKey = '${AWS}';`, // 4
      '}',
      `headers['Authorization'] = 'Bearer ${STRIPE}';`, // space: neutral
      `this.password = '${HEX}';`, // 7
      "const password = process.env.DB_PASSWORD ?? '';", // env: neutral
      "const TOKEN_KEY = 'auth_token';", // a storage key: neutral
      `const secret = \`${STRIPE}\${suffix}\`;`, // template: neutral
      "const passwordMessage = 'Invalid password provided';", // neutral
    ].join('\n');
    expect(await observe(hardcodedSecret, 'src/config.ts', source)).toEqual([
      'hardcoded@1',
      'hardcoded@2',
      'hardcoded@4',
      'hardcoded@7',
    ]);
  });

  it('reports the name, never the secret', async () => {
    const { detectSource } = await import('../../../test-helpers/observe.js');
    const detection = await detectSource('src/a.ts', `const apiKey = '${STRIPE}';`, [
      hardcodedSecret,
    ]);
    expect(detection.observations.map((o) => o.snippet)).toEqual(['apiKey']);
    expect(
      hardcodedSecret.describe(
        detection.observations[0] ?? { variant: '', snippet: '', context: null },
      ),
    ).toBe('assigns a 31-character literal (entropy 4.7 bits/char) to `apiKey`');
  });

  it('looks at application code and config modules, not tests, scripts or tool configs', async () => {
    const source = `const apiKey = '${STRIPE}';`;
    expect(await observe(hardcodedSecret, 'src/client.test.ts', source)).toEqual([]);
    expect(await observe(hardcodedSecret, 'lib/src/jvmTest/kotlin/Keys.ts', source)).toEqual([]);
    expect(await observe(hardcodedSecret, 'scripts/seed.ts', source)).toEqual([]);
    expect(await observe(hardcodedSecret, 'vite.config.ts', source)).toEqual([]);
    expect(await observe(hardcodedSecret, 'src/config.ts', source)).toEqual(['hardcoded@1']);
  });

  it('finds secrets in Python assignments, keywords and dicts', async () => {
    const source = [
      `SECRET_KEY = "${HEX}"`, // 1
      `client = Client(api_key="${STRIPE}")`, // 2
      `settings = {"password": "${AWS}"}`, // 3
      'class Settings(BaseSettings):',
      `    database_password: str = "${HEX}"`, // 5
      'SECRET_KEY = os.environ["SECRET_KEY"]', // env: neutral
      'password = "changethis"', // placeholder: neutral
      `token_type = "${HEX}"`, // not a secret name: neutral
      `name = f"{prefix}${HEX}"`, // neutral
    ].join('\n');
    expect(await observe(hardcodedSecret, 'app/core/config.py', source)).toEqual([
      'hardcoded@1',
      'hardcoded@2',
      'hardcoded@3',
      'hardcoded@5',
    ]);
  });

  it('finds secrets in Go constants and struct literals', async () => {
    const source = [
      'package config',
      `const apiKey = "${STRIPE}"`, // 2
      'func Load() Config {',
      `\treturn Config{Password: "${AWS}", Host: "localhost"}`, // 4
      '}',
      'var tokenHeader = "X-Auth-Token"', // neutral
    ].join('\n');
    expect(await observe(hardcodedSecret, 'internal/config/config.go', source)).toEqual([
      'hardcoded@2',
      'hardcoded@4',
    ]);
  });

  it('finds secrets in Java, Kotlin and C# fields', async () => {
    const java = [
      'class Keys {',
      `  private static final String API_SECRET = "${HEX}";`, // 2
      '  private static final String TOKEN_PATTERN = "([a-zA-Z0-9-]+)";', // neutral
      '}',
    ].join('\n');
    expect(await observe(hardcodedSecret, 'src/main/java/Keys.java', java)).toEqual([
      'hardcoded@2',
    ]);
    const kotlin = [
      `private const val API_KEY = "${STRIPE}"`, // 1
      'val credentials = "$username:$password"', // template: neutral
    ].join('\n');
    expect(await observe(hardcodedSecret, 'src/main/kotlin/Keys.kt', kotlin)).toEqual([
      'hardcoded@1',
    ]);
    const csharp = [
      'class Keys {',
      `  private const string ClientSecret = "${AWS}";`, // 2
      `  void M() { var o = new Options { Password = "${HEX}" }; }`, // 3
      '}',
    ].join('\n');
    expect(await observe(hardcodedSecret, 'src/Keys.cs', csharp)).toEqual([
      'hardcoded@2',
      'hardcoded@3',
    ]);
  });

  it('finds secrets in PHP and Ruby', async () => {
    const php = [
      '<?php',
      `$password = '${HEX}';`, // 2
      `$config = ['api_key' => '${STRIPE}', 'host' => 'localhost'];`, // 3
      'class Client {',
      `  private $clientSecret = '${AWS}';`, // 5
      `  const ACCESS_TOKEN = '${HEX}';`, // 6
      '}',
      "$password = env('DB_PASSWORD', '');", // neutral
    ].join('\n');
    expect(await observe(hardcodedSecret, 'src/Client.php', php)).toEqual([
      'hardcoded@2',
      'hardcoded@3',
      'hardcoded@5',
      'hardcoded@6',
    ]);
    const ruby = [
      `API_KEY = "${STRIPE}"`, // 1
      `client = Client.new(password: "${HEX}", :token => "${AWS}")`, // 2, 2
      'secret = "#{prefix}-value-123456"', // interpolated: neutral
      "password = ENV.fetch('PASSWORD')", // neutral
    ].join('\n');
    expect(await observe(hardcodedSecret, 'lib/client.rb', ruby)).toEqual([
      'hardcoded@1',
      'hardcoded@2',
      'hardcoded@2',
    ]);
  });
});
