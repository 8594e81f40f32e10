import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

/** The committed `drift` shim, run with the current Node. */
export const DRIFT_BIN = fileURLToPath(new URL('../bin/drift.js', import.meta.url));

/** What a finished `drift` process left. */
export interface DriftRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link startDrift}. */
export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string>;
  /** Run as this user id (the caller must be root). */
  readonly uid?: number;
}

function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'], ...extra };
  return env;
}

/** Starts `drift` with arguments; stdout/stderr are collected. */
export function startDrift(
  args: readonly string[],
  options: RunOptions = {},
): { child: ChildProcessByStdio<null, Readable, Readable>; done: Promise<DriftRun> } {
  const child = spawn(process.execPath, [DRIFT_BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: baseEnv(options.env ?? {}),
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<DriftRun>((resolve) => {
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}

/** Runs `drift` to completion. */
export async function drift(args: readonly string[], options: RunOptions = {}): Promise<DriftRun> {
  return startDrift(args, options).done;
}

/** Parses the JSON a `--json` command printed; fails the test on anything else on stdout. */
export function json(run: DriftRun): unknown {
  return JSON.parse(run.stdout);
}

/** Temporary projects (world-readable, so another user can scan them), removed after each test. */
export function useProjects(): (files?: Record<string, string | Buffer>) => string {
  const created: string[] = [];
  afterEach(() => {
    for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (files = {}) => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'drift-cli-')));
    chmodSync(root, 0o777);
    created.push(root);
    writeProjectFiles(root, files);
    return root;
  };
}

/** Writes files under a project root, creating folders. */
export function writeProjectFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** `count` small TypeScript files in folders of 500. */
export function manyFiles(count: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `src/d${Math.floor(i / 500)}/m${i}.ts`,
      `export function f${i}(x: number): number {\n  return x + ${i};\n}\n`,
    ]),
  );
}
