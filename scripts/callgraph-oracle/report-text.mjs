// Formats the oracle report for a terminal.

const percent = (ratio) =>
  ratio.value === null
    ? 'n/a'
    : `${(ratio.value * 100).toFixed(1)} % (${ratio.hits}/${ratio.total})`;
const counts = (record) =>
  Object.entries(record)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ') || 'none';

/**
 * Renders the report {@link import('../callgraph-oracle.mjs')} builds as plain text: the
 * selection, the oracle's call-site accounting, precision and recall, then the listed false
 * positives and negatives with their source line.
 * @param {object} report The JSON report.
 * @returns {string}
 */
export function formatReport(report) {
  const { selection, oracle, drift } = report;
  const lines = [
    `call-graph oracle: ${report.root} against ${report.graph} (TypeScript ${report.typescript})`,
    `projects: ${report.projects.map((p) => `${p.name} (${p.files} files)`).join(', ') || 'none'}`,
    ...report.configProblems.map((problem) => `  tsconfig problem: ${problem}`),
    `callers: ${selection.typeScriptFunctions} TypeScript functions, ${selection.matchingFiles} in the selected files, ` +
      `${selection.selected} selected${selection.sample === null ? '' : ` (sample seed ${selection.sample.seed})`}, ` +
      `${selection.covered} covered; not covered: ${counts(selection.uncovered)}`,
    ...selection.unlocatedExamples.map((id) => `  not located: ${id}`),
    `oracle: ${oracle.units} declarations queried, ${oracle.callSites} call sites: ${oracle.external} external, ` +
      `${oracle.moduleLevel} module-level, ${oracle.outsideSelection} in unselected functions, ${oracle.staticBlocks} static blocks`,
    `  mapped sites by form: ${counts(oracle.forms)}`,
    `  unmapped sites: ${counts(oracle.unmapped)}`,
    ...oracle.unmappedExamples.map((e) => `    ${e.reason}: ${e.callee}`),
    `  pairs: ${oracle.pairs} (${oracle.callPairs} called)`,
    `drift: ${drift.edges} edges, ${drift.comparedPairs} comparable pairs; edges left out: ${counts(drift.excludedEdges)}`,
    `precision ${percent(report.precision)}   recall ${percent(report.recall)}`,
    `precision by kind: ${
      Object.entries(report.precisionByKind)
        .map(([kind, ratio]) => `${kind} ${percent(ratio)}`)
        .join(', ') || 'none'
    }`,
    `false positives (${report.falsePositives.length} of ${report.precision.total - report.precision.hits}):`,
    ...report.falsePositives.map(
      (fp) => `  ${fp.file}:${fp.line} [${fp.kind}] ${fp.caller} -> ${fp.callee}\n      ${fp.text}`,
    ),
    `false negatives (${report.falseNegatives.length} of ${report.recall.total - report.recall.hits}):`,
    ...report.falseNegatives.map(
      (fn) => `  ${fn.file}:${fn.line}:${fn.column} ${fn.caller} -> ${fn.callee}\n      ${fn.text}`,
    ),
    `time: ${report.timing.setupSeconds} s setup, ${report.timing.prepareSeconds} s prepare, ` +
      `${report.timing.querySeconds} s queries, ${report.timing.totalSeconds} s total`,
  ];
  return `${lines.join('\n')}\n`;
}
