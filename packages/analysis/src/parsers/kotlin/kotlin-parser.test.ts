import type { FileFacts } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { kotlinParser } from './kotlin-parser.js';

beforeAll(async () => {
  await kotlinParser.load();
});

function parse(source: string): FileFacts {
  return kotlinParser.parse('src/main/kotlin/App.kt', source);
}

/** The 1-based line and UTF-16 column where `snippet` first occurs in `source`. */
function at(source: string, snippet: string): { line: number; column: number } {
  const index = source.indexOf(snippet);
  if (index === -1) throw new Error(`fixture has no ${snippet}`);
  const before = source.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

const SERVICE = `@file:JvmName("Users")

package com.example.users

import kotlinx.coroutines.delay
import com.example.http.Client as HttpClient
import com.example.model.*

/**
 * Fetches one user.
 */
@GET("/users/{id}")
suspend fun fetchUser(id: Long, vararg fields: String, verbose: Boolean = false): User? {
    val token = System.getenv("API_TOKEN")
    val response = client.newCall(request(id)).execute()
    response?.body()?.close()
    return parse(response, strict = true)
}

fun String.shout(times: Int = 1): String = repeat(times).uppercase()

internal fun <T> largest(items: List<T>): T where T : Comparable<T>, T : Any = items.max()

private fun query(id: Long, name: String) =
    "SELECT id, name FROM users WHERE id = $id AND name = '\${name.trim()}'"

abstract class Repository<T>(val name: String, protected var size: Int = 0) : Base(name), Closeable {
    private val cache: MutableMap<String, T> = mutableMapOf()
    lateinit var listener: Listener

    val isEmpty: Boolean
        get() = cache.isEmpty()

    constructor(name: String, loader: Loader) : this(name) {
        loader.load(this)
    }

    open fun find(key: String): T? = cache[key]

    protected abstract fun load(key: String): T

    inner class Cursor(private val position: Int) {
        fun next(): T? = find(position.toString())
    }

    class Builder {
        fun build(): Nothing = throw UnsupportedOperationException()
    }

    companion object {
        const val DEFAULT_SIZE = 16

        @JvmStatic
        fun create(): Repository<String>? = null
    }
}

data class User(val id: Long, val name: String)

sealed class Result {
    data class Ok(val value: String) : Result()
    object Missing : Result()
}

enum class Level(val weight: Int) : Labelled {
    LOW(1) {
        override fun label() = "low"
    },
    HIGH(2) {
        override fun label() = "high"
    };

    abstract fun label(): String
}

interface Listener {
    fun onEvent(name: String)
}

object Registry : Listener {
    private val handlers = mutableListOf<Listener>()

    override fun onEvent(name: String) {
        handlers.forEach { it.onEvent(name) }
        val tracker = object : Listener {
            override fun onEvent(name: String) {
                log(name)
            }
        }
        retry(3) { attempt ->
            tracker.onEvent("$name#$attempt")
        }
    }
}
`;

describe('kotlin parser: a service file', () => {
  const facts = (): FileFacts => parse(SERVICE);
  const line = (snippet: string): number => at(SERVICE, snippet).line;

  it('reads the package header and every import form', () => {
    const { package: packageName, imports, exports, errorCount } = facts();
    expect(packageName).toBe('com.example.users');
    expect(errorCount).toBe(0);
    expect(exports).toEqual([]);
    const base = {
      kind: 'import',
      defaultName: null,
      namespaceName: null,
      typeOnly: false,
      sideEffect: false,
      column: 1,
    };
    expect(imports).toEqual([
      { ...base, module: 'kotlinx.coroutines', names: [{ name: 'delay', alias: null }], line: 5 },
      {
        ...base,
        module: 'com.example.http',
        names: [{ name: 'Client', alias: 'HttpClient' }],
        line: 6,
      },
      { ...base, module: 'com.example.model', names: [{ name: '*', alias: null }], line: 7 },
    ]);
  });

  it('extracts functions, methods, constructors, accessors and their qualified names', () => {
    expect(
      facts().functions.map((f) => [
        f.qualifiedName,
        f.kind,
        f.className,
        f.visibility,
        f.isExported,
        f.isStatic,
      ]),
    ).toEqual([
      ['fetchUser', 'function', null, 'public', true, false],
      ['String.shout', 'function', 'String', 'public', true, false],
      ['largest', 'function', null, 'internal', false, false],
      ['query', 'function', null, 'private', false, false],
      ['Repository.isEmpty', 'getter', 'Repository', 'public', true, false],
      ['Repository.Repository', 'constructor', 'Repository', 'public', true, false],
      ['Repository.find', 'method', 'Repository', 'public', true, false],
      ['Repository.load', 'method', 'Repository', 'protected', false, false],
      ['Repository.Cursor.next', 'method', 'Cursor', 'public', true, false],
      ['Repository.Builder.build', 'method', 'Builder', 'public', true, false],
      ['Repository.Companion.create', 'method', 'Companion', 'public', true, true],
      ['Level.LOW.label', 'method', 'Level', 'public', true, false],
      ['Level.HIGH.label', 'method', 'Level', 'public', true, false],
      ['Level.label', 'method', 'Level', 'public', true, false],
      ['Listener.onEvent', 'method', 'Listener', 'public', true, false],
      ['Registry.onEvent', 'method', 'Registry', 'public', true, true],
    ]);
  });

  it('reads a suspend function with annotations, KDoc, vararg and default parameters', () => {
    expect(facts().functions[0]).toEqual({
      name: 'fetchUser',
      qualifiedName: 'fetchUser',
      kind: 'function',
      className: null,
      parameters: [
        { name: 'id', type: 'Long', defaultValue: null, rest: false },
        { name: 'fields', type: 'String', defaultValue: null, rest: true },
        { name: 'verbose', type: 'Boolean', defaultValue: 'false', rest: false },
      ],
      returnType: 'User?',
      isAsync: true,
      isGenerator: false,
      isExported: true,
      isStatic: false,
      visibility: 'public',
      decorators: [{ name: 'GET', arguments: '"/users/{id}"' }],
      docComment: 'Fetches one user.',
      range: {
        startLine: line('@GET'),
        startColumn: 1,
        endLine: line('return parse(') + 1,
        endColumn: 1,
      },
      bodyLines: 6,
    });
  });

  it('reads extension functions, generics with where, accessors and companion members', () => {
    const byName = new Map(facts().functions.map((f) => [f.qualifiedName, f]));
    expect(byName.get('String.shout')).toMatchObject({
      name: 'shout',
      parameters: [{ name: 'times', type: 'Int', defaultValue: '1', rest: false }],
      returnType: 'String',
      isAsync: false,
      range: { startLine: line('fun String.shout'), startColumn: 1, endLine: 20, endColumn: 68 },
      bodyLines: 1,
    });
    expect(byName.get('largest')).toMatchObject({
      parameters: [{ name: 'items', type: 'List<T>', defaultValue: null, rest: false }],
      returnType: 'T',
    });
    expect(byName.get('Repository.isEmpty')).toMatchObject({
      name: 'isEmpty',
      parameters: [],
      returnType: 'Boolean',
      range: { startLine: line('get() = cache'), startColumn: 9 },
    });
    expect(byName.get('Repository.Repository')).toMatchObject({
      name: 'Repository',
      parameters: [
        { name: 'name', type: 'String', defaultValue: null, rest: false },
        { name: 'loader', type: 'Loader', defaultValue: null, rest: false },
      ],
      bodyLines: 3,
    });
    expect(byName.get('Repository.load')).toMatchObject({ bodyLines: 0, returnType: 'T' });
    expect(byName.get('Repository.Companion.create')).toMatchObject({
      decorators: [{ name: 'JvmStatic', arguments: null }],
      returnType: 'Repository<String>?',
    });
  });

  it('extracts classes, objects, interfaces and enums with supertypes and properties', () => {
    const { classes } = facts();
    expect(
      classes.map((c) => [
        c.qualifiedName,
        c.kind,
        c.extends,
        c.implements,
        c.methods,
        c.isAbstract,
        c.isExported,
      ]),
    ).toEqual([
      ['Repository', 'class', ['Base'], ['Closeable'], ['Repository', 'find', 'load'], true, true],
      ['Repository.Cursor', 'class', [], [], ['next'], false, true],
      ['Repository.Builder', 'class', [], [], ['build'], false, true],
      ['Repository.Companion', 'object', [], [], ['create'], false, true],
      ['User', 'class', [], [], [], false, true],
      ['Result', 'class', [], [], [], true, true],
      ['Result.Ok', 'class', ['Result'], [], [], false, true],
      ['Result.Missing', 'object', ['Result'], [], [], false, true],
      ['Level', 'enum', [], ['Labelled'], ['label'], false, true],
      ['Listener', 'interface', [], [], ['onEvent'], false, true],
      ['Registry', 'object', [], ['Listener'], ['onEvent'], false, true],
    ]);
    const property = (
      name: string,
      type: string | null,
      visibility: string,
      isReadonly: boolean,
      at: number,
      isStatic = false,
    ) => ({ name, type, visibility, isStatic, isReadonly, line: at });
    expect(classes[0]).toEqual({
      name: 'Repository',
      qualifiedName: 'Repository',
      kind: 'class',
      extends: ['Base'],
      implements: ['Closeable'],
      methods: ['Repository', 'find', 'load'],
      properties: [
        property('name', 'String', 'public', true, line('abstract class')),
        property('size', 'Int', 'protected', false, line('abstract class')),
        property('cache', 'MutableMap<String, T>', 'private', true, line('private val cache')),
        property('listener', 'Listener', 'public', false, line('lateinit var')),
        property('isEmpty', 'Boolean', 'public', true, line('val isEmpty')),
      ],
      decorators: [],
      isExported: true,
      isAbstract: true,
      visibility: 'public',
      docComment: null,
      range: {
        startLine: line('abstract class'),
        startColumn: 1,
        endLine: line('data class User') - 2,
        endColumn: 1,
      },
    });
    expect(classes[3]?.properties).toEqual([
      property('DEFAULT_SIZE', null, 'public', true, line('const val'), true),
    ]);
    expect(classes[4]?.properties.map((p) => [p.name, p.type, p.isReadonly])).toEqual([
      ['id', 'Long', true],
      ['name', 'String', true],
    ]);
    expect(classes[8]?.properties).toEqual([
      property('weight', 'Int', 'public', true, line('enum class')),
      property('LOW', null, 'public', true, line('LOW(1)'), true),
      property('HIGH', null, 'public', true, line('HIGH(2)'), true),
    ]);
    expect(classes[10]?.properties).toEqual([
      property('handlers', null, 'private', true, line('private val handlers'), true),
    ]);
  });

  it('extracts calls: navigation and safe-call receivers, named and trailing-lambda arguments', () => {
    const call = (snippet: string, occurrence = snippet) => at(SERVICE, occurrence).line;
    expect(
      facts().calls.map((c) => [
        c.receiver,
        c.callee,
        c.argumentCount,
        c.enclosingFunction,
        c.isConstructor,
        c.line,
      ]),
    ).toEqual([
      ['System', 'getenv', 1, 'fetchUser', false, call('System.getenv')],
      ['client.newCall(request(id))', 'execute', 0, 'fetchUser', false, call('client.newCall')],
      ['client', 'newCall', 1, 'fetchUser', false, call('client.newCall')],
      [null, 'request', 1, 'fetchUser', false, call('request(id)')],
      ['response?.body()', 'close', 0, 'fetchUser', false, call('response?.body')],
      ['response', 'body', 0, 'fetchUser', false, call('response?.body')],
      [null, 'parse', 2, 'fetchUser', false, call('parse(response')],
      ['repeat(times)', 'uppercase', 0, 'String.shout', false, call('repeat(times)')],
      [null, 'repeat', 1, 'String.shout', false, call('repeat(times)')],
      ['items', 'max', 0, 'largest', false, call('items.max')],
      ['name', 'trim', 0, 'query', false, call('name.trim')],
      [null, 'Base', 1, null, true, call('Base(name)')],
      [null, 'mutableMapOf', 0, null, false, call('mutableMapOf()')],
      ['cache', 'isEmpty', 0, 'Repository.isEmpty', false, call('cache.isEmpty')],
      [null, 'this', 1, 'Repository.Repository', true, call('this(name)')],
      ['loader', 'load', 1, 'Repository.Repository', false, call('loader.load')],
      [null, 'find', 1, 'Repository.Cursor.next', false, call('find(position')],
      ['position', 'toString', 0, 'Repository.Cursor.next', false, call('position.toString')],
      [
        null,
        'UnsupportedOperationException',
        0,
        'Repository.Builder.build',
        true,
        call('UnsupportedOperationException'),
      ],
      [null, 'Result', 0, null, true, call('Result()')],
      [null, 'Result', 0, null, true, call('object Missing')],
      [null, 'mutableListOf', 0, null, false, call('mutableListOf<')],
      ['handlers', 'forEach', 1, 'Registry.onEvent', false, call('handlers.forEach')],
      ['it', 'onEvent', 1, 'Registry.onEvent', false, call('it.onEvent')],
      [null, 'log', 1, 'Registry.onEvent', false, call('log(name)')],
      [null, 'retry', 2, 'Registry.onEvent', false, call('retry(3)')],
      ['tracker', 'onEvent', 1, 'Registry.onEvent', false, call('tracker.onEvent')],
    ]);
    expect(facts().calls[0]).toMatchObject(at(SERVICE, 'System.getenv'));
  });

  it('keeps route and SQL strings (templates as written) and System.getenv lookups', () => {
    expect(facts().strings).toEqual([
      { kind: 'route', value: '/users/{id}', context: null, ...at(SERVICE, '"/users/{id}"') },
      {
        kind: 'env',
        value: 'API_TOKEN',
        context: 'System.getenv',
        ...at(SERVICE, 'System.getenv'),
      },
      {
        kind: 'sql',
        value: "SELECT id, name FROM users WHERE id = $id AND name = '${name.trim()}'",
        context: null,
        ...at(SERVICE, '"SELECT'),
      },
    ]);
  });
});

const EDGE = `package app

/** Stored users. */
@Entity(tableName = "users")
internal class UserDao private constructor(private val db: Database) : Dao<User>() {
    constructor(path: String) : super(path) {
        connect(path)
    }

    var cached: User? = null
        private set(value) {
            field = value
        }

    fun load(id: Long) = db.query(listOf<Long>(id)).first()
}

private class Hidden {
    fun visible() = Unit
}

val String.initials: String
    get() = split(" ").joinToString("") { it.take(1) }

fun interface Handler {
    fun handle(input: String): Boolean
}

typealias Callback = (String) -> Unit

fun outer(items: List<String>): Int {
    fun inner(x: String) = x.length
    class Local {
        fun twice(x: Int) = x * 2
    }
    val home = getenv("HOME")
    val sql = """
        DELETE FROM sessions WHERE user = ?
    """.trimIndent()
    return items.sumOf { inner(it) } + Local().twice(1)
}
`;

describe('kotlin parser: edge cases', () => {
  it('reads internal and private classes, private setters, extension properties and local declarations', () => {
    const facts = parse(EDGE);
    const line = (snippet: string): number => at(EDGE, snippet).line;
    expect(facts.errorCount).toBe(0);
    expect(
      facts.functions.map((f) => [
        f.qualifiedName,
        f.kind,
        f.className,
        f.visibility,
        f.isExported,
        f.parameters.map((p) => `${p.name}: ${p.type ?? '?'}`),
        f.returnType,
      ]),
    ).toEqual([
      ['UserDao.UserDao', 'constructor', 'UserDao', 'public', false, ['path: String'], null],
      ['UserDao.cached', 'setter', 'UserDao', 'private', false, ['value: User?'], null],
      ['UserDao.load', 'method', 'UserDao', 'public', false, ['id: Long'], null],
      ['Hidden.visible', 'method', 'Hidden', 'public', false, [], null],
      ['String.initials', 'getter', 'String', 'public', true, [], 'String'],
      ['Handler.handle', 'method', 'Handler', 'public', true, ['input: String'], 'Boolean'],
      ['outer', 'function', null, 'public', true, ['items: List<String>'], 'Int'],
      ['outer.inner', 'function', null, null, false, ['x: String'], null],
      ['outer.Local.twice', 'method', 'Local', 'public', false, ['x: Int'], null],
    ]);
    expect(facts.classes.map((c) => [c.qualifiedName, c.kind, c.visibility, c.isExported])).toEqual(
      [
        ['UserDao', 'class', 'internal', false],
        ['Hidden', 'class', 'private', false],
        ['Handler', 'interface', 'public', true],
        ['outer.Local', 'class', null, false],
      ],
    );
    expect(facts.classes[0]).toMatchObject({
      extends: ['Dao<User>'],
      implements: [],
      decorators: [{ name: 'Entity', arguments: 'tableName = "users"' }],
      docComment: 'Stored users.',
      properties: [
        {
          name: 'db',
          type: 'Database',
          visibility: 'private',
          isStatic: false,
          isReadonly: true,
          line: line('internal class'),
        },
        {
          name: 'cached',
          type: 'User?',
          visibility: 'public',
          isStatic: false,
          isReadonly: false,
          line: line('var cached'),
        },
      ],
      range: { startLine: line('@Entity'), startColumn: 1, endLine: line('private class') - 2 },
    });
    expect(
      facts.calls.map((c) => [c.receiver, c.callee, c.argumentCount, c.enclosingFunction]),
    ).toEqual([
      [null, 'Dao', 0, null],
      [null, 'super', 1, 'UserDao.UserDao'],
      [null, 'connect', 1, 'UserDao.UserDao'],
      ['db.query(listOf<Long>(id))', 'first', 0, 'UserDao.load'],
      ['db', 'query', 1, 'UserDao.load'],
      [null, 'listOf', 1, 'UserDao.load'],
      ['split(" ")', 'joinToString', 2, 'String.initials'],
      [null, 'split', 1, 'String.initials'],
      ['it', 'take', 1, 'String.initials'],
      [null, 'getenv', 1, 'outer'],
      ['"""\n        DELETE FROM sessions WHERE user = ?\n    """', 'trimIndent', 0, 'outer'],
      ['items', 'sumOf', 1, 'outer'],
      [null, 'inner', 1, 'outer'],
      ['Local()', 'twice', 1, 'outer'],
      [null, 'Local', 0, 'outer'],
    ]);
    expect(facts.strings).toEqual([
      { kind: 'env', value: 'HOME', context: 'getenv', ...at(EDGE, 'getenv(') },
      {
        kind: 'sql',
        value: '\n        DELETE FROM sessions WHERE user = ?\n    ',
        context: null,
        ...at(EDGE, '"""'),
      },
    ]);
  });

  it('recovers calls the grammar misreads: generic calls, prefix operators, invoke', () => {
    const source = `fun check(buffer: Buffer) {
    fail<Any>("unreachable")
    while (!buffer.exhausted()) {
        handlers()()
        factory.create(1)("x")
    }
    config.getenv("NOT_ENV")
    Assertions.fail<Unit>(message)
}
`;
    const facts = parse(source);
    expect(facts.errorCount).toBe(0);
    expect(facts.calls.map((c) => [c.receiver, c.callee, c.argumentCount, c.line])).toEqual([
      [null, 'fail', 1, 2],
      ['buffer', 'exhausted', 0, 3],
      ['handlers()', 'invoke', 0, 4],
      [null, 'handlers', 0, 4],
      ['factory.create(1)', 'invoke', 1, 5],
      ['factory', 'create', 1, 5],
      ['config', 'getenv', 1, 7],
      ['Assertions', 'fail', 1, 8],
    ]);
    expect(facts.strings).toEqual([]);
  });

  it('recovers from syntax errors and keeps what parsed', () => {
    const facts = parse(
      'class Account {\n    fun good() {\n        val x = = 1\n    }\n\n    fun after() {\n        good()\n    }\n}\n',
    );
    expect(facts.errorCount).toBeGreaterThan(0);
    expect(facts.functions.map((f) => [f.qualifiedName, f.range.startLine])).toEqual([
      ['Account.good', 2],
      ['Account.after', 6],
    ]);
    expect(facts.classes.map((c) => [c.name, c.methods])).toEqual([['Account', ['good', 'after']]]);
    expect(facts.calls.map((c) => [c.callee, c.enclosingFunction, c.line])).toEqual([
      ['good', 'Account.after', 7],
    ]);
    const header = parse('fun kept() {\n    ready()\n}\n\nfun broken(: Int {\n    return 1\n');
    expect(header.errorCount).toBeGreaterThan(0);
    expect(header.functions.map((f) => f.name)).toEqual(['kept']);
    expect(header.calls.map((c) => c.callee)).toEqual(['ready']);
  });

  it('names a named companion object, and qualifies its members with it', () => {
    const facts = parse(
      'class Client {\n    companion object Factory {\n        fun create(): Client = Client()\n    }\n}\n',
    );
    expect(facts.classes.map((c) => [c.qualifiedName, c.kind])).toEqual([
      ['Client', 'class'],
      ['Client.Factory', 'object'],
    ]);
    expect(facts.functions[0]).toMatchObject({
      qualifiedName: 'Client.Factory.create',
      className: 'Factory',
      isStatic: true,
    });
    expect(facts.calls[0]).toMatchObject({
      callee: 'Client',
      isConstructor: true,
      enclosingFunction: 'Client.Factory.create',
    });
  });

  it('handles unicode identifiers with UTF-16 columns', () => {
    const source = 'fun grüße(naïve: String) {\n    val s = "😀"; größe(naïve)\n}\n';
    const facts = parse(source);
    expect(facts.functions[0]).toMatchObject({
      name: 'grüße',
      parameters: [{ name: 'naïve', type: 'String' }],
    });
    expect(facts.calls).toEqual([
      {
        callee: 'größe',
        receiver: null,
        argumentCount: 1,
        enclosingFunction: 'grüße',
        isConstructor: false,
        ...at(source, 'größe('),
      },
    ]);
  });

  it('parses a very long generated file', () => {
    const source = Array.from(
      { length: 5000 },
      (_, i) => `fun f${i}(x: Int): Int {\n    return g${i}(x)\n}\n`,
    ).join('\n');
    const facts = parse(source);
    expect(facts.errorCount).toBe(0);
    expect(facts.functions).toHaveLength(5000);
    expect(facts.calls).toHaveLength(5000);
    expect(facts.functions[4999]).toMatchObject({
      name: 'f4999',
      range: { startLine: 4999 * 4 + 1, endLine: 4999 * 4 + 3 },
    });
    expect(facts.calls[4999]).toMatchObject({ callee: 'g4999', enclosingFunction: 'f4999' });
  });
});
