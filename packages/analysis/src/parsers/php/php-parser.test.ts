import type { FileFacts } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { phpParser } from './php-parser.js';

beforeAll(async () => {
  await phpParser.load();
});

function parse(source: string): FileFacts {
  return phpParser.parse('src/Http/UserController.php', source);
}

const CONTROLLER = `<?php

declare(strict_types=1);

namespace App\\Http\\Controllers;

use Psr\\Http\\Message\\ResponseInterface;
use App\\Models\\User as UserModel;
use App\\Services\\{Mailer, Audit\\Logger as AuditLog};
use function App\\Support\\format_name;
use const App\\Support\\MAX_USERS;
require_once 'bootstrap.php';
include __DIR__ . '/helpers.php';

/**
 * Serves users.
 */
#[Controller('/users'), Middleware('auth')]
final class UserController extends BaseController implements \\JsonSerializable, HasRoutes
{
    use LogsRequests;

    private const TABLE = 'users';
    private ?string $name = null;
    protected static int $instances = 0;
    public readonly array $options;

    /** Builds the controller. */
    public function __construct(private readonly UserRepository $repo, Mailer $mailer, int ...$flags)
    {
        parent::__construct($mailer);
    }

    #[Route('/users/{id}', methods: ['GET'])]
    public function show(int $id, string $format = 'json'): ResponseInterface
    {
        $user = $this->repo->find($id)?->load('posts');
        $token = getenv('API_TOKEN') ?: $_ENV['FALLBACK_TOKEN'];
        $host = $_SERVER['HTTP_HOST'] . env('APP_KEY');
        $rows = $this->db->query(<<<SQL
            SELECT id, name FROM users WHERE id = {$id}
            SQL);
        return new JsonResponse($user, 200);
    }

    protected static function make(array $config = []): static
    {
        $mapped = array_map(fn($row) => UserModel::fromRow($row), $config);
        $callback = function ($x) use ($mapped) {
            return \\App\\Support\\helper($x);
        };
        return new static();
    }
}

/** Formats a name. */
function format_user(UserModel &$user, string ...$parts): string
{
    return sprintf('%s', $user->name);
}

$app->get('/hello/{name}', function ($request, $response, array $args) {
    return $response->withStatus(200);
});
`;

describe('php parser: a controller file', () => {
  const facts = (): FileFacts => parse(CONTROLLER);

  it('reads the namespace as the package and has no syntax errors', () => {
    expect(facts().package).toBe('App\\Http\\Controllers');
    expect(facts().errorCount).toBe(0);
    expect(facts().exports).toEqual([]);
  });

  it('extracts functions and methods with qualified names, parameters and attributes', () => {
    const { functions } = facts();
    expect(
      functions.map((f) => [f.qualifiedName, f.kind, f.className, f.visibility, f.isExported]),
    ).toEqual([
      ['UserController.__construct', 'constructor', 'UserController', 'public', true],
      ['UserController.show', 'method', 'UserController', 'public', true],
      ['UserController.make', 'method', 'UserController', 'protected', false],
      ['format_user', 'function', null, 'public', true],
    ]);
    expect(functions[0]).toEqual({
      name: '__construct',
      qualifiedName: 'UserController.__construct',
      kind: 'constructor',
      className: 'UserController',
      parameters: [
        { name: 'repo', type: 'UserRepository', defaultValue: null, rest: false },
        { name: 'mailer', type: 'Mailer', defaultValue: null, rest: false },
        { name: 'flags', type: 'int', defaultValue: null, rest: true },
      ],
      returnType: null,
      isAsync: false,
      isGenerator: false,
      isExported: true,
      isStatic: false,
      visibility: 'public',
      decorators: [],
      docComment: 'Builds the controller.',
      range: { startLine: 29, startColumn: 5, endLine: 32, endColumn: 5 },
      bodyLines: 3,
    });
    expect(functions[1]).toMatchObject({
      parameters: [
        { name: 'id', type: 'int', defaultValue: null, rest: false },
        { name: 'format', type: 'string', defaultValue: "'json'", rest: false },
      ],
      returnType: 'ResponseInterface',
      decorators: [{ name: 'Route', arguments: "'/users/{id}', methods: ['GET']" }],
      docComment: null,
      range: { startLine: 34, startColumn: 5, endLine: 44, endColumn: 5 },
    });
    expect(functions[2]).toMatchObject({
      isStatic: true,
      returnType: 'static',
      parameters: [{ name: 'config', type: 'array', defaultValue: '[]', rest: false }],
    });
    expect(functions[3]).toMatchObject({
      parameters: [
        { name: 'user', type: 'UserModel', defaultValue: null, rest: false },
        { name: 'parts', type: 'string', defaultValue: null, rest: true },
      ],
      returnType: 'string',
      docComment: 'Formats a name.',
      range: { startLine: 57, startColumn: 1, endLine: 60, endColumn: 1 },
      bodyLines: 3,
    });
  });

  it('extracts the class with its parents, traits, properties and attributes', () => {
    expect(facts().classes).toEqual([
      {
        name: 'UserController',
        qualifiedName: 'UserController',
        kind: 'class',
        extends: ['BaseController'],
        implements: ['\\JsonSerializable', 'HasRoutes', 'LogsRequests'],
        methods: ['__construct', 'show', 'make'],
        properties: [
          {
            name: 'TABLE',
            type: null,
            visibility: 'private',
            isStatic: true,
            isReadonly: true,
            line: 23,
          },
          {
            name: 'name',
            type: '?string',
            visibility: 'private',
            isStatic: false,
            isReadonly: false,
            line: 24,
          },
          {
            name: 'instances',
            type: 'int',
            visibility: 'protected',
            isStatic: true,
            isReadonly: false,
            line: 25,
          },
          {
            name: 'options',
            type: 'array',
            visibility: 'public',
            isStatic: false,
            isReadonly: true,
            line: 26,
          },
          {
            name: 'repo',
            type: 'UserRepository',
            visibility: 'private',
            isStatic: false,
            isReadonly: true,
            line: 29,
          },
        ],
        decorators: [
          { name: 'Controller', arguments: "'/users'" },
          { name: 'Middleware', arguments: "'auth'" },
        ],
        isExported: true,
        isAbstract: false,
        visibility: 'public',
        docComment: 'Serves users.',
        range: { startLine: 18, startColumn: 1, endLine: 54, endColumn: 1 },
      },
    ]);
  });

  it('extracts use clauses (aliased, grouped, function, const) and literal requires', () => {
    const use = {
      kind: 'use',
      defaultName: null,
      namespaceName: null,
      typeOnly: false,
      sideEffect: false,
      column: 1,
    };
    expect(facts().imports).toEqual([
      {
        ...use,
        module: 'Psr\\Http\\Message',
        names: [{ name: 'ResponseInterface', alias: null }],
        line: 7,
      },
      { ...use, module: 'App\\Models', names: [{ name: 'User', alias: 'UserModel' }], line: 8 },
      {
        ...use,
        module: 'App\\Services',
        names: [
          { name: 'Mailer', alias: null },
          { name: 'Audit\\Logger', alias: 'AuditLog' },
        ],
        line: 9,
      },
      {
        ...use,
        module: 'App\\Support',
        names: [{ name: 'format_name', alias: null }],
        line: 10,
      },
      { ...use, module: 'App\\Support', names: [{ name: 'MAX_USERS', alias: null }], line: 11 },
      { ...use, kind: 'require', module: 'bootstrap.php', names: [], line: 12 },
    ]);
  });

  it('extracts calls: member, nullsafe, static, parent, constructors, namespaced, inside closures', () => {
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
      ['parent', '__construct', 1, 'UserController.__construct', false, 31, 9],
      ['$this->repo->find($id)', 'load', 1, 'UserController.show', false, 37, 17],
      ['$this->repo', 'find', 1, 'UserController.show', false, 37, 17],
      [null, 'getenv', 1, 'UserController.show', false, 38, 18],
      [null, 'env', 1, 'UserController.show', false, 39, 41],
      ['$this->db', 'query', 1, 'UserController.show', false, 40, 17],
      [null, 'JsonResponse', 2, 'UserController.show', true, 43, 16],
      [null, 'array_map', 2, 'UserController.make', false, 48, 19],
      ['UserModel', 'fromRow', 1, 'UserController.make', false, 48, 41],
      ['\\App\\Support', 'helper', 1, 'UserController.make', false, 50, 20],
      [null, 'static', 0, 'UserController.make', true, 52, 16],
      [null, 'sprintf', 2, 'format_user', false, 59, 12],
      ['$app', 'get', 2, null, false, 62, 1],
      ['$response', 'withStatus', 1, null, false, 63, 12],
    ]);
  });

  it('keeps route, SQL (heredoc) and env strings', () => {
    expect(facts().strings).toEqual([
      { kind: 'route', value: '/users', context: null, line: 18, column: 14 },
      { kind: 'route', value: '/users/{id}', context: null, line: 34, column: 13 },
      { kind: 'env', value: 'API_TOKEN', context: 'getenv', line: 38, column: 18 },
      { kind: 'env', value: 'FALLBACK_TOKEN', context: '$_ENV', line: 38, column: 41 },
      { kind: 'env', value: 'HTTP_HOST', context: '$_SERVER', line: 39, column: 17 },
      { kind: 'env', value: 'APP_KEY', context: 'env()', line: 39, column: 41 },
      {
        kind: 'sql',
        value: 'SELECT id, name FROM users WHERE id = {$id}',
        context: null,
        line: 40,
        column: 34,
      },
      { kind: 'route', value: '/hello/{name}', context: null, line: 62, column: 11 },
    ]);
  });
});

const DOMAIN = `<?php
namespace Shop\\Domain {
    interface Priced extends \\Countable, HasId
    {
        const CURRENCY = 'EUR';
        public function price(): int;
    }

    trait Discounts
    {
        protected float $rate = 0.1;
        public function discount(int $amount): int { return (int) round($amount * $this->rate); }
    }

    enum Status: string implements HasLabel
    {
        case Active = 'active';
        case Archived = 'archived';

        public static function fromLabel(string $label): self { return self::from(strtolower($label)); }
    }

    abstract class Product implements Priced
    {
        use Discounts, Auditable {
            Auditable::log insteadof Discounts;
        }

        abstract protected function sku(): string;

        public function lines(): iterable
        {
            yield from $this->items();
        }

        public function collect(): array
        {
            $inner = function () { yield 1; };
            $logger = new class($this) extends BaseLogger {
                public function log($m) { write($m); }
            };
            return \\iterator_to_array($inner());
        }
    }

    final readonly class Money
    {
        public function __construct(public int $amount, public string $currency = 'EUR') {}
    }
}
`;

describe('php parser: interfaces, traits, enums, abstract and readonly classes', () => {
  const facts = (): FileFacts => parse(DOMAIN);

  it('takes the package from a bracketed namespace', () => {
    expect(facts().package).toBe('Shop\\Domain');
    expect(facts().errorCount).toBe(0);
  });

  it('extracts each kind of type declaration', () => {
    expect(
      facts().classes.map((c) => [
        c.qualifiedName,
        c.kind,
        c.extends,
        c.implements,
        c.methods,
        c.isAbstract,
      ]),
    ).toEqual([
      ['Priced', 'interface', ['\\Countable', 'HasId'], [], ['price'], false],
      ['Discounts', 'trait', [], [], ['discount'], false],
      ['Status', 'enum', [], ['HasLabel'], ['fromLabel'], false],
      [
        'Product',
        'class',
        [],
        ['Priced', 'Discounts', 'Auditable'],
        ['sku', 'lines', 'collect'],
        true,
      ],
      ['Money', 'class', [], [], ['__construct'], false],
    ]);
    const [priced, discounts, status, , money] = facts().classes;
    expect(priced?.properties).toEqual([
      {
        name: 'CURRENCY',
        type: null,
        visibility: 'public',
        isStatic: true,
        isReadonly: true,
        line: 5,
      },
    ]);
    expect(priced?.range).toEqual({ startLine: 3, startColumn: 5, endLine: 7, endColumn: 5 });
    expect(discounts?.properties).toEqual([
      {
        name: 'rate',
        type: 'float',
        visibility: 'protected',
        isStatic: false,
        isReadonly: false,
        line: 11,
      },
    ]);
    expect(status?.properties.map((p) => [p.name, p.isStatic, p.isReadonly, p.line])).toEqual([
      ['Active', true, true, 17],
      ['Archived', true, true, 18],
    ]);
    expect(money?.properties).toEqual([
      {
        name: 'amount',
        type: 'int',
        visibility: 'public',
        isStatic: false,
        isReadonly: true,
        line: 48,
      },
      {
        name: 'currency',
        type: 'string',
        visibility: 'public',
        isStatic: false,
        isReadonly: true,
        line: 48,
      },
    ]);
  });

  it('marks static, abstract-class members and generators; skips anonymous-class methods', () => {
    const { functions } = facts();
    expect(
      functions.map((f) => [f.qualifiedName, f.kind, f.isStatic, f.visibility, f.isGenerator]),
    ).toEqual([
      ['Priced.price', 'method', false, 'public', false],
      ['Discounts.discount', 'method', false, 'public', false],
      ['Status.fromLabel', 'method', true, 'public', false],
      ['Product.sku', 'method', false, 'protected', false],
      ['Product.lines', 'method', false, 'public', true],
      ['Product.collect', 'method', false, 'public', false],
      ['Money.__construct', 'constructor', false, 'public', false],
    ]);
    expect(functions[0]).toMatchObject({ bodyLines: 0, returnType: 'int' });
    expect(functions[6]?.parameters).toEqual([
      { name: 'amount', type: 'int', defaultValue: null, rest: false },
      { name: 'currency', type: 'string', defaultValue: "'EUR'", rest: false },
    ]);
  });

  it('attributes calls in anonymous classes and closures to the enclosing method', () => {
    expect(
      facts().calls.map((c) => [c.receiver, c.callee, c.enclosingFunction, c.isConstructor]),
    ).toEqual([
      [null, 'round', 'Discounts.discount', false],
      ['self', 'from', 'Status.fromLabel', false],
      [null, 'strtolower', 'Status.fromLabel', false],
      ['$this', 'items', 'Product.lines', false],
      [null, 'write', 'Product.collect', false],
      [null, 'iterator_to_array', 'Product.collect', false],
      [null, '$inner', 'Product.collect', false],
    ]);
  });
});

describe('php parser: edge cases', () => {
  it('parses a template with HTML before and between PHP blocks', () => {
    const facts = parse(
      [
        '<!DOCTYPE html>',
        '<html>',
        '<?php function greet(string $who): string { return "Hello $who"; } ?>',
        "<h1><?= greet('world') ?></h1>",
        '<?php require "partials/footer.php"; ?>',
        '</html>',
        '',
      ].join('\n'),
    );
    expect(facts.errorCount).toBe(0);
    expect(facts.package).toBeNull();
    expect(facts.functions).toMatchObject([
      {
        qualifiedName: 'greet',
        range: { startLine: 3, startColumn: 7, endLine: 3, endColumn: 66 },
      },
    ]);
    expect(facts.calls).toMatchObject([
      { callee: 'greet', receiver: null, line: 4, column: 9, enclosingFunction: null },
    ]);
    expect(facts.imports).toMatchObject([
      { kind: 'require', module: 'partials/footer.php', line: 5, column: 7 },
    ]);
  });

  it('reads every use-clause shape and qualified static and constructor calls', () => {
    const facts = parse(
      [
        '<?php',
        'use Foo, \\Bar\\Baz;',
        'use function Util\\{first, last as final_item};',
        "include_once('lib.php');",
        '$app = \\Slim\\Factory\\AppFactory::create();',
        '$c = new \\Slim\\Container([]);',
        '$x = isset($a) && empty($b);',
        '',
      ].join('\n'),
    );
    expect(facts.imports.map((i) => [i.kind, i.module, i.names, i.line])).toEqual([
      ['use', '', [{ name: 'Foo', alias: null }], 2],
      ['use', '\\Bar', [{ name: 'Baz', alias: null }], 2],
      [
        'use',
        'Util',
        [
          { name: 'first', alias: null },
          { name: 'last', alias: 'final_item' },
        ],
        3,
      ],
      ['require', 'lib.php', [], 4],
    ]);
    expect(
      facts.calls.map((c) => [c.receiver, c.callee, c.argumentCount, c.isConstructor]),
    ).toEqual([
      ['\\Slim\\Factory\\AppFactory', 'create', 0, false],
      ['\\Slim', 'Container', 1, true],
    ]);
  });

  it('recovers from syntax errors and keeps what parsed', () => {
    const facts = parse(
      [
        '<?php',
        'function good() { return 1; }',
        'function broken( { return 2; }',
        'class After { public function ok() { good(); } }',
        '',
      ].join('\n'),
    );
    expect(facts.errorCount).toBeGreaterThan(0);
    expect(facts.functions.map((f) => f.qualifiedName)).toContain('good');
    expect(facts.functions.map((f) => f.qualifiedName)).toContain('After.ok');
    expect(facts.calls).toMatchObject([{ callee: 'good', enclosingFunction: 'After.ok' }]);
  });

  it('handles unicode identifiers with UTF-16 columns', () => {
    const facts = parse(
      [
        '<?php',
        'function grüße(string $naïve): string { return größe($naïve); }',
        "class Café { public function 注文() { $x = '😀' . f(); } }",
        '',
      ].join('\n'),
    );
    expect(facts.functions.map((f) => [f.qualifiedName, f.parameters.map((p) => p.name)])).toEqual([
      ['grüße', ['naïve']],
      ['Café.注文', []],
    ]);
    expect(facts.calls).toMatchObject([
      { callee: 'größe', line: 2, column: 48, enclosingFunction: 'grüße' },
      { callee: 'f', line: 3, column: 49, enclosingFunction: 'Café.注文' },
    ]);
  });

  it('parses a very long generated file', () => {
    const source = `<?php\n${Array.from(
      { length: 5000 },
      (_, i) => `function f${i}($x)\n{\n    return g${i}($x);\n}\n`,
    ).join('')}`;
    const facts = parse(source);
    expect(facts.functions).toHaveLength(5000);
    expect(facts.calls).toHaveLength(5000);
    expect(facts.functions[4999]).toMatchObject({
      name: 'f4999',
      range: { startLine: 19998, endLine: 20001 },
    });
    expect(facts.calls[4999]).toMatchObject({ callee: 'g4999', enclosingFunction: 'f4999' });
  });
});
