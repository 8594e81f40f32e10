import { describe, expect, it } from 'vitest';
import { buildFileGraph } from './file-graph.js';
import type { ModuleDependency, ModuleFile } from './module-dependency.js';
import { buildModuleGraph } from './module-graph.js';

function file(path: string, classes: number, abstractTypes: number): ModuleFile {
  return { path, module: path.split('/')[0] ?? '', classes, abstractTypes, exports: [] };
}

function dep(from: string, to: string, names: string[], typeOnly = false): ModuleDependency {
  return { from, to, names, typeOnly };
}

describe('buildModuleGraph', () => {
  const files = [
    file('web/page.ts', 1, 0),
    file('db/repo.ts', 2, 1),
    file('web/form.ts', 0, 0),
    file('db/types.ts', 3, 3),
  ];
  const pageRepo = dep('web/page.ts', 'db/repo.ts', ['find', 'save']);
  const formTypes = dep('web/form.ts', 'db/types.ts', ['Row'], true);
  const formRepo = dep('web/form.ts', 'db/repo.ts', ['find']);
  const dependencies = [
    pageRepo,
    dep('web/page.ts', 'web/form.ts', ['Form']),
    formTypes,
    dep('db/repo.ts', 'db/types.ts', ['Row']),
    formRepo,
  ];
  const modules = buildModuleGraph(files, buildFileGraph(files, dependencies).graph);

  it('has one node per module in order of first appearance, with summed counts', () => {
    expect(modules.graph.labels).toEqual(['web', 'db']);
    expect([...modules.moduleOf]).toEqual([0, 1, 0, 1]);
    expect([...modules.files]).toEqual([2, 2]);
    expect([...modules.classes]).toEqual([1, 5]);
    expect([...modules.abstractTypes]).toEqual([0, 4]);
  });

  it('keeps only dependencies across modules, merged per module pair', () => {
    // page → repo (2 names) + form → types (1) + form → repo (1) = weight 4; the two
    // intra-module dependencies are dropped.
    expect(modules.graph.arcs).toEqual([
      { from: 0, to: 1, weight: 4, typeOnly: false, imports: [pageRepo, formTypes, formRepo] },
    ]);
    expect([...modules.graph.inDegree]).toEqual([0, 1]);
  });
});
