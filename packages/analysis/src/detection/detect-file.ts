import type { CodeLanguage, FileFacts, Observation, Suppression } from '@drift/core';
import type { SyntaxTree } from '../parsers/language-parser.js';
import type { DetectionFile, Detector, ObservationInput } from './detector.js';
import { classifyFile, type FileRole } from './file-role.js';
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

/** The detectors of a registry that cover one language and file role. */
interface DetectorSelection {
  readonly applicable: ReadonlySet<Detector>;
  /** The same detectors in registry order. */
  readonly detectors: readonly Detector[];
  readonly peerRules: ReadonlyMap<string, readonly string[] | undefined>;
}

const selections = new WeakMap<readonly Detector[], Map<string, DetectorSelection>>();

/** The selection for `language` and `role`, computed once per registry (not once per file). */
function selectionFor(
  registry: readonly Detector[],
  language: CodeLanguage,
  role: FileRole,
): DetectorSelection {
  let byKey = selections.get(registry);
  if (byKey === undefined) {
    byKey = new Map();
    selections.set(registry, byKey);
  }
  const key = `${language}\0${role}`;
  let selection = byKey.get(key);
  if (selection === undefined) {
    const detectors = registry.filter(
      (detector) => detector.languages.includes(language) && detector.roles.includes(role),
    );
    selection = {
      applicable: new Set(detectors),
      detectors,
      peerRules: new Map(detectors.map((detector) => [detector.id, detector.peerRules])),
    };
    byKey.set(key, selection);
  }
  return selection;
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
  const { applicable, detectors, peerRules } = selectionFor(registry, file.language, file.role);
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

  for (const detector of detectors) {
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
    runTypeScriptRules(tree.ts, tree.sourceFile, file, detectors, sink, fail);
  } else if (tree?.engine === 'tree-sitter') {
    runTreeSitterRules(tree.language, tree.tree, file, registry, applicable, sink, fail);
  }
  const peers = new PeerSuppressions(file.source, file.lineText);
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
