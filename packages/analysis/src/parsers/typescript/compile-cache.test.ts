import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { requireWithCompileCache } from './compile-cache.js';

/** The built module, which a child process can import (tests run after the build). */
const COMPILED = new URL('../../../dist/parsers/typescript/compile-cache.js', import.meta.url);

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

interface Greeter {
  greet(name: string): string;
  file: string;
  separator: string;
}

/** A CommonJS package `greeter` in a fresh folder, and a cache folder beside it. */
function setup(): { from: string; cache: string; main: string } {
  const root = mkdtempSync(join(tmpdir(), 'drift-compile-cache-'));
  folders.push(root);
  const packageDir = join(root, 'node_modules', 'greeter');
  const main = join(packageDir, 'index.js');
  writeFileSync(join(root, 'package.json'), '{"name":"app"}');
  writeFileSync(join(root, 'app.js'), '');
  mkdirSync(packageDir, { recursive: true });
  writeFileSync(join(packageDir, 'package.json'), '{"name":"greeter","main":"index.js"}');
  writeFileSync(
    main,
    `const path = require('node:path');
module.exports = { greet: (name) => 'hello ' + name, file: __filename, separator: path.sep };
`,
  );
  return { from: pathToFileURL(join(root, 'app.js')).href, cache: join(root, 'cache'), main };
}

/**
 * Loads `greeter` in a fresh Node process (a process has its own V8 compilation cache, which
 * would otherwise serve a second load without reading the file cache), then saves the cache.
 */
function loadInChild(from: string, cache: string): { hit: boolean; greeting: string } {
  const script = `
    const { requireWithCompileCache } = await import(${JSON.stringify(COMPILED.href)});
    const loaded = requireWithCompileCache('greeter', ${JSON.stringify(from)}, ${JSON.stringify(cache)});
    loaded.saveCache();
    process.stdout.write(JSON.stringify({ hit: loaded.cacheHit, greeting: loaded.exports.greet('x') }));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  return JSON.parse(output) as { hit: boolean; greeting: string };
}

describe('requireWithCompileCache', () => {
  it('loads a CommonJS module like require', () => {
    const { from, cache, main } = setup();
    const loaded = requireWithCompileCache<Greeter>('greeter', from, cache);
    expect(loaded.exports.greet('drift')).toBe('hello drift');
    expect(loaded.exports.file).toBe(main);
    expect(loaded.exports.separator).toBe('/');
    expect(loaded.cacheHit).toBe(false);
    loaded.saveCache();
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it('serves the next process from the saved cache, and not after the module changed', () => {
    const { from, cache, main } = setup();
    expect(loadInChild(from, cache)).toEqual({ hit: false, greeting: 'hello x' });
    expect(loadInChild(from, cache)).toEqual({ hit: true, greeting: 'hello x' });
    writeFileSync(main, `module.exports = { greet: (name) => 'hi ' + name };\n`);
    expect(loadInChild(from, cache)).toEqual({ hit: false, greeting: 'hi x' });
    expect(loadInChild(from, cache)).toEqual({ hit: true, greeting: 'hi x' });
  });

  it('rejects a corrupt cache and replaces it', () => {
    const { from, cache } = setup();
    loadInChild(from, cache);
    for (const name of readdirSync(cache)) writeFileSync(join(cache, name), 'not bytecode');
    expect(loadInChild(from, cache)).toEqual({ hit: false, greeting: 'hello x' });
    expect(loadInChild(from, cache)).toEqual({ hit: true, greeting: 'hello x' });
  });

  it('never throws when the cache folder cannot be written', () => {
    const { from, main } = setup();
    const loaded = requireWithCompileCache<Greeter>('greeter', from, join(main, 'cache'));
    expect(() => {
      loaded.saveCache();
    }).not.toThrow();
    expect(loaded.exports.greet('z')).toBe('hello z');
  });
});
