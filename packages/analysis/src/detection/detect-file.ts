import type { CodeLanguage, FileFacts, Observation, Suppression } from '@drift/core';
import type { SyntaxTree } from '../parsers/language-parser.js';
import type { DetectionFile, Detector, ObservationInput } from './detector.js';
import { classifyFile } from './file-role.js';
import { finishObservations } from './observations.js';
import { PeerSuppressions } from './peer-suppressions.js';
import { findSuppressions } from './suppressions.js';
import { runTreeSitterRules } from './tree-sitter-dispatch.js';
import { runTypeScriptRules } from './typescript-dispatch.js';

/** A detector that threw on a file; the file's other detectors still ran. */
export interface DetectionFailure {
  readonly detectorId: string;
  readonly message: string;
}

/** What detection found in one file. */
export interface FileDetection {
  readonly observations: readonly Observation[];
  readonly suppressions: readonly Suppression[];
  readonly failures: readonly DetectionFailure[];
}

/** A parsed file to run detectors on. */
export interface DetectionInput {
  readonly path: string;
  readonly language: CodeLanguage;
  readonly source: string;
  readonly facts: FileFacts;
}

/**
 * Runs the detectors of `registry` that cover the file's language and role: the facts hooks,
 * then one walk of the syntax tree for the syntax rules (TypeScript visitors, or one combined
 * tree-sitter query). Drops the observations of a detector on lines where a peer linter's
 * suppression comment names one of its `peerRules`, and finds the file's `drift-ignore`
 * comments. Never throws: a failing
 * detector is listed in `failures` and the others' observations are kept.
 *
 * @param tree the file's syntax tree while it is alive, or undefined to run the facts hooks only.
 */
export function detectFile(
  input: DetectionInput,
  tree: SyntaxTree | undefined,
  registry: readonly Detector[],
): FileDetection {
  let lines: string[] | undefined;
  const file: DetectionFile = {
    ...input,
    role: classifyFile(input.path, input.source),
    lineText: (line) => {
      lines ??= input.source.split('\n');
      return (lines[line - 1] ?? '').replace(/\r$/, '');
    },
  };
  const applicable = new Set(
    registry.filter(
      (detector) =>
        detector.languages.includes(file.language) && detector.roles.includes(file.role),
    ),
  );
  const raw: (ObservationInput & { detectorId: string })[] = [];
  const failures: DetectionFailure[] = [];
  const sink = (detectorId: string, observation: ObservationInput): void => {
    raw.push({ ...observation, detectorId });
  };
  const fail = (detectorId: string, error: unknown): void => {
    failures.push({
      detectorId,
      message: error instanceof Error ? error.message : String(error),
    });
  };

  for (const detector of applicable) {
    if (detector.facts === undefined) continue;
    try {
      detector.facts(file, (observation) => {
        sink(detector.id, observation);
      });
    } catch (error) {
      fail(detector.id, error);
    }
  }
  if (tree?.engine === 'typescript') {
    runTypeScriptRules(tree.ts, tree.sourceFile, file, [...applicable], sink, fail);
  } else if (tree?.engine === 'tree-sitter') {
    runTreeSitterRules(tree.language, tree.tree, file, registry, applicable, sink, fail);
  }
  const peers = new PeerSuppressions(file.source, file.lineText);
  const peerRules = new Map([...applicable].map((detector) => [detector.id, detector.peerRules]));
  const kept = raw.filter((observation) => {
    const rules = peerRules.get(observation.detectorId);
    return rules === undefined || !peers.suppresses(observation.line, rules);
  });
  return {
    observations: finishObservations(file.path, kept),
    suppressions: findSuppressions(file.source),
    failures,
  };
}
