import type { Detector } from '../detector.js';
import { dirName } from '../shared/paths.js';
import { patternId } from './pattern-id.js';
import { ScopeResolver, scopeDepth } from './scopes.js';

/** How many observations of one variant a detector made in one file. */
export interface FileVariantCount {
  readonly file: string;
  readonly detectorId: string;
  readonly variant: string;
  readonly count: number;
}

/** The thresholds of `[analysis]` (ARCHITECTURE §5). */
export interface LearningSettings {
  /** A pattern needs this many observations of its variant (`min_occurrences`, 3). */
  readonly minOccurrences: number;
  /** …this share (0–1) of the scope's observations (`dominance_threshold`, 0.60)… */
  readonly dominanceThreshold: number;
  /** …in at least this many files (`min_files`, 2). */
  readonly minFiles: number;
}

/** A user decision on a pattern that learning must respect. */
export interface PatternDecision {
  readonly detectorId: string;
  readonly scope: string;
  readonly variant: string;
  readonly status: 'approved' | 'ignored' | 'merged';
  /** For `merged`: the scope of the pattern it was folded into. */
  readonly mergedIntoScope?: string;
}

/** A convention found by learning, before confidence and storage. */
export interface LearnedPattern {
  readonly id: string;
  readonly detectorId: string;
  /** A package root, a folder (directory-scoped detectors) or `''` for the repository. */
  readonly scope: string;
  readonly variant: string;
  /** Observations of the variant. */
  readonly occurrences: number;
  /** Files with the variant. */
  readonly files: number;
  /** Observations of every variant in the scope. */
  readonly total: number;
  /** Observations per variant. */
  readonly distribution: Readonly<Record<string, number>>;
  /** Files whose observations were learned in this scope: outliers are looked for in these. */
  readonly members: ReadonlySet<string>;
  /** Approved patterns apply even when their variant no longer dominates. */
  readonly pinned: boolean;
}

/**
 * The largest share (0–1) of a scope's files that may hold another variant for its dominant
 * variant to be a convention; one such file is always allowed. Measured on 20 open-source
 * repositories (`scripts/detect-directory.mjs`): the conventions a reviewer would enforce had
 * outliers in at most 22% of their files, while tolerated practices sat above a third
 * (`any` in 36% of typeorm's annotated files, omitted return types in 32%).
 */
export const MAX_OUTLIER_FILE_SHARE = 0.25;

/** One group of observations under a scope key. */
type Group = Map<string, Map<string, number>>;

interface Evaluated {
  readonly total: number;
  readonly distribution: Record<string, number>;
  readonly best: { variant: string; count: number; files: number } | null;
}

function evaluate(group: Group, lapses: readonly string[] = []): Evaluated {
  const distribution: Record<string, number> = {};
  const files: Record<string, number> = {};
  let total = 0;
  for (const variants of group.values()) {
    for (const [variant, count] of variants) {
      distribution[variant] = (distribution[variant] ?? 0) + count;
      files[variant] = (files[variant] ?? 0) + 1;
      total += count;
    }
  }
  let best: Evaluated['best'] = null;
  for (const [variant, count] of Object.entries(distribution)) {
    if (lapses.includes(variant)) continue;
    if (best === null || count > best.count || (count === best.count && variant < best.variant))
      best = { variant, count, files: files[variant] ?? 0 };
  }
  return { total, distribution, best };
}

function filesWith(group: Group, variant: string): number {
  let files = 0;
  for (const variants of group.values()) if (variants.has(variant)) files += 1;
  return files;
}

/** Files of the group with an observation of a variant other than `variant`. */
function filesWithOthers(group: Group, variant: string): number {
  let files = 0;
  for (const variants of group.values())
    if (variants.size > (variants.has(variant) ? 1 : 0)) files += 1;
  return files;
}

function addTo(target: Group, source: Group): void {
  for (const [file, variants] of source) {
    const into = target.get(file) ?? new Map<string, number>();
    for (const [variant, count] of variants) into.set(variant, (into.get(variant) ?? 0) + count);
    target.set(file, into);
  }
}

/**
 * Learns the conventions of a codebase from per-file observation counts (ARCHITECTURE §5).
 *
 * For each learned-mode detector, observations are grouped by scope: a file starts in its
 * folder (directory-scoped detectors) or its workspace package (`''` is the repository root's
 * package). A folder without enough evidence (fewer than `minOccurrences` observations or
 * `minFiles` files) hands its files to its package. Packages are never pooled into the
 * repository: a small package of a monorepo is often an independent project (a codemod, a
 * plugin) whose code cannot follow the root's conventions, so it gets no pattern rather than a
 * borrowed one. A scope with enough evidence forms a pattern when its most frequent variant
 * (never one of the detector's `lapses`) has a share ≥ `dominanceThreshold` of the
 * observations, ≥ `minOccurrences` observations and ≥ `minFiles` files, and the other variants
 * are rare across files too: at most {@link MAX_OUTLIER_FILE_SHARE} of the scope's files have
 * one. A minority spread over a third of the files (`any` in 36% of typeorm's files, though in
 * only 9% of its annotations) is a second accepted practice, not a set of outliers; otherwise
 * the scope has no convention.
 * An approved decision pins its variant as the scope's pattern while it has observations; a
 * merged decision folds the scope's files into the target scope before that is evaluated.
 * Rule-mode detectors form one repository-wide pattern whenever they observed anything.
 *
 * @returns patterns sorted by detector, then scope.
 */
export function learnPatterns(
  counts: Iterable<FileVariantCount>,
  detectors: readonly Detector[],
  packageRoots: readonly string[],
  settings: LearningSettings,
  decisions: readonly PatternDecision[] = [],
): LearnedPattern[] {
  const byDetector = new Map<string, Group>();
  for (const count of counts) {
    let group = byDetector.get(count.detectorId);
    if (group === undefined) {
      group = new Map();
      byDetector.set(count.detectorId, group);
    }
    const variants = group.get(count.file) ?? new Map<string, number>();
    variants.set(count.variant, (variants.get(count.variant) ?? 0) + count.count);
    group.set(count.file, variants);
  }
  const resolver = new ScopeResolver(packageRoots);
  const patterns: LearnedPattern[] = [];
  for (const detector of detectors) {
    const observed = byDetector.get(detector.id);
    if (observed === undefined || observed.size === 0) continue;
    const own = decisions.filter((decision) => decision.detectorId === detector.id);
    if (detector.mode === 'rule') {
      const { total, distribution } = evaluate(observed);
      patterns.push({
        id: patternId(detector.id, '', 'rule'),
        detectorId: detector.id,
        scope: '',
        variant: 'rule',
        occurrences: 0,
        files: 0,
        total,
        distribution,
        members: new Set(observed.keys()),
        pinned: true,
      });
      continue;
    }
    patterns.push(...learnDetector(detector, observed, resolver, settings, own));
  }
  return patterns.sort((a, b) =>
    a.detectorId === b.detectorId
      ? a.scope.localeCompare(b.scope)
      : a.detectorId.localeCompare(b.detectorId),
  );
}

function learnDetector(
  detector: Detector,
  observed: Group,
  resolver: ScopeResolver,
  settings: LearningSettings,
  decisions: readonly PatternDecision[],
): LearnedPattern[] {
  const groups = new Map<string, Group>();
  const place = (key: string, file: string, variants: Map<string, number>): void => {
    let group = groups.get(key);
    if (group === undefined) {
      group = new Map();
      groups.set(key, group);
    }
    group.set(file, variants);
  };
  for (const [file, variants] of observed) {
    const owner = resolver.packageOf(file);
    const directory = dirName(file);
    place(
      detector.scope === 'directory' && directory !== owner ? directory : owner,
      file,
      variants,
    );
  }
  const pinned = new Map(
    decisions.filter((d) => d.status === 'approved').map((d) => [d.scope, d.variant]),
  );
  const settled = new Map<string, Group>();
  const queue = [...groups.keys()];
  while (queue.length > 0) {
    queue.sort((a, b) => {
      const deeper = scopeDepth(b) - scopeDepth(a);
      return deeper !== 0 ? deeper : a.localeCompare(b);
    });
    const key = queue.shift() as string;
    const group = groups.get(key);
    if (group === undefined) continue;
    groups.delete(key);
    const { total } = evaluate(group);
    const enough = total >= settings.minOccurrences && group.size >= settings.minFiles;
    if (!resolver.isPackageRoot(key) && !enough && !pinned.has(key)) {
      const parent = resolver.parentOf(key);
      const into = groups.get(parent);
      if (into === undefined) {
        groups.set(parent, group);
        queue.push(parent);
      } else addTo(into, group);
      continue;
    }
    settled.set(key, group);
  }
  for (const decision of decisions) {
    if (decision.status !== 'merged' || decision.mergedIntoScope === undefined) continue;
    const from = settled.get(decision.scope);
    const into = settled.get(decision.mergedIntoScope);
    if (from === undefined || into === undefined || from === into) continue;
    addTo(into, from);
    settled.delete(decision.scope);
  }

  const patterns: LearnedPattern[] = [];
  for (const [scope, group] of settled) {
    const { total, distribution, best } = evaluate(group, detector.lapses);
    const pin = pinned.get(scope);
    let variant: string | undefined;
    if (pin !== undefined && (distribution[pin] ?? 0) > 0) variant = pin;
    else if (
      best !== null &&
      best.count >= settings.minOccurrences &&
      best.files >= settings.minFiles &&
      best.count / total >= settings.dominanceThreshold &&
      filesWithOthers(group, best.variant) <= Math.max(1, MAX_OUTLIER_FILE_SHARE * group.size)
    )
      variant = best.variant;
    if (variant === undefined) continue;
    patterns.push({
      id: patternId(detector.id, scope, variant),
      detectorId: detector.id,
      scope,
      variant,
      occurrences: distribution[variant] ?? 0,
      files: filesWith(group, variant),
      total,
      distribution,
      members: new Set(group.keys()),
      pinned: variant === pin,
    });
  }
  return patterns;
}
