import type { FileFacts } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { javaParser } from './java-parser.js';

beforeAll(async () => {
  await javaParser.load();
});

function parse(source: string): FileFacts {
  return javaParser.parse('src/main/java/App.java', source);
}

const CONTROLLER = `package org.example.petclinic.owner;

import java.util.List;
import java.util.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static java.util.stream.Collectors.*;

/**
 * Handles owners.
 * @author someone
 */
@Controller
@RequestMapping("/owners")
public class OwnerController extends BaseController<Owner> implements Serializable, Comparable<OwnerController> {

  private static final String VIEW = "owners/form", OTHER_VIEW = "owners/list";
  protected int page, sizes[];
  final OwnerRepository owners;

  /** Creates the controller. */
  @Autowired
  public OwnerController(OwnerRepository owners) {
    super();
    this.owners = owners;
  }

  OwnerController() {
    this(new InMemoryOwners<>(10));
  }

  @GetMapping("/owners/{ownerId}")
  public String showOwner(@PathVariable("ownerId") int ownerId, Model model) {
    Owner owner = this.owners.findById(ownerId);
    model.addAttribute(owner);
    return VIEW;
  }

  @org.junit.jupiter.api.Test
  private static <T extends Comparable<? super T>> T max(List<? extends T> items, T... extra) {
    items.forEach(item -> log(item));
    Runnable task = new Runnable() {
      @Override
      public void run() {
        System.out.println("anonymous");
      }
    };
    return Collections.max(items);
  }

  protected void print(String text) {
    System.out.println(text);
  }

  protected void print(int number) {
    print(String.valueOf(number));
  }

  String databaseUrl() {
    return System.getenv("DATABASE_URL");
  }

  public class Inner {
    void touch() {
      owners.count();
    }
  }

  static class Nested {
    static final Nested INSTANCE = new Nested();
  }
}
`;

const TYPES = `package org.example.model;

public interface Shape extends Comparable<Shape>, java.io.Serializable {
  double UNIT = 1.0;

  double area();

  default String describe() {
    return format(area());
  }

  static Shape unit() {
    return Square.of(UNIT);
  }

  private void check() {}
}

enum Color implements Supplier<String> {
  RED("#f00"),
  GREEN("#0f0") {
    @Override
    public String get() {
      return shade();
    }
  };

  private final String hex;

  Color(String hex) {
    this.hex = hex;
  }

  public String get() {
    return hex;
  }
}

record Point(int x, @NonNull Integer y) implements Shape {
  public Point {
    validate(x, y);
  }

  public static Point origin() {
    return new Point(0, 0);
  }
}

@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {
  String value() default "";
}

interface OwnerRepository {
  @Query("SELECT o FROM Owner o WHERE o.lastName LIKE :lastName")
  List<Owner> findByLastName(String lastName);

  @Query(value = """
      SELECT pet FROM Pet pet
        WHERE pet.owner.id = :id
      """)
  List<Pet> petsOf(int id);
}
`;

const importBase = {
  kind: 'import',
  defaultName: null,
  namespaceName: null,
  typeOnly: false,
  sideEffect: false,
  column: 1,
} as const;

describe('java parser: a controller', () => {
  const facts = (): FileFacts => parse(CONTROLLER);

  it('reads the package and every import form', () => {
    const { package: packageName, imports, exports, errorCount } = facts();
    expect(packageName).toBe('org.example.petclinic.owner');
    expect(imports).toEqual([
      { ...importBase, module: 'java.util', names: [{ name: 'List', alias: null }], line: 3 },
      { ...importBase, module: 'java.util', names: [{ name: '*', alias: null }], line: 4 },
      {
        ...importBase,
        module: 'org.junit.jupiter.api.Assertions',
        names: [{ name: 'assertEquals', alias: null }],
        line: 5,
      },
      {
        ...importBase,
        module: 'java.util.stream.Collectors',
        names: [{ name: '*', alias: null }],
        line: 6,
      },
    ]);
    expect(exports).toEqual([]);
    expect(errorCount).toBe(0);
  });

  it('extracts constructors, overloads and nested methods with qualified names', () => {
    const { functions } = facts();
    expect(
      functions.map((f) => [f.qualifiedName, f.kind, f.className, f.visibility, f.isExported]),
    ).toEqual([
      ['OwnerController.OwnerController', 'constructor', 'OwnerController', 'public', true],
      ['OwnerController.OwnerController', 'constructor', 'OwnerController', 'package', false],
      ['OwnerController.showOwner', 'method', 'OwnerController', 'public', true],
      ['OwnerController.max', 'method', 'OwnerController', 'private', false],
      ['OwnerController.print', 'method', 'OwnerController', 'protected', false],
      ['OwnerController.print', 'method', 'OwnerController', 'protected', false],
      ['OwnerController.databaseUrl', 'method', 'OwnerController', 'package', false],
      ['OwnerController.Inner.touch', 'method', 'Inner', 'package', false],
    ]);
    expect(functions[0]).toEqual({
      name: 'OwnerController',
      qualifiedName: 'OwnerController.OwnerController',
      kind: 'constructor',
      className: 'OwnerController',
      parameters: [{ name: 'owners', type: 'OwnerRepository', defaultValue: null, rest: false }],
      returnType: null,
      isAsync: false,
      isGenerator: false,
      isExported: true,
      isStatic: false,
      visibility: 'public',
      decorators: [{ name: 'Autowired', arguments: null }],
      docComment: 'Creates the controller.',
      range: { startLine: 21, startColumn: 3, endLine: 25, endColumn: 3 },
      bodyLines: 4,
    });
    expect(functions[2]).toEqual({
      name: 'showOwner',
      qualifiedName: 'OwnerController.showOwner',
      kind: 'method',
      className: 'OwnerController',
      parameters: [
        { name: 'ownerId', type: 'int', defaultValue: null, rest: false },
        { name: 'model', type: 'Model', defaultValue: null, rest: false },
      ],
      returnType: 'String',
      isAsync: false,
      isGenerator: false,
      isExported: true,
      isStatic: false,
      visibility: 'public',
      decorators: [{ name: 'GetMapping', arguments: '"/owners/{ownerId}"' }],
      docComment: null,
      range: { startLine: 31, startColumn: 3, endLine: 36, endColumn: 3 },
      bodyLines: 5,
    });
    expect(functions[4]?.parameters).toEqual([
      { name: 'text', type: 'String', defaultValue: null, rest: false },
    ]);
    expect(functions[5]?.parameters).toEqual([
      { name: 'number', type: 'int', defaultValue: null, rest: false },
    ]);
  });

  it('reads a generic static method with bounded types, varargs and a qualified annotation', () => {
    expect(facts().functions[3]).toMatchObject({
      name: 'max',
      parameters: [
        { name: 'items', type: 'List<? extends T>', defaultValue: null, rest: false },
        { name: 'extra', type: 'T', defaultValue: null, rest: true },
      ],
      returnType: 'T',
      isStatic: true,
      decorators: [{ name: 'org.junit.jupiter.api.Test', arguments: null }],
      range: { startLine: 38, startColumn: 3, endLine: 48, endColumn: 3 },
      bodyLines: 10,
    });
  });

  it('extracts classes with supertypes, fields, annotations and Javadoc', () => {
    const { classes } = facts();
    expect(classes[0]).toEqual({
      name: 'OwnerController',
      qualifiedName: 'OwnerController',
      kind: 'class',
      extends: ['BaseController<Owner>'],
      implements: ['Serializable', 'Comparable<OwnerController>'],
      methods: ['OwnerController', 'showOwner', 'max', 'print', 'databaseUrl'],
      properties: [
        {
          name: 'VIEW',
          type: 'String',
          visibility: 'private',
          isStatic: true,
          isReadonly: true,
          line: 16,
        },
        {
          name: 'OTHER_VIEW',
          type: 'String',
          visibility: 'private',
          isStatic: true,
          isReadonly: true,
          line: 16,
        },
        {
          name: 'page',
          type: 'int',
          visibility: 'protected',
          isStatic: false,
          isReadonly: false,
          line: 17,
        },
        {
          name: 'sizes',
          type: 'int[]',
          visibility: 'protected',
          isStatic: false,
          isReadonly: false,
          line: 17,
        },
        {
          name: 'owners',
          type: 'OwnerRepository',
          visibility: 'package',
          isStatic: false,
          isReadonly: true,
          line: 18,
        },
      ],
      decorators: [
        { name: 'Controller', arguments: null },
        { name: 'RequestMapping', arguments: '"/owners"' },
      ],
      isExported: true,
      isAbstract: false,
      visibility: 'public',
      docComment: 'Handles owners.\n@author someone',
      range: { startLine: 12, startColumn: 1, endLine: 71, endColumn: 1 },
    });
    expect(classes.slice(1)).toEqual([
      {
        name: 'Inner',
        qualifiedName: 'OwnerController.Inner',
        kind: 'class',
        extends: [],
        implements: [],
        methods: ['touch'],
        properties: [],
        decorators: [],
        isExported: true,
        isAbstract: false,
        visibility: 'public',
        docComment: null,
        range: { startLine: 62, startColumn: 3, endLine: 66, endColumn: 3 },
      },
      {
        name: 'Nested',
        qualifiedName: 'OwnerController.Nested',
        kind: 'class',
        extends: [],
        implements: [],
        methods: [],
        properties: [
          {
            name: 'INSTANCE',
            type: 'Nested',
            visibility: 'package',
            isStatic: true,
            isReadonly: true,
            line: 69,
          },
        ],
        decorators: [],
        isExported: false,
        isAbstract: false,
        visibility: 'package',
        docComment: null,
        range: { startLine: 68, startColumn: 3, endLine: 70, endColumn: 3 },
      },
    ]);
  });

  it('extracts calls, attributing lambdas and anonymous classes to the enclosing method', () => {
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
      [null, 'super', 0, 'OwnerController.OwnerController', true, 23, 5],
      [null, 'this', 1, 'OwnerController.OwnerController', true, 28, 5],
      [null, 'InMemoryOwners', 1, 'OwnerController.OwnerController', true, 28, 10],
      ['this.owners', 'findById', 1, 'OwnerController.showOwner', false, 33, 19],
      ['model', 'addAttribute', 1, 'OwnerController.showOwner', false, 34, 5],
      ['items', 'forEach', 1, 'OwnerController.max', false, 40, 5],
      [null, 'log', 1, 'OwnerController.max', false, 40, 27],
      [null, 'Runnable', 0, 'OwnerController.max', true, 41, 21],
      ['System.out', 'println', 1, 'OwnerController.max', false, 44, 9],
      ['Collections', 'max', 1, 'OwnerController.max', false, 47, 12],
      ['System.out', 'println', 1, 'OwnerController.print', false, 51, 5],
      [null, 'print', 1, 'OwnerController.print', false, 55, 5],
      ['String', 'valueOf', 1, 'OwnerController.print', false, 55, 11],
      ['System', 'getenv', 1, 'OwnerController.databaseUrl', false, 59, 12],
      ['owners', 'count', 0, 'OwnerController.Inner.touch', false, 64, 7],
      [null, 'Nested', 0, null, true, 69, 36],
    ]);
  });

  it('keeps route strings and System.getenv lookups', () => {
    expect(facts().strings).toEqual([
      { kind: 'route', value: '/owners', context: null, line: 13, column: 17 },
      { kind: 'route', value: '/owners/{ownerId}', context: null, line: 31, column: 15 },
      { kind: 'env', value: 'DATABASE_URL', context: 'System.getenv', line: 59, column: 12 },
    ]);
  });
});

describe('java parser: interfaces, enums, records and annotation types', () => {
  const facts = (): FileFacts => parse(TYPES);

  it('extracts the members of each kind with their implicit visibility', () => {
    const { functions } = facts();
    expect(
      functions.map((f) => [
        f.qualifiedName,
        f.kind,
        f.visibility,
        f.isExported,
        f.isStatic,
        f.returnType,
        f.bodyLines,
      ]),
    ).toEqual([
      ['Shape.area', 'method', 'public', true, false, 'double', 0],
      ['Shape.describe', 'method', 'public', true, false, 'String', 3],
      ['Shape.unit', 'method', 'public', true, true, 'Shape', 3],
      ['Shape.check', 'method', 'private', false, false, 'void', 1],
      ['Color.Color', 'constructor', 'private', false, false, null, 3],
      ['Color.get', 'method', 'public', true, false, 'String', 3],
      ['Point.Point', 'constructor', 'public', true, false, null, 3],
      ['Point.origin', 'method', 'public', true, true, 'Point', 3],
      ['Audited.value', 'method', 'public', true, false, 'String', 0],
      ['OwnerRepository.findByLastName', 'method', 'public', true, false, 'List<Owner>', 0],
      ['OwnerRepository.petsOf', 'method', 'public', true, false, 'List<Pet>', 0],
    ]);
    expect(functions[0]?.range).toEqual({
      startLine: 6,
      startColumn: 3,
      endLine: 6,
      endColumn: 16,
    });
    expect(functions[6]?.parameters).toEqual([
      { name: 'x', type: 'int', defaultValue: null, rest: false },
      { name: 'y', type: 'Integer', defaultValue: null, rest: false },
    ]);
    expect(functions[9]?.decorators).toEqual([
      { name: 'Query', arguments: '"SELECT o FROM Owner o WHERE o.lastName LIKE :lastName"' },
    ]);
    expect(functions[10]?.decorators).toEqual([
      {
        name: 'Query',
        arguments:
          'value = """\n      SELECT pet FROM Pet pet\n        WHERE pet.owner.id = :id\n      """',
      },
    ]);
  });

  it('extracts the types with their kinds, supertypes and properties', () => {
    const { classes, package: packageName } = facts();
    expect(packageName).toBe('org.example.model');
    expect(
      classes.map((c) => [
        c.qualifiedName,
        c.kind,
        c.extends,
        c.implements,
        c.methods,
        c.isAbstract,
        c.isExported,
        c.visibility,
      ]),
    ).toEqual([
      [
        'Shape',
        'interface',
        ['Comparable<Shape>', 'java.io.Serializable'],
        [],
        ['area', 'describe', 'unit', 'check'],
        true,
        true,
        'public',
      ],
      ['Color', 'enum', [], ['Supplier<String>'], ['Color', 'get'], false, false, 'package'],
      ['Point', 'record', [], ['Shape'], ['Point', 'origin'], false, false, 'package'],
      ['Audited', 'interface', [], [], ['value'], true, true, 'public'],
      [
        'OwnerRepository',
        'interface',
        [],
        [],
        ['findByLastName', 'petsOf'],
        true,
        false,
        'package',
      ],
    ]);
    expect(classes[0]?.range).toEqual({ startLine: 3, startColumn: 1, endLine: 17, endColumn: 1 });
    expect(classes.map((c) => c.properties)).toEqual([
      [
        {
          name: 'UNIT',
          type: 'double',
          visibility: 'public',
          isStatic: true,
          isReadonly: true,
          line: 4,
        },
      ],
      [
        {
          name: 'RED',
          type: 'Color',
          visibility: 'public',
          isStatic: true,
          isReadonly: true,
          line: 20,
        },
        {
          name: 'GREEN',
          type: 'Color',
          visibility: 'public',
          isStatic: true,
          isReadonly: true,
          line: 21,
        },
        {
          name: 'hex',
          type: 'String',
          visibility: 'private',
          isStatic: false,
          isReadonly: true,
          line: 28,
        },
      ],
      [
        {
          name: 'x',
          type: 'int',
          visibility: 'private',
          isStatic: false,
          isReadonly: true,
          line: 39,
        },
        {
          name: 'y',
          type: 'Integer',
          visibility: 'private',
          isStatic: false,
          isReadonly: true,
          line: 39,
        },
      ],
      [],
      [],
    ]);
    expect(classes[3]?.decorators).toEqual([
      { name: 'Retention', arguments: 'RetentionPolicy.RUNTIME' },
    ]);
  });

  it('attributes calls in an enum constant body to no function, and keeps JPA query strings', () => {
    const { calls, strings } = facts();
    expect(
      calls.map((c) => [c.receiver, c.callee, c.argumentCount, c.enclosingFunction, c.line]),
    ).toEqual([
      [null, 'format', 1, 'Shape.describe', 9],
      [null, 'area', 0, 'Shape.describe', 9],
      ['Square', 'of', 1, 'Shape.unit', 13],
      [null, 'shade', 0, null, 24],
      [null, 'validate', 2, 'Point.Point', 41],
      [null, 'Point', 2, 'Point.origin', 45],
    ]);
    expect(strings).toEqual([
      {
        kind: 'sql',
        value: 'SELECT o FROM Owner o WHERE o.lastName LIKE :lastName',
        context: null,
        line: 55,
        column: 10,
      },
      {
        kind: 'sql',
        value: 'SELECT pet FROM Pet pet\n  WHERE pet.owner.id = :id\n',
        context: null,
        line: 58,
        column: 18,
      },
    ]);
  });
});

describe('java parser: edge cases', () => {
  it('takes the Javadoc directly above a declaration or placed after its annotations', () => {
    const facts = parse(
      [
        '@Entity',
        '/** Placed after the class annotation. */',
        'public class Docs {',
        '  @Deprecated',
        '  /** Placed after the annotation. */',
        '  void late() {}',
        '',
        '  /** Belongs to the field. */',
        '  int field; void afterField() {}',
        '',
        '  /* Not Javadoc. */',
        '  void plain() {}',
        '',
        '  /**',
        '   * Spans lines.',
        '   */',
        '  // a line comment in between',
        '  void separated() {}',
        '}',
      ].join('\n'),
    );
    expect(facts.functions.map((f) => [f.name, f.docComment])).toEqual([
      ['late', 'Placed after the annotation.'],
      ['afterField', null],
      ['plain', null],
      ['separated', null],
    ]);
    expect(facts.functions[0]?.decorators).toEqual([{ name: 'Deprecated', arguments: null }]);
    expect(facts.classes[0]).toMatchObject({
      decorators: [{ name: 'Entity', arguments: null }],
      docComment: 'Placed after the class annotation.',
      range: { startLine: 1, startColumn: 1, endLine: 19, endColumn: 1 },
    });
    expect(facts.package).toBeNull();
  });

  it('reads qualified creations, explicit constructor calls, generic calls and env forms', () => {
    const facts = parse(
      [
        'import static java.lang.System.getenv;',
        'class Calls extends Base {',
        '  Calls(Outer outer) {',
        '    outer.super();',
        '    Object a = outer.new Inner<>();',
        '    Object b = new java.util.HashMap<String, List<Integer>>();',
        '    Outer.this.<String>convert(a);',
        '    Iface.super.describe();',
        '    String path = System.getenv().get("PATH");',
        '    String home = getenv("HOME") + java.lang.System.getenv("USER");',
        '  }',
        '}',
      ].join('\n'),
    );
    expect(
      facts.calls.map((c) => [c.receiver, c.callee, c.argumentCount, c.isConstructor, c.line]),
    ).toEqual([
      ['outer', 'super', 0, true, 4],
      ['outer', 'Inner', 0, true, 5],
      ['java.util', 'HashMap', 0, true, 6],
      ['Outer.this', 'convert', 1, false, 7],
      ['Iface.super', 'describe', 0, false, 8],
      ['System.getenv()', 'get', 1, false, 9],
      ['System', 'getenv', 0, false, 9],
      [null, 'getenv', 1, false, 10],
      ['java.lang.System', 'getenv', 1, false, 10],
    ]);
    expect(facts.strings).toEqual([
      { kind: 'env', value: 'PATH', context: 'System.getenv', line: 9, column: 19 },
      { kind: 'env', value: 'HOME', context: 'System.getenv', line: 10, column: 19 },
      { kind: 'env', value: 'USER', context: 'System.getenv', line: 10, column: 36 },
    ]);
    expect(facts.imports[0]).toMatchObject({
      module: 'java.lang.System',
      names: [{ name: 'getenv', alias: null }],
    });
  });

  it('keeps generic type parameters out of names and generic arguments in types', () => {
    const facts = parse(
      [
        'public class Box<T extends Comparable<T>> implements Supplier<T> {',
        '  private final List<? extends T> items = new ArrayList<>();',
        '  public <R> Box<R> map(Function<? super T, ? extends R> mapper) {',
        '    return new Box<R>();',
        '  }',
        '}',
      ].join('\n'),
    );
    expect(facts.classes[0]).toMatchObject({
      name: 'Box',
      qualifiedName: 'Box',
      implements: ['Supplier<T>'],
      properties: [
        {
          name: 'items',
          type: 'List<? extends T>',
          visibility: 'private',
          isStatic: false,
          isReadonly: true,
          line: 2,
        },
      ],
    });
    expect(facts.functions[0]).toMatchObject({
      qualifiedName: 'Box.map',
      parameters: [
        {
          name: 'mapper',
          type: 'Function<? super T, ? extends R>',
          defaultValue: null,
          rest: false,
        },
      ],
      returnType: 'Box<R>',
    });
    expect(facts.calls.map((c) => [c.callee, c.receiver, c.enclosingFunction, c.line])).toEqual([
      ['ArrayList', null, null, 2],
      ['Box', null, 'Box.map', 4],
    ]);
  });

  it('qualifies local classes by their method and does not export them', () => {
    const facts = parse(
      'public class Host {\n  public void run() {\n    class Local { public void step() { tick(); } }\n  }\n}\n',
    );
    expect(facts.classes.map((c) => [c.qualifiedName, c.visibility, c.isExported])).toEqual([
      ['Host', 'public', true],
      ['Host.run.Local', null, false],
    ]);
    expect(facts.functions.map((f) => [f.qualifiedName, f.className, f.isExported])).toEqual([
      ['Host.run', 'Host', true],
      ['Host.run.Local.step', 'Local', false],
    ]);
    expect(facts.calls[0]).toMatchObject({
      callee: 'tick',
      enclosingFunction: 'Host.run.Local.step',
    });
  });

  it('recovers from syntax errors and keeps what parsed', () => {
    const facts = parse(
      'class Broken {\n  void good() { helper(); }\n  void bad() { int x = ; }\n  void after() { good(); }\n',
    );
    expect(facts.errorCount).toBeGreaterThan(0);
    expect(facts.functions.map((f) => f.qualifiedName)).toEqual([
      'Broken.good',
      'Broken.bad',
      'Broken.after',
    ]);
    expect(facts.calls.map((c) => [c.callee, c.enclosingFunction])).toEqual([
      ['helper', 'Broken.good'],
      ['good', 'Broken.after'],
    ]);
  });

  it('handles unicode identifiers with UTF-16 columns', () => {
    const facts = parse(
      'class Größe {\n  void grüße(String naïve) { String s = "😀"; größe(naïve); }\n}\n',
    );
    expect(facts.classes[0]).toMatchObject({ name: 'Größe', qualifiedName: 'Größe' });
    expect(facts.functions[0]).toMatchObject({
      qualifiedName: 'Größe.grüße',
      parameters: [{ name: 'naïve', type: 'String', defaultValue: null, rest: false }],
    });
    expect(facts.calls[0]).toMatchObject({
      callee: 'größe',
      line: 2,
      column: 47,
      enclosingFunction: 'Größe.grüße',
    });
  });

  it('parses a very long generated file', () => {
    const methods = Array.from(
      { length: 5000 },
      (_, i) => `  int m${i}(int x) { return m${i + 1}(x); }`,
    );
    const facts = parse(`class Generated {\n${methods.join('\n')}\n}\n`);
    expect(facts.functions).toHaveLength(5000);
    expect(facts.calls).toHaveLength(5000);
    expect(facts.classes[0]?.methods).toHaveLength(5000);
    expect(facts.functions[4999]).toMatchObject({
      qualifiedName: 'Generated.m4999',
      range: { startLine: 5001, startColumn: 3 },
    });
    expect(facts.calls[4999]).toMatchObject({
      callee: 'm5000',
      enclosingFunction: 'Generated.m4999',
    });
    expect(facts.errorCount).toBe(0);
  });
});

describe('java parser: method references and typed locals', () => {
  const SOURCE = `package app;
class Routes {
  void register(Router router, UserService users) {
    var repo = new UserRepo();
    UserRepo typed = make(), other;
    List<String> names = List.of();
    var count = names.size();
    router.get("/users", this::list);
    router.get("/find", UserService::find);
    names.forEach(repo::save);
    Stream.of(1).map(Item::new);
    new Thread(this::run).start();
    router.get("/x", handler, "list");
  }
}
`;

  it('records method references passed to calls and constructors, not constructor references or plain names', () => {
    expect(
      parse(SOURCE).references.map(
        (r) =>
          `${r.enclosingFunction ?? '-'} ${r.callReceiver ?? ''}.${r.call}(${r.receiver ?? ''}::${r.name}) ${String(r.line)}:${String(r.column)}`,
      ),
    ).toEqual([
      'Routes.register router.get(this::list) 8:26',
      'Routes.register router.get(UserService::find) 9:25',
      'Routes.register names.forEach(repo::save) 10:19',
      'Routes.register .Thread(this::run) 12:16',
    ]);
  });

  it('records locals typed by their declaration or by new with var, not var with another initialiser', () => {
    expect(parse(SOURCE).variableTypes).toEqual([
      { name: 'repo', type: 'UserRepo', enclosingFunction: 'Routes.register', line: 4 },
      { name: 'typed', type: 'UserRepo', enclosingFunction: 'Routes.register', line: 5 },
      { name: 'other', type: 'UserRepo', enclosingFunction: 'Routes.register', line: 5 },
      { name: 'names', type: 'List<String>', enclosingFunction: 'Routes.register', line: 6 },
    ]);
  });
});
