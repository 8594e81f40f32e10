// Asks the TypeScript language service's call hierarchy for the outgoing calls of the selected
// Drift functions and maps each call site to a (caller node, callee node) pair of the Drift graph.
//
// TypeScript groups call sites by call-hierarchy declaration: a declaration's outgoing calls
// include those of anonymous callbacks and object-literal arrows inside it, never those of
// nested declarations (functions, methods, named function expressions, `const`-bound arrows).
// Drift groups them by its own function nodes. To compare like with like, every call site is
// re-attributed to the innermost Drift node whose range (after decorators) contains it, and each
// function's calls are read from its own declaration, the declarations nested in it and, when it
// has no declaration of its own, from the nearest enclosing one (or the source file).
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { indexFunctions } from './function-index.mjs';
import { isTypeScriptSource } from './ts-projects.mjs';

const MAX_EXAMPLES_PER_REASON = 5;

/**
 * @typedef {object} OracleSite
 * @property {string} file Root-relative path of the call site.
 * @property {number} line 1-based.
 * @property {number} column 1-based, UTF-16 code units.
 * @property {import('./function-index.mjs').SiteForm} form
 */

/**
 * @typedef {object} OraclePair
 * @property {string} caller Drift node id.
 * @property {string} callee Drift node id.
 * @property {OracleSite[]} sites In the order found.
 */

/**
 * @typedef {object} OracleCounts
 * @property {number} units Call-hierarchy declarations queried.
 * @property {number} callSites Distinct call sites returned (a site calling two declarations,
 *   e.g. a union of methods, counts twice).
 * @property {number} external Sites whose target is outside the project's TypeScript sources
 *   (`node_modules`, lib and other `.d.ts` files, JavaScript, files outside the root).
 * @property {number} staticBlocks Class static blocks listed as "calls" of their class.
 * @property {number} moduleLevel Sites outside every located Drift function (`<module>` code).
 * @property {number} outsideSelection Sites in located functions that were not selected.
 * @property {Record<string, number>} unmapped Project sites whose target maps to no Drift node,
 *   by reason (`class without constructor`, `no Drift node`, `not a function (kind)` …).
 * @property {Record<string, number>} forms Mapped sites by {@link OracleSite.form}.
 */

/**
 * @typedef {object} OracleResult
 * @property {Set<string>} covered Callers whose calls the oracle saw in full.
 * @property {Map<string, import('./function-index.mjs').DriftNode[]>} uncovered Selected
 *   callers it could not see, by reason (`not located`, `no call hierarchy item`).
 * @property {Map<string, OraclePair>} pairs Keyed `caller\ncallee`.
 * @property {(node: import('./function-index.mjs').DriftNode) =>
 *   import('./function-index.mjs').CalleeVisibility | 'file not in a program'} calleeVisibility
 *   Whether calls to a node (of any file) can show up in the oracle.
 * @property {OracleCounts} counts
 * @property {{ reason: string, callee: string }[]} unmappedExamples A few per reason.
 */

/**
 * @typedef {object} OracleInput
 * @property {typeof import('typescript')} ts
 * @property {string} root Absolute project root.
 * @property {import('./graph-jsonl.mjs').DriftGraph} graph
 * @property {readonly import('./function-index.mjs').DriftNode[]} callers The selected callers.
 * @property {import('./ts-projects.mjs').ProjectLookup} lookup
 * @property {(phase: 'prepare' | 'query', done: number, total: number) => void} onProgress
 */

/**
 * Collects the oracle's call pairs for the selected callers. Each call-hierarchy declaration is
 * queried once; each call site is counted once.
 * @param {OracleInput} input
 * @returns {OracleResult}
 */
export function collectOracleEdges({ ts, root, graph, callers, lookup, onProgress }) {
  const contexts = new Map();
  const fileContext = (file) => {
    if (!contexts.has(file)) {
      const absolute = join(root, file);
      let context = null;
      if (isTypeScriptSource(file) && existsSync(absolute)) {
        const { service } = lookup.serviceFor(absolute);
        const sourceFile = service.getProgram()?.getSourceFile(absolute);
        if (sourceFile !== undefined) {
          const index = indexFunctions(ts, sourceFile, graph.nodesByFile.get(file) ?? []);
          context = { absolute, service, sourceFile, index };
        }
      }
      contexts.set(file, context);
    }
    return contexts.get(file);
  };

  const preparedUnits = new Map();
  const unitKey = (context, pos) => {
    const key = `${context.absolute}:${pos}`;
    if (!preparedUnits.has(key)) {
      const items = context.service.prepareCallHierarchy(context.absolute, pos);
      const first = Array.isArray(items) ? items[0] : items;
      preparedUnits.set(
        key,
        first?.file === context.absolute ? `${first.file}:${first.selectionSpan.start}` : null,
      );
    }
    return preparedUnits.get(key);
  };
  const units = new Map();
  const addUnit = (context, pos) => {
    const key = pos === 0 ? `${context.absolute}:<source>` : unitKey(context, pos);
    if (key === null) return false;
    if (!units.has(key)) units.set(key, { context, pos });
    return true;
  };

  const covered = new Set();
  const uncovered = new Map();
  const skip = (reason, node) => {
    if (!uncovered.has(reason)) uncovered.set(reason, []);
    uncovered.get(reason).push(node);
  };
  callers.forEach((caller, i) => {
    onProgress('prepare', i, callers.length);
    const context = fileContext(caller.file);
    const plan = context?.index.queryPlan(caller.id) ?? null;
    if (plan === null) return skip('not located', caller);
    if (!addUnit(context, plan.own)) {
      if (plan.declaration) return skip('no call hierarchy item', caller);
      if (!plan.enclosing.some((pos) => addUnit(context, pos))) addUnit(context, 0);
    }
    for (const pos of plan.nested) addUnit(context, pos);
    covered.add(caller.id);
  });
  // Module-level code: Drift's `<module>` node of a selected file is compared with the calls the
  // call hierarchy attributes to the source file itself (top-level code and anonymous callbacks
  // in it, such as `describe`/`it` bodies).
  const moduleCallers = new Map();
  for (const file of new Set(callers.map((caller) => caller.file))) {
    const moduleNode = (graph.nodesByFile.get(file) ?? []).find(
      (node) => node.qualifiedName === '<module>',
    );
    const context = moduleNode === undefined ? null : fileContext(file);
    if (context === null || !addUnit(context, 0)) continue;
    moduleCallers.set(context.absolute, moduleNode.id);
    covered.add(moduleNode.id);
  }

  const counts = {
    units: units.size,
    callSites: 0,
    external: 0,
    staticBlocks: 0,
    moduleLevel: 0,
    outsideSelection: 0,
    unmapped: {},
    forms: {},
  };
  const unmappedExamples = [];
  const callees = new Map();
  const calleeOf = (item) => {
    const key = `${item.file}:${item.selectionSpan.start}`;
    if (!callees.has(key)) {
      const file = relative(root, item.file).split(sep).join('/');
      let callee;
      if (
        item.file.includes('/node_modules/') ||
        file.startsWith('../') ||
        !isTypeScriptSource(file)
      )
        callee = { external: true };
      else if (!graph.nodesByFile.has(file)) callee = { reason: 'file not in graph' };
      else {
        const context = fileContext(file);
        callee =
          context === null
            ? { reason: 'file not in a program' }
            : context.index.calleeAt(item.selectionSpan.start, item.kind);
        if ('reason' in callee && context !== null) {
          const line = context.sourceFile.getLineAndCharacterOfPosition(item.selectionSpan.start);
          callee.example = `${file}:${line.line + 1} ${item.name}`;
        }
      }
      callees.set(key, callee);
    }
    return callees.get(key);
  };

  const pairs = new Map();
  const seen = new Set();
  let done = 0;
  for (const { context, pos } of units.values()) {
    onProgress('query', done, units.size);
    done += 1;
    for (const call of context.service.provideCallHierarchyOutgoingCalls(context.absolute, pos)) {
      for (const span of call.fromSpans) {
        const siteKey = `${context.absolute}:${span.start}:${call.to.file}:${call.to.selectionSpan.start}`;
        if (seen.has(siteKey)) continue;
        seen.add(siteKey);
        counts.callSites += 1;
        const callee = calleeOf(call.to);
        if ('external' in callee) {
          counts.external += 1;
          continue;
        }
        const caller =
          context.index.attribute(span.start) ?? moduleCallers.get(context.absolute) ?? null;
        const form = context.index.formAt(span.start, span.length);
        if (form === 'static-block') counts.staticBlocks += 1;
        else if (caller === null) counts.moduleLevel += 1;
        else if (!covered.has(caller)) counts.outsideSelection += 1;
        else if ('reason' in callee) {
          counts.unmapped[callee.reason] = (counts.unmapped[callee.reason] ?? 0) + 1;
          const examples = unmappedExamples.filter((e) => e.reason === callee.reason);
          if (
            examples.length < MAX_EXAMPLES_PER_REASON &&
            !examples.some((e) => e.callee === callee.example)
          )
            unmappedExamples.push({ reason: callee.reason, callee: callee.example });
        } else {
          counts.forms[form] = (counts.forms[form] ?? 0) + 1;
          const { line, character } = context.sourceFile.getLineAndCharacterOfPosition(span.start);
          const key = `${caller}\n${callee.nodeId}`;
          const pair = pairs.get(key) ?? { caller, callee: callee.nodeId, sites: [] };
          pair.sites.push({
            file: relative(root, context.absolute).split(sep).join('/'),
            line: line + 1,
            column: character + 1,
            form,
          });
          pairs.set(key, pair);
        }
      }
    }
  }
  onProgress('query', done, units.size);

  return {
    covered,
    uncovered,
    pairs,
    calleeVisibility: (node) =>
      fileContext(node.file)?.index.calleeVisibility(node.id) ?? 'file not in a program',
    counts,
    unmappedExamples,
  };
}
