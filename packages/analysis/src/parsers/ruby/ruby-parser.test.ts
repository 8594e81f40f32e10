import type { FileFacts } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { rubyParser } from './ruby-parser.js';

beforeAll(async () => {
  await rubyParser.load();
});

function parse(source: string): FileFacts {
  return rubyParser.parse('lib/shop/billing.rb', source);
}

const BILLING = `# frozen_string_literal: true
require 'json'
require_relative 'support/helpers'
load "tasks/setup.rb"
autoload :Mailer, 'app/mailer'

module Shop
  module Billing
    # Charges customers.
    # Keeps an audit trail.
    class Invoice < Base::Record
      include Comparable
      extend Forwardable
      prepend Auditing
      attr_accessor :number, :total
      attr_reader :status
      attr_writer :note
      CURRENCY = 'EUR'

      # Creates an invoice.
      def initialize(number, total = 0, *items, due:, currency: CURRENCY, **meta, &on_paid)
        super(number)
        @store = Store.new(number, due)
        puts number
        refresh()
        ledger
        @store.save!.tap { |saved| notify(saved) }
        ENV['BILLING_URL']
        ENV.fetch('BILLING_TOKEN', nil)
      end

      def paid? = @status == :paid

      def total=(value)
        @total = value
      end

      def <=>(other)
        total <=> other.total
      end

      def self.load_all(ids)
        ids.map { |id| find(id) }
      end

      class << self
        def build(**attrs)
          new(attrs)
        end
      end

      protected

      def ledger_key; end

      private

      def recalculate!
        super
        rows = db.query(<<~SQL)
          SELECT id, amount FROM lines WHERE invoice_id = #{@id}
        SQL
      end

      public def reopen; end
      private :paid?
    end
  end
end

class Shop::Api::Routes < Sinatra::Base
  get '/invoices/:id' do |id|
    Invoice.find(id).to_json
  end
end

def helper_function(value)
  value.to_s
end
`;

describe('ruby parser: a billing file', () => {
  const facts = (): FileFacts => parse(BILLING);

  it('has no package and no syntax errors', () => {
    expect(facts().package).toBeNull();
    expect(facts().errorCount).toBe(0);
    expect(facts().exports).toEqual([]);
  });

  it('extracts methods with module-qualified names, kinds, visibility and static flags', () => {
    const { functions } = facts();
    expect(
      functions.map((f) => [
        f.qualifiedName,
        f.kind,
        f.className,
        f.visibility,
        f.isExported,
        f.isStatic,
      ]),
    ).toEqual([
      ['Shop.Billing.Invoice.initialize', 'constructor', 'Invoice', 'public', true, false],
      ['Shop.Billing.Invoice.paid?', 'method', 'Invoice', 'private', false, false],
      ['Shop.Billing.Invoice.total=', 'method', 'Invoice', 'public', true, false],
      ['Shop.Billing.Invoice.<=>', 'method', 'Invoice', 'public', true, false],
      ['Shop.Billing.Invoice.load_all', 'method', 'Invoice', 'public', true, true],
      ['Shop.Billing.Invoice.build', 'method', 'Invoice', 'public', true, true],
      ['Shop.Billing.Invoice.ledger_key', 'method', 'Invoice', 'protected', false, false],
      ['Shop.Billing.Invoice.recalculate!', 'method', 'Invoice', 'private', false, false],
      ['Shop.Billing.Invoice.reopen', 'method', 'Invoice', 'public', true, false],
      ['helper_function', 'function', null, 'public', true, false],
    ]);
    expect(functions[0]).toEqual({
      name: 'initialize',
      qualifiedName: 'Shop.Billing.Invoice.initialize',
      kind: 'constructor',
      className: 'Invoice',
      parameters: [
        { name: 'number', type: null, defaultValue: null, rest: false },
        { name: 'total', type: null, defaultValue: '0', rest: false },
        { name: 'items', type: null, defaultValue: null, rest: true },
        { name: 'due', type: null, defaultValue: null, rest: false },
        { name: 'currency', type: null, defaultValue: 'CURRENCY', rest: false },
        { name: 'meta', type: null, defaultValue: null, rest: true },
        { name: 'on_paid', type: null, defaultValue: null, rest: false },
      ],
      returnType: null,
      isAsync: false,
      isGenerator: false,
      isExported: true,
      isStatic: false,
      visibility: 'public',
      decorators: [],
      docComment: 'Creates an invoice.',
      range: { startLine: 21, startColumn: 7, endLine: 30, endColumn: 9 },
      bodyLines: 8,
    });
    expect(functions[1]).toMatchObject({
      range: { startLine: 32, startColumn: 7, endLine: 32, endColumn: 34 },
      bodyLines: 1,
      docComment: null,
    });
    expect(functions[2]?.parameters).toEqual([
      { name: 'value', type: null, defaultValue: null, rest: false },
    ]);
    expect(functions[5]?.parameters).toEqual([
      { name: 'attrs', type: null, defaultValue: null, rest: true },
    ]);
    expect(functions[6]).toMatchObject({ bodyLines: 0, parameters: [] });
  });

  it('extracts modules and classes with superclass, mixins, attribute macros and constants', () => {
    const { classes } = facts();
    expect(classes.map((c) => [c.qualifiedName, c.name, c.kind, c.extends])).toEqual([
      ['Shop', 'Shop', 'module', []],
      ['Shop.Billing', 'Billing', 'module', []],
      ['Shop.Billing.Invoice', 'Invoice', 'class', ['Base::Record']],
      ['Shop.Api.Routes', 'Routes', 'class', ['Sinatra::Base']],
    ]);
    expect(classes[0]?.range).toEqual({ startLine: 7, startColumn: 1, endLine: 69, endColumn: 3 });
    expect(classes[2]).toEqual({
      name: 'Invoice',
      qualifiedName: 'Shop.Billing.Invoice',
      kind: 'class',
      extends: ['Base::Record'],
      implements: ['Comparable', 'Forwardable', 'Auditing'],
      methods: [
        'initialize',
        'paid?',
        'total=',
        '<=>',
        'load_all',
        'build',
        'ledger_key',
        'recalculate!',
        'reopen',
      ],
      properties: [
        {
          name: 'number',
          type: null,
          visibility: 'public',
          isStatic: false,
          isReadonly: false,
          line: 15,
        },
        {
          name: 'total',
          type: null,
          visibility: 'public',
          isStatic: false,
          isReadonly: false,
          line: 15,
        },
        {
          name: 'status',
          type: null,
          visibility: 'public',
          isStatic: false,
          isReadonly: true,
          line: 16,
        },
        {
          name: 'note',
          type: null,
          visibility: 'public',
          isStatic: false,
          isReadonly: false,
          line: 17,
        },
        {
          name: 'CURRENCY',
          type: null,
          visibility: 'public',
          isStatic: true,
          isReadonly: true,
          line: 18,
        },
      ],
      decorators: [],
      isExported: true,
      isAbstract: false,
      visibility: 'public',
      docComment: 'Charges customers.\nKeeps an audit trail.',
      range: { startLine: 11, startColumn: 5, endLine: 67, endColumn: 7 },
    });
  });

  it('extracts require, require_relative, load and autoload as imports', () => {
    const base = {
      kind: 'require',
      names: [],
      defaultName: null,
      namespaceName: null,
      typeOnly: false,
      sideEffect: false,
      column: 1,
    };
    expect(facts().imports).toEqual([
      { ...base, module: 'json', line: 2 },
      { ...base, module: 'support/helpers', line: 3 },
      { ...base, module: 'tasks/setup.rb', line: 4 },
      { ...base, module: 'app/mailer', line: 5 },
    ]);
  });

  it('extracts calls with receivers, blocks as arguments, constructors and super', () => {
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
      [null, 'require', 1, null, false, 2, 1],
      [null, 'require_relative', 1, null, false, 3, 1],
      [null, 'load', 1, null, false, 4, 1],
      [null, 'autoload', 2, null, false, 5, 1],
      [null, 'include', 1, null, false, 12, 7],
      [null, 'extend', 1, null, false, 13, 7],
      [null, 'prepend', 1, null, false, 14, 7],
      [null, 'attr_accessor', 2, null, false, 15, 7],
      [null, 'attr_reader', 1, null, false, 16, 7],
      [null, 'attr_writer', 1, null, false, 17, 7],
      [null, 'super', 1, 'Shop.Billing.Invoice.initialize', false, 22, 9],
      ['Store', 'new', 2, 'Shop.Billing.Invoice.initialize', true, 23, 18],
      [null, 'puts', 1, 'Shop.Billing.Invoice.initialize', false, 24, 9],
      [null, 'refresh', 0, 'Shop.Billing.Invoice.initialize', false, 25, 9],
      ['@store.save!', 'tap', 1, 'Shop.Billing.Invoice.initialize', false, 27, 9],
      ['@store', 'save!', 0, 'Shop.Billing.Invoice.initialize', false, 27, 9],
      [null, 'notify', 1, 'Shop.Billing.Invoice.initialize', false, 27, 36],
      ['ENV', 'fetch', 2, 'Shop.Billing.Invoice.initialize', false, 29, 9],
      ['other', 'total', 0, 'Shop.Billing.Invoice.<=>', false, 39, 19],
      ['ids', 'map', 1, 'Shop.Billing.Invoice.load_all', false, 43, 9],
      [null, 'find', 1, 'Shop.Billing.Invoice.load_all', false, 43, 24],
      [null, 'new', 1, 'Shop.Billing.Invoice.build', true, 48, 11],
      [null, 'super', 0, 'Shop.Billing.Invoice.recalculate!', false, 59, 9],
      ['db', 'query', 1, 'Shop.Billing.Invoice.recalculate!', false, 60, 16],
      [null, 'public', 1, null, false, 65, 7],
      [null, 'private', 1, null, false, 66, 7],
      [null, 'get', 2, null, false, 72, 3],
      ['Invoice.find(id)', 'to_json', 0, null, false, 73, 5],
      ['Invoice', 'find', 1, null, false, 73, 5],
      ['value', 'to_s', 0, 'helper_function', false, 78, 3],
    ]);
  });

  it('keeps env lookups, the heredoc SQL and the route', () => {
    expect(facts().strings).toEqual([
      { kind: 'env', value: 'BILLING_URL', context: 'ENV[]', line: 28, column: 9 },
      { kind: 'env', value: 'BILLING_TOKEN', context: 'ENV.fetch', line: 29, column: 9 },
      {
        kind: 'sql',
        value: 'SELECT id, amount FROM lines WHERE invoice_id = #{@id}',
        context: null,
        line: 60,
        column: 25,
      },
      { kind: 'route', value: '/invoices/:id', context: null, line: 72, column: 7 },
    ]);
  });
});

const REGISTRY = `module Util
  module_function

  def slugify(text) = text.downcase
end

class Registry
  class << self
    def register(name); end

    private

    def store; end
  end

  def self.reset!; end
  private_class_method :reset!

  private

  def self.visible_static; end
  x = 1 # a trailing comment
  def after_trailing; end

  # Separated by a blank line.

  def undocumented; end
  private attr_reader :secret
end
`;

describe('ruby parser: singleton methods, visibility sections and doc comments', () => {
  const facts = (): FileFacts => parse(REGISTRY);

  it('applies module_function, class << self sections and private_class_method', () => {
    expect(
      facts().functions.map((f) => [
        f.qualifiedName,
        f.className,
        f.isStatic,
        f.visibility,
        f.docComment,
      ]),
    ).toEqual([
      ['Util.slugify', 'Util', true, 'public', null],
      ['Registry.register', 'Registry', true, 'public', null],
      ['Registry.store', 'Registry', true, 'private', null],
      ['Registry.reset!', 'Registry', true, 'private', null],
      ['Registry.visible_static', 'Registry', true, 'public', null],
      ['Registry.after_trailing', 'Registry', false, 'private', null],
      ['Registry.undocumented', 'Registry', false, 'private', null],
    ]);
  });

  it('reads private attribute macros as private properties', () => {
    expect(facts().classes[1]?.properties).toEqual([
      {
        name: 'secret',
        type: null,
        visibility: 'private',
        isStatic: false,
        isReadonly: true,
        line: 28,
      },
    ]);
  });
});

describe('ruby parser: edge cases', () => {
  it('recovers from syntax errors and keeps what parsed', () => {
    const facts = parse(
      'def good\n  1\nend\n\ndef broken(\n  2\nend\n\nclass After\n  def ok\n    good()\n  end\nend\n',
    );
    expect(facts.errorCount).toBeGreaterThan(0);
    expect(facts.functions.map((f) => f.qualifiedName)).toContain('good');
    expect(facts.functions.map((f) => f.qualifiedName)).toContain('After.ok');
    expect(facts.calls).toMatchObject([{ callee: 'good', enclosingFunction: 'After.ok' }]);
  });

  it('handles unicode identifiers with UTF-16 columns', () => {
    const facts = parse(
      "def grüße(naïve)\n  größe(naïve)\nend\nclass Café\n  def 注文; x = '😀' + f(1); end\nend\n",
    );
    expect(facts.functions.map((f) => [f.qualifiedName, f.parameters.map((p) => p.name)])).toEqual([
      ['grüße', ['naïve']],
      ['Café.注文', []],
    ]);
    expect(facts.calls).toMatchObject([
      { callee: 'größe', line: 2, column: 3, enclosingFunction: 'grüße' },
      { callee: 'f', line: 5, column: 22, enclosingFunction: 'Café.注文' },
    ]);
  });

  it('takes only own-line comments as doc comments, after leading blank lines too', () => {
    const facts = parse('\n\n   x = 1 # trailing\ndef a; end\n  # Doc for b.\n  def b; end\n');
    expect(facts.functions.map((f) => [f.name, f.docComment, f.range.startLine])).toEqual([
      ['a', null, 4],
      ['b', 'Doc for b.', 6],
    ]);
  });

  it('reads string forms, anonymous parameters and ignores =begin blocks', () => {
    const facts = parse(
      [
        '=begin',
        'not a doc comment',
        '=end',
        'def forward(*, **, &) = relay(%q(/health), %Q{SELECT 1 FROM dual})',
        '',
      ].join('\n'),
    );
    expect(facts.functions[0]).toMatchObject({
      docComment: null,
      parameters: [
        { name: '*', rest: true },
        { name: '**', rest: true },
        { name: '&', rest: false },
      ],
    });
    expect(facts.strings.map((s) => [s.kind, s.value, s.column])).toEqual([
      ['route', '/health', 31],
      ['sql', 'SELECT 1 FROM dual', 44],
    ]);
  });

  it('parses a very long generated file', () => {
    const source = Array.from({ length: 5000 }, (_, i) => `def f${i}(x)\n  g${i}(x)\nend\n`).join(
      '\n',
    );
    const facts = parse(source);
    expect(facts.functions).toHaveLength(5000);
    expect(facts.calls).toHaveLength(5000);
    expect(facts.functions[4999]).toMatchObject({
      name: 'f4999',
      range: { startLine: 19997, endLine: 19999 },
    });
    expect(facts.calls[4999]).toMatchObject({ callee: 'g4999', enclosingFunction: 'f4999' });
  });
});
