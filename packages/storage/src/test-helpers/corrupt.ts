import { closeSync, openSync, writeSync } from 'node:fs';

/** Overwrites `length` bytes at `offset` of a file with a fixed garbage pattern. */
export function overwriteBytes(path: string, offset: number, length: number): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, offset);
  } finally {
    closeSync(fd);
  }
}
