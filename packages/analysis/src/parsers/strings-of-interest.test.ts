import { describe, expect, it } from 'vitest';
import {
  classifyString,
  envFact,
  MAX_STRING_FACT_LENGTH,
  mayClassifyStringAt,
  stringFact,
} from './strings-of-interest.js';

describe('classifyString', () => {
  it.each([
    '/',
    '/users',
    '/api/v1/users/:id',
    '/users/:id?',
    '/items/{item_id}',
    '/users/<int:user_id>',
    '/files/*',
    '/api/users/',
    '/health-check',
    '/api/users/${id}',
    '/v${version}/items',
  ])('%s is a route', (value) => {
    expect(classifyString(value)).toBe('route');
  });

  it.each([
    '/usr/lib/node.js',
    '/tmp/x.log',
    'users',
    '/a b',
    '//double',
    'http://x.com/a',
    '/path/with space',
  ])('%s is not a route', (value) => {
    expect(classifyString(value)).toBeNull();
  });

  it.each([
    'SELECT * FROM users WHERE id = ?',
    '  select id from t',
    'INSERT INTO logs (a) VALUES ($1)',
    'UPDATE users SET name = :name',
    'DELETE FROM sessions',
    'WITH x AS (SELECT 1) SELECT * FROM x',
    'CREATE TABLE t (id int)',
  ])('%s is SQL', (value) => {
    expect(classifyString(value)).toBe('sql');
  });

  it.each(['Select a file', 'update available', 'delete me', 'with love'])(
    '%s is not SQL',
    (value) => {
      expect(classifyString(value)).toBeNull();
    },
  );
});

describe('mayClassifyStringAt', () => {
  it('passes every value that classifies, read from its opening quote on', () => {
    for (const value of [
      '/',
      '/users/:id',
      '/v${version}/items',
      'SELECT * FROM users',
      '  select id from t',
      '\n  DELETE FROM sessions',
      'WITH x AS (SELECT 1) SELECT * FROM x',
    ]) {
      expect(classifyString(value)).not.toBeNull();
      expect(mayClassifyStringAt(`x = "${value}";`, 5)).toBe(true);
    }
  });

  it('turns away values that start with anything else, verbs inside longer words included', () => {
    for (const value of ['users', 'selection from t', 'x/users', '', 'Updated FROM', 'http://x']) {
      expect(mayClassifyStringAt(`x = "${value}";`, 5)).toBe(false);
    }
  });

  it('reads at the index only: a verb or slash elsewhere does not count', () => {
    expect(mayClassifyStringAt('a = "/x"; b = "y"', 15)).toBe(false);
    expect(mayClassifyStringAt('a = "/x"; b = "y"', 5)).toBe(true);
  });
});

describe('fact builders', () => {
  it('builds facts, truncating long values', () => {
    expect(stringFact('/users', 3, 4)).toEqual({
      kind: 'route',
      value: '/users',
      context: null,
      line: 3,
      column: 4,
    });
    expect(stringFact('hello', 1, 1)).toBeNull();
    const long = `SELECT ${'x, '.repeat(400)}y FROM t`;
    expect(stringFact(long, 1, 1)?.value).toHaveLength(MAX_STRING_FACT_LENGTH);
    expect(envFact('HOME', 'process.env', 2, 3)).toEqual({
      kind: 'env',
      value: 'HOME',
      context: 'process.env',
      line: 2,
      column: 3,
    });
  });
});
