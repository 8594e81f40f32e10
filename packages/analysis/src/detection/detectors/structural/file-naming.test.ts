import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { fileNaming } from './file-naming.js';

const at = (path: string, source = ''): Promise<string[]> => observe(fileNaming, path, source);

describe('structural/file-naming', () => {
  it('judges the case of multi-word TypeScript and JavaScript names', async () => {
    expect(await at('src/components/user-profile.tsx')).toEqual(['kebab-case@1']);
    expect(await at('src/components/UserProfile.tsx')).toEqual(['camelCase@1']);
    expect(await at('src/hooks/useAuthState.ts')).toEqual(['camelCase@1']);
    expect(await at('src/lib/date_utils.js')).toEqual(['snake_case@1']);
    expect(await at('src/users/user-profile.service.ts')).toEqual(['kebab-case@1']);
    expect(await at('src/lib/APIClient.ts')).toEqual(['camelCase@1']);
  });

  it('leaves single words, fixed names, route files, dot-folders and tests out', async () => {
    for (const path of [
      'src/index.ts',
      'src/components/Button.tsx',
      'src/users/user.service.ts', // judged `user`
      'src/lib/URL.ts',
      'src/pages/_app.tsx',
      'app/not-found.tsx',
      'src/setupTests.ts',
      'public/mockServiceWorker.js',
      'app/posts/[postId].tsx',
      'app/routes/$slug.tsx',
      '.semgrep/rules/no-eval.py',
      'src/components/user-profile.test.tsx', // a test
      'src/types.d.ts',
    ])
      expect(await at(path)).toEqual([]);
  });

  it('covers Python, Go and Ruby without their test affixes', async () => {
    expect(await at('app/user_service.py')).toEqual(['snake_case@1']);
    expect(await at('app/userService.py')).toEqual(['camelCase@1']);
    expect(await at('app/__init__.py')).toEqual([]);
    expect(await at('app/_internal_utils.py')).toEqual(['snake_case@1']);
    expect(await at('internal/response_writer.go', 'package internal\n')).toEqual(['snake_case@1']);
    expect(await at('internal/fs_windows_amd64.go', 'package internal\n')).toEqual([]);
    expect(await at('internal/router.go', 'package internal\n')).toEqual([]);
    expect(await at('lib/user_repository.rb')).toEqual(['snake_case@1']);
  });

  it('is not run for languages whose file names follow their classes', () => {
    expect(fileNaming.languages).not.toContain('java');
    expect(fileNaming.languages).not.toContain('php');
  });

  it('describes the name', () => {
    expect(
      fileNaming.describe({
        variant: 'camelCase',
        snippet: 'UserCard.tsx',
        context: { name: 'UserCard.tsx', case: 'PascalCase' },
      }),
    ).toBe('`UserCard.tsx` is PascalCase');
  });
});
