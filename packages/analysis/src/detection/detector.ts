import type {
  CodeLanguage,
  DetectorMode,
  FileFacts,
  Observation,
  ObservationContext,
  PatternCategory,
  Severity,
} from '@drift/core';
import type ts from 'typescript';
import type { Node, QueryMatch } from 'web-tree-sitter';
import type { FileRole } from './file-role.js';

/** One parsed file as detectors see it. */
export interface DetectionFile {
  /** Root-relative, `/`-separated. */
  readonly path: string;
  /** The language it was parsed as (a C++ header recorded as `c` is `cpp` here). */
  readonly language: CodeLanguage;
  readonly role: FileRole;
  readonly source: string;
  readonly facts: FileFacts;
  /** The text of a 1-based line, without its line break (`''` past the end). */
  readonly lineText: (line: number) => string;
}

/** What a detector reports for one place: the variant and where. The runner adds the fingerprint. */
export interface ObservationInput {
  readonly variant: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, UTF-16 code units. */
  readonly column: number;
  /** 1-based; defaults to `line`. */
  readonly endLine?: number;
  /** The code observed; the runner collapses whitespace and cuts it to 160 characters. */
  readonly snippet: string;
  /** Evidence for the message (`{ callee: 'console.log' }`). */
  readonly context?: ObservationContext;
}

/** Records an observation of the detector that received it. */
export type Report = (observation: ObservationInput) => void;

/** What a TypeScript/JavaScript visitor is given for one file. */
export interface TypeScriptContext {
  readonly ts: typeof import('typescript');
  readonly sourceFile: ts.SourceFile;
  readonly file: DetectionFile;
  /**
   * The ancestors of the node being visited, the `SourceFile` first and the parent last; the
   * tree has no parent pointers, so this is the only way up. Read it during `visit` only.
   */
  readonly ancestors: readonly ts.Node[];
  /** The node's source text without leading trivia. */
  readonly text: (node: ts.Node) => string;
  /** Reports `variant` at the node, its text as the snippet. */
  readonly report: (variant: string, node: ts.Node, context?: ObservationContext) => void;
}

/** A detector's per-file visitor over the TypeScript syntax tree. */
export interface TypeScriptVisitor {
  /** Called for every node of the kinds the rule names, in document order. */
  visit(node: ts.Node): void;
  /** Called once after the walk. */
  end?(): void;
}

/** How a detector reads TypeScript and JavaScript: node kinds to visit and a visitor per file. */
export interface TypeScriptRule {
  /** `ts.SyntaxKind` names, e.g. `['ThrowStatement', 'CatchClause']`. */
  readonly kinds: readonly (keyof typeof ts.SyntaxKind)[];
  create(context: TypeScriptContext): TypeScriptVisitor;
}

/** What a tree-sitter match handler is given for one file. */
export interface TreeSitterContext {
  readonly file: DetectionFile;
  readonly root: Node;
  /** Reports `variant` at the node, its text as the snippet. */
  readonly report: (variant: string, node: Node, context?: ObservationContext) => void;
}

/** A detector's per-file handler of the matches of its query. */
export interface TreeSitterVisitor {
  /** Called for every match of the rule's query, in document order. */
  match(match: QueryMatch): void;
  /** Called once after the last match. */
  end?(): void;
}

/**
 * How a detector reads one tree-sitter language: a query (its patterns are combined with every
 * other detector's into one query per language, run once per file) and a handler per file.
 */
export interface TreeSitterRule {
  readonly query: string;
  create(context: TreeSitterContext): TreeSitterVisitor;
}

/** A stored observation as message builders see it. */
export type ObservationView = Pick<Observation, 'variant' | 'snippet' | 'context'>;

/**
 * A detector: what convention it looks at, how it is learned and reported, and how it observes
 * code. Observation happens in the scan workers, per file; learning and messages in the main
 * thread, so nothing here may import `typescript` or `web-tree-sitter` at run time.
 */
export interface Detector {
  /** `category/name`, kebab-case: `logging/console-vs-logger`. */
  readonly id: string;
  readonly category: PatternCategory;
  /** A short title: "Logger instead of console". */
  readonly name: string;
  /** One or two sentences: what is observed and why it matters. */
  readonly description: string;
  readonly severity: Severity;
  /**
   * `learned`: the dominant variant of a scope is the convention and other variants are
   * outliers. `rule`: only violating variants are observed and each is a violation.
   */
  readonly mode: DetectorMode;
  /** Where conventions are learned: per workspace package (default) or per directory first. */
  readonly scope: 'package' | 'directory';
  /** File roles observed. */
  readonly roles: readonly FileRole[];
  /** Languages the detector covers; the `facts` hook runs for these only. */
  readonly languages: readonly CodeLanguage[];
  /** What one observation counts, plural: "logging calls". */
  readonly noun: string;
  /**
   * Each variant as a plural verb phrase for messages: `{ logger: 'use a logger', console:
   * 'use console' }`. A rule lists its violating variants.
   */
  readonly variants: Readonly<Record<string, string>>;
  /**
   * Variants that are never learned as a convention, for one-sided conventions
   * (`undocumented`, `any`, `inferred`): they count against the other variants' share and are
   * outliers where another variant is the pattern, but a scope where they dominate has no
   * pattern, rather than one that reports every documented function.
   */
  readonly lapses?: readonly string[];
  /**
   * The rules of peer linters that check the same thing (`no-console`, ruff `T201`, Bandit
   * `B307`, gosec `G402`): a line whose suppression comment names one of them, or names no rule,
   * is not observed (`peer-suppressions.ts`).
   */
  readonly peerRules?: readonly string[];
  /** For a rule: the convention it enforces, a full clause ("code is never built from strings"). */
  readonly expected?: string;
  /** The evidence of one observation, third person singular: "uses `console.log`". */
  describe(observation: ObservationView): string;
  /** Observes from the facts (every language in {@link languages}). */
  readonly facts?: (file: DetectionFile, report: Report) => void;
  /** Observes TypeScript and JavaScript syntax. */
  readonly typescript?: TypeScriptRule;
  /** Observes tree-sitter syntax, per language. */
  readonly treeSitter?: Partial<Record<CodeLanguage, TreeSitterRule>>;
}

/** A detector as written: `scope`, `roles` and `languages` have defaults. */
export type DetectorDefinition = Omit<Detector, 'scope' | 'roles' | 'languages'> &
  Partial<Pick<Detector, 'scope' | 'roles' | 'languages'>>;

/**
 * Completes a detector definition: scope `package`, roles `['source']`, and as languages those
 * of its syntax rules (`typescript` and `javascript` for a TypeScript rule).
 */
export function defineDetector(definition: DetectorDefinition): Detector {
  const languages = new Set<CodeLanguage>(definition.languages ?? []);
  if (definition.languages === undefined) {
    if (definition.typescript !== undefined) {
      languages.add('typescript');
      languages.add('javascript');
    }
    for (const language of Object.keys(definition.treeSitter ?? {}))
      languages.add(language as CodeLanguage);
  }
  return {
    ...definition,
    scope: definition.scope ?? 'package',
    roles: definition.roles ?? ['source'],
    languages: [...languages],
  };
}
