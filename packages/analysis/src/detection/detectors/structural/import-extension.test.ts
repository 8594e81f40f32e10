import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { importExtension } from './import-extension.js';

describe('structural/import-extension', () => {
  it('tells relative imports with and without extensions apart', async () => {
    const source = [
      "import { a } from './a.js';", // 1 with
      "import b from '../b';", // 2 without
      "import { UsersService } from './users.service';", // 3 without (.service is a name)
      "import './styles.css';", // neutral
      "import data from './data.json';", // neutral
      "import React from 'react';", // package: neutral
      "export { c } from './c.ts';", // 7 with
      "const d = await import('./d.mjs');", // 8 with
      "import '../global.d.ts';", // declaration file: neutral
    ].join('\n');
    expect(await observe(importExtension, 'src/index.ts', source)).toEqual([
      'with-extension@1',
      'extensionless@2',
      'extensionless@3',
      'with-extension@7',
      'with-extension@8',
    ]);
  });
});
