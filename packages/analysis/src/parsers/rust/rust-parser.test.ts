import type { FileFacts } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { rustParser } from './rust-parser.js';

beforeAll(async () => {
  await rustParser.load();
});

function parse(source: string): FileFacts {
  return rustParser.parse('src/service.rs', source);
}

const SERVICE = `//! Crate-level docs: not attached to any item.
use std::collections::HashMap;
use std::io::{self, Read as _, Write};
use crate::db::{pool::{Pool, Conn as Connection}, query::*};
pub use self::model::User;
extern crate serde_json as json;

/// A user service.
///
/// Holds the pool.
#[derive(Debug, Clone)]
pub struct UserService<'a, T: Clone>
where
    T: Send,
{
    pub name: String,
    pub(crate) pool: &'a Pool<T>,
    cache: HashMap<u64, User>,
}

pub struct Id(pub u64, String);

pub enum Event {
    Created { id: u64 },
    Deleted(u64),
    Flushed,
}

pub trait Repository: Send + Sync {
    fn find(&self, id: u64) -> Option<User>;
    fn count() -> usize {
        0
    }
}

impl<'a, T: Clone> UserService<'a, T>
where
    T: Send,
{
    /// Builds a service.
    pub fn new(pool: &'a Pool<T>) -> Self {
        let cache = HashMap::with_capacity(16);
        Self { name: String::new(), pool, cache }
    }

    pub(crate) fn default_name() -> &'static str {
        "users"
    }

    #[tracing::instrument(skip(self))]
    pub async fn get(&mut self, (id, _): (u64, bool)) -> Result<User, io::Error> {
        let url = std::env::var("DATABASE_URL").unwrap();
        let rows = self.pool.query(r#"SELECT * FROM users WHERE id = $1"#, &[&id]);
        rows.iter().map(|row| User::from_row(row)).next().ok_or_else(|| io::Error::other(url))
    }
}

impl<'a, T: Clone> Repository for UserService<'a, T> {
    fn find(&self, id: u64) -> Option<User> {
        log::debug!("find {}", id);
        self.cache.get(&id).cloned()
    }
}

pub fn routes() -> Vec<&'static str> {
    let name = env!("APP_NAME");
    let total = "/api/users/:id".parse::<String>();
    vec!["/health", name]
}

mod storage {
    pub fn open() {}

    #[cfg(test)]
    mod tests {
        #[test]
        fn opens() {
            super::open();
        }
    }
}
`;

const NO_DEFAULT_NOT_REST = { defaultValue: null, rest: false } as const;

describe('rust parser: a service module', () => {
  const facts = (): FileFacts => parse(SERVICE);

  it('extracts functions and methods with qualified names, kinds and owners', () => {
    expect(
      facts().functions.map((f) => [
        f.qualifiedName,
        f.kind,
        f.className,
        f.visibility,
        f.isExported,
        f.isStatic,
        f.isAsync,
      ]),
    ).toEqual([
      ['Repository.count', 'method', 'Repository', 'public', true, true, false],
      ['UserService.new', 'constructor', 'UserService', 'public', true, false, false],
      ['UserService.default_name', 'method', 'UserService', 'internal', false, true, false],
      ['UserService.get', 'method', 'UserService', 'public', true, false, true],
      ['UserService.find', 'method', 'UserService', 'public', true, false, false],
      ['routes', 'function', null, 'public', true, false, false],
      ['storage.open', 'function', null, 'public', true, false, false],
      ['storage.tests.opens', 'function', null, 'private', false, false, false],
    ]);
  });

  it('reads parameters, return types, attributes, doc comments and ranges', () => {
    const [, constructor, defaultName, get, find, routes, , opens] = facts().functions;
    expect(constructor).toEqual({
      name: 'new',
      qualifiedName: 'UserService.new',
      kind: 'constructor',
      className: 'UserService',
      parameters: [{ name: 'pool', type: "&'a Pool<T>", ...NO_DEFAULT_NOT_REST }],
      returnType: 'Self',
      isAsync: false,
      isGenerator: false,
      isExported: true,
      isStatic: false,
      visibility: 'public',
      decorators: [],
      docComment: 'Builds a service.',
      range: { startLine: 41, startColumn: 5, endLine: 44, endColumn: 5 },
      bodyLines: 4,
    });
    expect(defaultName).toMatchObject({ parameters: [], returnType: "&'static str" });
    expect(get).toMatchObject({
      parameters: [
        { name: 'self', type: null, ...NO_DEFAULT_NOT_REST },
        { name: '(id, _)', type: '(u64, bool)', ...NO_DEFAULT_NOT_REST },
      ],
      returnType: 'Result<User, io::Error>',
      decorators: [{ name: 'tracing::instrument', arguments: 'skip(self)' }],
      docComment: null,
      range: { startLine: 51, startColumn: 5, endLine: 55, endColumn: 5 },
    });
    expect(find?.parameters).toEqual([
      { name: 'self', type: null, ...NO_DEFAULT_NOT_REST },
      { name: 'id', type: 'u64', ...NO_DEFAULT_NOT_REST },
    ]);
    expect(routes).toMatchObject({
      returnType: "Vec<&'static str>",
      range: { startLine: 65, startColumn: 1, endLine: 69, endColumn: 1 },
      bodyLines: 5,
    });
    expect(opens).toMatchObject({
      decorators: [{ name: 'test', arguments: null }],
      range: { startLine: 77, startColumn: 9, endLine: 79, endColumn: 9 },
    });
  });

  it('extracts structs, tuple structs, enums, traits and modules', () => {
    const { classes } = facts();
    expect(classes.map((c) => [c.qualifiedName, c.kind, c.visibility])).toEqual([
      ['UserService', 'struct', 'public'],
      ['Id', 'struct', 'public'],
      ['Event', 'enum', 'public'],
      ['Repository', 'trait', 'public'],
      ['storage', 'module', 'private'],
      ['storage.tests', 'module', 'private'],
    ]);
    expect(classes[0]).toEqual({
      name: 'UserService',
      qualifiedName: 'UserService',
      kind: 'struct',
      extends: [],
      implements: ['Repository'],
      methods: ['new', 'default_name', 'get', 'find'],
      properties: [
        {
          name: 'name',
          type: 'String',
          visibility: 'public',
          isStatic: false,
          isReadonly: false,
          line: 16,
        },
        {
          name: 'pool',
          type: "&'a Pool<T>",
          visibility: 'internal',
          isStatic: false,
          isReadonly: false,
          line: 17,
        },
        {
          name: 'cache',
          type: 'HashMap<u64, User>',
          visibility: 'private',
          isStatic: false,
          isReadonly: false,
          line: 18,
        },
      ],
      decorators: [{ name: 'derive', arguments: 'Debug, Clone' }],
      isExported: true,
      isAbstract: false,
      visibility: 'public',
      docComment: 'A user service.\n\nHolds the pool.',
      range: { startLine: 12, startColumn: 1, endLine: 19, endColumn: 1 },
    });
    expect(classes[1]?.properties).toEqual([
      {
        name: '0',
        type: 'u64',
        visibility: 'public',
        isStatic: false,
        isReadonly: false,
        line: 21,
      },
      {
        name: '1',
        type: 'String',
        visibility: 'private',
        isStatic: false,
        isReadonly: false,
        line: 21,
      },
    ]);
    expect(classes[2]?.properties.map((p) => [p.name, p.type, p.line])).toEqual([
      ['Created', '{ id: u64 }', 24],
      ['Deleted', '(u64)', 25],
      ['Flushed', null, 26],
    ]);
    expect(classes[3]).toMatchObject({
      extends: ['Send', 'Sync'],
      implements: [],
      methods: ['find', 'count'],
      range: { startLine: 29, startColumn: 1, endLine: 34, endColumn: 1 },
    });
    expect(classes[4]).toMatchObject({
      methods: [],
      range: { startLine: 71, startColumn: 1, endLine: 81, endColumn: 1 },
    });
    expect(classes[5]?.decorators).toEqual([{ name: 'cfg', arguments: 'test' }]);
  });

  it('extracts one import per leaf of each use tree, extern crate and pub use re-exports', () => {
    const base = {
      kind: 'use',
      defaultName: null,
      namespaceName: null,
      typeOnly: false,
      sideEffect: false,
    };
    const { imports, exports } = facts();
    expect(imports).toEqual([
      {
        ...base,
        module: 'std::collections',
        names: [{ name: 'HashMap', alias: null }],
        line: 2,
        column: 5,
      },
      { ...base, module: 'std::io', names: [{ name: 'self', alias: null }], line: 3, column: 15 },
      { ...base, module: 'std::io', names: [{ name: 'Read', alias: '_' }], line: 3, column: 21 },
      { ...base, module: 'std::io', names: [{ name: 'Write', alias: null }], line: 3, column: 32 },
      {
        ...base,
        module: 'crate::db::pool',
        names: [{ name: 'Pool', alias: null }],
        line: 4,
        column: 24,
      },
      {
        ...base,
        module: 'crate::db::pool',
        names: [{ name: 'Conn', alias: 'Connection' }],
        line: 4,
        column: 30,
      },
      {
        ...base,
        module: 'crate::db::query',
        names: [{ name: '*', alias: null }],
        line: 4,
        column: 51,
      },
      {
        ...base,
        module: 'self::model',
        names: [{ name: 'User', alias: null }],
        line: 5,
        column: 9,
      },
      { ...base, module: 'serde_json', names: [], defaultName: 'json', line: 6, column: 1 },
    ]);
    expect(exports).toEqual([
      {
        name: 'User',
        alias: null,
        kind: 're-export',
        module: 'self::model',
        typeOnly: false,
        line: 5,
      },
    ]);
  });

  it('extracts calls: method chains, paths, turbofish, macros, closures', () => {
    expect(
      facts().calls.map((c) => [
        c.receiver,
        c.callee,
        c.argumentCount,
        c.enclosingFunction,
        c.isConstructor,
        c.line,
        c.column,
      ]),
    ).toEqual([
      ['HashMap', 'with_capacity', 1, 'UserService.new', false, 42, 21],
      ['String', 'new', 0, 'UserService.new', true, 43, 22],
      ['std::env::var("DATABASE_URL")', 'unwrap', 0, 'UserService.get', false, 52, 19],
      ['std::env', 'var', 1, 'UserService.get', false, 52, 19],
      ['self.pool', 'query', 2, 'UserService.get', false, 53, 20],
      [
        'rows.iter().map(|row| User::from_row(row)).next()',
        'ok_or_else',
        1,
        'UserService.get',
        false,
        54,
        9,
      ],
      ['rows.iter().map(|row| User::from_row(row))', 'next', 0, 'UserService.get', false, 54, 9],
      ['rows.iter()', 'map', 1, 'UserService.get', false, 54, 9],
      ['rows', 'iter', 0, 'UserService.get', false, 54, 9],
      ['User', 'from_row', 1, 'UserService.get', false, 54, 31],
      ['io::Error', 'other', 1, 'UserService.get', false, 54, 73],
      ['log', 'debug!', 0, 'UserService.find', false, 60, 9],
      ['self.cache.get(&id)', 'cloned', 0, 'UserService.find', false, 61, 9],
      ['self.cache', 'get', 1, 'UserService.find', false, 61, 9],
      [null, 'env!', 0, 'routes', false, 66, 16],
      ['"/api/users/:id"', 'parse', 0, 'routes', false, 67, 17],
      [null, 'vec!', 0, 'routes', false, 68, 5],
      ['super', 'open', 0, 'storage.tests.opens', false, 78, 13],
    ]);
  });

  it('keeps route, SQL (raw string) and env strings', () => {
    const { strings, errorCount } = facts();
    expect(strings).toEqual([
      { kind: 'env', value: 'DATABASE_URL', context: 'env::var', line: 52, column: 19 },
      {
        kind: 'sql',
        value: 'SELECT * FROM users WHERE id = $1',
        context: null,
        line: 53,
        column: 36,
      },
      { kind: 'env', value: 'APP_NAME', context: 'env!', line: 66, column: 16 },
      { kind: 'route', value: '/api/users/:id', context: null, line: 67, column: 17 },
      { kind: 'route', value: '/health', context: null, line: 68, column: 10 },
    ]);
    expect(errorCount).toBe(0);
    expect(facts().package).toBeNull();
  });
});

const DOCS = `//! Inner docs describe the crate, not the next item.
fn first() {}

/** Block doc. */
#[inline]
// a plain comment between
fn a() {}

/// Detached by code.
const X: u32 = 1;
fn b() {}

/// A blank line does not detach.

fn d() {}

struct S {
    /// Field doc.
    #[serde(rename = "x")]
    x: u32,
}
fn e() {}
#[doc = "Hidden"]
#[cfg_attr(feature = "x", derive(Debug))]
fn f(#[allow(unused)] y: u8) {}
fn g() {}
`;

describe('rust parser: attributes and doc comments', () => {
  const byName = (): Map<string, FileFacts['functions'][number]> =>
    new Map(parse(DOCS).functions.map((f) => [f.name, f]));

  it('attaches outer docs and attributes to the next item, across blank lines and plain comments', () => {
    const functions = byName();
    expect(functions.get('first')).toMatchObject({ docComment: null, decorators: [] });
    expect(functions.get('a')).toMatchObject({
      docComment: 'Block doc.',
      decorators: [{ name: 'inline', arguments: null }],
      range: { startLine: 7, startColumn: 1, endLine: 7, endColumn: 9 },
    });
    expect(functions.get('d')?.docComment).toBe('A blank line does not detach.');
    expect(functions.get('f')?.decorators).toEqual([
      { name: 'doc', arguments: '"Hidden"' },
      { name: 'cfg_attr', arguments: 'feature = "x", derive(Debug)' },
    ]);
  });

  it('does not leak docs and attributes of other items, fields or parameters', () => {
    const functions = byName();
    expect(functions.get('b')).toMatchObject({ docComment: null, decorators: [] });
    expect(functions.get('e')).toMatchObject({ docComment: null, decorators: [] });
    expect(functions.get('g')).toMatchObject({ docComment: null, decorators: [] });
    expect(functions.get('f')?.parameters).toEqual([
      { name: 'y', type: 'u8', ...NO_DEFAULT_NOT_REST },
    ]);
    expect(parse(DOCS).classes[0]).toMatchObject({
      name: 'S',
      decorators: [],
      docComment: null,
      properties: [{ name: 'x', type: 'u32', line: 20 }],
    });
  });
});

const IMPLS = `mod shapes {
    pub struct Circle;
}
struct Wrapper<T>(T);
impl<T> Wrapper<T> where T: Clone { fn get(&self) -> &T { &self.0 } }
impl<T: Clone> From<T> for Wrapper<T> { fn from(value: T) -> Self { Wrapper(value) } }
impl shapes::Circle { pub fn area(&self) -> f64 { 0.0 } }
impl<'a> fmt::Display for &'a Wrapper<u8> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { Ok(()) }
}
impl dyn Shape { fn describe(&self) {} }
impl Wrapper<u8> {
    fn new() -> Self { Self(0) }
    fn boxed(self: Box<Self>) -> u8 { 0 }
    pub const fn zero() -> u8 { 0 }
    async unsafe fn raw(&self) {}
    fn outer(&self) { fn helper() { work(); } helper(); let c = || inner_call(); }
}
`;

describe('rust parser: impl blocks', () => {
  const facts = (): FileFacts => parse(IMPLS);

  it('qualifies methods of generic, trait, scoped, reference and dyn impls by the bare type', () => {
    expect(
      facts().functions.map((f) => [
        f.qualifiedName,
        f.kind,
        f.className,
        f.isStatic,
        f.visibility,
      ]),
    ).toEqual([
      ['Wrapper.get', 'method', 'Wrapper', false, 'private'],
      ['Wrapper.from', 'method', 'Wrapper', true, 'public'],
      ['Circle.area', 'method', 'Circle', false, 'public'],
      ['Wrapper.fmt', 'method', 'Wrapper', false, 'public'],
      ['Shape.describe', 'method', 'Shape', false, 'private'],
      ['Wrapper.new', 'constructor', 'Wrapper', false, 'private'],
      ['Wrapper.boxed', 'method', 'Wrapper', false, 'private'],
      ['Wrapper.zero', 'method', 'Wrapper', true, 'public'],
      ['Wrapper.raw', 'method', 'Wrapper', false, 'private'],
      ['Wrapper.outer', 'method', 'Wrapper', false, 'private'],
      ['Wrapper.outer.helper', 'function', null, false, 'private'],
    ]);
  });

  it('reads typed self, lifetimes in parameter types and function modifiers', () => {
    const byName = new Map(facts().functions.map((f) => [f.name, f]));
    expect(byName.get('boxed')?.parameters).toEqual([
      { name: 'self', type: 'Box<Self>', ...NO_DEFAULT_NOT_REST },
    ]);
    expect(byName.get('fmt')).toMatchObject({
      parameters: [
        { name: 'self', type: null },
        { name: 'f', type: "&mut fmt::Formatter<'_>" },
      ],
      returnType: 'fmt::Result',
      range: { startLine: 9, startColumn: 5, endLine: 9, endColumn: 71 },
    });
    expect(byName.get('zero')?.isAsync).toBe(false);
    expect(byName.get('raw')?.isAsync).toBe(true);
  });

  it('gives structs the traits and methods of their impl blocks', () => {
    expect(facts().classes.map((c) => [c.qualifiedName, c.kind, c.implements, c.methods])).toEqual([
      ['shapes', 'module', [], []],
      ['shapes.Circle', 'struct', [], ['area']],
      [
        'Wrapper',
        'struct',
        ['From<T>', 'fmt::Display'],
        ['get', 'from', 'fmt', 'new', 'boxed', 'zero', 'raw', 'outer'],
      ],
    ]);
  });

  it('attributes calls in nested functions and closures to the right function', () => {
    expect(facts().calls.map((c) => [c.callee, c.enclosingFunction, c.line, c.column])).toEqual([
      ['Wrapper', 'Wrapper.from', 6, 69],
      ['Ok', 'Wrapper.fmt', 9, 64],
      ['Self', 'Wrapper.new', 13, 24],
      ['work', 'Wrapper.outer.helper', 17, 37],
      ['helper', 'Wrapper.outer', 17, 47],
      ['inner_call', 'Wrapper.outer', 17, 68],
    ]);
  });
});

const MISC = `pub(crate) fn a() {}
pub(super) fn b() {}
pub(in crate::x) fn c() {}
pub(self) fn d() {}
pub fn e() {}
fn f() {}
pub(crate) struct S(pub(crate) u8, pub(self) u8);
pub union U { pub int: u32, float: f32 }
pub(crate) use a::b;
pub use a::*;
pub use c as d;
use ::std::fmt;
use regex;
pub mod outer {
    pub mod inner {
        pub struct Thing;
        impl Thing { pub fn run(&self) {} }
    }
    impl inner::Thing { fn stop(&self) {} }
}
trait Loader<'a>: Iterator<Item = u8> + 'a where Self: Sized {
    fn load(&mut self) -> u8;
    fn reset(&mut self) {}
}
extern "C" { fn abs(x: i32) -> i32; }
unsafe extern "C" fn printf_like(fmt: *const u8, mut args: ...) {}
`;

describe('rust parser: visibility, modules, traits and use forms', () => {
  const facts = (): FileFacts => parse(MISC);

  it('maps pub, pub(crate), pub(super), pub(in …), pub(self) and none', () => {
    expect(
      facts()
        .functions.slice(0, 6)
        .map((f) => [f.name, f.visibility, f.isExported]),
    ).toEqual([
      ['a', 'internal', false],
      ['b', 'internal', false],
      ['c', 'internal', false],
      ['d', 'private', false],
      ['e', 'public', true],
      ['f', 'private', false],
    ]);
    const [tuple, union] = facts().classes;
    expect(tuple).toMatchObject({ kind: 'struct', visibility: 'internal', isExported: false });
    expect(tuple?.properties.map((p) => [p.name, p.visibility])).toEqual([
      ['0', 'internal'],
      ['1', 'private'],
    ]);
    expect(union).toMatchObject({
      kind: 'union',
      visibility: 'public',
      properties: [
        { name: 'int', type: 'u32', visibility: 'public', line: 8 },
        { name: 'float', type: 'f32', visibility: 'private', line: 8 },
      ],
    });
  });

  it('qualifies nested inline modules and impls inside them', () => {
    const { functions, classes } = facts();
    expect(functions.slice(6).map((f) => [f.qualifiedName, f.kind, f.className])).toEqual([
      ['outer.inner.Thing.run', 'method', 'Thing'],
      ['outer.Thing.stop', 'method', 'Thing'],
      ['Loader.reset', 'method', 'Loader'],
      ['printf_like', 'function', null],
    ]);
    expect(classes.slice(2).map((c) => [c.qualifiedName, c.kind, c.isExported, c.methods])).toEqual(
      [
        ['outer', 'module', true, []],
        ['outer.inner', 'module', true, []],
        ['outer.inner.Thing', 'struct', true, ['run', 'stop']],
        ['Loader', 'trait', false, ['load', 'reset']],
      ],
    );
    expect(classes.at(-1)).toMatchObject({
      extends: ['Iterator<Item = u8>'],
      range: { startLine: 21, startColumn: 1, endLine: 24, endColumn: 1 },
    });
  });

  it('keeps variadic parameters and ignores extern block signatures', () => {
    const variadic = parse(MISC).functions.at(-1);
    expect(variadic?.parameters).toEqual([
      { name: 'fmt', type: '*const u8', ...NO_DEFAULT_NOT_REST },
      { name: 'args', type: null, defaultValue: null, rest: true },
    ]);
    expect(parse(MISC).functions.some((f) => f.name === 'abs')).toBe(false);
  });

  it('reads restricted, glob and aliased re-exports, leading :: and whole-crate uses', () => {
    const { imports, exports } = facts();
    expect(imports.map((i) => [i.module, i.names, i.defaultName, i.line, i.column])).toEqual([
      ['a', [{ name: 'b', alias: null }], null, 9, 16],
      ['a', [{ name: '*', alias: null }], null, 10, 9],
      ['c', [], 'd', 11, 9],
      ['::std', [{ name: 'fmt', alias: null }], null, 12, 5],
      ['regex', [], null, 13, 5],
    ]);
    expect(exports).toEqual([
      { name: '*', alias: null, kind: 're-export-all', module: 'a', typeOnly: false, line: 10 },
      { name: 'c', alias: 'd', kind: 're-export', module: null, typeOnly: false, line: 11 },
    ]);
  });
});

const CALLS = `fn config() {
    let a = std::env::var_os("HOME");
    let b = env::var("PORT").unwrap_or_default();
    let c = option_env!("BUILD");
    let d = std::env!("CARGO_PKG_NAME");
    let e = env::var(KEY);
    println!("{}", compute(a));
    tracing::info!(target: "x", "y");
    let v = items
        .iter()
        .filter(|x| x.ok())
        .count();
    call(/* first */ a, // second
        b);
    let q = sqlx::query(b"DELETE FROM t WHERE x = 1");
    let r = <Vec<u8> as Default>::default();
    let s = Vec::<u8>::new();
    let t = collections::HashMap::<u8, u8>::new();
    let u = (self.handler)(req);
}
`;

describe('rust parser: calls, macros and env lookups', () => {
  const facts = (): FileFacts => parse(CALLS);

  it('reads env::var, env::var_os, env! and option_env!, not lookups of non-literal names', () => {
    expect(facts().strings).toEqual([
      { kind: 'env', value: 'HOME', context: 'env::var_os', line: 2, column: 13 },
      { kind: 'env', value: 'PORT', context: 'env::var', line: 3, column: 13 },
      { kind: 'env', value: 'BUILD', context: 'option_env!', line: 4, column: 13 },
      { kind: 'env', value: 'CARGO_PKG_NAME', context: 'env!', line: 5, column: 13 },
      { kind: 'sql', value: 'DELETE FROM t WHERE x = 1', context: null, line: 15, column: 25 },
    ]);
  });

  it('names macros with their bang, keeps qualified paths, and does not see inside macro arguments', () => {
    const calls = facts().calls;
    expect(calls.filter((c) => c.callee.endsWith('!')).map((c) => [c.receiver, c.callee])).toEqual([
      [null, 'option_env!'],
      ['std', 'env!'],
      [null, 'println!'],
      ['tracing', 'info!'],
    ]);
    expect(calls.every((c) => c.callee !== 'compute')).toBe(true);
  });

  it('joins multi-line chains, skips comments in argument counts, reads qualified and generic paths', () => {
    expect(
      facts()
        .calls.slice(8)
        .map((c) => [c.receiver, c.callee, c.argumentCount, c.isConstructor, c.line, c.column]),
    ).toEqual([
      ['items.iter().filter(|x| x.ok())', 'count', 0, false, 9, 13],
      ['items.iter()', 'filter', 1, false, 9, 13],
      ['items', 'iter', 0, false, 9, 13],
      ['x', 'ok', 0, false, 11, 21],
      [null, 'call', 2, false, 13, 5],
      ['sqlx', 'query', 1, false, 15, 13],
      ['<Vec<u8> as Default>', 'default', 0, false, 16, 13],
      ['Vec::<u8>', 'new', 0, true, 17, 13],
      ['collections::HashMap::<u8, u8>', 'new', 0, true, 18, 13],
      [null, '(self.handler)', 1, false, 19, 13],
    ]);
  });
});

describe('rust parser: robustness', () => {
  it('recovers from syntax errors and keeps what parsed', () => {
    const facts = parse(`fn good() -> u32 { 1 }

fn broken(x: u32 {
    let y = ;
}

pub struct After { a: u32 }

fn after() { good(); }
`);
    expect(facts.errorCount).toBeGreaterThan(0);
    expect(facts.functions.map((f) => f.name)).toEqual(['good', 'broken', 'after']);
    expect(facts.classes.map((c) => [c.name, c.properties.map((p) => p.name)])).toEqual([
      ['After', ['a']],
    ]);
    expect(facts.calls).toEqual([
      {
        callee: 'good',
        receiver: null,
        argumentCount: 0,
        enclosingFunction: 'after',
        isConstructor: false,
        line: 9,
        column: 14,
      },
    ]);
  });

  it('handles unicode identifiers with UTF-16 columns', () => {
    const facts = parse(
      'struct Größe;\nfn grüße(naïve: &str) {\n    let s = "🦀🦀"; größe(naïve); Größe::new();\n}\n',
    );
    expect(facts.classes[0]).toMatchObject({ name: 'Größe', kind: 'struct' });
    expect(facts.functions[0]).toMatchObject({
      name: 'grüße',
      parameters: [{ name: 'naïve', type: '&str' }],
      range: { startLine: 2, startColumn: 1, endLine: 4, endColumn: 1 },
    });
    expect(
      facts.calls.map((c) => [c.receiver, c.callee, c.isConstructor, c.line, c.column]),
    ).toEqual([
      [null, 'größe', false, 3, 21],
      ['Größe', 'new', true, 3, 35],
    ]);
  });

  it('parses a very long generated file', () => {
    const free = Array.from(
      { length: 4000 },
      (_, i) => `fn f${i}(x: u32) -> u32 {\n    g${i}(x)\n}\n`,
    );
    const methods = Array.from({ length: 1000 }, (_, i) => `    pub fn m${i}(&self) {}\n`);
    const source = `${free.join('')}pub struct Big;\nimpl Big {\n${methods.join('')}}\n`;
    const facts = parse(source);
    expect(facts.errorCount).toBe(0);
    expect(facts.functions).toHaveLength(5000);
    expect(facts.calls).toHaveLength(4000);
    expect(facts.functions[3999]).toMatchObject({
      name: 'f3999',
      range: { startLine: 11998, startColumn: 1, endLine: 12000, endColumn: 1 },
    });
    expect(facts.calls[3999]).toMatchObject({ callee: 'g3999', enclosingFunction: 'f3999' });
    expect(facts.functions[4999]).toMatchObject({
      qualifiedName: 'Big.m999',
      range: { startLine: 13002, startColumn: 5, endLine: 13002, endColumn: 25 },
    });
    expect(facts.classes[0]?.methods).toHaveLength(1000);
  });
});

describe('rust parser: text before the first token', () => {
  it('reads attributes, visibility and calls of a file that starts with blank lines', () => {
    const source = '\n\n#[test]\npub fn it_works() {\n    helper(1);\n}\n';
    const facts = parse(source);
    expect(
      facts.functions.map((f) => [f.name, f.decorators, f.visibility, f.range.startLine]),
    ).toEqual([['it_works', [{ name: 'test', arguments: null }], 'public', 4]]);
    expect(facts.calls.map((c) => [c.callee, c.argumentCount, c.line])).toEqual([['helper', 1, 5]]);
  });
});
