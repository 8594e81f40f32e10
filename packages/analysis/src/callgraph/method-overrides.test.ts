import { describe, expect, it } from 'vitest';
import { fileMethodOverrides } from './method-overrides.js';
import { SymbolIndex } from './symbol-index.js';
import { parseProject } from './test-project.js';

async function overridesOf(files: Record<string, string>, path: string): Promise<string[]> {
  const { facts, read } = await parseProject(files);
  const index = SymbolIndex.build(facts, read);
  return fileMethodOverrides(path, index).map(
    (o) => `${o.method} -> ${o.override} @${String(o.line)}`,
  );
}

describe('fileMethodOverrides', () => {
  it('pairs TypeScript overrides with base-class methods, transitively', async () => {
    // Interface members and abstract signatures have no body, so no function fact: only
    // concrete methods of ancestors are paired.
    const files = {
      'src/service.ts': 'export interface OrderService {\n  place(id: string): void;\n}\n',
      'src/base.ts': [
        "import { OrderService } from './service';",
        'export class BaseService implements OrderService {',
        '  place(id: string) {}',
        '  cancel(id: string) {}',
        '  static create() {}',
        '}',
        'export class MiddleService extends BaseService {}',
      ].join('\n'),
      'src/impl.ts': [
        "import { MiddleService } from './base';",
        "import { Logger } from 'external-logger';",
        'export class DefaultService extends MiddleService {',
        '  constructor() { super(); }',
        '  place(id: string) {}',
        '  static create() {}',
        '  audit() {}',
        '}',
        'class Other extends Logger { place() {} }',
      ].join('\n'),
    };
    expect(await overridesOf(files, 'src/impl.ts')).toEqual([
      'src/base.ts#BaseService.place -> src/impl.ts#DefaultService.place @5',
    ]);
    expect(await overridesOf(files, 'src/base.ts')).toEqual([]);
  });

  it('reads Java implements and Python bases', async () => {
    const files = {
      'src/main/java/shop/OrderService.java':
        'package shop;\npublic interface OrderService { void place(String id); }\n',
      'src/main/java/shop/DefaultOrderService.java': [
        'package shop;',
        'public class DefaultOrderService implements OrderService {',
        '  public DefaultOrderService() {}',
        '  public void place(String id) {}',
        '  public void other() {}',
        '}',
      ].join('\n'),
      'app/base.py': 'class Repo:\n    def save(self, x):\n        pass\n',
      'app/sql.py': [
        'from app.base import Repo',
        'class SqlRepo(Repo):',
        '    def __init__(self):',
        '        pass',
        '    def save(self, x):',
        '        pass',
      ].join('\n'),
    };
    expect(await overridesOf(files, 'src/main/java/shop/DefaultOrderService.java')).toEqual([
      'src/main/java/shop/OrderService.java#OrderService.place -> src/main/java/shop/DefaultOrderService.java#DefaultOrderService.place @4',
    ]);
    expect(await overridesOf(files, 'app/sql.py')).toEqual([
      'app/base.py#Repo.save -> app/sql.py#SqlRepo.save @5',
    ]);
  });
});
