import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { returnTypeAnnotations } from './return-type-annotations.js';

const INFERRED_TS = 'inferred';

describe('types/return-type-annotations', () => {
  it('observes exported TypeScript functions and public methods of exported classes', async () => {
    const source = [
      'export function load(id: string): Promise<User> {', // 1 annotated
      '  return db.find(id);',
      '}',
      'export const save = async (user: User) => db.save(user);', // 4 inferred
      'export class Users {',
      '  constructor(private db: Db) {}',
      '  find(id: string) {', // 7 inferred
      '    return this.db.find(id);',
      '  }',
      '  count(): number {', // 10 annotated
      '    return 0;',
      '  }',
      '  private cache() {}',
      '  get size() { return 0; }',
      '  set size(v: number) {}',
      '}',
      'function internal() {}',
      'export const handler: Handler = (req) => req;',
      'export const routes = { list() { return []; } };',
    ].join('\n');
    expect(await observe(returnTypeAnnotations, 'src/users.ts', source)).toEqual([
      'annotated@1',
      `${INFERRED_TS}@4`,
      `${INFERRED_TS}@7`,
      'annotated@10',
    ]);
  });

  it('leaves React components, typed properties and JavaScript out', async () => {
    const tsx = [
      'export function UserCard({ user }: Props) {',
      '  return <div>{user.name}</div>;',
      '}',
      'export function formatName(user: User) {', // 4 inferred
      '  return user.name;',
      '}',
      'export class Clock {',
      '  tick: Ticker = () => {};',
      '}',
      'export class TrieRouter implements Router {',
      '  add(path: string) {}', // the interface declares it
      '}',
    ].join('\n');
    expect(await observe(returnTypeAnnotations, 'src/card.tsx', tsx)).toEqual(['inferred@4']);
    expect(await observe(returnTypeAnnotations, 'src/a.js', 'export function f() {}\n')).toEqual(
      [],
    );
  });

  it('observes public Python functions and methods', async () => {
    const source = [
      'def load(user_id: int) -> User:', // 1 annotated
      '    return db.get(user_id)',
      'def save(user):', // 3 inferred
      '    db.save(user)',
      'def _private():',
      '    pass',
      'class Users:',
      '    def __init__(self, db):',
      '        self.db = db',
      '    @property',
      '    def size(self) -> int:', // 11 annotated
      '        return 0',
      '    def find(self, user_id):', // 13 inferred
      '        def inner():',
      '            pass',
      '        return inner',
      'class _Cache:',
      '    def get(self):',
      '        pass',
    ].join('\n');
    expect(await observe(returnTypeAnnotations, 'app/users.py', source)).toEqual([
      'annotated@1',
      'inferred@3',
      'annotated@11',
      'inferred@13',
    ]);
  });

  it('leaves stubs, documentation sources, migrations and tests out', async () => {
    const source = 'def upgrade():\n    pass\n';
    expect(await observe(returnTypeAnnotations, 'app/users.pyi', source)).toEqual([]);
    expect(await observe(returnTypeAnnotations, 'docs_src/tutorial001.py', source)).toEqual([]);
    expect(await observe(returnTypeAnnotations, 'app/alembic/versions/1_init.py', source)).toEqual(
      [],
    );
    expect(await observe(returnTypeAnnotations, 'tests/test_users.py', source)).toEqual([]);
  });
});
