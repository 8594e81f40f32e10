import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { acquireWorkspaceLock } from './workspace-lock.js';
import { useTempDir } from './test-helpers/temp-dir.js';

const temp = useTempDir();
const betterSqlite = fileURLToPath(import.meta.resolve('better-sqlite3'));

describe('acquireWorkspaceLock', () => {
  it('fails fast with DB_BUSY while held, and succeeds once released', () => {
    const path = join(temp(), '.drift', 'lock');
    const lock = acquireWorkspaceLock(path);
    expect(() => acquireWorkspaceLock(path, 'scan')).toThrow(
      "[DB_BUSY] another drift process holds this project's workspace lock; wait for it to finish before this scan",
    );
    lock.release();
    lock.release();
    acquireWorkspaceLock(path).release();
  });

  it('is released by the operating system when the holder is killed with SIGKILL', async () => {
    const path = join(temp(), 'lock');
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const Database = require(${JSON.stringify(betterSqlite)});
         const db = new Database(${JSON.stringify(path)}, { timeout: 0 });
         db.exec('BEGIN EXCLUSIVE');
         console.log('held');
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    expect(() => acquireWorkspaceLock(path)).toThrow('[DB_BUSY]');
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill('SIGKILL');
    await exited;
    acquireWorkspaceLock(path).release();
  });
});
