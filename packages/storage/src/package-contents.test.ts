import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadMigrations } from './schema/migrator.js';

describe('the published package', () => {
  it('contains every migration file (a v1 bug shipped dist without them)', () => {
    const packageDir = fileURLToPath(new URL('..', import.meta.url));
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: packageDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [pack] = JSON.parse(output) as [{ files: { path: string }[] }];
    const files = pack.files.map((f) => f.path);
    for (const migration of loadMigrations()) {
      const prefix = `migrations/${String(migration.version).padStart(3, '0')}_${migration.name}`;
      expect(files).toContain(`${prefix}.up.sql`);
      expect(files).toContain(`${prefix}.down.sql`);
    }
    expect(files).toContain('dist/index.js');
  });
});
