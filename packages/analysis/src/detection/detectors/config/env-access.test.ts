import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { isConfigModule } from '../../shared/config-modules.js';
import { envAccess } from './env-access.js';

describe('config/env-access', () => {
  it('knows configuration modules by path and name', () => {
    for (const path of [
      'src/config.ts',
      'config/database.js',
      'app/settings.py',
      'app/core/config.py',
      'internal/config/config.go',
      'src/main/java/com/acme/DatabaseConfig.java',
      'src/app.config.ts',
      'src/env.mjs',
      'mysite/settings/base.py',
      'src/Api/AppSettings.cs',
    ])
      expect([path, isConfigModule(path)]).toEqual([path, true]);
    for (const path of [
      'src/users/users.service.ts',
      'src/features/settings/SettingsPage.tsx',
      'app/api/routes/items.py',
      'src/reconfigure.ts',
    ])
      expect([path, isConfigModule(path)]).toEqual([path, false]);
  });

  it('tells config-module reads from scattered ones in TypeScript', async () => {
    const config = [
      'export const config = {',
      '  port: Number(process.env.PORT ?? 3000),', // 2
      "  databaseUrl: process.env['DATABASE_URL'],", // 3
      '};',
      "if (process.env.NODE_ENV === 'production') enableCache();", // build flag: neutral
    ].join('\n');
    expect(await observe(envAccess, 'src/config.ts', config)).toEqual([
      'config-module@2',
      'config-module@3',
    ]);
    const service = [
      'export function sendMail() {',
      '  const key = process.env.SENDGRID_API_KEY;', // 2
      "  const debug = process.env.NODE_ENV !== 'production';", // neutral
      '  const base = import.meta.env.VITE_API_URL;', // 4
      '  const dev = import.meta.env.DEV;', // Vite flag: neutral
      '}',
    ].join('\n');
    expect(await observe(envAccess, 'src/mail/mailer.ts', service)).toEqual([
      'scattered@2',
      'scattered@4',
    ]);
    const database = [
      'export const pool = createPool({',
      '  host: process.env.DB_HOST,', // 2
      '  port: Number(process.env.DB_PORT),', // 3
      '  user: process.env.DB_USER,', // 4
      '  password: process.env.DB_PASSWORD,', // 5
      '});',
      'export const replica = process.env.DB_HOST;', // 7: a repeated setting
    ].join('\n');
    expect(await observe(envAccess, 'src/db/pool.ts', database)).toEqual([
      'config-module@2',
      'config-module@3',
      'config-module@4',
      'config-module@5',
      'config-module@7',
    ]);
    const three = database.replace('process.env.DB_PASSWORD', "'secret'");
    expect(await observe(envAccess, 'src/db/pool.ts', three)).toEqual([
      'scattered@2',
      'scattered@3',
      'scattered@4',
      'scattered@7',
    ]);
  });

  it('leaves composition roots, system variables, tool configs, scripts and tests alone', async () => {
    const source = 'const port = process.env.PORT;';
    expect(await observe(envAccess, 'src/main.ts', source)).toEqual([]);
    expect(await observe(envAccess, 'bootstrap/cache.php', '<?php $a = env("APP_KEY");')).toEqual(
      [],
    );
    expect(await observe(envAccess, 'src/term.ts', 'const width = process.env.COLUMNS;')).toEqual(
      [],
    );
    expect(await observe(envAccess, 'vite.config.ts', source)).toEqual([]);
    expect(await observe(envAccess, 'scripts/seed.ts', source)).toEqual([]);
    expect(await observe(envAccess, 'src/app.test.ts', source)).toEqual([]);
  });

  it('reads Python, Go, Java, PHP and Ruby lookups', async () => {
    const python = [
      'import os',
      'DATABASE_URL = os.environ["DATABASE_URL"]',
      'DEBUG = os.getenv("DEBUG")',
    ].join('\n');
    expect(await observe(envAccess, 'app/core/config.py', python)).toEqual([
      'config-module@2',
      'config-module@3',
    ]);
    expect(await observe(envAccess, 'app/api/deps.py', python)).toEqual([
      'scattered@2',
      'scattered@3',
    ]);
    const go = [
      'package handlers',
      'func secret() string {',
      '\treturn os.Getenv("JWT_SECRET")',
      '}',
    ].join('\n');
    expect(await observe(envAccess, 'internal/handlers/auth.go', go)).toEqual(['scattered@3']);
    const java = [
      'class MailService {',
      '  String host() { return System.getenv("SMTP_HOST"); }',
      '}',
    ].join('\n');
    expect(await observe(envAccess, 'src/main/java/MailService.java', java)).toEqual([
      'scattered@2',
    ]);
    const php = [
      '<?php',
      "return ['key' => env('APP_KEY'), 'host' => $_SERVER['HTTP_HOST']];", // $_SERVER: neutral
    ].join('\n');
    expect(await observe(envAccess, 'config/app.php', php)).toEqual(['config-module@2']);
    const ruby = ['class Mailer', '  KEY = ENV.fetch("MAIL_KEY")', 'end'].join('\n');
    expect(await observe(envAccess, 'app/mailers/mailer.rb', ruby)).toEqual(['scattered@2']);
  });

  it('describes the read', () => {
    expect(
      envAccess.describe({ variant: 'scattered', snippet: '', context: { variable: 'API_KEY' } }),
    ).toBe('reads `API_KEY` from the environment outside the configuration modules');
  });
});
