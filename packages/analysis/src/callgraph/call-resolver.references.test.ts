import type { CallGraphEdge } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { resolveFileCalls } from './call-resolver.js';
import { SymbolIndex } from './symbol-index.js';
import { parseProject } from './test-project.js';

/** `caller -> callee [kind]`, with `ref` for a reference and the entry-point kind it registers. */
function line(edge: CallGraphEdge): string {
  const marks = [
    edge.kind,
    ...(edge.reference ? ['ref'] : []),
    ...(edge.registers ?? '').split(' '),
  ];
  return `${edge.caller} -> ${edge.callee} [${marks.join(' ').trim()}]`;
}

async function resolveIn(files: Record<string, string>, path: string): Promise<string[]> {
  const { facts, read } = await parseProject(files);
  return resolveFileCalls(path, SymbolIndex.build(facts, read)).edges.map(line).sort();
}

describe('resolveFileCalls: functions passed as values', () => {
  it('TypeScript: imported, namespace, this and local references, registrations, and lookalikes that are not references', async () => {
    const lines = await resolveIn(
      {
        'users.ts': `export function listUsers() {}
export function auth() {}
export class User {}
`,
        'controller.ts': `export function create() {}
export function remove() {}
`,
        'routes.ts': `import { listUsers, auth, User } from './users';
import * as controller from './controller';
function format(x: string) { return x; }
function make() { return format; }
app.get('/users', listUsers);
router.post('/', auth, controller.create);
program.command('x').action(controller.remove);
class Feed {
  start(emitter: Emitter) { emitter.on('data', this.onData); }
  onData() {}
}
export function handle(items: string[], user: { name: string }) {
  items.map(format);
  run('listUsers', make(), { listUsers }, user.name, getRepository(User));
}
export function shadowed(format: (x: string) => string) {
  ['a'].map(format);
}
`,
      },
      'routes.ts',
    );
    expect(lines).toEqual([
      'routes.ts#<module> -> controller.ts#create [import ref route]',
      'routes.ts#<module> -> controller.ts#remove [import ref cli]',
      'routes.ts#<module> -> users.ts#auth [import ref route]',
      'routes.ts#<module> -> users.ts#listUsers [import ref route]',
      'routes.ts#Feed.start -> routes.ts#Feed.onData [this ref event]',
      'routes.ts#handle -> routes.ts#format [local ref]',
      'routes.ts#handle -> routes.ts#make [local]',
    ]);
  });

  it('Python: keyword values, module attributes in a route table, and a parameter that shadows a function', async () => {
    const lines = await resolveIn(
      {
        'app/views.py': `def index(request): pass
`,
        'app/jobs.py': `def work(): pass
`,
        'app/urls.py': `from app import views
from app.jobs import work
from threading import Thread

urlpatterns = [path('', views.index)]

def start(work_fn):
    Thread(target=work).start()
    Thread(target=work_fn).start()

def shadow(work):
    Thread(target=work)
`,
      },
      'app/urls.py',
    );
    expect(lines).toEqual([
      'app/urls.py#<module> -> app/views.py#index [import ref route]',
      'app/urls.py#start -> app/jobs.py#work [import ref]',
    ]);
  });

  it('Java: this::m, Class::m and local::m method references', async () => {
    const lines = await resolveIn(
      {
        'src/app/UserService.java': `package app;
public class UserService {
  public static String find(String id) { return id; }
}
`,
        'src/app/UserRepo.java': `package app;
public class UserRepo {
  public void save(String s) {}
}
`,
        'src/app/Routes.java': `package app;
public class Routes {
  void register(Router router, java.util.List<String> names) {
    var repo = new UserRepo();
    router.get("/a", this::list);
    router.get("/b", UserService::find);
    names.forEach(repo::save);
    names.forEach(Item::new);
  }
  String list() { return ""; }
}
`,
      },
      'src/app/Routes.java',
    );
    expect(lines).toEqual([
      'src/app/Routes.java#Routes.register -> src/app/Routes.java#Routes.list [this ref]',
      'src/app/Routes.java#Routes.register -> src/app/UserRepo.java#UserRepo.save [instance ref]',
      'src/app/Routes.java#Routes.register -> src/app/UserService.java#UserService.find [instance ref]',
    ]);
  });

  it('Go: gin and net/http handler registrations through a typed local and a package function', async () => {
    const lines = await resolveIn(
      {
        'go.mod': 'module example.com/shop\n',
        'handlers/users.go': `package handlers

type Handler struct{}

func (h *Handler) List() {}
`,
        'main.go': `package main

import "example.com/shop/handlers"

func index() {}

func main() {
	h := &handlers.Handler{}
	r.GET("/", h.List)
	http.HandleFunc("/x", index)
	fmt.Println("x", index)
}
`,
      },
      'main.go',
    );
    expect(lines).toEqual([
      'main.go#main -> handlers/users.go#Handler.List [instance ref route]',
      'main.go#main -> main.go#index [local ref route]',
      'main.go#main -> main.go#index [local ref]',
    ]);
  });

  it('C#: method groups of the own class and of a typed local', async () => {
    const lines = await resolveIn(
      {
        'Jobs.cs': `namespace Shop {
  public class Repo { public void Save(string s) {} }
  public class Jobs {
    void Start(Scheduler scheduler) {
      var repo = new Repo();
      scheduler.Run(Handle, repo.Save, "Handle");
    }
    void Handle() {}
  }
}
`,
      },
      'Jobs.cs',
    );
    expect(lines).toEqual([
      'Jobs.cs#Jobs.Start -> Jobs.cs#Jobs.Handle [this ref]',
      'Jobs.cs#Jobs.Start -> Jobs.cs#Repo.Save [instance ref]',
    ]);
  });
});

describe('resolveFileCalls: receivers typed by their variable declaration', () => {
  it('TypeScript: new, annotations and as, innermost declaration first', async () => {
    const lines = await resolveIn(
      {
        'repo.ts': `export class UserRepo { find() {} }
export class OrderRepo { find() {} }
export interface Service { run(): void }
export class Impl implements Service { run() {} }
export function make(): Service { return new Impl(); }
`,
        'main.ts': `import { UserRepo, OrderRepo, make, type Service } from './repo';
const repo = new OrderRepo();
export function main() {
  const repo = new UserRepo();
  repo.find();
  const s: Service = make();
  s.run();
}
export function other() {
  repo.find();
}
`,
      },
      'main.ts',
    );
    expect(lines).toEqual([
      'main.ts#main -> repo.ts#UserRepo.find [instance]',
      'main.ts#main -> repo.ts#make [import]',
      'main.ts#other -> repo.ts#OrderRepo.find [instance]',
    ]);
  });

  it('Python, Java, Go and C#: constructor-typed locals resolve as instance calls', async () => {
    const files = {
      'shop/repo.py': `class UserRepo:
    def find(self): pass
`,
      'shop/main.py': `from shop.repo import UserRepo

def main():
    repo = UserRepo()
    repo.find()
    other = make()
    other.find()
`,
      'src/shop/UserRepo.java': `package shop;
public class UserRepo { public void find() {} }
`,
      'src/shop/Main.java': `package shop;
public class Main {
  void main() {
    var repo = new UserRepo();
    repo.find();
    UserRepo typed = lookup();
    typed.find();
  }
  UserRepo lookup() { return null; }
}
`,
      'go.mod': 'module example.com/shop\n',
      'store/repo.go': `package store

type UserRepo struct{}

func (r *UserRepo) Find() {}
`,
      'cmd/main.go': `package main

import "example.com/shop/store"

func main() {
	repo := &store.UserRepo{}
	repo.Find()
	var typed store.UserRepo
	typed.Find()
}
`,
      'Main.cs': `namespace Shop {
  public class Repo { public void Find() {} }
  public class Program {
    void Main() {
      var repo = new Repo();
      repo.Find();
    }
  }
}
`,
    };
    const { facts, read } = await parseProject(files);
    const index = SymbolIndex.build(facts, read);
    const lines = (path: string): string[] => resolveFileCalls(path, index).edges.map(line).sort();
    expect(lines('shop/main.py')).toEqual([
      // `other = make()` states no type: `find`, a common name, stays unresolved
      'shop/main.py#main -> shop/repo.py#UserRepo.find [instance]',
    ]);
    expect(lines('src/shop/Main.java')).toEqual([
      'src/shop/Main.java#Main.main -> src/shop/Main.java#Main.lookup [this]',
      'src/shop/Main.java#Main.main -> src/shop/UserRepo.java#UserRepo.find [instance]',
      'src/shop/Main.java#Main.main -> src/shop/UserRepo.java#UserRepo.find [instance]',
    ]);
    expect(lines('cmd/main.go')).toEqual([
      'cmd/main.go#main -> store/repo.go#UserRepo.Find [instance]',
      'cmd/main.go#main -> store/repo.go#UserRepo.Find [instance]',
    ]);
    expect(lines('Main.cs')).toEqual(['Main.cs#Program.Main -> Main.cs#Repo.Find [instance]']);
  });
});
