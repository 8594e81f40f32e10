/**
 * A directed graph in compressed sparse row form: nodes are dense indexes 0 … n − 1 with
 * n = `offsets.length − 1`, and the successors of node `v` are `targets[offsets[v]]` …
 * `targets[offsets[v + 1] − 1]`. Coupling's `DependencyGraph` and the call graph's
 * `CallGraphAdjacency` have this shape.
 */
export interface AdjacencyLists {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/**
 * The strongly connected components of a directed graph. Component ids are in the order
 * Tarjan's algorithm completes the components, a reverse topological order of the
 * condensation: an arc between two components goes from the higher id to the lower, so a
 * component comes before every component with an arc into it.
 */
export interface StronglyConnectedComponents {
  /** Number of components. */
  readonly count: number;
  /** Component id of each node. */
  readonly componentOf: Int32Array;
  /**
   * The members of component `c` are `members[memberOffsets[c]]` …
   * `members[memberOffsets[c + 1] − 1]`, ascending; length `count + 1`.
   */
  readonly memberOffsets: Int32Array;
  /** Every node once, grouped by component in id order. */
  readonly members: Int32Array;
}

/**
 * Tarjan's strongly connected components algorithm (R. Tarjan, "Depth-First Search and Linear
 * Graph Algorithms", SIAM J. Comput. 1(2), 1972), with an explicit call stack instead of
 * recursion so chains deeper than the JavaScript stack (200,000 nodes and more) cannot overflow
 * it. Roots are taken in node order and arcs in `targets` order, so the result is deterministic.
 * Arcs into nodes marked 1 in `ignoreArcsInto` are left out of the graph (those nodes still form
 * components of their own). O(nodes + arcs), plus sorting the members of each component.
 */
export function stronglyConnectedComponents(
  graph: AdjacencyLists,
  ignoreArcsInto?: Uint8Array,
): StronglyConnectedComponents {
  const { offsets, targets } = graph;
  const nodeCount = offsets.length - 1;
  const order = new Int32Array(nodeCount).fill(-1);
  const lowLink = new Int32Array(nodeCount);
  const onStack = new Uint8Array(nodeCount);
  const stack = new Int32Array(nodeCount);
  const callNode = new Int32Array(nodeCount);
  const callArc = new Int32Array(nodeCount);
  const componentOf = new Int32Array(nodeCount);
  const members = new Int32Array(nodeCount);
  const memberOffsets = new Int32Array(nodeCount + 1);
  let visited = 0;
  let stackSize = 0;
  let depth = 0;
  let count = 0;
  let grouped = 0;

  const enter = (v: number): void => {
    order[v] = visited;
    lowLink[v] = visited;
    visited += 1;
    stack[stackSize] = v;
    stackSize += 1;
    onStack[v] = 1;
    callNode[depth] = v;
    callArc[depth] = offsets[v] as number;
    depth += 1;
  };

  for (let root = 0; root < nodeCount; root += 1) {
    if (order[root] !== -1) continue;
    enter(root);
    while (depth > 0) {
      const v = callNode[depth - 1] as number;
      const arc = callArc[depth - 1] as number;
      if (arc < (offsets[v + 1] as number)) {
        callArc[depth - 1] = arc + 1;
        const w = targets[arc] as number;
        if (ignoreArcsInto?.[w] === 1) continue;
        if (order[w] === -1) enter(w);
        else if (onStack[w] === 1) lowLink[v] = Math.min(lowLink[v] as number, order[w] as number);
        continue;
      }
      depth -= 1;
      if (lowLink[v] === order[v]) {
        const first = grouped;
        let w: number;
        do {
          stackSize -= 1;
          w = stack[stackSize] as number;
          onStack[w] = 0;
          componentOf[w] = count;
          members[grouped] = w;
          grouped += 1;
        } while (w !== v);
        if (grouped - first > 1) members.subarray(first, grouped).sort();
        count += 1;
        memberOffsets[count] = grouped;
      }
      if (depth > 0) {
        const parent = callNode[depth - 1] as number;
        lowLink[parent] = Math.min(lowLink[parent] as number, lowLink[v] as number);
      }
    }
  }
  return { count, componentOf, memberOffsets: memberOffsets.slice(0, count + 1), members };
}

/** The members of component `component`, ascending: a view into `components.members`. */
export function componentMembers(
  components: StronglyConnectedComponents,
  component: number,
): Int32Array {
  return components.members.subarray(
    components.memberOffsets[component],
    components.memberOffsets[component + 1],
  );
}
