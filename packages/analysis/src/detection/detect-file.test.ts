import { describe, expect, it } from 'vitest';
import { detectSource } from '../test-helpers/observe.js';
import { defineDetector } from './detector.js';

const throwing = defineDetector({
  id: 'test/broken',
  category: 'structural',
  name: 'Broken',
  description: 'throws',
  severity: 'info',
  mode: 'learned',
  noun: 'things',
  variants: {},
  describe: () => '',
  facts() {
    throw new Error('boom');
  },
  languages: ['typescript'],
});

const calls = defineDetector({
  id: 'test/calls',
  category: 'structural',
  name: 'Calls',
  description: 'every call',
  severity: 'info',
  mode: 'learned',
  noun: 'calls',
  variants: { call: 'call' },
  describe: () => 'calls',
  typescript: {
    kinds: ['CallExpression'],
    create: (context) => ({
      visit(node) {
        context.report('call', node, { depth: context.ancestors.length });
      },
    }),
  },
});

describe('detectFile', () => {
  it('isolates a failing detector and keeps the others’ observations', async () => {
    await expect(detectSource('src/a.ts', 'f();', [throwing, calls])).rejects.toThrow(
      'detector failed: [{"detectorId":"test/broken","message":"boom"}]',
    );
  });

  it('walks the TypeScript tree once with ancestors, for source files only', async () => {
    const { observations } = await detectSource('src/a.ts', 'f(g());\n// drift-ignore\nh();', [
      calls,
    ]);
    expect(observations.map((o) => [o.snippet, o.line, o.context?.depth])).toEqual([
      ['f(g())', 1, 2],
      ['g()', 1, 3],
      ['h()', 3, 2],
    ]);
    const tests = await detectSource('src/a.test.ts', 'f();', [calls]);
    expect(tests.observations).toEqual([]);
    const { suppressions } = await detectSource('src/a.ts', 'f();\n// drift-ignore\nh();', [calls]);
    expect(suppressions).toEqual([{ line: 2, target: null, reason: null }]);
  });
});
