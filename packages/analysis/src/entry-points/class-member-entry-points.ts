import type { ClassFact, CodeLanguage, EntryPointKind, FunctionFact } from '@drift/core';
import { simpleName } from '../detection/shared/testing-files.js';
import { higherPriority } from './entry-point-priority.js';
import type { FileContext } from './file-context.js';

/**
 * Methods a framework calls because of the class they are declared in: `test*` methods of a
 * `TestCase`, `componentDidMount` of a React component, `run` of a `CommandLineRunner`, every
 * public action of a Rails controller.
 */
export interface ClassMemberRule {
  readonly kind: EntryPointKind;
  /** The frameworks that call the members. */
  readonly framework: string;
  readonly languages: readonly CodeLanguage[];
  /**
   * The owner must have a base class or interface matching (as written without arguments, or its
   * simple name; through classes of the same file). Without `ancestor`, `ownerDecorator` and
   * `objectLiteral`, any class will do (the member names are the framework's own: `ngOnInit`).
   */
  readonly ancestor?: RegExp;
  /** The owner must carry a decorator whose simple name matches (picocli `@Command`). */
  readonly ownerDecorator?: RegExp;
  /**
   * The members are methods of an object literal (`const Comp = { mounted() {} }`), not of a class.
   */
  readonly objectLiteral?: true;
  /** Member names the framework calls. */
  readonly members: RegExp;
  /** Only public instance methods count (controller actions, Thor commands, PHPUnit tests). */
  readonly publicOnly?: true;
  /** Only constructors count (the framework instantiates the class). */
  readonly constructorsOnly?: true;
  /** A member with a decorator whose simple name matches is left out (ASP.NET `[NonAction]`). */
  readonly except?: RegExp;
}

const JS: readonly CodeLanguage[] = ['typescript', 'javascript'];
const JVM: readonly CodeLanguage[] = ['java', 'kotlin'];

/** Every member name. */
const ANY = /^/;
const HTTP_VERB_METHODS = /^(?:get|post|put|patch|delete|head|options)$/;
const PYTHON_TEST_CASE = /TestCase$/;
const RUBY_TEST_CASE =
  /^(?:Minitest::(?:Test|Unit::TestCase)|Test::Unit::TestCase|Active\w+::TestCase|Action\w+::(?:\w*TestCase|IntegrationTest))$/;
const JUNIT3_TEST_CASE = /^(?:junit\.framework\.)?TestCase$/;
const TESTIFY_SUITE = /^(?:suite\.)?Suite$/;

/** The class-based entry points, by kind and framework. */
export const CLASS_MEMBER_RULES: readonly ClassMemberRule[] = [
  {
    kind: 'test',
    framework: 'unittest, Django, DRF',
    languages: ['python'],
    ancestor: PYTHON_TEST_CASE,
    members: /^test/,
  },
  {
    kind: 'test',
    framework: 'JUnit 3',
    languages: JVM,
    ancestor: JUNIT3_TEST_CASE,
    members: /^test/,
    publicOnly: true,
  },
  {
    kind: 'test',
    framework: 'PHPUnit',
    languages: ['php'],
    ancestor: /TestCase$/,
    members: /^test/,
    publicOnly: true,
  },
  {
    kind: 'test',
    framework: 'Minitest, test-unit, Rails',
    languages: ['ruby'],
    ancestor: RUBY_TEST_CASE,
    members: /^test_/,
    publicOnly: true,
  },
  {
    kind: 'test',
    framework: 'testify suites',
    languages: ['go'],
    ancestor: TESTIFY_SUITE,
    members: /^Test/,
  },
  {
    kind: 'route',
    framework: 'Django and DRF class-based views, Flask MethodView, Flask-RESTful, Tornado',
    languages: ['python'],
    ancestor: /(?:View|MethodView|RequestHandler|Resource)$/,
    members: HTTP_VERB_METHODS,
  },
  {
    kind: 'route',
    framework: 'DRF viewsets',
    languages: ['python'],
    ancestor: /ViewSet$/,
    members: /^(?:list|create|retrieve|update|partial_update|destroy)$/,
  },
  {
    kind: 'route',
    framework: 'Rails controllers (public actions)',
    languages: ['ruby'],
    ancestor: /(?:^|::)\w*Controller$|^ActionController::(?:Base|API)$/,
    members: ANY,
    publicOnly: true,
  },
  {
    kind: 'route',
    framework: 'ASP.NET Core MVC controllers (conventional routing)',
    languages: ['csharp'],
    ancestor: /Controller(?:Base)?$/,
    members: ANY,
    publicOnly: true,
    except: /^NonAction$/,
  },
  {
    kind: 'route',
    framework: 'Laravel, Symfony controllers (public actions)',
    languages: ['php'],
    ancestor: /Controller$/,
    members: ANY,
    publicOnly: true,
  },
  {
    kind: 'lifecycle',
    framework:
      'Spring stereotypes: the container instantiates components, injecting constructor parameters',
    languages: JVM,
    ownerDecorator:
      /^(?:Component|Service|Repository|Controller|RestController|Configuration|ControllerAdvice|RestControllerAdvice)$/,
    members: ANY,
    constructorsOnly: true,
  },
  {
    kind: 'cli',
    framework: 'Spring Boot runners',
    languages: JVM,
    ancestor: /^(?:CommandLineRunner|ApplicationRunner)$/,
    members: /^run$/,
  },
  {
    kind: 'cli',
    framework: 'picocli',
    languages: JVM,
    ownerDecorator: /^Command$/,
    members: /^(?:call|run)$/,
  },
  {
    kind: 'cli',
    framework: 'oclif, nest-commander',
    languages: JS,
    ancestor: /^(?:Command|CommandRunner)$/,
    members: /^run$/,
  },
  {
    kind: 'cli',
    framework: 'Symfony Console, Laravel Artisan',
    languages: ['php'],
    ancestor: /^Command$/,
    members: /^(?:execute|handle)$/,
  },
  {
    kind: 'cli',
    framework: 'Django management commands',
    languages: ['python'],
    ancestor: /^BaseCommand$/,
    members: /^(?:handle|add_arguments)$/,
  },
  {
    kind: 'cli',
    framework: 'Thor',
    languages: ['ruby'],
    ancestor: /^Thor$/,
    members: ANY,
    publicOnly: true,
  },
  {
    kind: 'cli',
    framework: 'CliFx',
    languages: ['csharp'],
    ancestor: /^ICommand$/,
    members: /^ExecuteAsync$/,
  },
  {
    kind: 'lifecycle',
    framework: 'unittest, Django',
    languages: ['python'],
    ancestor: PYTHON_TEST_CASE,
    members: /^(?:setUp|tearDown|setUpClass|tearDownClass|asyncSetUp|asyncTearDown|setUpTestData)$/,
  },
  {
    kind: 'lifecycle',
    framework: 'JUnit 3',
    languages: JVM,
    ancestor: JUNIT3_TEST_CASE,
    members: /^(?:setUp|tearDown)$/,
  },
  {
    kind: 'lifecycle',
    framework: 'PHPUnit',
    languages: ['php'],
    ancestor: /TestCase$/,
    members:
      /^(?:setUp|tearDown|setUpBeforeClass|tearDownAfterClass|assertPreConditions|assertPostConditions)$/,
  },
  {
    kind: 'lifecycle',
    framework: 'Minitest',
    languages: ['ruby'],
    ancestor: RUBY_TEST_CASE,
    members: /^(?:setup|teardown|before_setup|after_teardown)$/,
  },
  {
    kind: 'lifecycle',
    framework: 'testify suites',
    languages: ['go'],
    ancestor: TESTIFY_SUITE,
    members: /^(?:Setup|TearDown)(?:Test|Suite|SubTest)$|^(?:Before|After)Test$/,
  },
  {
    kind: 'lifecycle',
    framework: 'React class components',
    languages: JS,
    ancestor: /^(?:React\.)?(?:Component|PureComponent)$/,
    members:
      /^(?:render|componentDidMount|componentDidUpdate|componentWillUnmount|shouldComponentUpdate|getSnapshotBeforeUpdate|componentDidCatch|getDerivedStateFromProps|getDerivedStateFromError|UNSAFE_componentWill(?:Mount|ReceiveProps|Update))$/,
  },
  {
    kind: 'lifecycle',
    framework: 'Custom Elements, Lit',
    languages: JS,
    ancestor: /^(?:HTMLElement|LitElement|ReactiveElement)$/,
    members:
      /^(?:connectedCallback|disconnectedCallback|attributeChangedCallback|adoptedCallback|firstUpdated|updated|willUpdate|shouldUpdate|render)$/,
  },
  {
    kind: 'lifecycle',
    framework: 'Angular',
    languages: JS,
    members:
      /^ng(?:OnInit|OnChanges|DoCheck|AfterContentInit|AfterContentChecked|AfterViewInit|AfterViewChecked|OnDestroy)$/,
  },
  {
    kind: 'lifecycle',
    framework: 'NestJS lifecycle events',
    languages: JS,
    members:
      /^(?:onModuleInit|onModuleDestroy|onApplicationBootstrap|beforeApplicationShutdown|onApplicationShutdown)$/,
  },
  {
    kind: 'lifecycle',
    framework: 'NestJS guards, interceptors, pipes, middleware, exception filters',
    languages: JS,
    ancestor: /^(?:CanActivate|NestInterceptor|PipeTransform|NestMiddleware|ExceptionFilter)$/,
    members: /^(?:canActivate|intercept|transform|use|catch)$/,
  },
  {
    kind: 'lifecycle',
    framework: 'Vue options API',
    languages: JS,
    objectLiteral: true,
    members:
      /^(?:beforeCreate|created|beforeMount|mounted|beforeUpdate|updated|beforeUnmount|unmounted|beforeDestroy|destroyed|activated|deactivated|errorCaptured|serverPrefetch)$/,
  },
  {
    kind: 'lifecycle',
    framework: 'Android components, WorkManager',
    languages: JVM,
    ancestor:
      /(?:Activity|Fragment|Service|BroadcastReceiver|Application|ContentProvider|ViewModel|Worker)$/,
    members: /^(?:on[A-Z]\w*|doWork)$/,
  },
  {
    kind: 'lifecycle',
    framework: 'Spring bean callbacks',
    languages: JVM,
    ancestor: /^(?:InitializingBean|DisposableBean|SmartLifecycle|Lifecycle)$/,
    members: /^(?:afterPropertiesSet|destroy|start|stop)$/,
  },
  {
    kind: 'lifecycle',
    framework: 'Django models',
    languages: ['python'],
    ancestor: /^(?:models\.)?Model$/,
    members: /^(?:save|delete|clean|clean_fields|full_clean|validate_unique|get_absolute_url)$/,
  },
  {
    kind: 'lifecycle',
    framework: 'Django and DRF class-based views',
    languages: ['python'],
    ancestor: /(?:View|ViewSet|Mixin)$/,
    members:
      /^(?:dispatch|setup|initial|get_queryset|get_object|get_serializer|get_serializer_class|get_serializer_context|get_permissions|get_context_data|get_template_names|get_success_url|get_form_class|get_form_kwargs|form_valid|form_invalid|perform_create|perform_update|perform_destroy)$/,
  },
  {
    kind: 'lifecycle',
    framework: 'Django forms, DRF serializers',
    languages: ['python'],
    ancestor: /(?:Form|Serializer)$/,
    members:
      /^(?:clean(?:_\w+)?|save|validate(?:_\w+)?|create|update|to_representation|to_internal_value)$/,
  },
  {
    kind: 'lifecycle',
    framework: 'Django apps',
    languages: ['python'],
    ancestor: /^AppConfig$/,
    members: /^ready$/,
  },
  {
    kind: 'lifecycle',
    framework: '.NET hosted services, xUnit async fixtures',
    languages: ['csharp'],
    ancestor: /^(?:BackgroundService|IHostedService|IAsyncLifetime)$/,
    members: /^(?:ExecuteAsync|StartAsync|StopAsync|InitializeAsync|DisposeAsync)$/,
  },
  {
    kind: 'event',
    framework: 'MediatR, MassTransit',
    languages: ['csharp'],
    ancestor: /^(?:INotificationHandler|IRequestHandler|IConsumer)$/,
    members: /^(?:Handle|Consume)$/,
  },
  {
    kind: 'event',
    framework: 'Spring application events, JMS',
    languages: JVM,
    ancestor: /^(?:ApplicationListener|MessageListener)$/,
    members: /^(?:onApplicationEvent|onMessage)$/,
  },
  {
    kind: 'event',
    framework: 'NestJS CQRS',
    languages: JS,
    ancestor: /^(?:IEventHandler|ICommandHandler|IQueryHandler)$/,
    members: /^(?:handle|execute)$/,
  },
  {
    kind: 'event',
    framework: 'Symfony Messenger, EventDispatcher',
    languages: ['php'],
    ownerDecorator: /^(?:AsMessageHandler|AsEventListener)$/,
    members: /^__invoke$/,
  },
];

function rulesByLanguage(): ReadonlyMap<CodeLanguage, readonly ClassMemberRule[]> {
  const byLanguage = new Map<CodeLanguage, ClassMemberRule[]>();
  for (const rule of CLASS_MEMBER_RULES)
    for (const language of rule.languages)
      byLanguage.set(language, [...(byLanguage.get(language) ?? []), rule]);
  return byLanguage;
}

const RULES = rulesByLanguage();

function isPublicInstanceMethod(fn: FunctionFact): boolean {
  return (
    fn.kind === 'method' && !fn.isStatic && (fn.visibility === null || fn.visibility === 'public')
  );
}

function anyMatches(names: Iterable<string>, pattern: RegExp): boolean {
  for (const name of names) if (pattern.test(name)) return true;
  return false;
}

function ownerMatches(rule: ClassMemberRule, owner: ClassFact, context: FileContext): boolean {
  const { ancestor, ownerDecorator } = rule;
  if (ancestor !== undefined) return anyMatches(context.ancestorsOf(owner), ancestor);
  if (ownerDecorator !== undefined)
    return owner.decorators.some((d) => ownerDecorator.test(simpleName(d.name)));
  return true;
}

function applies(rule: ClassMemberRule, fn: FunctionFact, context: FileContext): boolean {
  if (!rule.members.test(fn.name)) return false;
  if (rule.publicOnly === true && !isPublicInstanceMethod(fn)) return false;
  if (rule.constructorsOnly === true && fn.kind !== 'constructor') return false;
  const except = rule.except;
  if (except !== undefined && fn.decorators.some((d) => except.test(simpleName(d.name))))
    return false;
  if (rule.objectLiteral === true) return fn.kind === 'method' && fn.className === null;
  const owner = context.ownerOf(fn);
  return owner !== undefined && ownerMatches(rule, owner, context);
}

/**
 * The entry-point kind of highest priority that `fn` has under {@link CLASS_MEMBER_RULES}, or null.
 */
export function classMemberEntryPoint(
  fn: FunctionFact,
  context: FileContext,
): EntryPointKind | null {
  let best: EntryPointKind | null = null;
  for (const rule of RULES.get(context.language) ?? [])
    if (applies(rule, fn, context)) best = higherPriority(best, rule.kind);
  return best;
}
