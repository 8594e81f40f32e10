import type { FileFacts } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { csharpParser } from './csharp-parser.js';

beforeAll(async () => {
  await csharpParser.load();
});

function parse(source: string): FileFacts {
  return csharpParser.parse('src/Web/Controllers/TodoItemsController.cs', source);
}

const CONTROLLER = `using System;
global using static System.Math;
using Json = System.Text.Json.JsonSerializer;

namespace Acme.Web.Controllers;

/// <summary>
/// Manages todo items.
/// </summary>
[ApiController]
[Route("api/[controller]"), Authorize(Roles = "Admin", Policy = "Editors")]
public partial class TodoItemsController : ControllerBase, ITodoApi
{
    private readonly AppDbContext _context;
    public const int PageSize = 20, MaxPage = 5;
    public string Title { get; set; } = "";
    public int Id { get; init; }
    public int Count => _context.TodoItems.Count();
    protected internal static string Version { get; private set; }

    public TodoItemsController(AppDbContext context) => _context = context;

    /// <summary>Gets one item.</summary>
    /// <param name="id">The id.</param>
    [HttpGet("/api/todoitems/{id}")]
    public async Task<ActionResult<TodoItem>> GetTodoItem(long id, CancellationToken ct = default)
    {
        var item = await _context.TodoItems.FindAsync(id);
        var done = _context.TodoItems.Where(t => t.Done).Select(t => Map(t)).ToList();
        var url = Environment.GetEnvironmentVariable("TODO_API_URL");
        var sql = $"SELECT * FROM todo_items WHERE id = {id}";
        return item == null ? NotFound() : Ok(new TodoItemDto(item));
    }

    private IEnumerable<int> Pages(params int[] sizes)
    {
        int Double(int x) => x * 2;
        foreach (var size in sizes) yield return Double(size);
    }

    public class Page<T> where T : class, new()
    {
        internal T? Value { get; }
        private protected List<T> Items = new();
    }
}

public partial class TodoItemsController
{
    static partial void OnCreated();
}
`;

describe('csharp parser: a controller in a file-scoped namespace', () => {
  const facts = (): FileFacts => parse(CONTROLLER);

  it('takes the namespace as the package and parses cleanly', () => {
    expect(facts().package).toBe('Acme.Web.Controllers');
    expect(facts().errorCount).toBe(0);
    expect(facts().exports).toEqual([]);
  });

  it('extracts methods, constructors, getters and local functions with qualified names', () => {
    expect(facts().functions.map((f) => [f.qualifiedName, f.kind, f.className])).toEqual([
      ['TodoItemsController.Count', 'getter', 'TodoItemsController'],
      ['TodoItemsController.TodoItemsController', 'constructor', 'TodoItemsController'],
      ['TodoItemsController.GetTodoItem', 'method', 'TodoItemsController'],
      ['TodoItemsController.Pages', 'method', 'TodoItemsController'],
      ['TodoItemsController.Pages.Double', 'function', null],
      ['TodoItemsController.OnCreated', 'method', 'TodoItemsController'],
    ]);
  });

  it('reads an async action with its attribute, XML doc comment, parameters and range', () => {
    expect(facts().functions[2]).toEqual({
      name: 'GetTodoItem',
      qualifiedName: 'TodoItemsController.GetTodoItem',
      kind: 'method',
      className: 'TodoItemsController',
      parameters: [
        { name: 'id', type: 'long', defaultValue: null, rest: false },
        { name: 'ct', type: 'CancellationToken', defaultValue: 'default', rest: false },
      ],
      returnType: 'Task<ActionResult<TodoItem>>',
      isAsync: true,
      isGenerator: false,
      isExported: true,
      isStatic: false,
      visibility: 'public',
      decorators: [{ name: 'HttpGet', arguments: '"/api/todoitems/{id}"' }],
      docComment: '<summary>Gets one item.</summary>\n<param name="id">The id.</param>',
      range: { startLine: 26, startColumn: 5, endLine: 33, endColumn: 5 },
      bodyLines: 7,
    });
  });

  it('reads expression-bodied members, params arrays, iterators and local functions', () => {
    const [count, constructor, , pages, double, onCreated] = facts().functions;
    expect(count).toMatchObject({
      returnType: 'int',
      parameters: [],
      range: { startLine: 18, startColumn: 5, endLine: 18, endColumn: 51 },
      bodyLines: 1,
    });
    expect(constructor).toMatchObject({
      name: 'TodoItemsController',
      parameters: [{ name: 'context', type: 'AppDbContext', defaultValue: null, rest: false }],
      returnType: null,
      bodyLines: 1,
    });
    expect(pages).toMatchObject({
      parameters: [{ name: 'sizes', type: 'int[]', defaultValue: null, rest: true }],
      returnType: 'IEnumerable<int>',
      isGenerator: true,
      isExported: false,
      visibility: 'private',
    });
    expect(double).toMatchObject({
      isGenerator: false,
      isExported: false,
      visibility: null,
      range: { startLine: 37, startColumn: 9, endLine: 37, endColumn: 35 },
    });
    expect(onCreated).toMatchObject({ isStatic: true, visibility: 'private', bodyLines: 0 });
  });

  it('extracts the class with bases, attributes, doc comment, fields and properties', () => {
    expect(facts().classes[0]).toEqual({
      name: 'TodoItemsController',
      qualifiedName: 'TodoItemsController',
      kind: 'class',
      extends: ['ControllerBase'],
      implements: ['ITodoApi'],
      methods: ['Count', 'TodoItemsController', 'GetTodoItem', 'Pages'],
      properties: [
        {
          name: '_context',
          type: 'AppDbContext',
          visibility: 'private',
          isStatic: false,
          isReadonly: true,
          line: 14,
        },
        {
          name: 'PageSize',
          type: 'int',
          visibility: 'public',
          isStatic: true,
          isReadonly: true,
          line: 15,
        },
        {
          name: 'MaxPage',
          type: 'int',
          visibility: 'public',
          isStatic: true,
          isReadonly: true,
          line: 15,
        },
        {
          name: 'Title',
          type: 'string',
          visibility: 'public',
          isStatic: false,
          isReadonly: false,
          line: 16,
        },
        {
          name: 'Id',
          type: 'int',
          visibility: 'public',
          isStatic: false,
          isReadonly: true,
          line: 17,
        },
        {
          name: 'Count',
          type: 'int',
          visibility: 'public',
          isStatic: false,
          isReadonly: true,
          line: 18,
        },
        {
          name: 'Version',
          type: 'string',
          visibility: 'protected',
          isStatic: true,
          isReadonly: false,
          line: 19,
        },
      ],
      decorators: [
        { name: 'ApiController', arguments: null },
        { name: 'Route', arguments: '"api/[controller]"' },
        { name: 'Authorize', arguments: 'Roles = "Admin", Policy = "Editors"' },
      ],
      isExported: true,
      isAbstract: false,
      visibility: 'public',
      docComment: '<summary>\nManages todo items.\n</summary>',
      range: { startLine: 12, startColumn: 1, endLine: 46, endColumn: 1 },
    });
  });

  it('keeps nested generic classes and each partial declaration as separate facts', () => {
    const [, page, partial] = facts().classes;
    expect(page).toMatchObject({
      name: 'Page',
      qualifiedName: 'TodoItemsController.Page',
      visibility: 'public',
      isExported: true,
      methods: [],
      properties: [
        {
          name: 'Value',
          type: 'T?',
          visibility: 'internal',
          isStatic: false,
          isReadonly: true,
          line: 43,
        },
        {
          name: 'Items',
          type: 'List<T>',
          visibility: 'private',
          isStatic: false,
          isReadonly: false,
          line: 44,
        },
      ],
      range: { startLine: 41, startColumn: 5, endLine: 45, endColumn: 5 },
    });
    expect(partial).toMatchObject({
      name: 'TodoItemsController',
      qualifiedName: 'TodoItemsController',
      extends: [],
      implements: [],
      methods: ['OnCreated'],
      docComment: null,
      range: { startLine: 48, startColumn: 1, endLine: 51, endColumn: 1 },
    });
  });

  it('extracts using, global using static and alias directives', () => {
    const base = { kind: 'using', namespaceName: null, typeOnly: false, sideEffect: false };
    expect(facts().imports).toEqual([
      { ...base, module: 'System', names: [], defaultName: null, line: 1, column: 1 },
      {
        ...base,
        module: 'System.Math',
        names: [{ name: '*', alias: null }],
        defaultName: null,
        line: 2,
        column: 1,
      },
      {
        ...base,
        module: 'System.Text.Json.JsonSerializer',
        names: [],
        defaultName: 'Json',
        line: 3,
        column: 1,
      },
    ]);
  });

  it('extracts call sites; LINQ lambdas belong to the enclosing method', () => {
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
      ['_context.TodoItems', 'Count', 0, 'TodoItemsController.Count', false, 18, 25],
      ['_context.TodoItems', 'FindAsync', 1, 'TodoItemsController.GetTodoItem', false, 28, 26],
      [
        '_context.TodoItems.Where(t => t.Done).Select(t => Map(t))',
        'ToList',
        0,
        'TodoItemsController.GetTodoItem',
        false,
        29,
        20,
      ],
      [
        '_context.TodoItems.Where(t => t.Done)',
        'Select',
        1,
        'TodoItemsController.GetTodoItem',
        false,
        29,
        20,
      ],
      ['_context.TodoItems', 'Where', 1, 'TodoItemsController.GetTodoItem', false, 29, 20],
      [null, 'Map', 1, 'TodoItemsController.GetTodoItem', false, 29, 70],
      [
        'Environment',
        'GetEnvironmentVariable',
        1,
        'TodoItemsController.GetTodoItem',
        false,
        30,
        19,
      ],
      [null, 'NotFound', 0, 'TodoItemsController.GetTodoItem', false, 32, 31],
      [null, 'Ok', 1, 'TodoItemsController.GetTodoItem', false, 32, 44],
      [null, 'TodoItemDto', 1, 'TodoItemsController.GetTodoItem', true, 32, 47],
      [null, 'Double', 1, 'TodoItemsController.Pages', false, 38, 50],
      [null, 'List', 0, null, true, 44, 43],
    ]);
  });

  it('keeps route, SQL and environment strings', () => {
    expect(facts().strings).toEqual([
      { kind: 'route', value: '/api/todoitems/{id}', context: null, line: 25, column: 14 },
      {
        kind: 'env',
        value: 'TODO_API_URL',
        context: 'Environment.GetEnvironmentVariable',
        line: 30,
        column: 19,
      },
      {
        kind: 'sql',
        value: 'SELECT * FROM todo_items WHERE id = {id}',
        context: null,
        line: 31,
        column: 19,
      },
    ]);
  });
});

const DOMAIN = `namespace Acme.Domain
{
    using Acme.Core;

    public static class StringExtensions
    {
        public static string Truncate(this string value, int max = 10) =>
            value.Length <= max ? value : value[..max];
    }

    public record Person(string First, string Last) : Entity, IAuditable;
    public readonly record struct Point(int X, int Y);
    public record class Customer(string Name)
    {
        public string Display() => $"{Name}";
    }

    public interface IRepository<T> : IDisposable where T : Entity
    {
        Task<T?> FindAsync(int id);
        int Count { get; }
    }

    enum Status : byte { Active = 1, Archived }

    internal struct Range : IEquatable<Range>
    {
        public int Start;
    }

    public abstract class Repository<T> : IRepository<T> where T : Entity
    {
        protected abstract Task<T?> Load(int id);
        public virtual Task<T?> FindAsync(int id) => Load(id);
        public void Dispose() { }
        public int Count => 0;
    }
}
`;

describe('csharp parser: records, interfaces, enums, structs and extensions in a block namespace', () => {
  const facts = (): FileFacts => parse(DOMAIN);

  it('takes the block namespace as the package and reads a using inside it', () => {
    expect(facts().package).toBe('Acme.Domain');
    expect(facts().imports).toEqual([
      {
        module: 'Acme.Core',
        kind: 'using',
        names: [],
        defaultName: null,
        namespaceName: null,
        typeOnly: false,
        sideEffect: false,
        line: 3,
        column: 5,
      },
    ]);
  });

  it('keeps an extension method as a static method of its class, with `this` in its type', () => {
    expect(facts().functions[0]).toEqual({
      name: 'Truncate',
      qualifiedName: 'StringExtensions.Truncate',
      kind: 'method',
      className: 'StringExtensions',
      parameters: [
        { name: 'value', type: 'this string', defaultValue: null, rest: false },
        { name: 'max', type: 'int', defaultValue: '10', rest: false },
      ],
      returnType: 'string',
      isAsync: false,
      isGenerator: false,
      isExported: true,
      isStatic: true,
      visibility: 'public',
      decorators: [],
      docComment: null,
      range: { startLine: 7, startColumn: 9, endLine: 8, endColumn: 55 },
      bodyLines: 2,
    });
  });

  it('reads positional records: a primary constructor and init-only properties', () => {
    const { functions, classes } = facts();
    expect(functions[1]).toMatchObject({
      name: 'Person',
      qualifiedName: 'Person.Person',
      kind: 'constructor',
      className: 'Person',
      parameters: [
        { name: 'First', type: 'string', defaultValue: null, rest: false },
        { name: 'Last', type: 'string', defaultValue: null, rest: false },
      ],
      visibility: 'public',
      range: { startLine: 11, startColumn: 25, endLine: 11, endColumn: 51 },
      bodyLines: 0,
    });
    const person = { visibility: 'public', isStatic: false, isReadonly: true, line: 11 };
    expect(classes[1]).toMatchObject({
      name: 'Person',
      kind: 'record',
      extends: ['Entity'],
      implements: ['IAuditable'],
      methods: ['Person'],
      properties: [
        { ...person, name: 'First', type: 'string' },
        { ...person, name: 'Last', type: 'string' },
      ],
    });
    expect(classes[2]).toMatchObject({
      name: 'Point',
      kind: 'record',
      extends: [],
      implements: [],
      properties: [
        { name: 'X', isReadonly: true },
        { name: 'Y', isReadonly: true },
      ],
    });
    expect(classes[3]).toMatchObject({
      name: 'Customer',
      kind: 'record',
      methods: ['Customer', 'Display'],
      range: { startLine: 13, startColumn: 5, endLine: 16, endColumn: 5 },
    });
  });

  it('makes interface members public and reads interface bases as extends', () => {
    const { functions, classes } = facts();
    expect(functions.find((f) => f.qualifiedName === 'IRepository.FindAsync')).toMatchObject({
      visibility: 'public',
      isExported: true,
      bodyLines: 0,
      returnType: 'Task<T?>',
    });
    expect(classes[4]).toMatchObject({
      name: 'IRepository',
      kind: 'interface',
      extends: ['IDisposable'],
      implements: [],
      methods: ['FindAsync'],
      properties: [
        {
          name: 'Count',
          type: 'int',
          visibility: 'public',
          isStatic: false,
          isReadonly: true,
          line: 21,
        },
      ],
    });
  });

  it('reads enums, structs and abstract classes with their default visibilities', () => {
    const { classes } = facts();
    expect(
      classes.slice(5).map((c) => [c.name, c.kind, c.visibility, c.isExported, c.isAbstract]),
    ).toEqual([
      ['Status', 'enum', 'internal', false, false],
      ['Range', 'struct', 'internal', false, false],
      ['Repository', 'class', 'public', true, true],
    ]);
    const member = { type: null, visibility: 'public', isStatic: true, isReadonly: true, line: 24 };
    expect(classes[5]).toMatchObject({
      extends: [],
      implements: [],
      properties: [
        { ...member, name: 'Active' },
        { ...member, name: 'Archived' },
      ],
    });
    expect(classes[6]).toMatchObject({
      implements: ['IEquatable<Range>'],
      properties: [
        { name: 'Start', type: 'int', visibility: 'public', isReadonly: false, line: 28 },
      ],
    });
    expect(classes[7]).toMatchObject({
      extends: [],
      implements: ['IRepository<T>'],
      methods: ['Load', 'FindAsync', 'Dispose', 'Count'],
    });
    expect(facts().functions.find((f) => f.qualifiedName === 'Repository.Load')).toMatchObject({
      visibility: 'protected',
      isExported: false,
    });
  });
});

const FORMS = `var builder = WebApplication.CreateBuilder(args);
app.MapGet("/health", () => Results.Ok());
static int Helper(int x) => Compute(x);

class Calls : Base
{
    static Calls() { Init(); }
    ~Calls() { Release(); }
    public static Calls operator +(Calls a, Calls b) => Combine(a, b);
    public int this[int i] { get { return Lookup(i); } private set { Store(i, value); } }

    void Run(Repo? repo)
    {
        this.Save();
        base.Save();
        repo?.Items.Clear();
        Get<int>();
        _cache.Get<List<string>>("k");
        var sb = new System.Text.StringBuilder();
        var dict = new Dictionary<string, int> { ["a"] = 1 };
        Calls c = new(1, 2);
        Take(new());
        var name = nameof(Run);
        Action a = delegate { Log(); };
        handlers[0](1);
        var v = @"SELECT id FROM users WHERE x = 1";
        var raw = """
            /api/raw/{id}
            """;
        var bytes = "/api/bytes"u8;
        var interpolated = $@"/api/{name}/items";
        var home = System.Environment.GetEnvironmentVariable(@"HOME_DIR");
        int Outer() { int Inner() => Deep(); return Inner(); }
    }
}
`;

describe('csharp parser: call, member and string forms', () => {
  const facts = (): FileFacts => parse(FORMS);

  it('reads top-level statements, static constructors, finalizers, operators and indexers', () => {
    expect(
      facts().functions.map((f) => [f.qualifiedName, f.kind, f.visibility, f.isStatic]),
    ).toEqual([
      ['Helper', 'function', null, true],
      ['Calls.Calls', 'constructor', 'private', true],
      ['Calls.~Calls', 'method', 'private', false],
      ['Calls.operator+', 'method', 'public', true],
      ['Calls.this', 'getter', 'public', false],
      ['Calls.this', 'setter', 'private', false],
      ['Calls.Run', 'method', 'private', false],
      ['Calls.Run.Outer', 'function', null, false],
      ['Calls.Run.Outer.Inner', 'function', null, false],
    ]);
    expect(facts().functions[5]?.parameters).toEqual([
      { name: 'i', type: 'int', defaultValue: null, rest: false },
      { name: 'value', type: 'int', defaultValue: null, rest: false },
    ]);
    expect(facts().package).toBeNull();
  });

  it('reads receivers of this, base, conditional and generic calls; constructors with new', () => {
    expect(
      facts().calls.map((c) => [
        c.receiver,
        c.callee,
        c.argumentCount,
        c.enclosingFunction,
        c.isConstructor,
      ]),
    ).toEqual([
      ['WebApplication', 'CreateBuilder', 1, null, false],
      ['app', 'MapGet', 2, null, false],
      ['Results', 'Ok', 0, null, false],
      [null, 'Compute', 1, 'Helper', false],
      [null, 'Init', 0, 'Calls.Calls', false],
      [null, 'Release', 0, 'Calls.~Calls', false],
      [null, 'Combine', 2, 'Calls.operator+', false],
      [null, 'Lookup', 1, 'Calls.this', false],
      [null, 'Store', 2, 'Calls.this', false],
      ['this', 'Save', 0, 'Calls.Run', false],
      ['base', 'Save', 0, 'Calls.Run', false],
      ['repo?.Items', 'Clear', 0, 'Calls.Run', false],
      [null, 'Get', 0, 'Calls.Run', false],
      ['_cache', 'Get', 1, 'Calls.Run', false],
      ['System.Text', 'StringBuilder', 0, 'Calls.Run', true],
      [null, 'Dictionary', 0, 'Calls.Run', true],
      [null, 'Calls', 2, 'Calls.Run', true],
      [null, 'Take', 1, 'Calls.Run', false],
      [null, 'new', 0, 'Calls.Run', true],
      [null, 'Log', 0, 'Calls.Run', false],
      [null, 'handlers[0]', 1, 'Calls.Run', false],
      ['System.Environment', 'GetEnvironmentVariable', 1, 'Calls.Run', false],
      [null, 'Deep', 0, 'Calls.Run.Outer.Inner', false],
      [null, 'Inner', 0, 'Calls.Run.Outer', false],
    ]);
  });

  it('reads verbatim, raw, UTF-8 and interpolated strings, and verbatim env names', () => {
    expect(facts().strings).toEqual([
      { kind: 'route', value: '/health', context: null, line: 2, column: 12 },
      {
        kind: 'sql',
        value: 'SELECT id FROM users WHERE x = 1',
        context: null,
        line: 26,
        column: 17,
      },
      { kind: 'route', value: '/api/raw/{id}', context: null, line: 27, column: 19 },
      { kind: 'route', value: '/api/bytes', context: null, line: 30, column: 21 },
      { kind: 'route', value: '/api/{name}/items', context: null, line: 31, column: 28 },
      {
        kind: 'env',
        value: 'HOME_DIR',
        context: 'Environment.GetEnvironmentVariable',
        line: 32,
        column: 20,
      },
    ]);
  });
});

describe('csharp parser: edge cases', () => {
  it('recovers from syntax errors and keeps what parsed', () => {
    const facts = parse(
      'namespace Broken;\npublic class A\n{\n    public void Good() { Run(); }\n    public void Bad( {\n    public void After() { Go(); }\n}\n',
    );
    expect(facts.errorCount).toBeGreaterThan(0);
    expect(facts.package).toBe('Broken');
    expect(facts.functions.map((f) => f.name)).toEqual(expect.arrayContaining(['Good', 'After']));
    expect(facts.calls.map((c) => c.callee)).toEqual(['Run', 'Go']);
  });

  it('handles unicode identifiers with UTF-16 columns', () => {
    const facts = parse(
      'namespace Ünïcode;\npublic class Über\n{\n    public void Grüße(int größe) { var s = "😀"; Ärger(größe); }\n}\n',
    );
    expect(facts.package).toBe('Ünïcode');
    expect(facts.classes[0]).toMatchObject({ name: 'Über', methods: ['Grüße'] });
    expect(facts.functions[0]).toMatchObject({
      qualifiedName: 'Über.Grüße',
      parameters: [{ name: 'größe', type: 'int' }],
      range: { startLine: 4, startColumn: 5, endLine: 4, endColumn: 64 },
    });
    expect(facts.calls[0]).toMatchObject({
      callee: 'Ärger',
      line: 4,
      column: 50,
      enclosingFunction: 'Über.Grüße',
    });
  });

  it('parses a very long generated file', () => {
    const members = Array.from(
      { length: 3000 },
      (_, i) => `    public int M${i}(int x) => N${i}(x);`,
    ).join('\n');
    const facts = parse(`namespace Generated;\npublic partial class Big\n{\n${members}\n}\n`);
    expect(facts.functions).toHaveLength(3000);
    expect(facts.calls).toHaveLength(3000);
    expect(facts.classes[0]?.methods).toHaveLength(3000);
    expect(facts.functions[2999]).toMatchObject({
      qualifiedName: 'Big.M2999',
      range: { startLine: 3003, startColumn: 5 },
    });
    expect(facts.calls[2999]).toMatchObject({ callee: 'N2999', enclosingFunction: 'Big.M2999' });
  });

  it('attaches only adjacent /// comments as doc comments', () => {
    const facts = parse(
      [
        'class Docs',
        '{',
        '    /// <summary>Separated by a blank line.</summary>',
        '',
        '    void A() { }',
        '    /// <summary>Interrupted.</summary>',
        '    // a plain comment',
        '    void B() { }',
        '    /** <summary>Block doc.</summary> */',
        '    [Obsolete]',
        '    void C() { }',
        '}',
      ].join('\n'),
    );
    expect(facts.functions.map((f) => [f.name, f.docComment])).toEqual([
      ['A', null],
      ['B', null],
      ['C', '<summary>Block doc.</summary>'],
    ]);
    expect(facts.functions[2]).toMatchObject({
      decorators: [{ name: 'Obsolete', arguments: null }],
      range: { startLine: 11, startColumn: 5 },
    });
  });

  it('reads visibility combinations, attribute targets and parameter modifiers', () => {
    const facts = parse(
      [
        'public class Mods',
        '{',
        '    protected internal void A() { }',
        '    private protected void B() { }',
        '    internal void C() { }',
        '    [return: NotNull, Description("x, y")] public string D([FromBody] ref int a, out int b, in int c = 3) => "";',
        '    class Hidden { }',
        '    public event EventHandler Changed { add { Subscribe(value); } remove { } }',
        '}',
      ].join('\n'),
    );
    expect(facts.functions.map((f) => [f.name, f.visibility, f.isExported])).toEqual([
      ['A', 'protected', false],
      ['B', 'private', false],
      ['C', 'internal', false],
      ['D', 'public', true],
    ]);
    expect(facts.functions[3]).toMatchObject({
      decorators: [
        { name: 'NotNull', arguments: null },
        { name: 'Description', arguments: '"x, y"' },
      ],
      parameters: [
        { name: 'a', type: 'ref int', defaultValue: null, rest: false },
        { name: 'b', type: 'out int', defaultValue: null, rest: false },
        { name: 'c', type: 'in int', defaultValue: '3', rest: false },
      ],
    });
    expect(facts.classes.map((c) => [c.qualifiedName, c.visibility])).toEqual([
      ['Mods', 'public'],
      ['Mods.Hidden', 'private'],
    ]);
    expect(facts.calls[0]).toMatchObject({ callee: 'Subscribe', enclosingFunction: null });
  });
});

describe('csharp parser: method groups and typed locals', () => {
  const SOURCE = `class Jobs {
  void Start(Scheduler scheduler) {
    var repo = new UserRepo();
    UserRepo typed = Make(), other;
    var count = Count();
    scheduler.Run(Handle, this.OnDone, repo.Save, "Handle", Make(), items[0]);
  }
}
`;

  it('records names and member accesses passed to calls, not strings, calls or element accesses', () => {
    expect(
      parse(SOURCE).references.map(
        (r) =>
          `${r.enclosingFunction ?? '-'} ${r.callReceiver ?? ''}.${r.call}(${r.receiver ?? ''}.${r.name}) ${String(r.line)}:${String(r.column)}`,
      ),
    ).toEqual([
      'Jobs.Start scheduler.Run(.Handle) 6:19',
      'Jobs.Start scheduler.Run(this.OnDone) 6:27',
      'Jobs.Start scheduler.Run(repo.Save) 6:40',
    ]);
  });

  it('records locals typed by their declaration or by new with var, not var with a call', () => {
    expect(parse(SOURCE).variableTypes).toEqual([
      { name: 'repo', type: 'UserRepo', enclosingFunction: 'Jobs.Start', line: 3 },
      { name: 'typed', type: 'UserRepo', enclosingFunction: 'Jobs.Start', line: 4 },
      { name: 'other', type: 'UserRepo', enclosingFunction: 'Jobs.Start', line: 4 },
    ]);
  });
});
