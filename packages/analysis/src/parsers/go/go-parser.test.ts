import type { FileFacts } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { goParser } from './go-parser.js';

beforeAll(async () => {
  await goParser.load();
});

function parse(source: string): FileFacts {
  return goParser.parse('server/server.go', source);
}

/** 1-based column of `needle` on 1-based `line` of `source` (UTF-16 units, as the facts count). */
function columnIn(source: string, line: number, needle: string): number {
  const text = source.split('\n')[line - 1] ?? '';
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`"${needle}" is not on line ${line}`);
  return index + 1;
}

const SERVER = `// Package server serves users.
package server

import "fmt"

import (
	f "fmt"
	. "strings"
	_ "embed"
	"os"
)

// Server handles requests.
// It embeds a base.
type Server struct {
	Base
	*log.Logger
	Name, Addr string \`json:"name"\`
	port       int
}

// Store persists users.
type Store interface {
	io.Closer
	Get(id int) (User, error)
	Put(u User) error
}

// Start runs the server.
//
//go:noinline
func (s *Server) Start(a, b int, args ...string) (int, error) {
	go func() {
		s.serve(a)
	}()
	defer s.log.Close()
	port := os.Getenv("PORT")
	f.Println(port, b)
	return len(args), nil
}

func (s Server) stop(int, string) error { return nil }

func NewServer(name string) *Server {
	srv := new(Server)
	srv.Name = name
	return srv
}

func routes(r *gin.Engine, db *sql.DB) {
	r.GET("/users/:id", func(c *gin.Context) {
		row := db.QueryRow(\`SELECT name FROM users WHERE id = $1\`, c.Param("id"))
		c.JSON(200, row)
	})
	if _, ok := os.LookupEnv("DEBUG"); ok {
		r.Use(logger())
	}
}
`;

describe('go parser: a server file', () => {
  const facts = (): FileFacts => parse(SERVER);

  it('reads the package clause and has no exports', () => {
    expect(facts().package).toBe('server');
    expect(facts().exports).toEqual([]);
    expect(facts().errorCount).toBe(0);
  });

  it('extracts methods with receivers, grouped and variadic parameters and doc comments', () => {
    const { functions } = facts();
    expect(functions.map((f) => [f.qualifiedName, f.kind, f.className, f.isExported])).toEqual([
      ['Server.Start', 'method', 'Server', true],
      ['Server.stop', 'method', 'Server', false],
      ['NewServer', 'function', null, true],
      ['routes', 'function', null, false],
    ]);
    expect(functions[0]).toEqual({
      name: 'Start',
      qualifiedName: 'Server.Start',
      kind: 'method',
      className: 'Server',
      parameters: [
        { name: 'a', type: 'int', defaultValue: null, rest: false },
        { name: 'b', type: 'int', defaultValue: null, rest: false },
        { name: 'args', type: 'string', defaultValue: null, rest: true },
      ],
      returnType: '(int, error)',
      isAsync: false,
      isGenerator: false,
      isExported: true,
      isStatic: false,
      visibility: 'public',
      decorators: [],
      docComment: 'Start runs the server.',
      range: { startLine: 32, startColumn: 1, endLine: 40, endColumn: 1 },
      bodyLines: 9,
    });
    expect(functions[1]).toMatchObject({
      parameters: [
        { name: '', type: 'int', defaultValue: null, rest: false },
        { name: '', type: 'string', defaultValue: null, rest: false },
      ],
      returnType: 'error',
      visibility: 'package',
      docComment: null,
      range: { startLine: 42, startColumn: 1, endLine: 42, endColumn: 54 },
      bodyLines: 1,
    });
    expect(functions[2]).toMatchObject({
      parameters: [{ name: 'name', type: 'string', defaultValue: null, rest: false }],
      returnType: '*Server',
    });
  });

  it('extracts structs and interfaces with embedded types, fields and methods', () => {
    const [server, store] = facts().classes;
    expect(server).toEqual({
      name: 'Server',
      qualifiedName: 'Server',
      kind: 'struct',
      extends: ['Base', 'log.Logger'],
      implements: [],
      methods: ['Start', 'stop'],
      properties: [
        {
          name: 'Name',
          type: 'string',
          visibility: 'public',
          isStatic: false,
          isReadonly: false,
          line: 18,
        },
        {
          name: 'Addr',
          type: 'string',
          visibility: 'public',
          isStatic: false,
          isReadonly: false,
          line: 18,
        },
        {
          name: 'port',
          type: 'int',
          visibility: 'package',
          isStatic: false,
          isReadonly: false,
          line: 19,
        },
      ],
      decorators: [],
      isExported: true,
      isAbstract: false,
      visibility: 'public',
      docComment: 'Server handles requests.\nIt embeds a base.',
      range: { startLine: 15, startColumn: 1, endLine: 20, endColumn: 1 },
    });
    expect(store).toEqual({
      name: 'Store',
      qualifiedName: 'Store',
      kind: 'interface',
      extends: ['io.Closer'],
      implements: [],
      methods: ['Get', 'Put'],
      properties: [],
      decorators: [],
      isExported: true,
      isAbstract: false,
      visibility: 'public',
      docComment: 'Store persists users.',
      range: { startLine: 23, startColumn: 1, endLine: 27, endColumn: 1 },
    });
    expect(facts().classes).toHaveLength(2);
  });

  it('extracts single, grouped, aliased, dot and blank imports', () => {
    const base = { kind: 'import', namespaceName: null, typeOnly: false } as const;
    expect(facts().imports).toEqual([
      {
        ...base,
        module: 'fmt',
        names: [],
        defaultName: null,
        sideEffect: false,
        line: 4,
        column: 8,
      },
      {
        ...base,
        module: 'fmt',
        names: [],
        defaultName: 'f',
        sideEffect: false,
        line: 7,
        column: 2,
      },
      {
        ...base,
        module: 'strings',
        names: [{ name: '*', alias: null }],
        defaultName: null,
        sideEffect: false,
        line: 8,
        column: 2,
      },
      {
        ...base,
        module: 'embed',
        names: [],
        defaultName: null,
        sideEffect: true,
        line: 9,
        column: 2,
      },
      {
        ...base,
        module: 'os',
        names: [],
        defaultName: null,
        sideEffect: false,
        line: 10,
        column: 2,
      },
    ]);
  });

  it('extracts calls: receivers, closures, goroutines, defer and new', () => {
    const at = (line: number, needle: string): [number, number] => [
      line,
      columnIn(SERVER, line, needle),
    ];
    expect(
      facts().calls.map((c) => [
        c.receiver,
        c.callee,
        c.argumentCount,
        c.enclosingFunction,
        c.isConstructor,
        [c.line, c.column],
      ]),
    ).toEqual([
      ['s', 'serve', 1, 'Server.Start', false, at(34, 's.serve')],
      ['s.log', 'Close', 0, 'Server.Start', false, at(36, 's.log')],
      ['os', 'Getenv', 1, 'Server.Start', false, at(37, 'os.')],
      ['f', 'Println', 2, 'Server.Start', false, at(38, 'f.')],
      [null, 'len', 1, 'Server.Start', false, at(39, 'len')],
      [null, 'new', 1, 'NewServer', true, at(45, 'new')],
      ['r', 'GET', 2, 'routes', false, at(51, 'r.GET')],
      ['db', 'QueryRow', 2, 'routes', false, at(52, 'db.')],
      ['c', 'Param', 1, 'routes', false, at(52, 'c.Param')],
      ['c', 'JSON', 2, 'routes', false, at(53, 'c.JSON')],
      ['os', 'LookupEnv', 1, 'routes', false, at(55, 'os.')],
      ['r', 'Use', 1, 'routes', false, at(56, 'r.Use')],
      [null, 'logger', 0, 'routes', false, at(56, 'logger')],
    ]);
  });

  it('keeps route, SQL and env strings (not import paths or struct tags)', () => {
    expect(facts().strings).toEqual([
      {
        kind: 'env',
        value: 'PORT',
        context: 'os.Getenv',
        line: 37,
        column: columnIn(SERVER, 37, 'os.'),
      },
      {
        kind: 'route',
        value: '/users/:id',
        context: null,
        line: 51,
        column: columnIn(SERVER, 51, '"/users'),
      },
      {
        kind: 'sql',
        value: 'SELECT name FROM users WHERE id = $1',
        context: null,
        line: 52,
        column: columnIn(SERVER, 52, '`SELECT'),
      },
      {
        kind: 'env',
        value: 'DEBUG',
        context: 'os.LookupEnv',
        line: 55,
        column: columnIn(SERVER, 55, 'os.'),
      },
    ]);
  });
});

describe('go parser: generics', () => {
  const SOURCE = `package list

type List[T any] struct {
	items []T
}

type Number interface {
	~int | ~float64
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func Map[T, U any](xs []T, fn func(T) U) []U {
	return nil
}

func use(xs []int) {
	l := List[int]{}
	l.Push(1)
	_ = Map[int, string](xs, nil)
	_ = Identity[int](xs)
	_ = slices.Clone[[]int](xs)
	_ = Map[int](xs, nil)
}
`;

  it('drops type parameters from names and keeps the receiver type', () => {
    const facts = parse(SOURCE);
    expect(facts.functions.map((f) => [f.qualifiedName, f.className, f.returnType])).toEqual([
      ['List.Push', 'List', null],
      ['Map', null, '[]U'],
      ['use', null, null],
    ]);
    expect(facts.functions[1]?.parameters).toEqual([
      { name: 'xs', type: '[]T', defaultValue: null, rest: false },
      { name: 'fn', type: 'func(T) U', defaultValue: null, rest: false },
    ]);
    expect(facts.classes.map((c) => [c.name, c.kind, c.methods, c.extends])).toEqual([
      ['List', 'struct', ['Push'], []],
      ['Number', 'interface', [], []],
    ]);
  });

  it('names the function of a generic call, whichever way it parses', () => {
    const facts = parse(SOURCE);
    expect(facts.calls.map((c) => [c.receiver, c.callee, c.argumentCount, c.line])).toEqual([
      [null, 'append', 2, 11],
      ['l', 'Push', 1, 19],
      [null, 'Map', 2, 20],
      [null, 'Identity', 1, 21],
      ['slices', 'Clone', 1, 22],
      [null, 'Map', 2, 23],
    ]);
  });
});

describe('go parser: edge cases', () => {
  it('attributes calls in nested closures to the enclosing function, and package-level calls to none', () => {
    const source = `package main

var client = http.NewClient()

func main() {
	defer func() {
		if r := recover(); r != nil {
			go func(v any) { log.Println(v) }(r)
		}
	}()
	func() { setup() }()
}
`;
    const facts = parse(source);
    expect(facts.functions.map((f) => f.name)).toEqual(['main']);
    expect(facts.calls.map((c) => [c.callee, c.enclosingFunction, c.line])).toEqual([
      ['NewClient', null, 3],
      ['recover', 'main', 7],
      ['Println', 'main', 8],
      ['setup', 'main', 11],
    ]);
  });

  it('counts arguments without comments and calls through an index as the indexed name', () => {
    const source = `package p

func handle(c *Context) {
	r.GET("/a", // the handler follows
		h)
	c.handlers[c.index](c)
	handlers[0](c, /* why */ 1)
}
`;
    const facts = parse(source);
    expect(facts.calls.map((c) => [c.receiver, c.callee, c.argumentCount])).toEqual([
      ['r', 'GET', 2],
      ['c', 'handlers', 1],
      [null, 'handlers', 2],
    ]);
  });

  it('records only calls whose function has a name', () => {
    const source = `package p

var _ Renderer = (*JSON)(nil)

func run() {
	factory()(1)
	(handler)(2)
	func() {}()
	_ = []byte("x")
	_ = string(b)
}
`;
    expect(parse(source).calls.map((c) => [c.callee, c.argumentCount, c.line])).toEqual([
      ['factory', 0, 6],
      ['handler', 1, 7],
      ['string', 1, 10],
    ]);
  });

  it('reads docs of grouped types, skips trailing comments and qualifies local types', () => {
    const source = `package p

var x = 1 // trailing, not a doc
func after() {}

type (
	// A is documented.
	A struct{ n int }
	B interface{ M() }
)

/* A block comment is not a Go doc here. */
func blockDoc() {}

func local() {
	// Point is local.
	type Point struct{ X, Y int }
}
`;
    const facts = parse(source);
    expect(facts.functions.map((f) => [f.name, f.docComment])).toEqual([
      ['after', null],
      ['blockDoc', null],
      ['local', null],
    ]);
    expect(
      facts.classes.map((c) => [
        c.qualifiedName,
        c.kind,
        c.isExported,
        c.visibility,
        c.docComment,
        c.range.startLine,
        c.range.startColumn,
      ]),
    ).toEqual([
      ['A', 'struct', true, 'public', 'A is documented.', 8, 2],
      ['B', 'interface', true, 'public', null, 9, 2],
      ['local.Point', 'struct', false, 'package', 'Point is local.', 17, 2],
    ]);
    expect(facts.classes[2]?.properties.map((p) => [p.name, p.type])).toEqual([
      ['X', 'int'],
      ['Y', 'int'],
    ]);
  });

  it('does not make class facts of other named types, but their methods are methods', () => {
    const facts = parse(
      'package p\n\ntype HandlersChain []HandlerFunc\n\nfunc (c HandlersChain) Last() HandlerFunc { return nil }\n',
    );
    expect(facts.classes).toEqual([]);
    expect(facts.functions[0]).toMatchObject({
      qualifiedName: 'HandlersChain.Last',
      kind: 'method',
      className: 'HandlersChain',
    });
  });

  it("lists a struct's methods declared anywhere in the file, on pointer or value receivers", () => {
    const facts = parse(
      'package p\n\nfunc (q Queue) Len() int { return 0 }\n\ntype Queue struct{}\n\nfunc (q *Queue) Push() {}\n\nfunc (o Other) Skip() {}\n',
    );
    expect(facts.classes.map((c) => [c.name, c.methods])).toEqual([['Queue', ['Len', 'Push']]]);
    expect(facts.functions.map((f) => f.qualifiedName)).toEqual([
      'Queue.Len',
      'Queue.Push',
      'Other.Skip',
    ]);
  });

  it('recovers from syntax errors and keeps what parsed', () => {
    const facts = parse(
      'package broken\n\nfunc good() { ok() }\n\nfunc bad( {\n\tinside()\n}\n\nfunc after() { good() }\n',
    );
    expect(facts.errorCount).toBeGreaterThan(0);
    expect(facts.package).toBe('broken');
    expect(facts.functions.map((f) => f.name)).toEqual(expect.arrayContaining(['good', 'after']));
    expect(facts.calls.map((c) => c.callee)).toEqual(expect.arrayContaining(['ok', 'good']));
  });

  it('handles unicode identifiers: Unicode upper case exports, columns in UTF-16 units', () => {
    const source = `package p

func Größe(ñ int) int { return ñ }

func ñandú() {}

func Ñandú() { _ = "😀"; größe(1) }
`;
    const facts = parse(source);
    expect(facts.functions.map((f) => [f.name, f.isExported, f.visibility])).toEqual([
      ['Größe', true, 'public'],
      ['ñandú', false, 'package'],
      ['Ñandú', true, 'public'],
    ]);
    expect(facts.functions[0]?.parameters).toEqual([
      { name: 'ñ', type: 'int', defaultValue: null, rest: false },
    ]);
    expect(facts.calls).toEqual([
      {
        callee: 'größe',
        receiver: null,
        argumentCount: 1,
        enclosingFunction: 'Ñandú',
        isConstructor: false,
        line: 7,
        column: columnIn(source, 7, 'größe'),
      },
    ]);
    expect(columnIn(source, 7, 'größe')).toBe(26);
  });

  it('parses a very long generated file', () => {
    const methods = Array.from(
      { length: 5000 },
      (_, i) =>
        `// M${i} is generated.\nfunc (s *Gen) M${i}(x int) int {\n\treturn s.f${i}(x)\n}\n`,
    );
    const source = `package gen\n\ntype Gen struct{}\n\n${methods.join('\n')}`;
    const facts = parse(source);
    expect(facts.errorCount).toBe(0);
    expect(facts.functions).toHaveLength(5000);
    expect(facts.calls).toHaveLength(5000);
    expect(facts.classes[0]?.methods).toHaveLength(5000);
    // Header: 4 lines; each method: 4 lines and a blank one; M4999's func line is 4 + 4999 × 5 + 2.
    expect(facts.functions[4999]).toMatchObject({
      qualifiedName: 'Gen.M4999',
      docComment: 'M4999 is generated.',
      range: { startLine: 25001, endLine: 25003 },
    });
    expect(facts.calls[4999]).toMatchObject({
      receiver: 's',
      callee: 'f4999',
      enclosingFunction: 'Gen.M4999',
      line: 25002,
    });
  });
});

describe('go parser: functions passed as values and typed variables', () => {
  const SOURCE = `package main

var global = &Server{}

func main() {
	repo := &UserRepo{}
	s, n := Service{db: 1}, 2
	var h Handler
	var k = &store.Keeper{}
	conn := Dial()
	r.GET("/", h.List, handler)
	http.HandleFunc("/x", index)
	fmt.Println("x", nil, Dial(), s.items[0])
}
`;

  it('records identifiers and selectors passed to calls, not literals, calls or index expressions', () => {
    expect(
      parse(SOURCE).references.map(
        (r) =>
          `${r.enclosingFunction ?? '-'} ${r.callReceiver ?? ''}.${r.call}(${r.receiver ?? ''}.${r.name}) ${String(r.line)}:${String(r.column)}`,
      ),
    ).toEqual([
      'main r.GET(h.List) 11:13',
      'main r.GET(.handler) 11:21',
      'main http.HandleFunc(.index) 12:24',
    ]);
  });

  it('records variables typed by a composite literal or a declared type, not by a call', () => {
    expect(parse(SOURCE).variableTypes).toEqual([
      { name: 'global', type: 'Server', enclosingFunction: null, line: 3 },
      { name: 'repo', type: 'UserRepo', enclosingFunction: 'main', line: 6 },
      { name: 's', type: 'Service', enclosingFunction: 'main', line: 7 },
      { name: 'h', type: 'Handler', enclosingFunction: 'main', line: 8 },
      { name: 'k', type: 'store.Keeper', enclosingFunction: 'main', line: 9 },
    ]);
  });

  it("records a method's named receiver as a variable of the method's type", () => {
    const source = [
      'package shop',
      'func (c *Catalog[T]) Price(id string) int { return c.base(id) }',
      'func (Catalog) Size() int { return 0 }',
      'func (_ *Catalog) Reset() {}',
    ].join('\n');
    expect(parse(source).variableTypes).toEqual([
      { name: 'c', type: 'Catalog', enclosingFunction: 'Catalog.Price', line: 2 },
    ]);
  });
});
