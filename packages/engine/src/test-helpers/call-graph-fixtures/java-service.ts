import type { FixtureExpectations } from './fixture-expectations.js';

const MAIN = 'src/main/java/com/acme/shop';
const TEST = 'src/test/java/com/acme/shop';
const ORDER = `${MAIN}/model/Order.java#Order`;
const REPO = `${MAIN}/repo/OrderRepository.java#OrderRepository`;
const SERVICE = `${MAIN}/service/OrderService.java#OrderService`;
const DEFAULT = `${MAIN}/service/DefaultOrderService.java#DefaultOrderService`;
const TAX = `${MAIN}/tax/TaxCalculator.java#TaxCalculator`;
const ROUNDING = `${MAIN}/tax/Rounding.java#Rounding`;
const MONEY = `${MAIN}/util/Money.java#Money`;
const PRINTER = `${MAIN}/web/ReceiptPrinter.java#ReceiptPrinter`;
const CONTROLLER = `${MAIN}/web/OrderController.java#OrderController`;
const SERVICE_TEST = `${TEST}/service/DefaultOrderServiceTest.java#DefaultOrderServiceTest`;
const MONEY_TEST = `${TEST}/util/MoneyTest.java#MoneyTest`;
const PRINTER_TEST = `${TEST}/web/ReceiptPrinterTest.java#ReceiptPrinterTest`;

/**
 * `java-service`: a Maven layout; a Spring `@RestController` whose constructor receives an
 * interface (`OrderService`) and a `@Component`; the `@Service` implementing the interface with
 * an injected `@Repository` field; a static import; static calls on imported and same-package
 * classes; a cycle between two classes; JUnit 5 tests with a `@BeforeEach` hook.
 *
 * Calls through the interface resolve to the interface's method (one edge per call site); the
 * implementation's methods are linked to the interface's by dispatch edges (kind `this`), so
 * reachability, paths and impact go on from the interface method to the implementation.
 */
export const JAVA_SERVICE: FixtureExpectations = {
  name: 'java-service',
  edges: [
    // implicit this
    [`${ORDER}.addLine`, `${ORDER}.lineCents`, 'this'],
    [`${REPO}.save`, `${ORDER}.getId`, 'instance'],
    // repository: a field typed OrderRepository, assigned in the constructor
    [`${DEFAULT}.create`, `${REPO}.save`, 'instance'],
    [`${DEFAULT}.create`, `${ORDER}.Order`, 'instance'],
    [`${DEFAULT}.create`, `${ORDER}.addLine`, 'instance'],
    [`${DEFAULT}.describe`, `${REPO}.findById`, 'instance'],
    [`${DEFAULT}.describe`, `${DEFAULT}.summary`, 'this'],
    [`${DEFAULT}.summary`, `${ORDER}.getId`, 'instance'],
    [`${DEFAULT}.summary`, `${MONEY}.format`, 'instance'],
    [`${DEFAULT}.summary`, `${DEFAULT}.withTax`, 'this'],
    [`${DEFAULT}.summary`, `${ORDER}.getSubtotalCents`, 'instance'],
    [`${DEFAULT}.withTax`, `${TAX}.tax`, 'instance'],
    [`${DEFAULT}.legacySummary`, `${ORDER}.getId`, 'instance'],
    // Rounding: same package, no import
    [`${TAX}.tax`, `${ROUNDING}.roundDown`, 'instance'],
    // import static com.acme.shop.util.Money.percent
    [`${TAX}.tax`, `${MONEY}.percent`, 'import'],
    [`${ROUNDING}.roundDown`, `${TAX}.tax`, 'instance'],
    [`${MONEY}.format`, `${MONEY}.pad`, 'this'],
    [`${PRINTER}.print`, `${MONEY}.format`, 'instance'],
    [`${PRINTER}.print`, `${TAX}.tax`, 'instance'],
    // orders: a field typed by the interface
    [`${CONTROLLER}.show`, `${SERVICE}.describe`, 'instance'],
    [`${CONTROLLER}.create`, `${SERVICE}.create`, 'instance'],
    // dispatch: DefaultOrderService implements OrderService's two methods
    [`${SERVICE}.describe`, `${DEFAULT}.describe`, 'this'],
    [`${SERVICE}.create`, `${DEFAULT}.create`, 'this'],
    [`${CONTROLLER}.receipt`, `${PRINTER}.print`, 'instance'],
    [`${SERVICE_TEST}.setUp`, `${DEFAULT}.DefaultOrderService`, 'instance'],
    [`${SERVICE_TEST}.describesACreatedOrder`, `${DEFAULT}.create`, 'instance'],
    [`${SERVICE_TEST}.describesACreatedOrder`, `${DEFAULT}.describe`, 'instance'],
    [`${MONEY_TEST}.formatsCents`, `${MONEY}.format`, 'instance'],
    [`${PRINTER_TEST}.printsTheTaxedTotal`, `${PRINTER}.print`, 'instance'],
  ],
  entryPoints: {
    [`${MAIN}/ShopApplication.java#ShopApplication.main`]: 'main',
    [`${CONTROLLER}.show`]: 'route',
    [`${CONTROLLER}.create`]: 'route',
    [`${CONTROLLER}.receipt`]: 'route',
    // Spring instantiates its components, injecting the constructor's parameters
    [`${CONTROLLER}.OrderController`]: 'lifecycle',
    [`${DEFAULT}.DefaultOrderService`]: 'lifecycle',
    [`${SERVICE_TEST}.setUp`]: 'lifecycle',
    [`${SERVICE_TEST}.describesACreatedOrder`]: 'test',
    [`${MONEY_TEST}.formatsCents`]: 'test',
    [`${PRINTER_TEST}.printsTheTaxedTotal`]: 'test',
  },
  paths: [
    {
      from: `${SERVICE_TEST}.describesACreatedOrder`,
      to: `${MONEY}.pad`,
      nodes: [
        `${SERVICE_TEST}.describesACreatedOrder`,
        `${DEFAULT}.describe`,
        `${DEFAULT}.summary`,
        `${MONEY}.format`,
        `${MONEY}.pad`,
      ],
    },
    {
      from: `${CONTROLLER}.receipt`,
      to: `${ROUNDING}.roundDown`,
      nodes: [`${CONTROLLER}.receipt`, `${PRINTER}.print`, `${TAX}.tax`, `${ROUNDING}.roundDown`],
    },
    // through the interface, dispatched to the implementation
    {
      from: `${CONTROLLER}.show`,
      to: `${MONEY}.pad`,
      nodes: [
        `${CONTROLLER}.show`,
        `${SERVICE}.describe`,
        `${DEFAULT}.describe`,
        `${DEFAULT}.summary`,
        `${MONEY}.format`,
        `${MONEY}.pad`,
      ],
    },
    // format only pads
    { from: `${MONEY_TEST}.formatsCents`, to: `${TAX}.tax`, nodes: null },
  ],
  // Money.cents is public but nothing calls it: Java's public methods are no entry points
  dead: [`${DEFAULT}.legacySummary`, `${MONEY}.cents`],
  cycles: [[`${TAX}.tax`, `${ROUNDING}.roundDown`]],
  testSets: [
    {
      changed: [`${MAIN}/util/Money.java`],
      tests: [
        `${SERVICE_TEST}.describesACreatedOrder`,
        `${MONEY_TEST}.formatsCents`,
        `${PRINTER_TEST}.printsTheTaxedTotal`,
      ],
      files: [
        `${TEST}/service/DefaultOrderServiceTest.java`,
        `${TEST}/util/MoneyTest.java`,
        `${TEST}/web/ReceiptPrinterTest.java`,
      ],
    },
    {
      changed: [`${MAIN}/tax/Rounding.java`],
      tests: [`${SERVICE_TEST}.describesACreatedOrder`, `${PRINTER_TEST}.printsTheTaxedTotal`],
      files: [
        `${TEST}/service/DefaultOrderServiceTest.java`,
        `${TEST}/web/ReceiptPrinterTest.java`,
      ],
    },
    { changed: [`${MAIN}/web/OrderController.java`], tests: [], files: [] },
  ],
  impact: {
    function: `${PRINTER}.print`,
    entryPoints: [
      [`${CONTROLLER}.receipt`, 'route', 1],
      [`${PRINTER_TEST}.printsTheTaxedTotal`, 'test', 1],
    ],
    tests: [`${PRINTER_TEST}.printsTheTaxedTotal`],
  },
  edits: [
    {
      description: 'Money.java: cents removed, format now calls percent',
      files: {
        [`${MAIN}/util/Money.java`]: [
          'package com.acme.shop.util;',
          '',
          'public final class Money {',
          '    public static String format(long cents) {',
          '        return "$" + (percent(cents, 100) / 100) + "." + pad(cents % 100);',
          '    }',
          '',
          '    public static long percent(long cents, int percent) {',
          '        return cents * percent / 100;',
          '    }',
          '',
          '    private static String pad(long value) {',
          '        return value < 10 ? "0" + value : String.valueOf(value);',
          '    }',
          '}',
          '',
        ].join('\n'),
      },
      removedEdges: [],
      addedEdges: [[`${MONEY}.format`, `${MONEY}.percent`, 'this']],
    },
    {
      description: 'TaxCalculator.java: tax removed, which three other classes call',
      files: {
        [`${MAIN}/tax/TaxCalculator.java`]: [
          'package com.acme.shop.tax;',
          '',
          'import static com.acme.shop.util.Money.percent;',
          '',
          'public final class TaxCalculator {',
          '    public static long taxOf(long cents, int ratePercent) {',
          '        return percent(cents, ratePercent);',
          '    }',
          '}',
          '',
        ].join('\n'),
      },
      removedEdges: [
        [`${TAX}.tax`, `${ROUNDING}.roundDown`, 'instance'],
        [`${TAX}.tax`, `${MONEY}.percent`, 'import'],
        [`${ROUNDING}.roundDown`, `${TAX}.tax`, 'instance'],
        [`${DEFAULT}.withTax`, `${TAX}.tax`, 'instance'],
        [`${PRINTER}.print`, `${TAX}.tax`, 'instance'],
      ],
      addedEdges: [[`${TAX}.taxOf`, `${MONEY}.percent`, 'import']],
    },
  ],
};
