import type { CodeLanguage, Observation } from '@drift/core';
import type { Detector } from '../detection/detector.js';
import { detectFile, type FileDetection } from '../detection/detect-file.js';
import { loadedParser, loadParsers } from '../parsers/parser-registry.js';
import { detectLanguage } from '../scanner/language.js';

/** Parses `source` as the language of `path` and runs `detectors` on it. */
export async function detectSource(
  path: string,
  source: string,
  detectors: readonly Detector[],
): Promise<FileDetection> {
  const language = detectLanguage(path) as CodeLanguage;
  await loadParsers([language]);
  let detection: FileDetection | undefined;
  loadedParser(language).parse(path, source, (tree, facts) => {
    detection = detectFile({ path, language: facts.language, source, facts }, tree, detectors);
  });
  if (detection === undefined) throw new Error(`the ${language} parser gave no syntax tree`);
  if (detection.failures.length > 0)
    throw new Error(`detector failed: ${JSON.stringify(detection.failures)}`);
  return detection;
}

/** The observations of one detector on a source file, as `variant@line` strings in order. */
export async function observe(detector: Detector, path: string, source: string): Promise<string[]> {
  const { observations } = await detectSource(path, source, [detector]);
  return observations.map((o: Observation) => `${o.variant}@${String(o.line)}`);
}
