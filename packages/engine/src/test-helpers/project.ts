import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { driftShutdown } from '../functions/lifecycle.js';

/** Temporary projects, removed (and the runtime shut down) after each test. */
export function useProjects(): (files?: Record<string, string | Buffer>) => string {
  const created: string[] = [];
  afterEach(async () => {
    await driftShutdown();
    for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (files = {}) => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'drift-engine-')));
    created.push(root);
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    return root;
  };
}

/** `count` small TypeScript files. */
export function manyFiles(count: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`src/m${i}.ts`, `export const value${i} = ${i};\n`]),
  );
}

/** The code of a rejected promise's DriftError. */
export async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code: string }).code;
  }
  throw new Error('expected a rejection');
}
