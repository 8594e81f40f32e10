import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

/** Temporary project folders, removed after each test. */
export function useProjects(): (files?: Record<string, string | Buffer>) => string {
  const created: string[] = [];
  afterEach(() => {
    for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (files = {}) => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'drift-scan-')));
    created.push(root);
    writeFiles(root, files);
    return root;
  };
}

/** Writes files (creating folders) under `root`. */
export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}
