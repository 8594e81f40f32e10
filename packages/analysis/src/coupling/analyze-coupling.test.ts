import { describe, expect, it } from 'vitest';
import { analyzeCoupling, DEFAULT_HOTSPOT_LIMIT } from './analyze-coupling.js';
import type { ModuleDependency, ModuleFile } from './module-dependency.js';

function file(path: string, classes: number, abstractTypes: number, exports: string[]): ModuleFile {
  return { path, module: path.split('/')[0] ?? '', classes, abstractTypes, exports };
}

function dep(from: string, to: string, names: string[], typeOnly = false): ModuleDependency {
  return { from, to, names, typeOnly };
}

// Three modules; core/util.ts → ui/view.ts closes two cycles (util ↔ view and
// util → view → routes → handlers → service → util), at file and at module level.
const files = [
  file('core/types.ts', 2, 2, ['User', 'Order']),
  file('core/util.ts', 0, 0, ['formatDate', 'slug']),
  file('core/service.ts', 2, 1, ['UserService']),
  file('api/routes.ts', 0, 0, ['routes']),
  file('api/handlers.ts', 1, 0, ['handle', 'legacy']),
  file('ui/view.ts', 1, 0, ['View']),
];
const viewImport = dep('core/util.ts', 'ui/view.ts', ['View']);
const dependencies = [
  dep('core/service.ts', 'core/types.ts', ['User'], true),
  dep('core/service.ts', 'core/util.ts', ['formatDate']),
  dep('api/routes.ts', 'api/handlers.ts', ['handle']),
  dep('api/handlers.ts', 'core/service.ts', ['UserService']),
  dep('api/handlers.ts', 'core/types.ts', ['Order'], true),
  dep('ui/view.ts', 'api/routes.ts', ['routes']),
  dep('ui/view.ts', 'core/util.ts', ['slug']),
  viewImport,
];

describe('analyzeCoupling', () => {
  const report = analyzeCoupling(files, dependencies, { entryFiles: new Set(['ui/view.ts']) });

  it('computes Martin metrics per file with distinct files as Ca and Ce', () => {
    const byPath = new Map(report.files.map((f) => [f.path, f]));
    // types: Ca = {service, handlers} = 2, Ce = 0 → I = 0/2 = 0; A = 2/2 = 1; D = |1 + 0 − 1| = 0.
    expect(byPath.get('core/types.ts')).toEqual({
      path: 'core/types.ts',
      module: 'core',
      cycleSize: 1,
      afferent: 2,
      efferent: 0,
      instability: 0,
      abstractness: 1,
      distance: 0,
    });
    // util: Ca = {service, view} = 2, Ce = {view} = 1 → I = 1/3; no types → A = 0; D = 2/3.
    const util = byPath.get('core/util.ts')!;
    expect([util.afferent, util.efferent, util.instability, util.abstractness]).toEqual([
      2,
      1,
      1 / 3,
      0,
    ]);
    expect(util.distance).toBeCloseTo(2 / 3, 12);
    // service: Ca = {handlers} = 1, Ce = {types, util} = 2 → I = 2/3; A = 1/2; D = |1/2 + 2/3 − 1| = 1/6.
    const service = byPath.get('core/service.ts')!;
    expect([service.afferent, service.efferent, service.instability, service.abstractness]).toEqual(
      [1, 2, 2 / 3, 1 / 2],
    );
    expect(service.distance).toBeCloseTo(1 / 6, 12);
    // routes: Ca = {view}, Ce = {handlers} → I = 1/2, A = 0, D = 1/2.
    expect(byPath.get('api/routes.ts')).toMatchObject({
      afferent: 1,
      efferent: 1,
      instability: 0.5,
      abstractness: 0,
      distance: 0.5,
      cycleSize: 5,
    });
    expect(report.files.map((f) => f.path)).toEqual(files.map((f) => f.path));
  });

  it('computes Martin metrics per module counting distinct modules, not files', () => {
    const core = report.modules.find((m) => m.module === 'core')!;
    // core: Ca = {api, ui} = 2 (three file arcs), Ce = {ui} = 1 → I = 1/3;
    // types 2 + 0 + 2 = 4, abstract 2 + 0 + 1 = 3 → A = 3/4; D = |3/4 + 1/3 − 1| = 1/12.
    expect(core).toMatchObject({
      files: 3,
      classes: 4,
      abstractTypes: 3,
      afferent: 2,
      efferent: 1,
      instability: 1 / 3,
      abstractness: 0.75,
    });
    expect(core.distance).toBeCloseTo(1 / 12, 12);
    // ui: Ca = {core} = 1, Ce = {api, core} = 2 → I = 2/3; A = 0/1 = 0; D = 1/3.
    expect(report.modules.find((m) => m.module === 'ui')).toMatchObject({
      afferent: 1,
      efferent: 2,
      instability: 2 / 3,
      abstractness: 0,
    });
    expect(report.modules.map((m) => m.module)).toEqual(['core', 'api', 'ui']);
  });

  it('finds the file cycle and cuts the one import every cycle passes through', () => {
    expect(report.fileCycles).toEqual([
      {
        members: [
          'api/handlers.ts',
          'api/routes.ts',
          'core/service.ts',
          'core/util.ts',
          'ui/view.ts',
        ],
        arcs: 6,
        cut: [
          {
            from: 'core/util.ts',
            to: 'ui/view.ts',
            weight: 1,
            typeOnly: false,
            imports: [viewImport],
          },
        ],
      },
    ]);
  });

  it('finds the module cycle and names the file import behind the cut', () => {
    expect(report.moduleCycles).toEqual([
      {
        members: ['api', 'core', 'ui'],
        arcs: 4,
        cut: [{ from: 'core', to: 'ui', weight: 1, typeOnly: false, imports: [viewImport] }],
      },
    ]);
  });

  it('ranks hotspots by Ca × Ce × cycle size', () => {
    // util 2×1×5, service 1×2×5, handlers 1×2×5, view 1×2×5 = 10 (ties by path); routes 1×1×5 = 5;
    // types has Ce = 0 and is no hub.
    expect(report.hotspots.map((h) => [h.path, h.score])).toEqual([
      ['api/handlers.ts', 10],
      ['core/service.ts', 10],
      ['core/util.ts', 10],
      ['ui/view.ts', 10],
      ['api/routes.ts', 5],
    ]);
  });

  it('reports unused exports outside the entry files', () => {
    expect(report.unusedExports).toEqual([{ path: 'api/handlers.ts', names: ['legacy'] }]);
  });

  it('honours the hotspot limit and defaults', () => {
    expect(analyzeCoupling(files, dependencies, { hotspotLimit: 1 }).hotspots).toHaveLength(1);
    // A chain f00 → f01 → … → f26: the 25 inner files have Ca = Ce = 1.
    const chain = Array.from({ length: 27 }, (_, i) =>
      file(`m/f${String(i).padStart(2, '0')}.ts`, 0, 0, []),
    );
    const links = chain.slice(1).map((next, i) => dep(chain[i]!.path, next.path, []));
    expect(DEFAULT_HOTSPOT_LIMIT).toBe(20);
    expect(analyzeCoupling(chain, links).hotspots.map((h) => h.path)).toEqual(
      chain.slice(1, 21).map((f) => f.path),
    );
  });

  it('counts entry-less exports as unused only when nothing imports them', () => {
    expect(analyzeCoupling(files, dependencies).unusedExports).toEqual([
      { path: 'api/handlers.ts', names: ['legacy'] },
    ]);
  });

  it('gives an empty report for an empty graph', () => {
    expect(analyzeCoupling([], [])).toEqual({
      files: [],
      modules: [],
      fileCycles: [],
      moduleCycles: [],
      hotspots: [],
      unusedExports: [],
    });
  });
});
