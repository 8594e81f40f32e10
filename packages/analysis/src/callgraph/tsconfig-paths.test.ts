import { describe, expect, it } from 'vitest';
import { TsConfigPaths } from './tsconfig-paths.js';

function reader(files: Record<string, string>): (path: string) => string | null {
  return (path) => files[path] ?? null;
}

describe('TsConfigPaths', () => {
  it('maps paths patterns relative to baseUrl, longest prefix first, then baseUrl itself', () => {
    const configs = new TsConfigPaths(
      reader({
        'tsconfig.json': `{
          "compilerOptions": {
            "baseUrl": "./src",
            "paths": { "@/*": ["*", "generated/*"], "@/core/*": ["core/lib/*"], "config": ["settings/index"] },
          },
        }`,
      }),
    );
    expect(configs.candidates('src/app/x.ts', '@/core/db')).toEqual([
      'src/core/lib/db',
      'src/@/core/db',
    ]);
    expect(configs.candidates('src/app/x.ts', '@/util')).toEqual([
      'src/util',
      'src/generated/util',
      'src/@/util',
    ]);
    expect(configs.candidates('src/app/x.ts', 'config')).toEqual([
      'src/settings/index',
      'src/config',
    ]);
    expect(configs.candidates('src/app/x.ts', 'lodash')).toEqual(['src/lodash']);
  });

  it('uses the nearest config above the file and inherits paths through relative extends', () => {
    const configs = new TsConfigPaths(
      reader({
        'tsconfig.base.json':
          '{ "compilerOptions": { "paths": { "@shared/*": ["packages/shared/src/*"] } } }',
        'packages/web/tsconfig.json':
          '{ "extends": "../../tsconfig.base", "compilerOptions": { "strict": true } }',
        'packages/api/tsconfig.json': '{ "extends": ["@tsconfig/node20/tsconfig.json"] }',
      }),
    );
    expect(configs.candidates('packages/web/src/a.ts', '@shared/x')).toEqual([
      'packages/shared/src/x',
    ]);
    expect(configs.scopeOf('packages/web/src/a.ts')).toBe('packages/web/tsconfig.json');
    expect(configs.candidates('packages/api/src/a.ts', '@shared/x')).toEqual([]);
    expect(configs.candidates('other/a.ts', '@shared/x')).toEqual([]);
    expect(configs.scopeOf('other/a.ts')).toBe('');
  });

  it('reads jsconfig.json too, and survives extends cycles and broken files', () => {
    const configs = new TsConfigPaths(
      reader({
        'web/jsconfig.json': '{ "compilerOptions": { "baseUrl": "." } }',
        'a/tsconfig.json': '{ "extends": "./b.json", "compilerOptions": { "baseUrl": "lib" } }',
        'a/b.json': '{ "extends": "./tsconfig.json" }',
        'broken/tsconfig.json': '{ "compilerOptions": ',
      }),
    );
    expect(configs.candidates('web/x.js', 'util')).toEqual(['web/util']);
    expect(configs.candidates('a/x.ts', 'util')).toEqual(['a/lib/util']);
    expect(configs.candidates('broken/x.ts', 'util')).toEqual([]);
  });
});
