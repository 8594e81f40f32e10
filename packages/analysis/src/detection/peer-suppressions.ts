/**
 * Suppression comments of peer linters. A line that already carries `// eslint-disable-line
 * no-console`, `# noqa: T201`, `# nosec B105` or `//nolint:gosec` is an exception its author
 * chose on purpose: a detector that names the matching peer rules in `Detector.peerRules` does
 * not observe it, so it is neither an outlier nor evidence.
 *
 * Directives read (same line unless said otherwise):
 * - ESLint: `eslint-disable-line [rules]`, `eslint-disable-next-line [rules]` (the line above),
 *   `eslint-disable [rules]` in a block comment (the whole file; `eslint-enable` is not
 *   tracked, so the rest of the file stays disabled).
 * - flake8/ruff `# noqa[: codes]`, Bandit `# nosec [codes]`, Pylint `# pylint: disable=names`,
 *   golangci-lint `//nolint[:linters]`, SonarQube `NOSONAR`.
 * A directive without rules suppresses every detector with peer rules. A rule matches a peer
 * rule when equal, or when it ends with `/` and the peer rule (`@typescript-eslint/no-explicit-any`
 * matches `no-explicit-any`).
 */

/** A directive: the rules it names, or `null` for all. */
interface Directive {
  readonly rules: readonly string[] | null;
}

const ESLINT_LINE = /eslint-disable-line\b([^*\n]*)/;
const ESLINT_NEXT_LINE = /eslint-disable-next-line\b([^*\n]*)/;
const ESLINT_FILE = /\/\*\s*eslint-disable(?!-)\b([^*]*)\*\//g;
const NOQA = /#\s*noqa\b(?::\s*([\w, ]+))?/i;
const NOSEC = /#\s*nosec\b((?:\s+[A-Z]\d+(?:\s*,\s*[A-Z]\d+)*)?)/;
const PYLINT = /#\s*pylint:\s*disable=([\w,-]+)/;
const NOLINT = /\/\/\s*nolint\b(?::([\w,-]+))?/;
const NOSONAR = /\bNOSONAR\b/;
/** Text every directive contains: a file without it needs no per-line look-up. */
const ANY_DIRECTIVE = /eslint-disable|noqa|nosec|pylint:|nolint|NOSONAR/i;

function ruleList(text: string | undefined): readonly string[] | null {
  const rules = (text ?? '')
    .replace(/--.*$/, '')
    .split(/[\s,]+/)
    .filter((rule) => rule !== '');
  return rules.length === 0 ? null : rules;
}

function lineDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  const eslint = ESLINT_LINE.exec(text);
  if (eslint !== null) directives.push({ rules: ruleList(eslint[1]) });
  const noqa = NOQA.exec(text);
  if (noqa !== null) directives.push({ rules: ruleList(noqa[1]) });
  const nosec = NOSEC.exec(text);
  if (nosec !== null) directives.push({ rules: ruleList(nosec[1]) });
  const pylint = PYLINT.exec(text);
  if (pylint !== null) directives.push({ rules: ruleList(pylint[1]) });
  const nolint = NOLINT.exec(text);
  if (nolint !== null) directives.push({ rules: ruleList(nolint[1]) });
  if (NOSONAR.test(text)) directives.push({ rules: null });
  return directives;
}

function covers(directive: Directive, peerRules: readonly string[]): boolean {
  if (directive.rules === null) return true;
  return directive.rules.some((rule) =>
    peerRules.some((peer) => rule === peer || rule.endsWith(`/${peer}`)),
  );
}

/** The peer-linter directives of one file, looked up per line. */
export class PeerSuppressions {
  private readonly hasDirectives: boolean;
  private readonly fileWide: readonly Directive[];
  private readonly cache = new Map<number, readonly Directive[]>();

  /**
   * @param source the file's text.
   * @param lineText the text of a 1-based line.
   */
  constructor(
    source: string,
    private readonly lineText: (line: number) => string,
  ) {
    this.hasDirectives = ANY_DIRECTIVE.test(source);
    this.fileWide = this.hasDirectives
      ? [...source.matchAll(ESLINT_FILE)].map((match) => ({ rules: ruleList(match[1]) }))
      : [];
  }

  /** True when a directive on `line` (1-based), above it, or file-wide names a rule of `peerRules`. */
  suppresses(line: number, peerRules: readonly string[]): boolean {
    if (!this.hasDirectives || peerRules.length === 0) return false;
    return this.directivesAt(line).some((directive) => covers(directive, peerRules));
  }

  private directivesAt(line: number): readonly Directive[] {
    let directives = this.cache.get(line);
    if (directives === undefined) {
      const own = lineDirectives(this.lineText(line));
      const above = ESLINT_NEXT_LINE.exec(line > 1 ? this.lineText(line - 1) : '');
      directives = [
        ...this.fileWide,
        ...own,
        ...(above === null ? [] : [{ rules: ruleList(above[1]) }]),
      ];
      this.cache.set(line, directives);
    }
    return directives;
  }
}
