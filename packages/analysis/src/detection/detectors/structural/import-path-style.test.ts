import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { importPathStyle } from './import-path-style.js';

describe('structural/import-path-style', () => {
  it('tells aliases from relative paths that climb back to the source root', async () => {
    const source = [
      "import { db } from '@/lib/db';", // 1 alias
      "import { api } from '~/lib/api';", // 2 alias
      "import { env } from '#config/env';", // 3 alias
      "import { log } from 'src/lib/log';", // 4 alias
      "import { Button } from '../../../components/Button';", // 5 relative, back to src/
      "export { Card } from '../../../components/Card';", // 6 relative re-export
      "const lazy = () => import('../../../routes/home');", // 7 relative dynamic import
    ].join('\n');
    expect(
      await observe(importPathStyle, 'src/features/users/components/list.tsx', source),
    ).toEqual([
      'alias@1',
      'alias@2',
      'alias@3',
      'alias@4',
      'relative@5',
      'relative@6',
      'relative@7',
    ]);
  });

  it('leaves local, package and ambiguous specifiers out', async () => {
    const source = [
      "import { a } from './a';",
      "import { b } from '../b';", // one level up
      "import { c } from '../../shared/c';", // stays inside plugins/github
      "import { version } from '../../../../package.json';",
      "import React from 'react';",
      "import { Injectable } from '@nestjs/common';",
      "import { db } from '@app/db';",
      "import Button from 'components/Button';",
    ].join('\n');
    expect(
      await observe(importPathStyle, 'plugins/github/client/components/button.tsx', source),
    ).toEqual([]);
  });

  it('describes the import', () => {
    expect(
      importPathStyle.describe({
        variant: 'relative',
        snippet: '',
        context: { module: '../../lib/db' },
      }),
    ).toBe('imports `../../lib/db` through a parent-relative path');
  });
});
