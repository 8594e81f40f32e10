import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { envLookupForm } from './env-lookup-form.js';

describe('config/env-lookup-form', () => {
  it('tells os.getenv from os.environ.get and leaves required lookups alone in Python', async () => {
    const source = [
      'import os',
      'from os import environ',
      'HOST = os.getenv("HOST", "localhost")', // 3
      'PORT = os.environ.get("PORT", "8000")', // 4
      'REGION = environ.get("AWS_REGION")', // 5
      'SECRET_KEY = os.environ["SECRET_KEY"]', // required: neutral
      'value = settings.get("HOST")', // not the environment: neutral
    ].join('\n');
    expect(await observe(envLookupForm, 'app/settings.py', source)).toEqual([
      'os.getenv@3',
      'os.environ.get@4',
      'os.environ.get@5',
    ]);
  });

  it('tells ENV[] from ENV.fetch in Ruby', async () => {
    const source = [
      'HOST = ENV["HOST"]',
      'PORT = ENV.fetch("PORT", "3000")',
      'x = config["HOST"]',
    ].join('\n');
    expect(await observe(envLookupForm, 'config/puma.rb', source)).toEqual([
      'ENV[]@1',
      'ENV.fetch@2',
    ]);
  });

  it('tells env(), getenv() and $_ENV apart in PHP', async () => {
    const source = [
      '<?php',
      'return [',
      "  'name' => env('APP_NAME', 'Laravel'),", // 3
      "  'key' => getenv('APP_KEY'),", // 4
      "  'url' => $_ENV['APP_URL'],", // 5
      "  'host' => $_SERVER['HTTP_HOST'],", // request field: neutral
      '];',
    ].join('\n');
    expect(await observe(envLookupForm, 'config/app.php', source)).toEqual([
      'env()@3',
      'getenv@4',
      '$_ENV@5',
    ]);
  });

  it('does not observe languages with one form or forms of different meaning', async () => {
    expect(
      await observe(
        envLookupForm,
        'src/config.ts',
        "const a = process.env.A; const b = process.env['B'];",
      ),
    ).toEqual([]);
    const go = [
      'package config',
      'func Load() {',
      '\ta := os.Getenv("A")',
      '\tb, ok := os.LookupEnv("B")',
      '}',
    ].join('\n');
    expect(await observe(envLookupForm, 'internal/config/config.go', go)).toEqual([]);
  });

  it('describes the form', () => {
    expect(
      envLookupForm.describe({ variant: 'os.getenv', snippet: '', context: { variable: 'HOST' } }),
    ).toBe('reads `HOST` with `os.getenv`');
  });
});
