import type { CodeLanguage, DecoratorFact, EntryPointKind, FunctionFact } from '@drift/core';
import { simpleName } from '../detection/shared/testing-files.js';
import { ENTRY_POINT_PRIORITY, higherPriority } from './entry-point-priority.js';
import type { FileContext } from './file-context.js';

/** Decorator, annotation or attribute names that make the function they mark an entry point. */
export interface DecoratorRule {
  readonly kind: EntryPointKind;
  /** The frameworks that define the names. */
  readonly framework: string;
  readonly languages: readonly CodeLanguage[];
  /** Simple names (`Get` for `@nestjs/common`'s `@Get`, `test` for `#[tokio::test]`). */
  readonly names: readonly string[];
  /** A further test of the decorator's written name and arguments. */
  readonly accepts?: (decorator: DecoratorFact) => boolean;
  /** The rule holds only in files importing a module that matches. */
  readonly importing?: RegExp;
}

const JS: readonly CodeLanguage[] = ['typescript', 'javascript'];
const JVM: readonly CodeLanguage[] = ['java', 'kotlin'];
const CSHARP: readonly CodeLanguage[] = ['csharp'];
const PYTHON: readonly CodeLanguage[] = ['python'];
const PHP: readonly CodeLanguage[] = ['php'];
const RUST: readonly CodeLanguage[] = ['rust'];

/**
 * A Python string literal with its prefix: the quote is group 1, the first character of the value
 * group 2.
 */
const PYTHON_STRING = /^\s*[rRbBuU]?(['"])(.?)/;

/**
 * A Python route registration: called on a router (`@app.get(…)`, `@bp.route(…)`) whose path,
 * when written as a literal, starts with `/` or is empty (FastAPI's router root); bare
 * `@get('/x')` (Bottle) needs the literal. This keeps out `@patch('pkg.mod.name')` and
 * `@mock.patch.object(…)` from `unittest.mock`, `@respx.get('https://…')`, and property
 * accessors (`@value.deleter` is not even a verb).
 */
export function isPythonRouteDecorator(decorator: DecoratorFact): boolean {
  if (decorator.arguments === null) return false;
  const dot = decorator.name.lastIndexOf('.');
  const receiver = dot < 0 ? null : decorator.name.slice(0, dot);
  if (receiver !== null && /(?:^|\.)(?:mock|patch)$/.test(receiver)) return false;
  const literal = PYTHON_STRING.exec(decorator.arguments);
  if (literal === null) return receiver !== null;
  return literal[2] === '/' || (receiver !== null && literal[2] === literal[1]);
}

const HTTP_VERBS_LOWER = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];
const HTTP_VERBS_PASCAL = ['Get', 'Post', 'Put', 'Patch', 'Delete', 'Head', 'Options'];

/**
 * The decorators, annotations and attributes that declare entry points, by kind and framework.
 * Names are matched on their simple name (`org.junit.jupiter.api.Test` → `Test`; C# drops the
 * `Attribute` suffix). Where two rules name the same decorator, the kind of higher
 * {@link ENTRY_POINT_PRIORITY} whose conditions hold wins.
 */
export const DECORATOR_RULES: readonly DecoratorRule[] = [
  {
    kind: 'test',
    framework: 'JUnit 5, JUnit 4, TestNG, kotlin.test',
    languages: JVM,
    names: ['Test', 'ParameterizedTest', 'RepeatedTest', 'TestFactory', 'TestTemplate'],
  },
  {
    kind: 'test',
    framework: 'xUnit, NUnit, MSTest',
    languages: CSHARP,
    names: ['Fact', 'Theory', 'Test', 'TestCase', 'TestCaseSource', 'TestMethod', 'DataTestMethod'],
  },
  { kind: 'test', framework: 'PHPUnit 10 attributes', languages: PHP, names: ['Test'] },
  {
    kind: 'test',
    framework: 'libtest, tokio, async-std, rstest, test-case, quickcheck, wasm-bindgen-test',
    languages: RUST,
    names: ['test', 'bench', 'rstest', 'test_case', 'quickcheck', 'wasm_bindgen_test'],
  },
  {
    kind: 'route',
    framework: 'NestJS, routing-controllers, tsoa (HTTP); NestJS GraphQL (operations)',
    languages: JS,
    names: [
      ...HTTP_VERBS_PASCAL,
      'All',
      'Sse',
      'Query',
      'Mutation',
      'Subscription',
      'ResolveField',
    ],
  },
  {
    kind: 'route',
    framework: 'Spring MVC/WebFlux, Spring GraphQL, JAX-RS, Micronaut',
    languages: JVM,
    names: [
      'GetMapping',
      'PostMapping',
      'PutMapping',
      'PatchMapping',
      'DeleteMapping',
      'RequestMapping',
      'QueryMapping',
      'MutationMapping',
      'SubscriptionMapping',
      'SchemaMapping',
      'GET',
      'POST',
      'PUT',
      'PATCH',
      'DELETE',
      'HEAD',
      'OPTIONS',
      'Path',
      ...HTTP_VERBS_PASCAL,
    ],
  },
  {
    kind: 'route',
    framework: 'ASP.NET Core',
    languages: CSHARP,
    names: [...HTTP_VERBS_PASCAL.map((verb) => `Http${verb}`), 'Route', 'AcceptVerbs'],
  },
  {
    kind: 'route',
    framework: 'Flask, FastAPI, Starlette, Sanic, Quart, Bottle',
    languages: PYTHON,
    names: [...HTTP_VERBS_LOWER, 'route', 'api_route', 'websocket', 'websocket_route'],
    accepts: isPythonRouteDecorator,
  },
  {
    kind: 'route',
    framework: 'Django REST framework (imported bare; `@admin.action` is an admin hook)',
    languages: PYTHON,
    names: ['api_view', 'action'],
    accepts: (decorator) => !decorator.name.includes('.'),
  },
  {
    kind: 'route',
    framework: 'Symfony, spatie/laravel-route-attributes',
    languages: PHP,
    names: ['Route', ...HTTP_VERBS_PASCAL],
  },
  {
    kind: 'route',
    framework: 'actix-web, Rocket',
    languages: RUST,
    names: [...HTTP_VERBS_LOWER, 'route'],
  },
  {
    kind: 'cli',
    framework: 'Click, Typer',
    languages: PYTHON,
    names: ['command', 'group'],
  },
  {
    kind: 'cli',
    framework: 'Invoke, Fabric',
    languages: PYTHON,
    names: ['task'],
    importing: /^(?:invoke|fabric)(?:\.|$)/,
  },
  {
    kind: 'cli',
    framework: 'picocli, Spring Shell',
    languages: JVM,
    names: ['Command', 'ShellMethod'],
  },
  { kind: 'cli', framework: 'Cocona', languages: CSHARP, names: ['Command'] },
  {
    kind: 'lifecycle',
    framework: 'JUnit 5, JUnit 4, TestNG',
    languages: JVM,
    names: [
      'BeforeEach',
      'AfterEach',
      'BeforeAll',
      'AfterAll',
      'Before',
      'After',
      'BeforeClass',
      'AfterClass',
      'BeforeMethod',
      'AfterMethod',
      'BeforeSuite',
      'AfterSuite',
      'BeforeTest',
      'AfterTest',
      'BeforeGroups',
      'AfterGroups',
    ],
  },
  {
    kind: 'lifecycle',
    framework: 'Jakarta annotations, Spring (beans, scheduling, MVC advice), Dagger, CDI',
    languages: JVM,
    names: [
      'PostConstruct',
      'PreDestroy',
      'Bean',
      'Scheduled',
      'ExceptionHandler',
      'ModelAttribute',
      'InitBinder',
      'Provides',
      'Produces',
    ],
  },
  {
    kind: 'lifecycle',
    framework: 'NUnit, MSTest',
    languages: CSHARP,
    names: [
      'SetUp',
      'TearDown',
      'OneTimeSetUp',
      'OneTimeTearDown',
      'TestInitialize',
      'TestCleanup',
      'ClassInitialize',
      'ClassCleanup',
      'AssemblyInitialize',
      'AssemblyCleanup',
    ],
  },
  {
    kind: 'lifecycle',
    framework: 'PHPUnit 10 attributes',
    languages: PHP,
    names: ['Before', 'After', 'BeforeClass', 'AfterClass'],
  },
  {
    kind: 'lifecycle',
    framework: 'pytest fixtures; FastAPI/Starlette and Flask hooks; Pydantic validators',
    languages: PYTHON,
    names: [
      'fixture',
      'on_event',
      'middleware',
      'exception_handler',
      'before_request',
      'after_request',
      'teardown_request',
      'teardown_appcontext',
      'before_first_request',
      'before_app_request',
      'after_app_request',
      'errorhandler',
      'app_errorhandler',
      'context_processor',
      'app_context_processor',
      'url_value_preprocessor',
      'validator',
      'field_validator',
      'model_validator',
      'root_validator',
    ],
  },
  {
    kind: 'lifecycle',
    framework: 'NestJS schedule, Angular',
    languages: JS,
    names: ['Cron', 'Interval', 'Timeout', 'HostListener'],
  },
  {
    kind: 'event',
    framework:
      'Spring events, Kafka, AMQP, JMS, AWS SQS, Spring Cloud Stream, STOMP; Guava EventBus; SmallRye',
    languages: JVM,
    names: [
      'EventListener',
      'TransactionalEventListener',
      'KafkaListener',
      'KafkaHandler',
      'RabbitListener',
      'RabbitHandler',
      'JmsListener',
      'SqsListener',
      'StreamListener',
      'MessageMapping',
      'SubscribeMapping',
      'Subscribe',
      'Incoming',
    ],
  },
  {
    kind: 'event',
    framework:
      'NestJS (websockets, event-emitter, microservices, Bull), @golevelup/nestjs-rabbitmq, @ssut/nestjs-sqs',
    languages: JS,
    names: [
      'SubscribeMessage',
      'OnEvent',
      'EventPattern',
      'MessagePattern',
      'Process',
      'OnQueueEvent',
      'OnWorkerEvent',
      'RabbitSubscribe',
      'RabbitRPC',
      'SqsMessageHandler',
    ],
  },
  {
    kind: 'event',
    framework: 'Celery, Django signals, Dramatiq, RQ, Socket.IO, SQLAlchemy events',
    languages: PYTHON,
    names: [
      'task',
      'shared_task',
      'periodic_task',
      'receiver',
      'actor',
      'job',
      'on',
      'event',
      'listens_for',
    ],
  },
  {
    kind: 'event',
    framework: 'Azure Functions, DotNetCore.CAP',
    languages: CSHARP,
    names: ['FunctionName', 'Function', 'CapSubscribe'],
  },
  {
    kind: 'event',
    framework: 'Symfony EventDispatcher, Messenger',
    languages: PHP,
    names: ['AsEventListener', 'AsMessageHandler'],
  },
];

function rulesByLanguage(): ReadonlyMap<
  CodeLanguage,
  ReadonlyMap<string, readonly DecoratorRule[]>
> {
  const byLanguage = new Map<CodeLanguage, Map<string, DecoratorRule[]>>();
  const ordered = ENTRY_POINT_PRIORITY.flatMap((kind) =>
    DECORATOR_RULES.filter((r) => r.kind === kind),
  );
  for (const rule of ordered) {
    for (const language of rule.languages) {
      let names = byLanguage.get(language);
      if (names === undefined)
        byLanguage.set(language, (names = new Map<string, DecoratorRule[]>()));
      for (const name of rule.names) names.set(name, [...(names.get(name) ?? []), rule]);
    }
  }
  return byLanguage;
}

const RULES = rulesByLanguage();

function decoratorName(decorator: DecoratorFact, language: CodeLanguage): string {
  const name = simpleName(decorator.name);
  return language === 'csharp' ? name.replace(/(?<=.)Attribute$/, '') : name;
}

function holds(rule: DecoratorRule, decorator: DecoratorFact, context: FileContext): boolean {
  if (rule.accepts !== undefined && !rule.accepts(decorator)) return false;
  if (rule.importing === undefined) return true;
  const pattern = rule.importing;
  return [...context.importedModules].some((module) => pattern.test(module));
}

/**
 * The entry-point kind `fn`'s decorators declare under {@link DECORATOR_RULES}, or null. A
 * route annotation on an interface method declares an HTTP client or a contract (Retrofit,
 * Feign, generated API interfaces), not a handler, so it does not count.
 */
export function decoratorEntryPoint(fn: FunctionFact, context: FileContext): EntryPointKind | null {
  const names = RULES.get(context.language);
  if (names === undefined || fn.decorators.length === 0) return null;
  const onInterface = context.ownerOf(fn)?.kind === 'interface';
  let best: EntryPointKind | null = null;
  for (const decorator of fn.decorators) {
    const rule = names
      .get(decoratorName(decorator, context.language))
      ?.find((r) => holds(r, decorator, context) && !(onInterface && r.kind === 'route'));
    if (rule !== undefined) best = higherPriority(best, rule.kind);
  }
  return best;
}
