// Reads the call graph Drift exports with `drift callgraph export --format jsonl`.
import { readFileSync } from 'node:fs';

/**
 * @typedef {object} DriftEdge An `edge` line of the JSONL.
 * @property {string} caller Node id.
 * @property {string} callee Node id.
 * @property {string} file Root-relative path of the call site.
 * @property {number} line 1-based.
 * @property {string} kind Resolution kind (`local`, `import`, `this`, `instance`, `name`).
 * @property {number} confidence 0–1.
 * @property {boolean} [reference] True for a function passed as a value (not a call).
 * @property {boolean} [dispatch] True for a method to one of its overrides (not a call).
 */

/**
 * @typedef {object} DriftGraph
 * @property {Map<string, import('./function-index.mjs').DriftNode>} nodes By id.
 * @property {Map<string, import('./function-index.mjs').DriftNode[]>} nodesByFile
 * @property {DriftEdge[]} edges
 */

const NODE_FIELDS = {
  id: 'string',
  file: 'string',
  qualifiedName: 'string',
  startLine: 'number',
  endLine: 'number',
};
const EDGE_FIELDS = {
  caller: 'string',
  callee: 'string',
  file: 'string',
  line: 'number',
  kind: 'string',
};

/**
 * Parses the JSONL text: one `{"type":"node",…}` or `{"type":"edge",…}` object a line (blank
 * lines and other types are skipped). Reference edges (`"reference": true`, a function passed
 * as a value) and dispatch edges (`"dispatch": true`, a method to its overrides) are skipped: the
 * language service's call hierarchy, the oracle, counts calls only.
 * @param {string} text
 * @returns {DriftGraph}
 * @throws {Error} On a line that is not JSON or lacks a required field, naming the line.
 */
export function parseGraphJsonl(text) {
  const nodes = new Map();
  const nodesByFile = new Map();
  const edges = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let record;
    try {
      record = JSON.parse(raw);
    } catch {
      throw new Error(`graph line ${i + 1}: not JSON`);
    }
    const fields =
      record.type === 'node' ? NODE_FIELDS : record.type === 'edge' ? EDGE_FIELDS : null;
    if (fields === null) return;
    for (const [field, type] of Object.entries(fields)) {
      if (typeof record[field] !== type)
        throw new Error(`graph line ${i + 1}: ${record.type} without a ${type} "${field}"`);
    }
    if (record.type === 'edge') {
      if (record.reference !== true && record.dispatch !== true) edges.push(record);
      return;
    }
    nodes.set(record.id, record);
    const list = nodesByFile.get(record.file) ?? [];
    list.push(record);
    nodesByFile.set(record.file, list);
  });
  return { nodes, nodesByFile, edges };
}

/**
 * Reads and parses a JSONL graph file.
 * @param {string} path
 * @returns {DriftGraph}
 */
export function readGraphJsonl(path) {
  return parseGraphJsonl(readFileSync(path, 'utf8'));
}
