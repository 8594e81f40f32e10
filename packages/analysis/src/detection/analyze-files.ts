import type { CodeLanguage } from '@drift/core';
import { isCodeLanguage } from '@drift/core';
import type { Detector } from './detector.js';
import { detectFile, type FileDetection } from './detect-file.js';
import { patternConfidence } from './learning/confidence.js';
import { learnPatterns, type FileVariantCount, type LearningSettings } from './learning/learn.js';
import { packageRoots } from './learning/scopes.js';
import {
  findViolations,
  type LocatedObservation,
  type LocatedSuppression,
  type ScoredPattern,
  type ViolationSearch,
} from './learning/violations.js';
import { parseLanguage } from '../scanner/file-processor.js';
import { detectLanguage } from '../scanner/language.js';
import { loadedParser, loadParsers } from '../parsers/parser-registry.js';

/** The defaults of `[analysis]`. */
export const DEFAULT_LEARNING: LearningSettings = {
  minOccurrences: 3,
  dominanceThreshold: 0.6,
  minFiles: 2,
};

/** What the in-memory pipeline found. */
export interface InMemoryAnalysis extends ViolationSearch {
  readonly patterns: ScoredPattern[];
}

/**
 * The whole detection pipeline over in-memory files, as one first scan would run it, without
 * a database: parse and detect each code file, learn (default settings unless given), score
 * with one scan seen, and find the violations at the default minimum confidence (0.65). Used
 * by the fixture harness and `scripts/detect-directory.mjs`.
 *
 * @param files root-relative path → source text; non-code files only count as manifests.
 * @throws Error when a detector fails on a file (a bug to fix, not a user error).
 */
export async function analyzeFiles(
  files: Readonly<Record<string, string>>,
  detectors: readonly Detector[],
  settings: LearningSettings = DEFAULT_LEARNING,
): Promise<InMemoryAnalysis> {
  const detections = new Map<string, FileDetection>();
  for (const [path, source] of Object.entries(files)) {
    const recorded = detectLanguage(path);
    if (recorded === undefined || !isCodeLanguage(recorded)) continue;
    const language = parseLanguage({ path, language: recorded }, source) as CodeLanguage;
    await loadParsers([language]);
    loadedParser(language).parse(path, source, (tree, facts) => {
      detections.set(path, detectFile({ path, language, source, facts }, tree, detectors));
    });
  }
  const counts: FileVariantCount[] = [];
  const observations: LocatedObservation[] = [];
  const suppressions: LocatedSuppression[] = [];
  for (const [file, detection] of detections) {
    if (detection.failures.length > 0)
      throw new Error(`${file}: ${JSON.stringify(detection.failures)}`);
    const perVariant = new Map<string, FileVariantCount>();
    for (const observation of detection.observations) {
      observations.push({ ...observation, file });
      const key = `${observation.detectorId}\0${observation.variant}`;
      const entry = perVariant.get(key);
      perVariant.set(key, {
        file,
        detectorId: observation.detectorId,
        variant: observation.variant,
        count: (entry?.count ?? 0) + 1,
      });
    }
    counts.push(...perVariant.values());
    suppressions.push(...detection.suppressions.map((s) => ({ ...s, file })));
  }
  const patterns: ScoredPattern[] = learnPatterns(
    counts,
    detectors,
    packageRoots(Object.keys(files)),
    settings,
  ).map((pattern) => ({
    ...pattern,
    status: 'discovered',
    confidence: pattern.pinned
      ? 1
      : patternConfidence({
          dominant: pattern.occurrences,
          total: pattern.total,
          files: pattern.files,
          scansSeen: 1,
        }),
  }));
  const byId = new Map(detectors.map((d) => [d.id, d]));
  return { patterns, ...findViolations(patterns, observations, byId, 0.65, suppressions) };
}
