import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { exportedApiDocs } from './exported-api-docs.js';

describe('documentation/exported-api-docs', () => {
  it('observes exported TypeScript functions and public methods of exported classes', async () => {
    const path = 'src/users.ts';
    const source = [
      '/** Loads a user. */',
      'export function load(id: string) {', // 2 documented
      '  return db.find(id);',
      '}',
      'export async function save(user: User) {', // 5 undocumented
      '  await db.save(user);',
      '}',
      'export const size = () => 1;', // one-liner
      'export class Users {',
      '  constructor(private db: Db) {}',
      '  /** Finds one. */',
      '  find(id: string) {', // 12 documented
      '    return this.db.find(id);',
      '  }',
      '  remove(id: string) {', // 15 undocumented
      '    return this.db.remove(id);',
      '  }',
      '  getName() {',
      '    return this.name;',
      '  }',
      '  private cache() {',
      '    return 1;',
      '  }',
      '}',
      'function internal() {',
      '  return 1;',
      '}',
    ].join('\n');
    expect(await observe(exportedApiDocs, path, source)).toEqual([
      'documented@2',
      'undocumented@5',
      'documented@12',
      'undocumented@15',
    ]);
  });

  it('leaves overrides, interface implementations, subclasses of foreign bases and components out', async () => {
    const source = [
      'export class Repo implements Store {',
      '  get(id: string) {',
      '    return null;',
      '  }',
      '}',
      'export class Special extends Base {',
      '  run() {',
      '    return 1;',
      '  }',
      '}',
      'export class Local {',
      '  override toString() {',
      "    return '';",
      '  }',
      '}',
    ].join('\n');
    expect(await observe(exportedApiDocs, 'src/repo.ts', source)).toEqual([]);
    const component = 'export function Card() {\n  return <div />;\n}\n';
    expect(await observe(exportedApiDocs, 'src/card.tsx', component)).toEqual([]);
    expect(
      await observe(exportedApiDocs, 'src/a.test.ts', 'export function f() {\n  return 1;\n}\n'),
    ).toEqual([]);
  });

  it('reads Python docstrings of public functions and methods', async () => {
    const path = 'app/users.py';
    const source = [
      'def load(user_id):', // 1 documented
      '    """Loads a user."""',
      '    return db.get(user_id)',
      'def save(user):', // 4 undocumented
      '    db.save(user)',
      '    return user',
      'def _helper():',
      '    pass',
      'class Users:',
      '    def __init__(self):',
      '        pass',
      '    def __len__(self):',
      '        return 0',
      '    def find(self, user_id):', // 14 undocumented
      '        return None',
      '    @overload',
      '    def get(self, key: int) -> User: ...',
      'class JSONTag:',
      '    def check(self, value):', // 19 documented
      '        """Checks."""',
      '        return True',
      'class TagDict(JSONTag):',
      '    def check(self, value):', // overrides the local base: neutral
      '        return False',
      'class View(flask.View):',
      '    def dispatch(self):', // base from elsewhere: neutral
      '        return None',
    ].join('\n');
    expect(await observe(exportedApiDocs, path, source)).toEqual([
      'documented@1',
      'undocumented@4',
      'undocumented@14',
      'documented@19',
    ]);
  });

  it('reads Javadoc, KDoc and XML doc comments, leaving overrides and accessors out', async () => {
    const java = [
      'public class Users {',
      '  /** Finds a user. */',
      '  public User find(String id) {', // 3 documented
      '    return repo.find(id);',
      '  }',
      '  public void delete(String id) {', // 6 undocumented
      '    repo.delete(id);',
      '  }',
      '  @Override',
      '  public String toString() {',
      '    return "";',
      '  }',
      '  public String getName() {',
      '    return name;',
      '  }',
      '  void internal() {',
      '    run();',
      '  }',
      '}',
      'class Hidden {',
      '  public void run() {',
      '    go();',
      '  }',
      '}',
    ].join('\n');
    expect(await observe(exportedApiDocs, 'src/main/java/Users.java', java)).toEqual([
      'documented@3',
      'undocumented@6',
    ]);
    const kotlin = [
      'class Users {',
      '  /** Finds a user. */',
      '  fun find(id: String): User {', // 3 documented
      '    return repo.find(id)',
      '  }',
      '  override fun toString(): String {',
      '    return ""',
      '  }',
      '  @Deprecated("use find")',
      '  fun lookup(id: String): User {',
      '    return find(id)',
      '  }',
      '}',
    ].join('\n');
    expect(await observe(exportedApiDocs, 'src/main/kotlin/Users.kt', kotlin)).toEqual([
      'documented@3',
    ]);
    const csharp = [
      'public class Users {',
      '  /// <summary>Finds a user.</summary>',
      '  public User Find(string id) {', // 3 documented
      '    return repo.Find(id);',
      '  }',
      '  public override string ToString() {',
      '    return "";',
      '  }',
      '}',
      'public class Repo : IRepo {',
      '  public void Save() {',
      '    db.Save();',
      '  }',
      '}',
    ].join('\n');
    expect(await observe(exportedApiDocs, 'src/Users.cs', csharp)).toEqual(['documented@3']);
  });

  it('reads Go, Rust, PHP and Ruby doc comments', async () => {
    const go = [
      'package users',
      '// Find finds a user.',
      'func Find(id string) *User {', // 3 documented
      '\treturn nil',
      '}',
      'func Delete(id string) error {', // 6 undocumented
      '\treturn nil',
      '}',
      'func (h hidden) Run() {',
      '\tgo()',
      '}',
    ].join('\n');
    expect(await observe(exportedApiDocs, 'users/users.go', go)).toEqual([
      'documented@3',
      'undocumented@6',
    ]);
    const main = 'package main\nfunc Run() {\n\tgo()\n}\n';
    expect(await observe(exportedApiDocs, 'cmd/app/main.go', main)).toEqual([]);
    expect(await observe(exportedApiDocs, 'internal/users/users.go', go)).toEqual([]);
    const rust = [
      '/// Finds a user.',
      'pub fn find(id: &str) -> User {', // 2 documented
      '    todo!()',
      '}',
      'impl fmt::Display for User {',
      '    fn fmt(&self, f: &mut Formatter) -> Result {',
      '        todo!()',
      '    }',
      '}',
    ].join('\n');
    expect(await observe(exportedApiDocs, 'src/users.rs', rust)).toEqual(['documented@2']);
    const php = [
      '<?php',
      'class Users {',
      '  /** Finds a user. */',
      '  public function find($id) {', // 4 documented
      '    return $this->repo->find($id);',
      '  }',
      '  public function delete($id) {', // 7 undocumented
      '    $this->repo->delete($id);',
      '  }',
      '}',
    ].join('\n');
    expect(await observe(exportedApiDocs, 'src/Users.php', php)).toEqual([
      'documented@4',
      'undocumented@7',
    ]);
    const ruby = [
      'class Users',
      '  # Finds a user.',
      '  def find(id)', // 3 documented
      '    repo.find(id)',
      '  end',
      '  def delete(id)', // 6 undocumented
      '    repo.delete(id)',
      '  end',
      '  private',
      '  def cache',
      '    nil',
      '  end',
      'end',
    ].join('\n');
    expect(await observe(exportedApiDocs, 'lib/users.rb', ruby)).toEqual([
      'documented@3',
      'undocumented@6',
    ]);
  });
});
