// Compares Drift's edges with the oracle's as sets of (caller, callee) pairs.

/**
 * @typedef {object} Ratio
 * @property {number} hits
 * @property {number} total
 * @property {number | null} value hits / total, or null when total is 0.
 */

/**
 * @typedef {object} Comparison
 * @property {Ratio} precision |Drift ∩ oracle| / |Drift| over comparable Drift pairs.
 * @property {Ratio} recall |Drift ∩ oracle| / |oracle| over the oracle's call pairs.
 * @property {Record<string, Ratio>} precisionByKind Per resolution kind: a pair counts under
 *   every kind one of its edges has.
 * @property {Record<string, number>} excludedEdges Drift edges left out of the comparison, by
 *   reason.
 * @property {{ pairs: number, callPairs: number }} oracle Pairs found; `callPairs` are those
 *   with at least one site of form `call` (recall's denominator).
 * @property {import('./graph-jsonl.mjs').DriftEdge[]} falsePositives One edge per Drift pair the
 *   oracle lacks, by file and line.
 * @property {import('./oracle-edges.mjs').OraclePair[]} falseNegatives Oracle call pairs Drift
 *   lacks, by the file and line of their first site.
 */

const KIND_ORDER = ['local', 'import', 'this', 'instance', 'name'];
const kindRank = (kind) => {
  const rank = KIND_ORDER.indexOf(kind);
  return rank < 0 ? KIND_ORDER.length : rank;
};
const ratio = (hits, total) => ({ hits, total, value: total === 0 ? null : hits / total });
const byPlace = (a, b) => a.file.localeCompare(b.file) || a.line - b.line;

/**
 * Compares the graphs. A Drift edge is comparable when its caller is covered by the oracle and
 * its callee is a TypeScript function the call hierarchy can name (only those can appear on the
 * oracle's side). Precision matches against every oracle pair (a Drift edge for a JSX element or
 * a getter read is right); recall counts only pairs the oracle saw called, since Drift's facts
 * hold call expressions, not JSX elements or property reads.
 * @param {import('./graph-jsonl.mjs').DriftGraph} graph
 * @param {import('./oracle-edges.mjs').OracleResult} oracle
 * @param {(file: string) => boolean} isTypeScriptSource
 * @returns {Comparison}
 */
export function compareGraphs(graph, oracle, isTypeScriptSource) {
  const driftPairs = new Map();
  /** @type {Record<string, number>} */
  const excludedEdges = {};
  const exclude = (reason) => (excludedEdges[reason] = (excludedEdges[reason] ?? 0) + 1);
  for (const edge of graph.edges) {
    const callee = graph.nodes.get(edge.callee);
    if (!oracle.covered.has(edge.caller)) exclude('caller not covered');
    else if (callee === undefined) exclude('callee not a node');
    else if (!isTypeScriptSource(callee.file) || callee.qualifiedName === '<module>')
      exclude('callee not a TypeScript function');
    else if (oracle.calleeVisibility(callee) !== 'visible')
      exclude(`callee ${oracle.calleeVisibility(callee)}`);
    else {
      const key = `${edge.caller}\n${edge.callee}`;
      const pair = driftPairs.get(key) ?? { first: edge, kinds: new Set() };
      if (byPlace(edge, pair.first) < 0) pair.first = edge;
      pair.kinds.add(edge.kind);
      driftPairs.set(key, pair);
    }
  }

  const kindTotals = new Map();
  const falsePositives = [];
  let hits = 0;
  for (const [key, pair] of driftPairs) {
    const hit = oracle.pairs.has(key);
    if (hit) hits += 1;
    else falsePositives.push(pair.first);
    for (const kind of pair.kinds) {
      const totals = kindTotals.get(kind) ?? { hits: 0, total: 0 };
      totals.total += 1;
      if (hit) totals.hits += 1;
      kindTotals.set(kind, totals);
    }
  }

  const callPairs = [...oracle.pairs.entries()].filter(([, pair]) =>
    pair.sites.some((site) => site.form === 'call'),
  );
  const falseNegatives = callPairs
    .filter(([key]) => !driftPairs.has(key))
    .map(([, pair]) => pair)
    .sort((a, b) => byPlace(a.sites[0], b.sites[0]));

  return {
    precision: ratio(hits, driftPairs.size),
    recall: ratio(callPairs.length - falseNegatives.length, callPairs.length),
    precisionByKind: Object.fromEntries(
      [...kindTotals]
        .sort(([a], [b]) => kindRank(a) - kindRank(b) || a.localeCompare(b))
        .map(([kind, totals]) => [kind, ratio(totals.hits, totals.total)]),
    ),
    excludedEdges,
    oracle: { pairs: oracle.pairs.size, callPairs: callPairs.length },
    falsePositives: falsePositives.sort(byPlace),
    falseNegatives,
  };
}
