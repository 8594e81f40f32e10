import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { thrownType } from './thrown-type.js';

describe('errors/thrown-type', () => {
  it('tells custom classes, catch-alls and non-error values apart in TypeScript', async () => {
    const source = [
      'export function load(id: string) {',
      "  if (!id) throw new NotFoundError('no id');", // 2 custom
      "  if (id === 'x') throw new errors.Conflict();", // 3 custom, qualified
      "  if (id === 'y') throw new Error('boom');", // 4 generic
      "  if (id === 'z') throw Error('boom');", // 5 generic without new
      "  if (id === 'w') throw 'failed: ' + id;", // 6 string
      '  if (id === "v") throw `failed ${id}`;', // 7 template
      "  if (id === 'u') throw { code: 1 };", // 8 object
      '}',
    ].join('\n');
    expect(await observe(thrownType, 'src/load.ts', source)).toEqual([
      'custom-error@2',
      'custom-error@3',
      'generic-error@4',
      'generic-error@5',
      'non-error@6',
      'non-error@7',
      'non-error@8',
    ]);
  });

  it('does not count rethrows, factories or specific built-ins', async () => {
    const source = [
      'try { run(); } catch (error) { throw error; }',
      'throw createHttpError(404);',
      'throw this.fail();',
      "throw new TypeError('not a string');",
      "throw new RangeError('too big');",
    ].join('\n');
    expect(await observe(thrownType, 'src/a.js', source)).toEqual([]);
  });

  it('reads Python raise statements', async () => {
    const source = [
      'def load(id):',
      '    if not id:',
      '        raise NotFoundError("no id") from None', // 3 custom
      '    if id == 1:',
      '        raise errors.Conflict', // 5 custom
      '    if id == 2:',
      '        raise Exception("boom")', // 7 generic
      '    try:',
      '        run()',
      '    except OSError as err:',
      '        raise', // bare re-raise: neutral
      '    raise ValueError("bad id")', // built-in: neutral
      '    raise err', // variable: neutral
    ].join('\n');
    expect(await observe(thrownType, 'app/load.py', source)).toEqual([
      'custom-error@3',
      'custom-error@5',
      'generic-error@7',
    ]);
  });

  it('reads Java throw statements', async () => {
    const source = [
      'class UserService {',
      '  User load(String id) {',
      '    if (id == null) throw new UserNotFoundException(id);', // 3 custom
      '    if (id.isEmpty()) throw new RuntimeException("empty");', // 4 generic
      '    if (id.length() > 9) throw new IllegalArgumentException("long");', // neutral
      '    try { return find(id); } catch (IOException e) { throw e; }', // neutral
      '  }',
      '}',
    ].join('\n');
    expect(await observe(thrownType, 'src/main/java/UserService.java', source)).toEqual([
      'custom-error@3',
      'generic-error@4',
    ]);
  });

  it('describes what was thrown', () => {
    expect(
      thrownType.describe({ variant: 'generic-error', snippet: '', context: { thrown: 'Error' } }),
    ).toBe('throws a catch-all `Error`');
    expect(
      thrownType.describe({ variant: 'non-error', snippet: '', context: { thrown: 'a string' } }),
    ).toBe('throws a string, not an error object');
  });
});
