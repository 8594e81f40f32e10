// Indexes one TypeScript source file for the call-graph oracle: which syntax node each Drift
// function node stands for, which call-hierarchy declarations ("units") must be queried to see
// every call inside a function, and which Drift node a call site belongs to.

/**
 * @typedef {object} DriftNode A `node` line of the exported JSONL.
 * @property {string} id
 * @property {string} file Root-relative path.
 * @property {string} qualifiedName
 * @property {number} startLine 1-based, inclusive.
 * @property {number} endLine 1-based, inclusive.
 */

/**
 * @typedef {object} FunctionSite A named function-like declaration of the file.
 * @property {import('typescript').Node} fn The function-like node (with a body).
 * @property {string} name The name as Drift's TypeScript parser writes it (`constructor`,
 *   `default`, `[Symbol.iterator]`, `#secret`, the bound variable or property name).
 * @property {number} namePos Offset of the name: where the call hierarchy is asked.
 * @property {number} start Offset where Drift's range starts (after decorators).
 * @property {number} startLine 1-based line of `start`.
 * @property {number} endLine 1-based line of the function's end.
 * @property {boolean} declaration TypeScript always gives this kind of declaration its own call
 *   hierarchy item (function/method/accessor/constructor declarations, named function
 *   expressions, functions bound to a `const` or a class property), so its calls are never part
 *   of an enclosing item.
 * @property {boolean} callable Calls to it resolve to it in the call hierarchy: TypeScript
 *   follows a callee's symbol to function, method and accessor declarations, classes (the
 *   constructor) and `const`-bound function expressions, not to class properties, object
 *   properties or `let`/`var` variables holding a function.
 * @property {string | null} nodeId The Drift node matched to it, or null.
 */

/**
 * @typedef {object} QueryPlan Call-hierarchy positions that together cover a function's calls.
 * @property {number} own The function's own name position.
 * @property {boolean} declaration See {@link FunctionSite.declaration}.
 * @property {number[]} enclosing Name positions of the enclosing declarations, innermost first:
 *   asked in turn when the function has no item of its own (an arrow in an object literal, a
 *   `let`-bound arrow), the source file (offset 0) being the last resort.
 * @property {number[]} nested Name positions of every declaration nested in the function.
 */

/**
 * How a call-hierarchy call site uses its target: `call` (a call, `new`, a tagged template or a
 * decorator), `jsx` (`<Component />`), `access` (a property access that reaches a getter, setter
 * or method without calling it) or `static-block` (a class's static block).
 * @typedef {'call' | 'jsx' | 'access' | 'static-block'} SiteForm
 */

/**
 * Whether the call hierarchy can name a function as a callee: `visible`, `not located` (no
 * function of the file matches the Drift node) or `not a call-hierarchy declaration` (a
 * function held by a class property, an object property or a `let`/`var` variable: see
 * {@link FunctionSite.callable}).
 * @typedef {'visible' | 'not located' | 'not a call-hierarchy declaration'} CalleeVisibility
 */

/**
 * @typedef {object} FunctionIndex
 * @property {(nodeId: string) => CalleeVisibility} calleeVisibility Whether calls to the Drift
 *   node can show up in the call hierarchy.
 * @property {DriftNode[]} unlocated Drift nodes of the file that match no function.
 * @property {(nodeId: string) => QueryPlan | null} queryPlan
 * @property {(offset: number) => string | null} attribute The innermost located Drift node whose
 *   range (after decorators) contains the offset, or null for module-level code.
 * @property {(selectionStart: number, kind: string) => { nodeId: string } | { reason: string }}
 *   calleeAt Maps a call-hierarchy item (its selection span start and kind) to a Drift node;
 *   a class maps to its constructor.
 * @property {(start: number, length: number) => SiteForm} formAt
 */

/**
 * Last segment of a Drift qualified name: `A.b` → `b`, `A.[Symbol.iterator]` →
 * `[Symbol.iterator]` (computed names keep their brackets and may contain dots).
 * @param {string} qualifiedName
 * @returns {string}
 */
export function simpleName(qualifiedName) {
  if (qualifiedName.endsWith(']')) {
    const open = qualifiedName.lastIndexOf('[');
    if (open >= 0) return qualifiedName.slice(open);
  }
  return qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1);
}

/**
 * Builds the {@link FunctionIndex} of a parsed file. One walk of the syntax tree plus a sort;
 * lookups are O(log n + nesting depth).
 * @param {typeof import('typescript')} ts
 * @param {import('typescript').SourceFile} sourceFile
 * @param {readonly DriftNode[]} nodes The Drift nodes of this file (`<module>` ones are ignored).
 * @returns {FunctionIndex}
 */
export function indexFunctions(ts, sourceFile, nodes) {
  const k = ts.SyntaxKind;
  const lineOf = (offset) => sourceFile.getLineAndCharacterOfPosition(offset).line + 1;
  const isWrapper = (node) =>
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isTypeAssertionExpression(node) ||
    ts.isNonNullExpression(node);

  /** @type {FunctionSite[]} */
  const sites = [];
  /** @type {Map<import('typescript').Node, FunctionSite>} */
  const siteOfFn = new Map();
  /** Every call-hierarchy declaration: `{ node, pos }` in source order. */
  const units = [];
  /** @type {Map<import('typescript').Node, number>} */
  const unitPosOf = new Map();
  const classes = [];
  /** Overload signatures (function or method declarations without a body). */
  const overloads = [];

  const afterDecorators = (node) => {
    const decorators = ts.canHaveDecorators(node) ? ts.getDecorators(node) : undefined;
    const last = decorators?.at(-1);
    if (last === undefined) return node.getStart(sourceFile);
    const next = node
      .getChildren(sourceFile)
      .flatMap((child) => (child.kind === k.SyntaxList ? child.getChildren(sourceFile) : [child]));
    const first = next.find((child) => child.pos >= last.end && child.kind !== k.Decorator);
    return first === undefined ? last.end : first.getStart(sourceFile);
  };
  const keyword = (node, kind) =>
    node
      .getChildren(sourceFile)
      .find((child) => child.kind === kind)
      ?.getStart(sourceFile) ?? node.getStart(sourceFile);
  const propertyName = (name) => {
    if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
    if (ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
    return name.getText(sourceFile);
  };
  const defaultModifier = (node) =>
    ts.getModifiers(node)?.find((modifier) => modifier.kind === k.DefaultKeyword);
  const isConstVariable = (declaration) =>
    (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) !== 0;

  /**
   * The name a function or class expression is bound to, through wrappers (parentheses, `as`,
   * `satisfies`, `!`): a variable, a class property, an object property, `export default`,
   * `module.exports` or `exports.name`. `assigned` when TypeScript gives the expression a call
   * hierarchy item of its own: it is the very initializer of a `const` or a class property with
   * an identifier name; `callable` when, besides, calls reach it (the `const` case).
   */
  const bindingOf = (expression) => {
    let child = expression;
    let parent = expression.parent;
    while (isWrapper(parent)) {
      child = parent;
      parent = parent.parent;
    }
    const direct = child === expression;
    if (
      (ts.isVariableDeclaration(parent) ||
        ts.isPropertyDeclaration(parent) ||
        ts.isPropertyAssignment(parent)) &&
      parent.initializer === child
    ) {
      const identifier = ts.isIdentifier(parent.name);
      if (ts.isVariableDeclaration(parent) && !identifier) return null;
      const callable = direct && ts.isVariableDeclaration(parent) && isConstVariable(parent);
      return {
        name: propertyName(parent.name),
        namePos: parent.name.getStart(sourceFile),
        start: ts.isPropertyDeclaration(parent)
          ? afterDecorators(parent)
          : parent.getStart(sourceFile),
        assigned: callable || (direct && identifier && ts.isPropertyDeclaration(parent)),
        callable,
      };
    }
    const start = parent.getStart(sourceFile);
    const unassigned = { namePos: start, start, assigned: false, callable: false };
    if (ts.isExportAssignment(parent)) return { name: 'default', ...unassigned };
    if (
      ts.isBinaryExpression(parent) &&
      parent.right === child &&
      parent.operatorToken.kind === k.EqualsToken
    ) {
      const target = parent.left.getText(sourceFile);
      const named = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(target);
      if (target === 'module.exports' || named !== null)
        return { name: named?.[1] ?? 'default', ...unassigned };
    }
    return null;
  };

  /** @returns {Omit<FunctionSite, 'fn' | 'startLine' | 'endLine' | 'nodeId'> | null} */
  const describe = (fn) => {
    if (ts.isFunctionDeclaration(fn)) {
      return {
        name: fn.name?.text ?? 'default',
        namePos:
          fn.name?.getStart(sourceFile) ??
          defaultModifier(fn)?.getStart(sourceFile) ??
          keyword(fn, k.FunctionKeyword),
        start: afterDecorators(fn),
        declaration: true,
        callable: true,
      };
    }
    if (ts.isConstructorDeclaration(fn)) {
      return {
        name: 'constructor',
        namePos: keyword(fn, k.ConstructorKeyword),
        start: afterDecorators(fn),
        declaration: true,
        callable: true,
      };
    }
    if (ts.isMethodDeclaration(fn) || ts.isAccessor(fn)) {
      return {
        name: propertyName(fn.name),
        namePos: fn.name.getStart(sourceFile),
        start: afterDecorators(fn),
        declaration: true,
        callable: true,
      };
    }
    const named = ts.isFunctionExpression(fn) && fn.name !== undefined;
    const binding = bindingOf(fn);
    if (binding !== null) {
      return {
        name: binding.name,
        namePos: named && !binding.assigned ? fn.name.getStart(sourceFile) : binding.namePos,
        start: binding.start,
        declaration: named || binding.assigned,
        callable: binding.callable,
      };
    }
    if (!named) return null;
    return {
      name: fn.name.text,
      namePos: fn.name.getStart(sourceFile),
      start: fn.getStart(sourceFile),
      declaration: true,
      callable: true,
    };
  };

  const classUnitPos = (node) => {
    if (node.name !== undefined) return node.name.getStart(sourceFile);
    const modifier = defaultModifier(node);
    if (modifier !== undefined) return modifier.getStart(sourceFile);
    const binding = ts.isClassExpression(node) ? bindingOf(node) : null;
    return binding?.assigned === true ? binding.namePos : null;
  };

  const addUnit = (node, pos) => {
    units.push({ node, start: node.getStart(sourceFile), pos });
    unitPosOf.set(node, pos);
  };

  const isFunctionWithBody = (node) =>
    (ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isAccessor(node) ||
      ts.isArrowFunction(node) ||
      ts.isFunctionExpression(node)) &&
    node.body !== undefined;

  const visit = (node) => {
    if (isFunctionWithBody(node)) {
      const described = describe(node);
      if (described !== null) {
        const site = {
          fn: node,
          ...described,
          startLine: lineOf(described.start),
          endLine: lineOf(node.end),
          nodeId: null,
        };
        sites.push(site);
        siteOfFn.set(node, site);
        addUnit(node, site.namePos);
      }
    } else if (
      (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) &&
      node.name !== undefined
    ) {
      overloads.push(node);
    } else if (ts.isClassLike(node)) {
      classes.push(node);
      const pos = classUnitPos(node);
      if (pos !== null) addUnit(node, pos);
    } else if (ts.isClassStaticBlockDeclaration(node)) {
      addUnit(node, node.getStart(sourceFile));
    } else if (ts.isModuleDeclaration(node) && ts.isIdentifier(node.name)) {
      addUnit(node, node.name.getStart(sourceFile));
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);

  /** @type {Map<string, FunctionSite>} */
  const siteOfNode = new Map();
  /** @type {DriftNode[]} */
  const unlocated = [];
  matchNodes(nodes, sites, siteOfNode, unlocated);

  const siteAtName = new Map(sites.map((site) => [site.namePos, site]));
  const overloadKey = (node) => `${node.parent.pos}:${node.kind}:${propertyName(node.name)}`;
  const implementations = new Map();
  for (const site of sites) {
    if (ts.isFunctionExpression(site.fn) && site.fn.name !== undefined)
      siteAtName.set(site.fn.name.getStart(sourceFile), site);
    if (
      (ts.isFunctionDeclaration(site.fn) || ts.isMethodDeclaration(site.fn)) &&
      site.fn.name !== undefined
    )
      implementations.set(overloadKey(site.fn), site);
  }
  // A call to an overloaded function names its first signature.
  for (const signature of overloads) {
    const implementation = implementations.get(overloadKey(signature));
    if (implementation !== undefined)
      siteAtName.set(signature.name.getStart(sourceFile), implementation);
  }

  const intervals = [...siteOfNode.values()]
    .map((site) => ({ start: site.start, end: site.fn.end, nodeId: site.nodeId, parent: -1 }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const open = [];
  intervals.forEach((interval, i) => {
    while (open.length > 0 && intervals[open.at(-1)].end <= interval.start) open.pop();
    interval.parent = open.at(-1) ?? -1;
    open.push(i);
  });

  const attribute = (offset) => {
    let low = 0;
    let high = intervals.length - 1;
    let i = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (intervals[mid].start <= offset) {
        i = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    while (i >= 0 && intervals[i].end <= offset) i = intervals[i].parent;
    return i >= 0 ? intervals[i].nodeId : null;
  };

  const firstUnitFrom = (offset) => {
    let low = 0;
    let high = units.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (units[mid].start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };

  const queryPlan = (nodeId) => {
    const site = siteOfNode.get(nodeId);
    if (site === undefined) return null;
    const enclosing = [];
    for (let node = site.fn.parent; node !== undefined; node = node.parent) {
      const pos = unitPosOf.get(node);
      if (pos !== undefined) enclosing.push(pos);
    }
    const nested = [];
    const fnStart = site.fn.getStart(sourceFile);
    for (let i = firstUnitFrom(fnStart); i < units.length; i += 1) {
      const unit = units[i];
      if (unit.start >= site.fn.end) break;
      if (unit.node !== site.fn && unit.node.end <= site.fn.end) nested.push(unit.pos);
    }
    return { own: site.namePos, declaration: site.declaration, enclosing, nested };
  };

  const calleeAt = (selectionStart, kind) => {
    const site = siteAtName.get(selectionStart);
    if (site !== undefined)
      return site.nodeId === null ? { reason: 'no Drift node' } : { nodeId: site.nodeId };
    if (kind !== 'class') return { reason: `not a function (${kind})` };
    const cls = classes
      .filter((node) => node.getStart(sourceFile) <= selectionStart && selectionStart < node.end)
      .at(-1);
    const constructor = cls?.members.find(
      (member) => ts.isConstructorDeclaration(member) && member.body !== undefined,
    );
    if (constructor === undefined) return { reason: 'class without constructor' };
    const nodeId = siteOfFn.get(constructor)?.nodeId ?? null;
    return nodeId === null ? { reason: 'no Drift node' } : { nodeId };
  };

  const formAt = (start, length) => {
    const target = outermostNodeAt(ts, sourceFile, start, start + length);
    if (target === null) return 'access';
    if (ts.isClassStaticBlockDeclaration(target)) return 'static-block';
    const parent = target.parent;
    if (
      ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) &&
        parent.expression === target) ||
      (ts.isTaggedTemplateExpression(parent) && parent.tag === target) ||
      ts.isDecorator(parent)
    )
      return 'call';
    if (ts.isJsxOpeningLikeElement(parent) && parent.tagName === target) return 'jsx';
    return 'access';
  };

  return {
    calleeVisibility: (nodeId) => {
      const site = siteOfNode.get(nodeId);
      if (site === undefined) return 'not located';
      return site.callable ? 'visible' : 'not a call-hierarchy declaration';
    },
    unlocated,
    queryPlan,
    attribute,
    calleeAt,
    formAt,
  };
}

/**
 * Matches Drift nodes to function sites: same end line and name, the same start line breaking
 * ties (else the nearest); failing a name match, the only site with the same start and end line.
 * @param {readonly DriftNode[]} nodes
 * @param {FunctionSite[]} sites Mutated: `nodeId` is set on matched sites.
 * @param {Map<string, FunctionSite>} siteOfNode Filled with the matches.
 * @param {DriftNode[]} unlocated Filled with the nodes that match no site.
 */
function matchNodes(nodes, sites, siteOfNode, unlocated) {
  const byEndLine = new Map();
  for (const site of sites) {
    const list = byEndLine.get(site.endLine) ?? [];
    list.push(site);
    byEndLine.set(site.endLine, list);
  }
  for (const node of nodes) {
    if (node.qualifiedName === '<module>') continue;
    const name = simpleName(node.qualifiedName);
    const free = (byEndLine.get(node.endLine) ?? []).filter((site) => site.nodeId === null);
    const distance = (site) => Math.abs(site.startLine - node.startLine);
    const sameName = free
      .filter((site) => site.name === name)
      .sort((a, b) => distance(a) - distance(b));
    const sameLines = free.filter((site) => site.startLine === node.startLine);
    const site = sameName[0] ?? (sameLines.length === 1 ? sameLines[0] : undefined);
    if (site === undefined) {
      unlocated.push(node);
      continue;
    }
    site.nodeId = node.id;
    siteOfNode.set(node.id, site);
  }
}

/** The outermost node spanning exactly [start, end), or null. */
function outermostNodeAt(ts, sourceFile, start, end) {
  let node = sourceFile;
  for (;;) {
    const child = ts.forEachChild(node, (c) => (c.pos <= start && end <= c.end ? c : undefined));
    if (child === undefined) return null;
    if (child.getStart(sourceFile) === start && child.end === end) return child;
    node = child;
  }
}
