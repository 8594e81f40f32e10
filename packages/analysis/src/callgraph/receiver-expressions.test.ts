import { describe, expect, it } from 'vitest';
import { constructedClassName, receiverPath } from './receiver-expressions.js';

describe('receiverPath', () => {
  it.each([
    ['this', ['this']],
    ['this.repo', ['this', 'repo']],
    ['this.#cache', ['this', '#cache']],
    ['$this->repo', ['$this', 'repo']],
    ['@repo', ['@repo']],
    ['a?.b!', ['a', 'b']],
    ['a!.b', ['a', 'b']],
    ['Self::store', ['Self', 'store']],
    ['pkg.util', ['pkg', 'util']],
  ])('reads %s as a path of names', (receiver, path) => {
    expect(receiverPath(receiver)).toEqual(path);
  });

  it.each(['foo()', 'a[0]', '(this as any)', 'new X()', '"text"', 'a.b()'])(
    'refuses %s',
    (receiver) => {
      expect(receiverPath(receiver)).toBeNull();
    },
  );

  it('gives the same path object for a repeated receiver', () => {
    expect(receiverPath('self.db')).toBe(receiverPath('self.db'));
  });
});

describe('constructedClassName', () => {
  it.each([
    ['new Formatter()', 'Formatter'],
    ['new ns.Repo<User>(db, f(x))', 'ns.Repo'],
    ['new  Repo (a)', 'Repo'],
  ])('reads the class of %s', (receiver, name) => {
    expect(constructedClassName(receiver)).toBe(name);
  });

  it.each(['new Repo().child', 'new Repo(a).load(b)', 'Repo()', 'newRepo()', 'new Repo'])(
    'refuses %s: not a whole constructor call',
    (receiver) => {
      expect(constructedClassName(receiver)).toBeNull();
    },
  );
});
