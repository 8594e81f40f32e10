import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { explicitAny } from './explicit-any.js';

describe('types/explicit-any', () => {
  it('observes each parameter and return annotation of functions with a body', async () => {
    const source = [
      'export function load(id: string, options: any): Promise<any> {', // 1 typed, any, any
      '  return fetch(id);',
      '}',
      'export const parse = (raw: unknown, into: Record<string, any>) => raw;', // 4 typed, any
      'class Store {',
      '  constructor(private readonly db: Db, cache) {}', // 6 typed; cache unannotated
      '  get(key: string): Value | undefined {', // 7 typed, typed
      '    return undefined;',
      '  }',
      '  each(fn: (item: any) => void, ...rest: any[]) {}', // 10 any; rest any[] forwards
      '}',
      'items.map((item: Item): string => item.name);', // 12 typed, typed
    ].join('\n');
    expect(await observe(explicitAny, 'src/store.ts', source)).toEqual([
      'typed@1',
      'any@1',
      'any@1',
      'typed@4',
      'any@4',
      'typed@6',
      'typed@7',
      'typed@7',
      'any@10',
      'typed@12',
      'typed@12',
    ]);
  });

  it('leaves signatures without bodies, type aliases, this-parameters and JavaScript out', async () => {
    const source = [
      'export function f(a: any): void;', // overload signature
      'export function f(a: unknown): void {}', // 2 typed, typed
      'type Handler = (event: any) => any;',
      'interface Api { call(x: any): any }',
      'function g(this: any) {}',
      "const s = 'any';",
    ].join('\n');
    expect(await observe(explicitAny, 'src/f.ts', source)).toEqual(['typed@2', 'typed@2']);
    expect(await observe(explicitAny, 'src/f.js', 'function f(a) {}\n')).toEqual([]);
    expect(await observe(explicitAny, 'src/f.test.ts', 'function f(a: any) {}\n')).toEqual([]);
  });

  it('leaves any passed to other generics, type predicates and indexed types out', async () => {
    const source = [
      'export function a(setState: React.Component<any, State>["setState"]) {}', // 1 typed
      'export function b(qb: SelectQueryBuilder<any>): value is readonly any[] {}', // 2 typed, typed
      'export function c(rows: ReadonlyArray<Map<string, any>>) {}', // 3 any
      'export function d(options: { files: any[] }) {}', // 4 any
    ].join('\n');
    expect(await observe(explicitAny, 'src/g.ts', source)).toEqual([
      'typed@1',
      'typed@2',
      'typed@2',
      'any@3',
      'any@4',
    ]);
  });

  it('reads the "any function" idiom (...args: any[]) => any as typed', async () => {
    const source = [
      'export function a(fn: (...args: any[]) => any) {}', // 1 typed
      'export function b(fn: () => any, make: new (...args: any[]) => T) {}', // 2 typed, typed
      'export function c(fn: (value: any) => void) {}', // 3 any
      'export function d(fn: () => any[], g: (...rest: any[]) => Promise<any>) {}', // 4 any, any
    ].join('\n');
    expect(await observe(explicitAny, 'src/h.ts', source)).toEqual([
      'typed@1',
      'typed@2',
      'typed@2',
      'any@3',
      'any@4',
      'any@4',
    ]);
  });
});
