import { beforeAll, describe, expect, it } from 'vitest';
import { resolveFileCalls } from './call-resolver.js';
import { SymbolIndex } from './symbol-index.js';
import { edgeLines, parseProject } from './test-project.js';

const PROJECT: Record<string, string> = {
  'go.mod': 'module example.com/shop\n\ngo 1.22\n',
  'store/store.go': `package store

type Store struct {
	items map[string]int
}

func New() *Store { return &Store{items: map[string]int{}} }

func normalize(key string) string { return key }

func (s *Store) Get(key string) int { return s.lookup(key) }

func (s Store) lookup(key string) int { return s.items[key] }
`,
  'store/put.go': `package store

func (s *Store) Put(key string, value int) {
	s.items[normalize(key)] = value
}
`,
  'server/server.go': `package server

import (
	"fmt"

	st "example.com/shop/store"
)

type Server struct {
	store *st.Store
}

func NewServer() *Server { return &Server{store: st.New()} }

func (srv *Server) Handle(key string) int {
	srv.store.Put(key, 1)
	fmt.Println(key)
	return srv.store.Get(key)
}

func run(s *Server) int { return s.Handle("x") }
`,
  'main.go': `package main

import "example.com/shop/server"

func main() {
	server.NewServer().Handle("a")
}
`,
};

describe('resolveFileCalls on a Go module', () => {
  let index: SymbolIndex;

  beforeAll(async () => {
    const { facts, read } = await parseProject(PROJECT);
    index = SymbolIndex.build(facts, read);
  });

  it('resolves the receiver variable, methods declared in another file of the package and same-package functions', () => {
    expect(edgeLines(resolveFileCalls('store/store.go', index).edges)).toEqual([
      'store/store.go#Store.Get -> store/store.go#Store.lookup [this]',
    ]);
    expect(edgeLines(resolveFileCalls('store/put.go', index).edges)).toEqual([
      'store/put.go#Store.Put -> store/store.go#normalize [import]',
    ]);
  });

  it('resolves aliased package imports, struct field types and typed parameters across packages', () => {
    const result = resolveFileCalls('server/server.go', index);
    expect(edgeLines(result.edges)).toEqual([
      'server/server.go#NewServer -> store/store.go#New [import]',
      'server/server.go#Server.Handle -> store/put.go#Store.Put [instance]',
      'server/server.go#Server.Handle -> store/store.go#Store.Get [instance]',
      'server/server.go#run -> server/server.go#Server.Handle [instance]',
    ]);
    expect(result).toMatchObject({ unresolved: 0, external: 1 });
  });

  it('resolves a package function by import path and a method of its result by unique name', () => {
    expect(edgeLines(resolveFileCalls('main.go', index).edges)).toEqual([
      'main.go#main -> server/server.go#NewServer [import]',
      'main.go#main -> server/server.go#Server.Handle [name]',
    ]);
  });
});
