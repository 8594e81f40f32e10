import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DriftErrorCode } from '@drift/core';
import { isCancelledFlag } from '@drift/core/cancellation';
import { hashContent, type HashAlgorithm } from './hash.js';

/** How files of a batch are read (from `[scan]` of drift.toml). */
export interface ReadOptions {
  /** `scan.max_file_size`, bytes. */
  readonly maxFileSize: number;
  readonly skipBinary: boolean;
  readonly computeHashes: boolean;
  readonly hashAlgorithm: HashAlgorithm;
}

/** One unit of work for a worker: files of one project to read. */
export interface FileBatch {
  /** Absolute project root. */
  readonly root: string;
  /** Root-relative paths. */
  readonly paths: readonly string[];
  readonly options: ReadOptions;
}

/** The outcome for one file of a batch. */
export type FileResult =
  | {
      readonly kind: 'read';
      readonly path: string;
      /** Bytes, as read. */
      readonly size: number;
      readonly mtimeMs: number;
      /** 16 hex digits, or null when `computeHashes` is off. */
      readonly hash: string | null;
      /** The content is not valid UTF-8; it is decoded with U+FFFD replacement. */
      readonly invalidUtf8: boolean;
    }
  | {
      readonly kind: 'skipped';
      readonly path: string;
      readonly reason: 'binary' | 'too_large';
      readonly size: number;
      readonly mtimeMs: number;
    }
  | {
      readonly kind: 'failed';
      readonly path: string;
      readonly code: DriftErrorCode;
      readonly reason: string;
    };

/** The outcome of a batch. `cancelled` when the flag stopped it before its last file. */
export interface FileBatchResult {
  readonly results: FileResult[];
  readonly cancelled: boolean;
  /** Bytes read from disk. */
  readonly bytesRead: number;
}

/** Bytes examined for a NUL byte to call a file binary (the heuristic of git and ripgrep). */
export const BINARY_SNIFF_BYTES = 8192;

function readOne(root: string, path: string, options: ReadOptions): FileResult {
  let fd: number;
  try {
    fd = openSync(join(root, path), constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return {
      kind: 'failed',
      path,
      code: code === 'EACCES' || code === 'EPERM' ? 'PERMISSION_DENIED' : 'SCAN_ERROR',
      reason: code === 'ENOENT' ? 'file vanished during the scan' : `cannot open (${code})`,
    };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      return { kind: 'failed', path, code: 'SCAN_ERROR', reason: 'no longer a regular file' };
    }
    if (stats.size > options.maxFileSize) {
      return {
        kind: 'skipped',
        path,
        reason: 'too_large',
        size: stats.size,
        mtimeMs: stats.mtimeMs,
      };
    }
    const bytes = readFileSync(fd);
    if (options.skipBinary && bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
      return {
        kind: 'skipped',
        path,
        reason: 'binary',
        size: bytes.length,
        mtimeMs: stats.mtimeMs,
      };
    }
    return {
      kind: 'read',
      path,
      size: bytes.length,
      mtimeMs: stats.mtimeMs,
      hash: options.computeHashes ? hashContent(bytes, options.hashAlgorithm) : null,
      invalidUtf8: !isUtf8(bytes),
    };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { kind: 'failed', path, code: 'SCAN_ERROR', reason: `cannot read (${code})` };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads, classifies and hashes the files of a batch; runs in a worker thread (or inline).
 * Checks the shared cancellation flag between files: a cancelled batch returns the files it
 * finished and nothing of the one in flight.
 */
export function processBatch(batch: FileBatch, cancelFlag?: Int32Array): FileBatchResult {
  const results: FileResult[] = [];
  let bytesRead = 0;
  for (const path of batch.paths) {
    if (cancelFlag !== undefined && isCancelledFlag(cancelFlag)) {
      return { results, cancelled: true, bytesRead };
    }
    const result = readOne(batch.root, path, batch.options);
    if (result.kind !== 'failed' && !(result.kind === 'skipped' && result.reason === 'too_large')) {
      bytesRead += result.size;
    }
    results.push(result);
  }
  return { results, cancelled: false, bytesRead };
}
