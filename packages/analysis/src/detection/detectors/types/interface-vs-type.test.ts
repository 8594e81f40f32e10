import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { interfaceVsType } from './interface-vs-type.js';

describe('types/interface-vs-type', () => {
  it('tells interfaces from object type aliases', async () => {
    const source = [
      'export interface User { id: string; name: string }', // 1 interface
      'interface Admin extends User { role: string }', // 2 interface
      'export type Order = { id: string; total: number };', // 3 type-alias
      'type Box<T> = {', // 4 type-alias
      '  value: T;',
      '};',
    ].join('\n');
    expect(await observe(interfaceVsType, 'src/model.ts', source)).toEqual([
      'interface@1',
      'interface@2',
      'type-alias@3',
      'type-alias@4',
    ]);
  });

  it('leaves aliases that cannot be interfaces, function shapes and augmentations out', async () => {
    const source = [
      "type Status = 'open' | 'closed';",
      'type WithId = User & { id: string };',
      'type Flags = { [K in Keys]: boolean };',
      'type Handler = (event: Event) => void;',
      'type Callable = { (x: number): string };',
      'interface Factory { new (x: number): Thing }',
      'type Id = string;',
      'type OrderBy = { [column: string]: "ASC" | "DESC" };',
      'interface Headers { [name: string]: string }',
      "declare module 'express' {",
      '  interface Request { user: User }',
      '}',
      'declare global {',
      '  interface Window { app: App }',
      '}',
    ].join('\n');
    expect(await observe(interfaceVsType, 'src/types.ts', source)).toEqual([]);
    const vendored = 'export interface Document { id: string }\n';
    expect(await observe(interfaceVsType, 'src/driver/bson.typings.ts', vendored)).toEqual([]);
    expect(await observe(interfaceVsType, 'src/a.js', 'const a = 1;\n')).toEqual([]);
  });
});
