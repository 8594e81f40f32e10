import type { CodeLanguage } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadedParser, loadParsers } from '../parsers/parser-registry.js';
import {
  DECORATOR_RULES,
  decoratorEntryPoint,
  isPythonRouteDecorator,
} from './decorator-entry-points.js';
import { FileContext } from './file-context.js';

beforeAll(async () => {
  await loadParsers(['typescript', 'python', 'java', 'kotlin', 'csharp', 'php', 'rust']);
});

/** `qualifiedName kind` of every function a decorator makes an entry point. */
function kinds(language: CodeLanguage, path: string, source: string): string[] {
  const facts = loadedParser(language).parse(path, source);
  const context = new FileContext({ path, facts });
  return facts.functions.flatMap((fn) => {
    const kind = decoratorEntryPoint(fn, context);
    return kind === null ? [] : [`${fn.qualifiedName} ${kind}`];
  });
}

describe('decoratorEntryPoint', () => {
  it('reads NestJS routes, events, schedules and GraphQL operations; @Getter is no route', () => {
    const source = `
@Controller('users')
export class UsersController {
  @Get(':id') find() {}
  @Post() create() {}
  @Getter() name() {}
  @OnEvent('user.created') onCreated() {}
  @Cron('* * * * *') sweep() {}
  @Query(() => User) user() {}
  plain() {}
}`;
    expect(kinds('typescript', 'src/users.controller.ts', source)).toEqual([
      'UsersController.find route',
      'UsersController.create route',
      'UsersController.onCreated event',
      'UsersController.sweep lifecycle',
      'UsersController.user route',
    ]);
  });

  it('reads Flask, FastAPI, DRF, Click, Celery and pytest decorators; property accessors are no routes', () => {
    const source = `
@app.get("/users/{id}")
async def get_user(id): pass

@bp.route("/x", methods=["POST"])
def post_x(): pass

@api_view(["GET"])
def listing(request): pass

@click.command()
def cli_cmd(): pass

@cli.group()
def tools(): pass

@shared_task
def bg(): pass

@receiver(post_save, sender=User)
def on_save(sender, **kw): pass

@pytest.fixture
def db(): pass

class Box:
    @value.getter
    def value(self): pass
    @value.deleter
    def value(self): pass
    @cache.get
    def cached(self): pass

@patch("app.plugins.notify")
def create_fake_payment(mock_notify): pass

@mock.patch.object(Service, "get")
def with_mock(mock_get): pass

@respx.get("https://api.example.com/users")
def mocked_http(): pass

@admin.action(description="Publish")
def publish(modeladmin, request, queryset): pass
`;
    expect(kinds('python', 'app/views.py', source)).toEqual([
      'get_user route',
      'post_x route',
      'listing route',
      'cli_cmd cli',
      'tools cli',
      'bg event',
      'on_save event',
      'db lifecycle',
    ]);
  });

  it('reads Invoke and Fabric tasks as commands and other tasks as Celery jobs', () => {
    const invoke = 'from invoke import task\n@task\ndef build(c): pass\n';
    expect(kinds('python', 'tasks.py', invoke)).toEqual(['build cli']);
    const celery = 'from celery import Celery\n@app.task\ndef build(c): pass\n';
    expect(kinds('python', 'jobs.py', celery)).toEqual(['build event']);
  });

  it('reads JUnit, Spring, JAX-RS and messaging annotations; Lombok and client interfaces are no routes', () => {
    const source = `
package org.x;
@RestController
public class OwnerController {
  @GetMapping("/{id}") public Owner find(int id) { return null; }
  @org.junit.jupiter.api.Test void findsOwner() {}
  @ParameterizedTest @ValueSource(ints = {1}) void many(int x) {}
  @BeforeEach void setUp() {}
  @Scheduled(fixedRate = 1000) void tick() {}
  @KafkaListener(topics = "t") public void consume(String m) {}
  @GET @Path("/all") public List<Owner> all() { return null; }
  @Getter public String name() { return ""; }
  @Override public String toString() { return ""; }
}
interface OwnerClient {
  @GetMapping("/owners/{id}") Owner fetch(int id);
  @GET("users") Call<User> user();
}`;
    expect(kinds('java', 'src/main/java/org/x/OwnerController.java', source)).toEqual([
      'OwnerController.find route',
      'OwnerController.findsOwner test',
      'OwnerController.many test',
      'OwnerController.setUp lifecycle',
      'OwnerController.tick lifecycle',
      'OwnerController.consume event',
      'OwnerController.all route',
    ]);
  });

  it('reads Kotlin annotations like Java ones', () => {
    const source = `
class Api {
  @GetMapping("/x") fun handler(): String = ""
  @Test fun works() {}
}`;
    expect(kinds('kotlin', 'src/main/kotlin/Api.kt', source)).toEqual([
      'Api.handler route',
      'Api.works test',
    ]);
  });

  it('reads xUnit, NUnit, MSTest and ASP.NET attributes, with or without the Attribute suffix', () => {
    const source = `
public class UsersController : ControllerBase {
  [HttpGet("{id}")] public IActionResult Get(int id) { return Ok(); }
  [HttpPostAttribute] public IActionResult Create() { return Ok(); }
  [Fact] public void Works() {}
  [Theory, InlineData(1)] public void Many(int x) {}
  [TestMethod] public void Ms() {}
  [SetUp] public void Init() {}
  [FunctionName("Tick")] public void Tick() {}
  [Obsolete] public void Old() {}
}`;
    expect(kinds('csharp', 'Api/UsersController.cs', source)).toEqual([
      'UsersController.Get route',
      'UsersController.Create route',
      'UsersController.Works test',
      'UsersController.Many test',
      'UsersController.Ms test',
      'UsersController.Init lifecycle',
      'UsersController.Tick event',
    ]);
  });

  it('reads Symfony routes and PHPUnit attributes', () => {
    const source = `<?php
class Ctl {
  #[Route('/x', methods: ['GET'])]
  public function index() {}
  #[Test]
  public function checksIt() {}
  #[DataProvider('rows')]
  public function withRows() {}
}`;
    expect(kinds('php', 'src/Ctl.php', source)).toEqual(['Ctl.index route', 'Ctl.checksIt test']);
  });

  it('reads Rust test and route attributes; cfg(test) is no test', () => {
    // Starts on the first line: the Rust parser misplaces attributes after leading blank lines.
    const source = `#[cfg(test)]
mod tests {
  #[test] fn works() {}
  #[tokio::test] async fn async_works() {}
  #[rstest] fn cases() {}
  #[cfg(test)] fn helper() {}
}
#[get("/x")] async fn index() -> String { String::new() }
#[derive(Debug)] struct S;
#[inline] fn fast() {}`;
    expect(kinds('rust', 'src/lib.rs', source)).toEqual([
      'tests.works test',
      'tests.async_works test',
      'tests.cases test',
      'index route',
    ]);
  });

  it('gives the kind of highest priority when decorators disagree', () => {
    const source = '@app.get("/x")\n@shared_task\ndef both(): pass\n';
    expect(kinds('python', 'app.py', source)).toEqual(['both route']);
  });

  it('knows nothing of languages without decorator rules', async () => {
    await loadParsers(['go']);
    expect(kinds('go', 'main.go', 'package main\nfunc main() {}\n')).toEqual([]);
  });

  it('names the framework of every rule', () => {
    expect(
      DECORATOR_RULES.every((rule) => rule.framework.length > 0 && rule.names.length > 0),
    ).toBe(true);
  });
});

describe('isPythonRouteDecorator', () => {
  it.each([
    ['app.get', '"/users"', true],
    ['router.get', '""', true],
    ['router.post', "r'/raw'", true],
    ['app.get', 'USERS_PATH', true],
    ['get', "'/bottle'", true],
    ['get', 'USERS_PATH', false],
    ['get', "'users'", false],
    ['app.get', '"users"', false],
    ['mock.patch', '"/tmp/x"', false],
    ['unittest.mock.patch', 'PATH', false],
    ['app.get', null, false],
  ])('@%s(%s) → %s', (name, args, expected) => {
    expect(isPythonRouteDecorator({ name, arguments: args })).toBe(expected);
  });
});
