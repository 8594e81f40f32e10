import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  isCodeLanguage,
  type CodeLanguage,
  type DriftErrorCode,
  type FileFacts,
  type Language,
} from '@drift/core';
import { isCancelledFlag } from '@drift/core/cancellation';
import { detectFile, type FileDetection } from '../detection/detect-file.js';
import { DETECTORS } from '../detection/detector-registry.js';
import type { SyntaxTreeCallback } from '../parsers/language-parser.js';
import { hasParser, loadedParser, loadParsers } from '../parsers/parser-registry.js';
import { hashContent, type HashAlgorithm } from './hash.js';

/** How files of a batch are read (from `[scan]` of drift.toml). */
export interface ReadOptions {
  /** `scan.max_file_size`, bytes. */
  readonly maxFileSize: number;
  readonly skipBinary: boolean;
  readonly computeHashes: boolean;
  readonly hashAlgorithm: HashAlgorithm;
}

/** A file to process and its language. */
export interface BatchFile {
  /** Root-relative path. */
  readonly path: string;
  readonly language: Language;
}

/** One unit of work for a worker: files of one project to read, hash and parse. */
export interface FileBatch {
  /** Absolute project root. */
  readonly root: string;
  readonly files: readonly BatchFile[];
  readonly options: ReadOptions;
  /** Run the detectors on parsed files (default true); false parses and extracts facts only (`npm run bench:parse`). */
  readonly detect?: boolean;
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
      /** The parser's facts, or null for non-code files and files the parser failed on. */
      readonly facts: FileFacts | null;
      /** Milliseconds spent parsing and extracting (0 when not parsed). */
      readonly parseMs: number;
      /** Why the parser failed on this file (the file is still recorded), or null. */
      readonly parseError: string | null;
      /** What the detectors observed, or null when the file was not parsed. */
      readonly detection: FileDetection | null;
      /** Milliseconds spent in detectors (0 when not parsed). */
      readonly detectMs: number;
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

type ReadOutcome =
  Exclude<FileResult, { kind: 'read' }> | { kind: 'bytes'; bytes: Buffer; mtimeMs: number };

function readOne(root: string, path: string, options: ReadOptions): ReadOutcome {
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
    if (!stats.isFile())
      return { kind: 'failed', path, code: 'SCAN_ERROR', reason: 'no longer a regular file' };
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
    return { kind: 'bytes', bytes, mtimeMs: stats.mtimeMs };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { kind: 'failed', path, code: 'SCAN_ERROR', reason: `cannot read (${code})` };
  } finally {
    closeSync(fd);
  }
}

/** C++-only syntax at the start of a line, or C++-only keywords: enough to tell a C++ header. */
const CPP_HEADER =
  /^\s*(?:class\s+\w|namespace\b|template\s*<|public:|private:|protected:|using\s+namespace\b)|\b(?:std::|nullptr|constexpr)\b/m;

/**
 * The language to parse a file as, or null when Drift has no parser for it. `.h` headers count
 * as C by extension, but a header whose text shows C++ syntax is parsed (and recorded) as C++.
 */
export function parseLanguage(file: BatchFile, text: string): CodeLanguage | null {
  if (!isCodeLanguage(file.language) || !hasParser(file.language)) return null;
  if (file.language === 'c' && file.path.endsWith('.h') && CPP_HEADER.test(text)) return 'cpp';
  return file.language;
}

type ParseOutcome = Pick<
  Extract<FileResult, { kind: 'read' }>,
  'facts' | 'parseMs' | 'parseError' | 'detection' | 'detectMs'
>;

/**
 * Parses a file and runs the detectors on its syntax tree while the tree is alive. `parseMs`
 * excludes the detectors' time.
 */
function parseOne(file: BatchFile, bytes: Buffer, detect: boolean): ParseOutcome {
  const text = bytes.toString('utf8');
  const language = parseLanguage(file, text);
  if (language === null)
    return { facts: null, parseMs: 0, parseError: null, detection: null, detectMs: 0 };
  const started = performance.now();
  let detection: FileDetection | null = null;
  let detectMs = 0;
  try {
    const onTree: SyntaxTreeCallback = (tree, parsed) => {
      const detectStarted = performance.now();
      detection = detectFile(
        { path: file.path, language: parsed.language, source: text, facts: parsed },
        tree,
        DETECTORS,
      );
      detectMs = performance.now() - detectStarted;
    };
    const facts = loadedParser(language).parse(file.path, text, detect ? onTree : undefined);
    return {
      facts,
      parseMs: performance.now() - started - detectMs,
      parseError: null,
      detection,
      detectMs,
    };
  } catch (error) {
    return {
      facts: null,
      parseMs: performance.now() - started - detectMs,
      parseError: (error as Error).message,
      detection: null,
      detectMs: 0,
    };
  }
}

/**
 * Reads, classifies, hashes and parses the files of a batch; runs in a worker thread (or
 * inline). Loads the parsers of the batch's languages first. Checks the shared cancellation
 * flag between files: a cancelled batch returns the files it finished and nothing of the one
 * in flight. A parser failure on one file is reported in its result, never thrown.
 */
export async function processBatch(
  batch: FileBatch,
  cancelFlag?: Int32Array,
): Promise<FileBatchResult> {
  const languages = [...new Set(batch.files.map((f) => f.language))].filter(
    (language): language is CodeLanguage => isCodeLanguage(language) && hasParser(language),
  );
  if (languages.includes('c')) languages.push('cpp');
  await loadParsers(languages);
  const results: FileResult[] = [];
  let bytesRead = 0;
  for (const file of batch.files) {
    if (cancelFlag !== undefined && isCancelledFlag(cancelFlag)) {
      return { results, cancelled: true, bytesRead };
    }
    const outcome = readOne(batch.root, file.path, batch.options);
    if (outcome.kind !== 'bytes') {
      if (outcome.kind === 'skipped' && outcome.reason === 'binary') bytesRead += outcome.size;
      results.push(outcome);
      continue;
    }
    const { bytes, mtimeMs } = outcome;
    bytesRead += bytes.length;
    results.push({
      kind: 'read',
      path: file.path,
      size: bytes.length,
      mtimeMs,
      hash: batch.options.computeHashes ? hashContent(bytes, batch.options.hashAlgorithm) : null,
      invalidUtf8: !isUtf8(bytes),
      ...parseOne(file, bytes, batch.detect ?? true),
    });
  }
  return { results, cancelled: false, bytesRead };
}
