import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, DriftError } from '../errors/drift-error.js';
import { assertConfigKey, setConfigValueInToml } from './edit.js';
import { ALL_CONFIG_KEYS, CONFIG_SECTIONS, envVarOf } from './keys.js';
import { getConfigValue, loadConfig, userConfigPath } from './load.js';
import { assertTemplateName, CONFIG_TEMPLATES, renderConfigTemplate } from './template.js';
import { parseValueText, suggest } from './validate.js';

let root: string;
let userDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'drift-config-'));
  userDir = mkdtempSync(join(tmpdir(), 'drift-xdg-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(userDir, { recursive: true, force: true });
});

function writeProject(text: string): void {
  writeFileSync(join(root, 'drift.toml'), text);
}

function writeUser(text: string): void {
  mkdirSync(join(userDir, 'drift'), { recursive: true });
  writeFileSync(join(userDir, 'drift', 'drift.toml'), text);
}

function load(env: Record<string, string> = {}, cliOverrides = {}) {
  return loadConfig({ projectRoot: root, env: { XDG_CONFIG_HOME: userDir, ...env }, cliOverrides });
}

function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as DriftError).code).toBe('CONFIG_ERROR');
    return (error as DriftError).reason;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig defaults', () => {
  it('has all seven sections of spec 000 §5 with their defaults', () => {
    const { config, sources, files } = load();
    expect(Object.keys(config)).toEqual([
      'scan',
      'analysis',
      'quality_gates',
      'mcp',
      'backup',
      'telemetry',
      'licensing',
    ]);
    expect(config.scan).toEqual({
      max_file_size: 1_048_576,
      threads: 0,
      extra_ignore: [],
      follow_symlinks: false,
      compute_hashes: true,
      force_full_scan: false,
      skip_binary: true,
      hash_algorithm: 'xxh64',
    });
    expect(config.analysis).toEqual({
      min_occurrences: 3,
      dominance_threshold: 0.6,
      min_files: 2,
      relearn_threshold: 0.1,
      violation_min_confidence: 0.65,
      disabled_detectors: [],
      detector_alert_rate: 0.2,
      detector_disable_rate: 0.5,
      detector_min_dismissals: 5,
    });
    expect(config.quality_gates).toEqual({ fail_on: 'error', required_gates: [], min_score: 70 });
    expect(config.mcp).toEqual({ cache_ttl_seconds: 300, max_response_tokens: 8000 });
    expect(config.backup).toEqual({ max_operational: 5, max_daily: 7 });
    expect(config.telemetry).toEqual({ enabled: false });
    expect(config.licensing).toEqual({ upgrade_url: 'https://driftscan.dev/pricing' });
    expect(new Set(Object.values(sources))).toEqual(new Set(['default']));
    expect(files).toEqual({ user: null, project: null });
  });
});

describe('loadConfig layering', () => {
  it('applies command line > env > project > user > defaults, and records each source', () => {
    writeUser(
      '[scan]\nthreads = 1\nmax_file_size = 100\nskip_binary = false\n[mcp]\ncache_ttl_seconds = 5\n',
    );
    writeProject('[scan]\nthreads = 2\nmax_file_size = 200\n[analysis]\nmin_files = 4\n');
    const { config, sources, files } = load(
      { DRIFT_SCAN_THREADS: '3', DRIFT_ANALYSIS_MIN_FILES: '5' },
      { 'scan.threads': 4 },
    );
    expect(config.scan.threads).toBe(4);
    expect(sources['scan.threads']).toBe('command line');
    expect(config.analysis.min_files).toBe(5);
    expect(sources['analysis.min_files']).toBe('env DRIFT_ANALYSIS_MIN_FILES');
    expect(config.scan.max_file_size).toBe(200);
    expect(sources['scan.max_file_size']).toBe('drift.toml');
    expect(config.scan.skip_binary).toBe(false);
    expect(config.mcp.cache_ttl_seconds).toBe(5);
    expect(sources['mcp.cache_ttl_seconds']).toBe(join(userDir, 'drift', 'drift.toml'));
    expect(config.backup.max_daily).toBe(7);
    expect(sources['backup.max_daily']).toBe('default');
    expect(files.project).toBe(join(root, 'drift.toml'));
    expect(files.user).toBe(join(userDir, 'drift', 'drift.toml'));
  });

  it('replaces the project file with configToml when given', () => {
    writeProject('[scan]\nthreads = 2\n');
    const resolved = loadConfig({
      projectRoot: root,
      configToml: '[scan]\nthreads = 7\n',
      userConfigPath: null,
      env: {},
    });
    expect(resolved.config.scan.threads).toBe(7);
    expect(resolved.sources['scan.threads']).toBe('configToml');
    expect(resolved.files.project).toBeNull();
  });

  it('ignores undefined command-line values', () => {
    expect(load({}, { 'scan.threads': undefined }).config.scan.threads).toBe(0);
  });

  it('reads env values of every type, and the DRIFT_LICENSE_KEY alias', () => {
    const { config } = load({
      DRIFT_SCAN_FOLLOW_SYMLINKS: 'yes',
      DRIFT_SCAN_COMPUTE_HASHES: 'off',
      DRIFT_SCAN_EXTRA_IGNORE: 'vendor/, *.gen.ts',
      DRIFT_QUALITY_GATES_REQUIRED_GATES: '["a","b"]',
      DRIFT_ANALYSIS_DOMINANCE_THRESHOLD: '0.75',
      DRIFT_SCAN_MAX_FILE_SIZE: '2_000_000',
      DRIFT_QUALITY_GATES_FAIL_ON: 'warning',
      DRIFT_LICENSE_KEY: 'abc',
      DRIFT_TELEMETRY_ENDPOINT: 'https://t.example.com/v1',
    });
    expect(config.scan.follow_symlinks).toBe(true);
    expect(config.scan.compute_hashes).toBe(false);
    expect(config.scan.extra_ignore).toEqual(['vendor/', '*.gen.ts']);
    expect(config.quality_gates.required_gates).toEqual(['a', 'b']);
    expect(config.analysis.dominance_threshold).toBe(0.75);
    expect(config.scan.max_file_size).toBe(2_000_000);
    expect(config.quality_gates.fail_on).toBe('warning');
    expect(config.licensing.key).toBe('abc');
    expect(config.telemetry.endpoint).toBe('https://t.example.com/v1');
  });

  it('prefers DRIFT_LICENSING_KEY over the alias', () => {
    const { config, sources } = load({ DRIFT_LICENSING_KEY: 'one', DRIFT_LICENSE_KEY: 'two' });
    expect(config.licensing.key).toBe('one');
    expect(sources['licensing.key']).toBe('env DRIFT_LICENSING_KEY');
  });

  it('finds the user file under XDG_CONFIG_HOME, else ~/.config', () => {
    expect(userConfigPath({ XDG_CONFIG_HOME: '/x' })).toBe('/x/drift/drift.toml');
    expect(userConfigPath({ XDG_CONFIG_HOME: '', HOME: '/home/u' })).toBe(
      '/home/u/.config/drift/drift.toml',
    );
  });
});

describe('loadConfig validation errors name the layer and the key', () => {
  it('out-of-range number in drift.toml', () => {
    writeProject('[analysis]\ndominance_threshold = 1.5\n');
    expect(configError(load)).toBe(
      'drift.toml: analysis.dominance_threshold must be between 0 and 1, got 1.5',
    );
  });

  it('non-integer and negative integers', () => {
    writeProject('[scan]\nthreads = 1.5\n');
    expect(configError(load)).toBe(
      'drift.toml: scan.threads must be an integer between 0 and 256, got 1.5',
    );
    writeProject('[scan]\nmax_file_size = -1\n');
    expect(configError(load)).toBe(
      'drift.toml: scan.max_file_size must be an integer of at least 1, got -1',
    );
  });

  it('wrong types: string for a number, number for a boolean, scalar for a list', () => {
    writeProject('[scan]\nthreads = "four"\nfollow_symlinks = 1\nextra_ignore = "vendor"\n');
    expect(configError(load)).toBe(
      'drift.toml: scan.threads must be an integer between 0 and 256, got "four"; ' +
        'drift.toml: scan.follow_symlinks must be true or false, got 1; ' +
        'drift.toml: scan.extra_ignore must be a list of strings, got "vendor"',
    );
  });

  it('enum and URL values', () => {
    writeProject('[quality_gates]\nfail_on = "fatal"\n[telemetry]\nendpoint = "not a url"\n');
    expect(configError(load)).toBe(
      'drift.toml: quality_gates.fail_on must be one of "error", "warning", "info", got "fatal"; ' +
        'drift.toml: telemetry.endpoint must be a URL, got "not a url"',
    );
  });

  it('a TOML date where a string is expected', () => {
    writeProject('[licensing]\nkey = 1979-05-27T07:32:00Z\n');
    expect(configError(load)).toBe(
      'drift.toml: licensing.key must be a string, got 1979-05-27T07:32:00.000Z',
    );
  });

  it('unknown keys and sections, with did-you-mean suggestions', () => {
    writeProject('[scan]\nmax_filesize = 10\n[scann]\nthreads = 1\n[zzzzzz]\na = 1\n');
    expect(configError(load)).toBe(
      'drift.toml: unknown key scan.max_filesize (did you mean scan.max_file_size?); ' +
        'drift.toml: unknown section [scann] (did you mean [scan]?); ' +
        'drift.toml: unknown section [zzzzzz]',
    );
  });

  it('a key outside any section, and an unknown key with nothing close', () => {
    writeProject('threads = 4\n[backup]\ncompletely_different = 1\n');
    expect(configError(load)).toBe(
      'drift.toml: unknown key threads (did you mean scan.threads?); ' +
        'drift.toml: unknown key backup.completely_different',
    );
  });

  it('a section that is not a table', () => {
    writeProject('scan = 3\n');
    expect(configError(load)).toBe('drift.toml: scan must be a table ([scan]), got 3');
  });

  it('a TOML syntax error, with line and column', () => {
    writeProject('[scan]\nthreads = = 4\n');
    expect(configError(load)).toBe('drift.toml: invalid TOML at line 2, column 11: invalid value');
  });

  it('errors in the user file name the user file', () => {
    writeUser('[backup]\nmax_daily = -2\n');
    expect(configError(load)).toBe(
      `${join(userDir, 'drift', 'drift.toml')}: backup.max_daily must be an integer of at least 0, got -2`,
    );
  });

  it('errors in env values name the variable', () => {
    expect(configError(() => load({ DRIFT_SCAN_THREADS: 'many' }))).toBe(
      'env DRIFT_SCAN_THREADS: scan.threads must be an integer between 0 and 256, got "many"',
    );
    expect(configError(() => load({ DRIFT_SCAN_SKIP_BINARY: 'maybe' }))).toBe(
      'env DRIFT_SCAN_SKIP_BINARY: scan.skip_binary must be true or false, got "maybe"',
    );
    expect(configError(() => load({ DRIFT_SCAN_THREADS: '' }))).toContain('got ""');
  });

  it('errors in command-line values name the command line', () => {
    expect(configError(() => load({}, { 'scan.threads': -1 }))).toBe(
      'command line: scan.threads must be an integer between 0 and 256, got -1',
    );
  });

  it('an unreadable config file is a CONFIG_ERROR, a missing one is not', () => {
    if (process.getuid?.() === 0) {
      mkdirSync(join(root, 'drift.toml'));
      expect(configError(load)).toMatch(/drift\.toml: cannot read .*\(EISDIR\)/);
      return;
    }
    writeProject('[scan]\n');
    chmodSync(join(root, 'drift.toml'), 0o000);
    expect(configError(load)).toMatch(/drift\.toml: cannot read .*\(EACCES\)/);
  });
});

describe('keys and helpers', () => {
  it('derives one env variable per key', () => {
    expect(envVarOf('scan.max_file_size')).toBe('DRIFT_SCAN_MAX_FILE_SIZE');
    expect(envVarOf('quality_gates.fail_on')).toBe('DRIFT_QUALITY_GATES_FAIL_ON');
    expect(new Set(ALL_CONFIG_KEYS.map(envVarOf)).size).toBe(ALL_CONFIG_KEYS.length);
    expect(CONFIG_SECTIONS).toHaveLength(7);
  });

  it('suggests only close names', () => {
    expect(suggest('thread', ['threads', 'min_files'])).toBe('threads');
    expect(suggest('xyz', ['threads'])).toBeUndefined();
    expect(suggest('a', [])).toBeUndefined();
  });

  it('leaves text that does not convert unchanged, for validation to report', () => {
    expect(parseValueText('scan.threads', 'x')).toBe('x');
    expect(parseValueText('scan.extra_ignore', '[oops')).toBe('[oops');
    expect(parseValueText('scan.extra_ignore', '')).toEqual([]);
    expect(parseValueText('scan.hash_algorithm', ' xxh3 ')).toBe('xxh3');
  });

  it('reads a value by dotted key', () => {
    const { config } = load();
    expect(getConfigValue(config, 'backup.max_operational')).toBe(5);
    expect(getConfigValue(config, 'licensing.key')).toBeUndefined();
  });

  it('assertConfigKey suggests the closest key', () => {
    expect(assertConfigKey('scan.threads')).toBe('scan.threads');
    expect(configError(() => assertConfigKey('scan.thread'))).toBe(
      'unknown key scan.thread (did you mean scan.threads?)',
    );
    expect(configError(() => assertConfigKey('qqqqqqqqqq'))).toBe('unknown key qqqqqqqqqq');
  });
});

async function configRejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as DriftError).reason;
  }
  throw new Error('expected a ConfigError');
}

describe('setConfigValueInToml', () => {
  it('sets a key and keeps comments and other keys', async () => {
    const before = '# my settings\n[scan]\n# why: big repo\nthreads = 2 # two\n';
    const { text, value } = await setConfigValueInToml(before, 'scan.threads', '4');
    expect(value).toBe(4);
    expect(text).toBe('# my settings\n[scan]\n# why: big repo\nthreads = 4 # two\n');
  });

  it('adds a missing section to an empty file', async () => {
    const { text } = await setConfigValueInToml('', 'scan.extra_ignore', 'vendor/,dist/');
    writeProject(text);
    expect(load().config.scan.extra_ignore).toEqual(['vendor/', 'dist/']);
  });

  it('rejects invalid values, unknown keys and an invalid file', async () => {
    expect(await configRejection(setConfigValueInToml('', 'analysis.min_files', '0'))).toBe(
      'value: analysis.min_files must be an integer of at least 1, got 0',
    );
    expect(await configRejection(setConfigValueInToml('', 'scan.treads', '1'))).toContain(
      'did you mean scan.threads?',
    );
    expect(
      await configRejection(setConfigValueInToml('[scan]\nbad = 1\n', 'scan.threads', '1')),
    ).toBe('drift.toml: unknown key scan.bad');
  });
});

describe('renderConfigTemplate', () => {
  it('lists every key commented out, and the result loads to the defaults', () => {
    const text = renderConfigTemplate('default');
    for (const key of ALL_CONFIG_KEYS) expect(text).toContain(envVarOf(key));
    expect(text).toContain('# max_file_size = 1048576');
    writeProject(text);
    const resolved = load();
    expect(new Set(Object.values(resolved.sources))).toEqual(new Set(['default']));
  });

  it('activates the keys a template sets, and each template loads cleanly', () => {
    for (const name of Object.keys(CONFIG_TEMPLATES)) {
      writeProject(renderConfigTemplate(assertTemplateName(name)));
      const { config } = load();
      for (const [key, value] of Object.entries(
        CONFIG_TEMPLATES[assertTemplateName(name)].values,
      )) {
        expect(getConfigValue(config, key as never)).toEqual(value);
      }
    }
    expect(renderConfigTemplate('strict')).toContain('\nfail_on = "warning"\n');
  });

  it('rejects an unknown template with a suggestion and the list', () => {
    expect(configError(() => assertTemplateName('strct'))).toBe(
      'unknown template strct (did you mean strict?); templates: default, strict, relaxed, ci',
    );
  });
});
