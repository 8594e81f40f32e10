import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { parameterAnnotations } from './parameter-annotations.js';

describe('types/parameter-annotations', () => {
  it('tells annotated, unannotated and partial signatures apart', async () => {
    const source = [
      'def load(user_id: int, *, fresh: bool = False) -> User:', // 1 annotated
      '    pass',
      'def save(user, force=False):', // 3 unannotated
      '    pass',
      'def merge(a: User, b):', // 5 partial
      '    pass',
      'def log(*args, **kwargs):', // only rest parameters: neutral
      '    pass',
      'def ping():', // no parameters: neutral
      '    pass',
      'def _private(a):',
      '    pass',
      'class Users:',
      '    def find(self, user_id: int):', // 14 annotated
      '        pass',
      '    @classmethod',
      '    def create(cls, name):', // 17 unannotated
      '        pass',
      '    @staticmethod',
      '    def check(value: str):', // 20 annotated
      '        pass',
      '    def close(self):', // self only: neutral
      '        pass',
    ].join('\n');
    expect(await observe(parameterAnnotations, 'app/users.py', source)).toEqual([
      'annotated@1',
      'unannotated@3',
      'partial@5',
      'annotated@14',
      'unannotated@17',
      'annotated@20',
    ]);
  });

  it('leaves stubs, tests and other languages out', async () => {
    expect(await observe(parameterAnnotations, 'app/a.pyi', 'def f(a): ...\n')).toEqual([]);
    expect(await observe(parameterAnnotations, 'tests/test_a.py', 'def f(a):\n    pass\n')).toEqual(
      [],
    );
    expect(await observe(parameterAnnotations, 'src/a.ts', 'export function f(a) {}\n')).toEqual(
      [],
    );
  });
});
