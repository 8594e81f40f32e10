import { describe, expect, it } from 'vitest';
import { classNameOfType } from './type-names.js';

describe('classNameOfType', () => {
  it.each([
    ['Repo', 'typescript', 'Repo'],
    ['Repo<User>', 'typescript', 'Repo'],
    ['Repo | null', 'typescript', 'Repo'],
    ['undefined | Repo<A | B>', 'typescript', 'Repo'],
    ['(Repo)', 'typescript', 'Repo'],
    ['ns.Repo', 'typescript', 'ns.Repo'],
    ['"Repo"', 'python', 'Repo'],
    ['Optional[Repo]', 'python', 'Repo'],
    ['Union[Repo, None]', 'python', 'Repo'],
    ['Repo | None', 'python', 'Repo'],
    ['UserRepo?', 'kotlin', 'UserRepo'],
    ['?UserRepo', 'php', 'UserRepo'],
    ['\\App\\Repo\\UserRepo', 'php', 'App.Repo.UserRepo'],
    ['*st.Store', 'go', 'st.Store'],
    ['&mut Store', 'rust', 'Store'],
    ["&'a Store", 'rust', 'Store'],
    ['Box<dyn Repo>', 'rust', 'Repo'],
    ['Arc<Store>', 'rust', 'Store'],
    ['const Repo&', 'cpp', 'Repo'],
    ['std::shared_ptr<Repo>', 'cpp', 'Repo'],
    ['Repo *', 'cpp', 'Repo'],
  ] as const)('reduces %s (%s) to %s', (type, language, expected) => {
    expect(classNameOfType(type, language)).toBe(expected);
  });

  it.each([
    ['Repo[]', 'typescript'],
    ['readonly Repo[]', 'typescript'],
    ['[]Store', 'go'],
    ['map[string]Store', 'go'],
    ['Repo | Other', 'typescript'],
    ['null', 'typescript'],
    ['{ a: Repo }', 'typescript'],
    ['(a: Repo) => void', 'typescript'],
  ] as const)('does not reduce %s (%s): no single class stands out', (type, language) => {
    expect(classNameOfType(type, language)).toBeNull();
  });

  it('keeps the head of a collection type, never its element type', () => {
    expect(classNameOfType('List[Repo]', 'python')).toBe('List');
    expect(classNameOfType('Array<Repo>', 'typescript')).toBe('Array');
  });
});
