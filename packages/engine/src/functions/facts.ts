import { isAbsolute, relative } from 'node:path';
import {
  DriftError,
  type FileFacts,
  type PaginatedResult,
  type PaginationOptions,
} from '@drift/core';
import { getFile, queryFilesPage, readFileFacts, type FileEntry } from '@drift/storage';
import { boundary } from '../runtime/boundary.js';
import { getRuntime } from '../runtime/runtime-registry.js';

/** A stored file: its root-relative path, language, and facts (null when it was not parsed). */
export interface FileFactsRecord {
  readonly path: string;
  readonly language: string;
  readonly facts: FileFacts | null;
}

function rootRelative(path: string): string {
  const root = getRuntime().paths.projectRoot;
  const relativePath = isAbsolute(path) ? relative(root, path) : path;
  return relativePath.split('\\').join('/').replace(/^\.\//, '').replace(/\/$/, '');
}

/**
 * The stored facts of one file; `facts` is null when the file is stored but was not parsed (a
 * non-code file, a skipped file, or a parser failure).
 *
 * @param path root-relative or absolute.
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `NOT_FOUND` when drift.db has no such file.
 */
export function queryFileFacts(path: string): FileFactsRecord {
  return boundary(() => {
    const reader = getRuntime().db.reader();
    const key = rootRelative(path);
    const file = getFile(reader, key);
    if (file === undefined)
      throw new DriftError('NOT_FOUND', `drift.db has no file ${key}; run \`drift scan\``);
    return { path: key, language: file.language, facts: readFileFacts(reader, file.id) ?? null };
  });
}

/**
 * The stored files under a folder (root-relative or absolute; '' or '.' for all), by path,
 * 50 a page by default.
 *
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `INVALID_CURSOR`, `INVALID_FILTER`.
 */
export function queryFiles(folder = '', page?: PaginationOptions): PaginatedResult<FileEntry> {
  return boundary(() => {
    const key = folder === '' || folder === '.' ? '' : rootRelative(folder);
    return queryFilesPage(getRuntime().db.reader(), key === '.' ? '' : key, page);
  });
}
