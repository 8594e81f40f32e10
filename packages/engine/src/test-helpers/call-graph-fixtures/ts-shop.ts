import type { FixtureExpectations } from './fixture-expectations.js';

const UTIL = 'packages/util/src/index.ts';
const PAD = 'packages/util/src/pad.ts';
const ENTITY = 'src/domain/entity.ts';
const PRODUCT = 'src/domain/product.ts';
const PRICING = 'src/domain/pricing.ts';
const REPO = 'src/repo/product-repo.ts';
const BASE = 'src/services/base-service.ts';
const CATALOG = 'src/services/catalog.ts';
const ORDERS = 'src/services/orders.ts';
const DISCOUNTS = 'src/services/discounts.ts';
const RULES = 'src/services/rules.ts';
const CATALOG_TEST = 'src/services/catalog.test.ts';
const ORDERS_TEST = 'src/services/orders.test.ts';

/**
 * `ts-shop`: a `@app/*` tsconfig alias, the `src/domain` barrel (`export *` and
 * `export { totalCents as sumCents }`), a default export imported under another name, a
 * workspace package (`@shop/util`, package.json `exports`), constructor injection, `this.m()`
 * reaching base classes, Hono routes with inline handlers, Vitest files whose cases run from
 * module-level code.
 */
export const TS_SHOP: FixtureExpectations = {
  name: 'ts-shop',
  edges: [
    [`${PAD}#padLeft`, `${PAD}#padLeft`, 'local'],
    [`${UTIL}#formatPrice`, `${UTIL}#symbol`, 'local'],
    [`${UTIL}#formatPrice`, `${PAD}#padLeft`, 'import'],
    ['src/settings.ts#loadSettings', 'src/settings.ts#readSetting', 'local'],
    ['src/settings.ts#loadSettings', 'src/settings.ts#readSetting', 'local'],
    [`${ENTITY}#Entity.constructor`, `${ENTITY}#now`, 'local'],
    [`${ENTITY}#Entity.touch`, `${ENTITY}#now`, 'local'],
    // super(id) and this.touch() reach the base class in another file
    [`${PRODUCT}#Product.constructor`, `${ENTITY}#Entity.constructor`, 'this'],
    [`${PRODUCT}#Product.rename`, `${ENTITY}#Entity.touch`, 'this'],
    // the call inside the reduce arrow belongs to totalCents
    [`${PRICING}#totalCents`, `${PRICING}#lineCents`, 'local'],
    [`${PRICING}#averageCents`, `${PRICING}#totalCents`, 'local'],
    [`${REPO}#ProductRepo.findMany`, `${REPO}#ProductRepo.require`, 'this'],
    [`${CATALOG}#CatalogService.price`, `${UTIL}#formatPrice`, 'import'],
    [`${CATALOG}#CatalogService.price`, `${CATALOG}#CatalogService.total`, 'this'],
    // sumCents: the barrel's alias of totalCents, imported through @app/domain
    [`${CATALOG}#CatalogService.total`, `${PRICING}#totalCents`, 'import'],
    // this.repo: a constructor parameter property typed ProductRepo
    [`${CATALOG}#CatalogService.total`, `${REPO}#ProductRepo.findMany`, 'instance'],
    [`${CATALOG}#CatalogService.total`, `${CATALOG}#toLine`, 'local'],
    [`${CATALOG}#legacyPrice`, `${UTIL}#formatPrice`, 'import'],
    [`${CATALOG}#legacyPrice`, `${CATALOG}#legacyRound`, 'local'],
    [`${ORDERS}#OrderService.constructor`, `${BASE}#BaseService.constructor`, 'this'],
    [`${ORDERS}#OrderService.place`, `${BASE}#BaseService.log`, 'this'],
    [`${ORDERS}#OrderService.place`, `${DISCOUNTS}#applyDiscount`, 'import'],
    [`${ORDERS}#OrderService.place`, `${CATALOG}#CatalogService.total`, 'instance'],
    [`${DISCOUNTS}#applyDiscount`, `${RULES}#applyRule`, 'import'],
    [`${RULES}#applyRule`, `${DISCOUNTS}#applyDiscount`, 'import'],
    // calls inside the inline route handlers belong to registerRoutes; typed parameters
    ['src/app.ts#registerRoutes', `${CATALOG}#CatalogService.price`, 'instance'],
    ['src/app.ts#registerRoutes', `${ORDERS}#OrderService.place`, 'instance'],
    ['src/main.ts#seed', `${REPO}#ProductRepo.add`, 'instance'],
    ['src/main.ts#seed', `${PRODUCT}#Product.constructor`, 'instance'],
    ['src/main.ts#seed', `${REPO}#ProductRepo.add`, 'instance'],
    ['src/main.ts#seed', `${PRODUCT}#Product.constructor`, 'instance'],
    // loadDefaults: the default export loadSettings under another name
    ['src/main.ts#main', 'src/settings.ts#loadSettings', 'import'],
    ['src/main.ts#main', `${CATALOG}#CatalogService.constructor`, 'instance'],
    ['src/main.ts#main', 'src/main.ts#seed', 'local'],
    ['src/main.ts#main', 'src/app.ts#registerRoutes', 'import'],
    ['src/main.ts#main', `${ORDERS}#OrderService.constructor`, 'instance'],
    ['src/main.ts#<module>', 'src/main.ts#main', 'local'],
    [`${CATALOG_TEST}#stocked`, `${REPO}#ProductRepo.add`, 'instance'],
    [`${CATALOG_TEST}#stocked`, `${PRODUCT}#Product.constructor`, 'instance'],
    [`${CATALOG_TEST}#<module>`, `${CATALOG}#CatalogService.constructor`, 'instance'],
    [`${CATALOG_TEST}#<module>`, `${CATALOG_TEST}#stocked`, 'local'],
    [`${CATALOG_TEST}#<module>`, `${CATALOG}#CatalogService.price`, 'instance'],
    [`${ORDERS_TEST}#<module>`, `${ORDERS}#OrderService.constructor`, 'instance'],
    [`${ORDERS_TEST}#<module>`, `${CATALOG}#CatalogService.constructor`, 'instance'],
    [`${ORDERS_TEST}#<module>`, `${ORDERS}#OrderService.place`, 'instance'],
  ],
  entryPoints: {
    // exported functions and public methods (constructors too) of exported classes
    [`${UTIL}#formatPrice`]: 'exported',
    [`${PAD}#padLeft`]: 'exported',
    'src/settings.ts#loadSettings': 'exported',
    [`${ENTITY}#Entity.constructor`]: 'exported',
    [`${ENTITY}#Entity.touch`]: 'exported',
    [`${PRODUCT}#Product.constructor`]: 'exported',
    [`${PRODUCT}#Product.rename`]: 'exported',
    [`${PRICING}#totalCents`]: 'exported',
    [`${PRICING}#averageCents`]: 'exported',
    [`${REPO}#ProductRepo.findMany`]: 'exported',
    [`${REPO}#ProductRepo.add`]: 'exported',
    [`${BASE}#BaseService.constructor`]: 'exported',
    [`${CATALOG}#CatalogService.constructor`]: 'exported',
    [`${CATALOG}#CatalogService.price`]: 'exported',
    [`${CATALOG}#CatalogService.total`]: 'exported',
    [`${ORDERS}#OrderService.constructor`]: 'exported',
    [`${ORDERS}#OrderService.place`]: 'exported',
    [`${DISCOUNTS}#applyDiscount`]: 'exported',
    [`${RULES}#applyRule`]: 'exported',
    'src/app.ts#registerRoutes': 'exported',
    // a top-level main called from module-level code
    'src/main.ts#main': 'main',
    // describe/it callbacks run from the test files' module-level code
    [`${CATALOG_TEST}#<module>`]: 'test',
    [`${ORDERS_TEST}#<module>`]: 'test',
  },
  paths: [
    {
      from: 'src/main.ts#main',
      to: `${PAD}#padLeft`,
      nodes: [
        'src/main.ts#main',
        'src/app.ts#registerRoutes',
        `${CATALOG}#CatalogService.price`,
        `${UTIL}#formatPrice`,
        `${PAD}#padLeft`,
      ],
    },
    {
      from: `${ORDERS_TEST}#<module>`,
      to: `${PRICING}#lineCents`,
      nodes: [
        `${ORDERS_TEST}#<module>`,
        `${ORDERS}#OrderService.place`,
        `${CATALOG}#CatalogService.total`,
        `${PRICING}#totalCents`,
        `${PRICING}#lineCents`,
      ],
    },
    // Product.rename is never called
    { from: 'src/app.ts#registerRoutes', to: `${ENTITY}#Entity.touch`, nodes: null },
  ],
  dead: [`${CATALOG}#legacyPrice`, `${CATALOG}#legacyRound`],
  cycles: [[`${PAD}#padLeft`], [`${DISCOUNTS}#applyDiscount`, `${RULES}#applyRule`]],
  testSets: [
    {
      changed: [RULES],
      tests: [`${ORDERS_TEST}#<module>`],
      files: [ORDERS_TEST],
    },
    {
      changed: [PAD],
      tests: [`${CATALOG_TEST}#<module>`],
      files: [CATALOG_TEST],
    },
    {
      changed: [PRICING],
      tests: [`${CATALOG_TEST}#<module>`, `${ORDERS_TEST}#<module>`],
      files: [CATALOG_TEST, ORDERS_TEST],
    },
    {
      // Entity's constructor runs through Product's, which the test helper stocked calls
      changed: [ENTITY],
      tests: [`${CATALOG_TEST}#<module>`],
      files: [CATALOG_TEST],
    },
  ],
  impact: {
    function: `${CATALOG}#CatalogService.total`,
    entryPoints: [
      [`${CATALOG}#CatalogService.total`, 'exported', 0],
      [`${CATALOG}#CatalogService.price`, 'exported', 1],
      [`${ORDERS}#OrderService.place`, 'exported', 1],
      ['src/app.ts#registerRoutes', 'exported', 2],
      [`${CATALOG_TEST}#<module>`, 'test', 2],
      [`${ORDERS_TEST}#<module>`, 'test', 2],
      ['src/main.ts#main', 'main', 3],
    ],
    tests: [`${CATALOG_TEST}#<module>`, `${ORDERS_TEST}#<module>`],
  },
  edits: [
    {
      description: 'catalog.ts: toLine removed, price now calls legacyPrice',
      files: {
        [CATALOG]: [
          "import { formatPrice } from '@shop/util';",
          "import { sumCents } from '@app/domain';",
          "import { ProductRepo } from '@app/repo/product-repo';",
          '',
          'export class CatalogService {',
          '  constructor(private readonly repo: ProductRepo) {}',
          '',
          '  price(id: string): string {',
          '    const cents = this.total([id]);',
          "    return id === 'old' ? legacyPrice(cents) : formatPrice(cents);",
          '  }',
          '',
          '  total(ids: readonly string[]): number {',
          '    return sumCents(this.repo.findMany(ids).map((product) => ({ product, quantity: 1 })));',
          '  }',
          '}',
          '',
          'function legacyPrice(cents: number): string {',
          '  return formatPrice(legacyRound(cents));',
          '}',
          '',
          'function legacyRound(cents: number): number {',
          '  return Math.round(cents);',
          '}',
          '',
        ].join('\n'),
      },
      removedEdges: [[`${CATALOG}#CatalogService.total`, `${CATALOG}#toLine`, 'local']],
      addedEdges: [[`${CATALOG}#CatalogService.price`, `${CATALOG}#legacyPrice`, 'local']],
    },
    {
      description: 'entity.ts: touch removed, which product.ts calls through this',
      files: {
        [ENTITY]: [
          'export abstract class Entity {',
          '  updatedAt: number;',
          '',
          '  constructor(readonly id: string) {',
          '    this.updatedAt = now();',
          '  }',
          '}',
          '',
          'function now(): number {',
          '  return Date.now();',
          '}',
          '',
        ].join('\n'),
      },
      removedEdges: [
        [`${ENTITY}#Entity.touch`, `${ENTITY}#now`, 'local'],
        [`${PRODUCT}#Product.rename`, `${ENTITY}#Entity.touch`, 'this'],
      ],
      addedEdges: [],
    },
  ],
};
