import type { CodeLanguage } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadedParser, loadParsers } from '../parsers/parser-registry.js';
import { CLASS_MEMBER_RULES, classMemberEntryPoint } from './class-member-entry-points.js';
import { FileContext } from './file-context.js';

beforeAll(async () => {
  await loadParsers(['typescript', 'python', 'java', 'csharp', 'php', 'ruby', 'go']);
});

/** `qualifiedName kind` of every function its class makes an entry point. */
function kinds(language: CodeLanguage, path: string, source: string): string[] {
  const facts = loadedParser(language).parse(path, source);
  const context = new FileContext({ path, facts });
  return facts.functions.flatMap((fn) => {
    const kind = classMemberEntryPoint(fn, context);
    return kind === null ? [] : [`${fn.qualifiedName} ${kind}`];
  });
}

describe('classMemberEntryPoint', () => {
  it('reads unittest test methods and hooks, through a base class of the same file', () => {
    const source = `import unittest
class Base(unittest.TestCase):
    def setUp(self): pass
class UserTests(Base):
    def test_create(self): pass
    def helper(self): pass
class Plain:
    def test_like(self): pass
    def setUp(self): pass
`;
    expect(kinds('python', 'app/tests.py', source)).toEqual([
      'Base.setUp lifecycle',
      'UserTests.test_create test',
    ]);
  });

  it('reads Django models, views, viewsets, forms, apps and commands', () => {
    const source = `
class Article(models.Model):
    def save(self, *a, **k): pass
    def summary(self): pass
class ArticleView(generics.ListAPIView):
    def get_queryset(self): pass
    def get(self, request): pass
class ArticleViewSet(viewsets.ModelViewSet):
    def retrieve(self, request, pk=None): pass
    def get_queryset(self): pass
class ArticleSerializer(serializers.ModelSerializer):
    def validate_title(self, value): pass
class BlogConfig(AppConfig):
    def ready(self): pass
class Command(BaseCommand):
    def handle(self, *args, **options): pass
class Service:
    def get(self, key): pass
    def save(self): pass
`;
    expect(kinds('python', 'blog/models.py', source)).toEqual([
      'Article.save lifecycle',
      'ArticleView.get_queryset lifecycle',
      'ArticleView.get route',
      'ArticleViewSet.retrieve route',
      'ArticleViewSet.get_queryset lifecycle',
      'ArticleSerializer.validate_title lifecycle',
      'BlogConfig.ready lifecycle',
      'Command.handle cli',
    ]);
  });

  it('reads React, Angular, NestJS and Vue hooks; a plain render method is no hook', () => {
    const source = `
class Panel extends React.Component { componentDidMount() {} render() {} load() {} }
class Widget extends HTMLElement { connectedCallback() {} }
export class Home { ngOnInit() {} ngOnInitLater() {} }
export class AuthGuard implements CanActivate { canActivate() { return true; } }
export class Hello extends Command { async run() {} }
export class Created implements IEventHandler<UserCreated> { handle() {} }
const Comp = { mounted() {}, fetch() {} };
class Report { render() {} }`;
    expect(kinds('typescript', 'src/ui.ts', source)).toEqual([
      'Panel.componentDidMount lifecycle',
      'Panel.render lifecycle',
      'Widget.connectedCallback lifecycle',
      'Home.ngOnInit lifecycle',
      'AuthGuard.canActivate lifecycle',
      'Hello.run cli',
      'Created.handle event',
      'Comp.mounted lifecycle',
    ]);
  });

  it('reads Spring runners and callbacks, picocli commands, Android hooks and JUnit 3 tests', () => {
    const source = `
public class Runner implements CommandLineRunner { @Override public void run(String... a) {} }
@Command(name = "x") class Cmd implements Callable<Integer> { public Integer call() { return 0; } }
class Cache implements InitializingBean { public void afterPropertiesSet() {} }
class MainActivity extends AppCompatActivity { protected void onCreate(Bundle b) {} void load() {} }
public class LegacyTest extends TestCase { public void testIt() {} protected void setUp() {} }
class Task { public void run() {} public Integer call() { return 0; } }`;
    expect(kinds('java', 'src/main/java/App.java', source)).toEqual([
      'Runner.run cli',
      'Cmd.call cli',
      'Cache.afterPropertiesSet lifecycle',
      'MainActivity.onCreate lifecycle',
      'LegacyTest.testIt test',
      'LegacyTest.setUp lifecycle',
    ]);
  });

  it('reads the constructors of Spring components, which the container calls', () => {
    const source = `
@RestController public class OrderController { public OrderController(OrderService s) {} public String show() { return ""; } }
@Service class OrderService { OrderService() {} OrderService(int size) {} void save() {} }
@org.springframework.stereotype.Repository class OrderRepository { OrderRepository() {} }
@Entity class Order { public Order() {} }
class Plain { Plain() {} }`;
    expect(kinds('java', 'src/main/java/App.java', source)).toEqual([
      'OrderController.OrderController lifecycle',
      'OrderService.OrderService lifecycle',
      'OrderService.OrderService lifecycle',
      'OrderRepository.OrderRepository lifecycle',
    ]);
  });

  it('reads ASP.NET actions except [NonAction], hosted services and MediatR handlers', () => {
    const source = `
public class UsersController : Controller {
  public IActionResult Index() { return View(); }
  [NonAction] public void Helper() {}
  private void Hidden() {}
  public static void Make() {}
}
public class Worker : BackgroundService { protected override Task ExecuteAsync(CancellationToken t) { return Task.CompletedTask; } }
public class Ping : IRequestHandler<PingQuery, string> { public Task<string> Handle(PingQuery q, CancellationToken t) { return null; } }`;
    expect(kinds('csharp', 'Web/UsersController.cs', source)).toEqual([
      'UsersController.Index route',
      'Worker.ExecuteAsync lifecycle',
      'Ping.Handle event',
    ]);
  });

  it('reads PHPUnit tests and hooks, Laravel actions, console commands and Messenger handlers', () => {
    const source = `<?php
class UserTest extends TestCase {
  protected function setUp(): void {}
  public function testItWorks(): void {}
  public function helper() {}
}
class UserController extends Controller {
  public function index() {}
  private function load() {}
}
class SendCommand extends Command { protected function execute($in, $out) {} }
#[AsMessageHandler]
class OnSignup { public function __invoke($m) {} }`;
    expect(kinds('php', 'tests/UserTest.php', source)).toEqual([
      'UserTest.setUp lifecycle',
      'UserTest.testItWorks test',
      'UserController.index route',
      'SendCommand.execute cli',
      'OnSignup.__invoke event',
    ]);
  });

  it('reads Rails actions, Minitest tests and Thor commands; private actions are not routes', () => {
    const source = `class UsersController < ApplicationController
  def index; end
  private
  def set_user; end
end
class UserTest < ActiveSupport::TestCase
  def setup; end
  def test_valid; end
  def build; end
end
class Cli < Thor
  def hello(name); end
end
class Plain < Base
  def test_x; end
end
`;
    expect(kinds('ruby', 'app/users_controller.rb', source)).toEqual([
      'UsersController.index route',
      'UserTest.setup lifecycle',
      'UserTest.test_valid test',
      'Cli.hello cli',
    ]);
  });

  it('reads testify suite tests and hooks', () => {
    const source = `package x
type UserSuite struct { suite.Suite }
func (s *UserSuite) SetupTest() {}
func (s *UserSuite) TestCreate() {}
type Plain struct{}
func (p *Plain) TestCreate() {}
`;
    expect(kinds('go', 'x/user_test.go', source)).toEqual([
      'UserSuite.SetupTest lifecycle',
      'UserSuite.TestCreate test',
    ]);
  });

  it('names the framework of every rule', () => {
    expect(CLASS_MEMBER_RULES.every((rule) => rule.framework.length > 0)).toBe(true);
  });
});
