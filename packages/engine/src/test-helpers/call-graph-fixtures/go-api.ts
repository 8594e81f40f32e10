import type { FixtureExpectations } from './fixture-expectations.js';

const MAIN = 'cmd/server/main.go';
const STORE = 'store/store.go';
const SEED = 'store/seed.go';
const PRICING = 'pricing/pricing.go';
const RULES = 'pricing/rules.go';
const CATALOG = 'service/catalog.go';
const HANDLERS = 'handlers/handlers.go';
const CATALOG_TEST = 'service/catalog_test.go';
const PRICING_TEST = 'pricing/pricing_test.go';

/**
 * `go-api`: the module `example.com/goapi` (go.mod); packages imported plainly and under an
 * alias (`st`, `memstore`); methods with pointer receivers called through the receiver and its
 * typed fields; same-package calls across files; a gin route with an inline handler; `func main`;
 * `_test.go` files with `TestXxx` and a lookalike (`Testify`) that go test does not run.
 */
export const GO_API: FixtureExpectations = {
  name: 'go-api',
  edges: [
    // m: a parameter typed *Memory
    [`${SEED}#Seed`, `${STORE}#Memory.Put`, 'instance'],
    [`${SEED}#Seed`, `${STORE}#Memory.Put`, 'instance'],
    [`${SEED}#Seed`, `${SEED}#validPrice`, 'local'],
    // same package, other file
    [`${PRICING}#Discount`, `${RULES}#applyRule`, 'import'],
    [`${RULES}#applyRule`, `${PRICING}#Discount`, 'import'],
    // c.store: a field typed *st.Memory
    [`${CATALOG}#Catalog.Price`, `${STORE}#Memory.Get`, 'instance'],
    [`${CATALOG}#Catalog.Price`, `${CATALOG}#notFound`, 'local'],
    [`${CATALOG}#Catalog.Price`, `${PRICING}#Format`, 'import'],
    [`${CATALOG}#Catalog.Price`, `${CATALOG}#Catalog.discounted`, 'this'],
    [`${CATALOG}#Catalog.discounted`, `${PRICING}#Discount`, 'import'],
    [`${CATALOG}#Catalog.legacyPrice`, `${PRICING}#Format`, 'import'],
    // the call in the inline gin handler belongs to Register; h.catalog: *service.Catalog
    [`${HANDLERS}#Handler.Register`, `${CATALOG}#Catalog.Price`, 'instance'],
    [`${MAIN}#main`, `${MAIN}#run`, 'local'],
    [`${MAIN}#run`, `${STORE}#NewMemory`, 'import'],
    [`${MAIN}#run`, `${SEED}#Seed`, 'import'],
    [`${MAIN}#run`, `${MAIN}#mount`, 'local'],
    [`${MAIN}#run`, `${HANDLERS}#New`, 'import'],
    [`${MAIN}#run`, `${CATALOG}#NewCatalog`, 'import'],
    [`${MAIN}#mount`, `${HANDLERS}#Handler.Register`, 'instance'],
    [`${CATALOG_TEST}#TestPriceOfSeededItem`, `${STORE}#NewMemory`, 'import'],
    [`${CATALOG_TEST}#TestPriceOfSeededItem`, `${SEED}#Seed`, 'import'],
    [`${CATALOG_TEST}#TestPriceOfSeededItem`, `${CATALOG_TEST}#checkPrice`, 'local'],
    // the test file is in package service
    [`${CATALOG_TEST}#TestPriceOfSeededItem`, `${CATALOG}#NewCatalog`, 'import'],
    [`${CATALOG_TEST}#checkPrice`, `${CATALOG}#Catalog.Price`, 'instance'],
    [`${PRICING_TEST}#TestDiscount`, `${PRICING}#Discount`, 'import'],
  ],
  entryPoints: {
    [`${MAIN}#main`]: 'main',
    // exported functions, and exported methods of exported types, outside package main
    [`${STORE}#NewMemory`]: 'exported',
    [`${STORE}#Memory.Put`]: 'exported',
    [`${STORE}#Memory.Get`]: 'exported',
    [`${SEED}#Seed`]: 'exported',
    [`${PRICING}#Format`]: 'exported',
    [`${PRICING}#Discount`]: 'exported',
    [`${CATALOG}#NewCatalog`]: 'exported',
    [`${CATALOG}#Catalog.Price`]: 'exported',
    [`${HANDLERS}#New`]: 'exported',
    [`${HANDLERS}#Handler.Register`]: 'exported',
    [`${CATALOG_TEST}#TestPriceOfSeededItem`]: 'test',
    [`${PRICING_TEST}#TestDiscount`]: 'test',
  },
  paths: [
    {
      from: `${MAIN}#main`,
      to: `${STORE}#Memory.Get`,
      nodes: [
        `${MAIN}#main`,
        `${MAIN}#run`,
        `${MAIN}#mount`,
        `${HANDLERS}#Handler.Register`,
        `${CATALOG}#Catalog.Price`,
        `${STORE}#Memory.Get`,
      ],
    },
    {
      from: `${CATALOG_TEST}#TestPriceOfSeededItem`,
      to: `${RULES}#applyRule`,
      nodes: [
        `${CATALOG_TEST}#TestPriceOfSeededItem`,
        `${CATALOG_TEST}#checkPrice`,
        `${CATALOG}#Catalog.Price`,
        `${CATALOG}#Catalog.discounted`,
        `${PRICING}#Discount`,
        `${RULES}#applyRule`,
      ],
    },
    { from: `${PRICING_TEST}#TestDiscount`, to: `${STORE}#Memory.Get`, nodes: null },
  ],
  dead: [`${CATALOG}#Catalog.legacyPrice`, `${HANDLERS}#logRequest`, `${PRICING_TEST}#Testify`],
  cycles: [[`${PRICING}#Discount`, `${RULES}#applyRule`]],
  testSets: [
    {
      changed: [RULES],
      tests: [`${PRICING_TEST}#TestDiscount`, `${CATALOG_TEST}#TestPriceOfSeededItem`],
      files: [PRICING_TEST, CATALOG_TEST],
    },
    {
      changed: [SEED],
      tests: [`${CATALOG_TEST}#TestPriceOfSeededItem`],
      files: [CATALOG_TEST],
    },
    { changed: [HANDLERS], tests: [], files: [] },
  ],
  impact: {
    function: `${STORE}#Memory.Get`,
    entryPoints: [
      [`${STORE}#Memory.Get`, 'exported', 0],
      [`${CATALOG}#Catalog.Price`, 'exported', 1],
      [`${HANDLERS}#Handler.Register`, 'exported', 2],
      [`${CATALOG_TEST}#TestPriceOfSeededItem`, 'test', 3],
      [`${MAIN}#main`, 'main', 5],
    ],
    tests: [`${CATALOG_TEST}#TestPriceOfSeededItem`],
  },
  edits: [
    {
      description: 'catalog.go: legacyPrice removed, NewCatalog now seeds the store',
      files: {
        [CATALOG]: [
          'package service',
          '',
          'import (',
          '\t"fmt"',
          '',
          '\t"example.com/goapi/pricing"',
          '\tst "example.com/goapi/store"',
          ')',
          '',
          'type Catalog struct {',
          '\tstore  *st.Memory',
          '\trounds int',
          '}',
          '',
          'func NewCatalog(s *st.Memory, rounds int) *Catalog {',
          '\tst.Seed(s)',
          '\treturn &Catalog{store: s, rounds: rounds}',
          '}',
          '',
          'func (c *Catalog) Price(id string) (string, error) {',
          '\titem, ok := c.store.Get(id)',
          '\tif !ok {',
          '\t\treturn "", notFound(id)',
          '\t}',
          '\treturn pricing.Format(c.discounted(item.Price)), nil',
          '}',
          '',
          'func (c *Catalog) discounted(cents int) int {',
          '\treturn pricing.Discount(cents, c.rounds)',
          '}',
          '',
          'func notFound(id string) error {',
          '\treturn fmt.Errorf("no item %q", id)',
          '}',
          '',
        ].join('\n'),
      },
      removedEdges: [[`${CATALOG}#Catalog.legacyPrice`, `${PRICING}#Format`, 'import']],
      addedEdges: [[`${CATALOG}#NewCatalog`, `${SEED}#Seed`, 'import']],
    },
    {
      description: 'pricing.go: Discount removed, which rules.go, catalog.go and a test call',
      files: {
        [PRICING]: [
          'package pricing',
          '',
          'import "fmt"',
          '',
          'func Format(cents int) string {',
          '\treturn fmt.Sprintf("$%d.%02d", cents/100, cents%100)',
          '}',
          '',
        ].join('\n'),
      },
      removedEdges: [
        [`${PRICING}#Discount`, `${RULES}#applyRule`, 'import'],
        [`${RULES}#applyRule`, `${PRICING}#Discount`, 'import'],
        [`${CATALOG}#Catalog.discounted`, `${PRICING}#Discount`, 'import'],
        [`${PRICING_TEST}#TestDiscount`, `${PRICING}#Discount`, 'import'],
      ],
      addedEdges: [],
    },
  ],
};
