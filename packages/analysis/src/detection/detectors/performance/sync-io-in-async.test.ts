import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { syncIoInAsync } from './sync-io-in-async.js';

describe('performance/sync-io-in-async', () => {
  it('tells blocking from non-blocking I/O in async TypeScript functions', async () => {
    const source = [
      "import fs from 'node:fs';",
      "import { readFile } from 'node:fs/promises';",
      "import { execSync } from 'child_process';",
      'export async function load(path: string) {',
      '  const a = fs.readFileSync(path, "utf8");', // 5 blocking
      '  execSync("git status");', // 6 blocking
      '  const b = await readFile(path, "utf8");', // 7 non-blocking
      '  const c = await fs.promises.readFile(path);', // 8 non-blocking
      '  return [a, b, c];',
      '}',
      'export const handler = async () => fs.existsSync("x");', // 11 blocking
      'export function sync(path: string) {',
      '  return fs.readFileSync(path);', // sync function: neutral
      '}',
      'const config = fs.readFileSync("config.json");', // module level: neutral
      'export async function later() {',
      '  setTimeout(() => fs.readFileSync("x"), 10);', // in a sync callback: neutral
      '  fs.readFile("x", () => {});', // callback API: neutral
      '  readFile("x");', // not awaited: neutral
      '}',
    ].join('\n');
    expect(await observe(syncIoInAsync, 'src/load.ts', source)).toEqual([
      'blocking@5',
      'blocking@6',
      'non-blocking@7',
      'non-blocking@8',
      'blocking@11',
    ]);
  });

  it('ignores files without Node I/O imports', async () => {
    const source = 'export async function f(db) { db.readFileSync(); await db.readFile(); }';
    expect(await observe(syncIoInAsync, 'src/a.ts', source)).toEqual([]);
  });

  it('reads Python async functions', async () => {
    const source = [
      'import asyncio',
      'import time',
      'import requests',
      'import aiofiles',
      'import httpx',
      '',
      'async def fetch(url):',
      '    time.sleep(1)', // 8 blocking
      '    requests.get(url)', // 9 blocking
      '    with open("x") as f:', // 10 blocking
      '        pass',
      '    await asyncio.sleep(1)', // 12 non-blocking
      '    async with aiofiles.open("x") as f:', // 13 non-blocking
      '        pass',
      '    async with httpx.AsyncClient() as client:', // 15 non-blocking
      '        pass',
      '    await asyncio.to_thread(lambda: open("x").read())', // 17 offload only
      '    def helper():',
      '        time.sleep(1)', // sync nested function: neutral
      '',
      'def sync():',
      '    time.sleep(1)', // sync function: neutral
    ].join('\n');
    expect(await observe(syncIoInAsync, 'app/fetch.py', source)).toEqual([
      'blocking@8',
      'blocking@9',
      'blocking@10',
      'non-blocking@12',
      'non-blocking@13',
      'non-blocking@15',
      'non-blocking@17',
    ]);
  });

  it('does not observe tests', async () => {
    const source = "import fs from 'fs';\nasync function f() { fs.readFileSync('x'); }";
    expect(await observe(syncIoInAsync, 'src/a.test.ts', source)).toEqual([]);
  });
});
