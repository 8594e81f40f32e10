import { describe, expect, it } from 'vitest';
import { drift, json, useProjects } from './run-drift.js';

const project = useProjects();

const FILES = {
  'package.json': '{"name":"shop"}',
  'src/repo.ts':
    'export function find(id: string) { return query(id); }\nfunction query(id: string) { return id; }\n',
  'src/api.ts': "import { find } from './repo';\nexport function handler() { return find('1'); }\n",
  'src/api.test.ts':
    "import { it } from 'vitest';\nimport { handler } from './api';\nit('handles', () => { handler(); });\n",
  'src/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
  'src/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
};

async function scanned(): Promise<string> {
  const root = project(FILES);
  const scan = await drift(['scan'], { cwd: root });
  expect(scan.code).toBe(0);
  expect(scan.stdout).toMatch(/Call graph \d+ functions, \d+ calls, \d+ entry points \(full/);
  return root;
}

describe('drift callgraph, impact, coupling, tests', () => {
  it('answer callers, paths and exports from the graph the scan built', async () => {
    const root = await scanned();
    const status = json(await drift(['callgraph', 'status', '--json'], { cwd: root })) as {
      files: number;
      byKind: Record<string, number>;
    };
    expect(status.files).toBe(5);
    expect(status.byKind.import).toBeGreaterThanOrEqual(2);

    const callers = await drift(['callgraph', 'callers', 'src/repo.ts:find'], { cwd: root });
    expect(callers.stdout).toContain('handler');
    expect(callers.stdout).toContain('via src/api.ts:2 (import 0.9)');
    const missing = await drift(['callgraph', 'callers', 'src/repo.ts:nothing'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('NOT_FOUND');

    const path = await drift(['callgraph', 'path', 'src/api.ts:handler', 'src/repo.ts:query'], {
      cwd: root,
    });
    expect(path.stdout).toMatch(/handler[\s\S]*→ find[\s\S]*→ query/);
    const none = await drift(['callgraph', 'path', 'src/repo.ts:query', 'src/api.ts:handler'], {
      cwd: root,
    });
    expect(none.code).toBe(1);

    const jsonl = (await drift(['callgraph', 'export'], { cwd: root })).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(jsonl).toContainEqual({
      type: 'edge',
      caller: 'src/api.ts#handler',
      callee: 'src/repo.ts#find',
      file: 'src/api.ts',
      line: 2,
      kind: 'import',
      confidence: 0.9,
    });
    expect(jsonl).toContainEqual(
      expect.objectContaining({ type: 'node', id: 'src/repo.ts#find', startLine: 1, endLine: 1 }),
    );
    const dot = (await drift(['callgraph', 'export', '--format', 'dot'], { cwd: root })).stdout;
    expect(dot).toContain('"src/api.ts#handler" -> "src/repo.ts#find" [label="import"];');
    expect((await drift(['callgraph', 'export', '--format', 'xml'], { cwd: root })).code).toBe(2);
  });

  it('report impact, coupling cycles and the tests a change needs', async () => {
    const root = await scanned();
    const impact = json(await drift(['impact', 'src/repo.ts', '--json'], { cwd: root })) as {
      affectedTests: { node: { id: string } }[];
      risk: { score: number };
    };
    expect(impact.affectedTests.map((t) => t.node.id)).toEqual(['src/api.test.ts#<module>']);
    expect(impact.risk.score).toBeGreaterThan(0);

    const cycles = await drift(['coupling', 'cycles'], { cwd: root });
    expect(cycles.stdout).toContain('cycle of 2 files: src/a.ts, src/b.ts');
    expect((await drift(['coupling', 'nonsense'], { cwd: root })).code).toBe(2);

    const affected = await drift(['tests', 'affected', 'src/repo.ts'], { cwd: root });
    expect(affected.stdout.trim()).toBe('src/api.test.ts');
    const uncovered = await drift(['tests', 'uncovered', '--json'], { cwd: root });
    expect((json(uncovered) as { id: string }[]).map((f) => f.id)).not.toContain(
      'src/repo.ts#find',
    );
  });
});
