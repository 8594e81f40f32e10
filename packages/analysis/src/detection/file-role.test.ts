import { describe, expect, it } from 'vitest';
import { classifyFile } from './file-role.js';

describe('classifyFile', () => {
  it.each([
    ['src/users/service.ts', 'source'],
    ['app/models/user.rb', 'source'],
    ['src/users/service.test.ts', 'test'],
    ['src/users/service.spec.tsx', 'test'],
    ['tests/test_users.py', 'test'],
    ['app/test_views.py', 'test'],
    ['pkg/server/server_test.go', 'test'],
    ['src/test/java/org/app/OwnerControllerTests.java', 'test'],
    ['spec/models/user_spec.rb', 'test'],
    ['test/fixtures/app.ts', 'fixture'],
    ['src/__mocks__/fs.ts', 'fixture'],
    ['examples/basic/index.ts', 'example'],
    ['docs/snippets/a.py', 'example'],
    ['scripts/release.mjs', 'script'],
    ['bin/cli.js', 'script'],
    ['vite.config.ts', 'script'],
    ['packages/codemod/.prettierrc.js', 'script'],
    ['setup.py', 'script'],
    ['src/types/global.d.ts', 'generated'],
    ['api/v1/service.pb.go', 'generated'],
    ['app/migrations/0001_initial.py', 'generated'],
  ])('%s is %s', (path, role) => {
    expect(classifyFile(path)).toBe(role);
  });
});
