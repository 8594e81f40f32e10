import { describe, expect, it } from 'vitest';
import { resolveFileCalls, type FileCallResolution } from './call-resolver.js';
import { SymbolIndex } from './symbol-index.js';
import { edgeLines, parseProject } from './test-project.js';

async function resolveIn(
  files: Record<string, string>,
  path: string,
): Promise<FileCallResolution & { lines: string[] }> {
  const { facts, read } = await parseProject(files);
  const result = resolveFileCalls(path, SymbolIndex.build(facts, read));
  return { ...result, lines: edgeLines(result.edges) };
}

describe('resolveFileCalls: receivers that must not produce an edge, and the ones that must', () => {
  it('TypeScript: external bases, call chains on external imports, common names, untyped parameters', async () => {
    const result = await resolveIn(
      {
        'lib.ts': `export class Store {
  get(key: string) { return key; }
  save() { return 1; }
}
export const api = { list() { return []; } };
export function makeStore() { return new Store(); }
`,
        'widget.ts': `import { Component } from 'react';
import axios from 'axios';
import { Store, api } from './lib';
import * as lib from './lib';

export class Widget extends Component {
  constructor() {
    super();
  }
  render() {
    this.setState({});
    axios.create().get('/x');
    new Store().save();
    api.list();
    api.missing();
    lib.makeStore();
    lib.nothing();
    return this.props;
  }
}
export function plain(anything, map: Map<string, Store>) {
  anything.get('k');
  anything.save();
  map.get('k');
  this.save();
}
`,
      },
      'widget.ts',
    );
    expect(result.lines).toEqual([
      'widget.ts#Widget.render -> lib.ts#Store.save [instance]',
      'widget.ts#Widget.render -> lib.ts#api.list [import]',
      'widget.ts#Widget.render -> lib.ts#makeStore [import]',
      'widget.ts#plain -> lib.ts#Store.save [name]',
      'widget.ts#plain -> lib.ts#Store.save [name]',
    ]);
    // unresolved: api.missing(), lib.nothing(), and anything.get / map.get (a common name, even
    // though the project has one get); external: super() and this.setState (React base),
    // axios.create() and the .get chained on it
    expect(result).toMatchObject({ unresolved: 4, external: 4 });
  });

  it('TypeScript: namespaces and nested classes on the receiver path, static typed properties, guessed members', async () => {
    const result = await resolveIn(
      {
        'models.ts': `export class Engine {
  start() { return 1; }
}
export class Car {
  static factory: Engine;
  engine: Engine = new Engine();
}
export namespace Garage {
  export function open() { return 1; }
}
`,
        'index.ts': "export * as models from './models';\n",
        'main.ts': `import { models } from './index';
import { Car } from './models';
export function drive(payload) {
  models.Car.factory.start();
  Car.factory.start();
  payload.engine.start();
  payload.unknownThing.start();
}
`,
      },
      'main.ts',
    );
    expect(result.lines).toEqual([
      'main.ts#drive -> models.ts#Engine.start [instance]',
      'main.ts#drive -> models.ts#Engine.start [instance]',
      'main.ts#drive -> models.ts#Engine.start [name]',
      'main.ts#drive -> models.ts#Engine.start [name]',
    ]);
  });

  it('JavaScript: a CommonJS function export called by its module binding, redefined names by position', async () => {
    const result = await resolveIn(
      {
        'fn.js': 'module.exports = function () {\n  return 1;\n};\n',
        'use.js': `const fn = require('./fn');
const api = { go() {} };
describe('a', () => {
  const make = () => 1;
  it('x', () => make());
});
describe('b', () => {
  const make = () => 2;
  it('y', () => make());
});
fn();
api();
`,
      },
      'use.js',
    );
    expect(result.lines).toEqual([
      'use.js#<module> -> fn.js#default [import]',
      'use.js#<module> -> use.js#make [local]',
      'use.js#<module> -> use.js#make@2 [local]',
    ]);
    // api() calls an object; describe, it are outside
    expect(result).toMatchObject({ unresolved: 1, external: 4 });
  });

  it('Java: overloads by arity, static wildcard imports, outer-class methods from inner classes, external classes', async () => {
    const result = await resolveIn(
      {
        'p/Util.java': `package p;
public class Util {
    public static int help() { return 0; }
    public static int pick(int a) { return a; }
    public static int pick(int a, int b) { return a; }
    public static int same(int a) { return a; }
    public static int same(String a) { return 0; }
}
`,
        'q/Use.java': `package q;
import static p.Util.*;
import java.util.ArrayList;
public class Use {
    int outerMethod() { return 1; }
    class Inner {
        int run() {
            help();
            pick(1, 2);
            same(1);
            new ArrayList<String>();
            return outerMethod();
        }
    }
}
`,
      },
      'q/Use.java',
    );
    expect(result.lines).toEqual([
      'q/Use.java#Use.Inner.run -> p/Util.java#Util.help [import]',
      'q/Use.java#Use.Inner.run -> p/Util.java#Util.pick@2 [import]',
      'q/Use.java#Use.Inner.run -> q/Use.java#Use.outerMethod [this]',
    ]);
    expect(result).toMatchObject({ unresolved: 1, external: 1 });
  });

  it('Ruby: X.new calls initialize; Python: calling a module is unresolved', async () => {
    const ruby = await resolveIn(
      {
        'a.rb': 'class Svc\n  def initialize(x)\n    @x = x\n  end\nend\n',
        'b.rb': 'class Maker\n  def make\n    Svc.new(1)\n  end\nend\n',
      },
      'b.rb',
    );
    expect(ruby.lines).toEqual(['b.rb#Maker.make -> a.rb#Svc.initialize [instance]']);
    const python = await resolveIn({ 'a.py': 'import b\n\nb()\n', 'b.py': 'x = 1\n' }, 'a.py');
    expect(python).toMatchObject({ edges: [], unresolved: 1, external: 0 });
  });

  it('super(…) of a class whose project base has no constructor gives nothing', async () => {
    const result = await resolveIn(
      {
        'a.ts': `class Base {}
class Child extends Base {
  constructor() {
    super();
  }
}
function loose() {
  super.x();
}
`,
      },
      'a.ts',
    );
    expect(result).toMatchObject({ edges: [], unresolved: 1, external: 0 });
  });
});
