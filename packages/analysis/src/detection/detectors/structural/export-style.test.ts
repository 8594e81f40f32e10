import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { exportStyle } from './export-style.js';

const at = (path: string, ...lines: string[]): Promise<string[]> =>
  observe(exportStyle, path, lines.join('\n'));

describe('structural/export-style', () => {
  it('tells default exports from a single named export', async () => {
    expect(
      await at(
        'src/components/Button.tsx',
        'export type ButtonProps = { a: string };',
        'export function helper() {}',
        'export default function Button() {}',
      ),
    ).toEqual(['default-export@3']);
    expect(
      await at('src/components/Card.tsx', 'const Card = () => null;', 'export default Card;'),
    ).toEqual(['default-export@2']);
    expect(
      await at(
        'src/components/Badge.tsx',
        'export type P = {};',
        'export const Badge = () => null;',
      ),
    ).toEqual(['named-exports@2']);
    expect(await at('src/lib/db.js', 'function db() {}', 'export { db };')).toEqual([
      'named-exports@2',
    ]);
  });

  it('leaves helper collections, types, barrels, CommonJS and framework files out', async () => {
    expect(await at('src/lib/dates.ts', 'export const a = 1;', 'export function b() {}')).toEqual(
      [],
    );
    expect(await at('src/types.ts', 'export interface User { id: string }')).toEqual([]);
    expect(await at('src/components/index.ts', "export * from './Button';")).toEqual([]);
    expect(await at('src/ui/barrel.ts', "export { default as Card } from './Card';")).toEqual([]);
    expect(await at('src/routes/users.js', 'module.exports = router;')).toEqual([]);
    expect(await at('src/legacy.ts', 'const x = 1;', 'export = x;')).toEqual([]);
    for (const path of [
      'app/dashboard/page.tsx',
      'app/layout.tsx',
      'src/pages/about.tsx',
      'app/routes/users.$id.tsx',
      'src/Button.stories.tsx',
      '.prettierrc.mjs',
    ])
      expect(await at(path, 'export default function X() {}')).toEqual([]);
    expect(
      await at(
        'src/worker.ts',
        "import { Hono } from 'hono';",
        'const app = new Hono();',
        'export default app;',
      ),
    ).toEqual([]);
  });
});
