import type { CodeLanguage } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { fn } from '../test-helpers/call-graph.js';
import { isFrameworkMagicName } from './framework-magic-names.js';

const method = (language: CodeLanguage, className: string, name: string): boolean =>
  isFrameworkMagicName(fn(`f#${className}.${name}`, { language, className, name }));
const free = (language: CodeLanguage, name: string): boolean =>
  isFrameworkMagicName(fn(`f#${name}`, { language, name }));

describe('isFrameworkMagicName', () => {
  it('recognises methods the runtime calls implicitly, per language', () => {
    expect(method('python', 'User', '__str__')).toBe(true);
    expect(method('python', 'User', '__init__')).toBe(true);
    expect(method('typescript', 'View', 'render')).toBe(true);
    expect(method('javascript', 'Money', 'toString')).toBe(true);
    expect(method('typescript', 'Money', 'constructor')).toBe(true);
    expect(method('java', 'Owner', 'hashCode')).toBe(true);
    expect(method('java', 'Owner', 'Owner')).toBe(true);
    expect(method('java', 'Owner', 'getLastName')).toBe(true);
    expect(method('java', 'Owner', 'isNew')).toBe(true);
    expect(method('kotlin', 'Pair', 'component2')).toBe(true);
    expect(method('kotlin', 'Lazy', 'getValue')).toBe(true);
    expect(method('csharp', 'Conn', 'Dispose')).toBe(true);
    expect(method('csharp', 'Conn', '~Conn')).toBe(true);
    expect(method('csharp', 'Conn', 'Conn')).toBe(true);
    expect(method('go', 'Status', 'String')).toBe(true);
    expect(method('go', 'Router', 'ServeHTTP')).toBe(true);
    expect(method('rust', 'Guard', 'drop')).toBe(true);
    expect(method('rust', 'Point', 'fmt')).toBe(true);
    expect(method('php', 'User', '__construct')).toBe(true);
    expect(method('php', 'User', '__toString')).toBe(true);
    expect(method('php', 'User', 'getEmail')).toBe(true);
    expect(method('ruby', 'Money', 'to_s')).toBe(true);
    expect(method('ruby', 'Money', '<=>')).toBe(true);
    expect(method('cpp', 'Buffer', 'Buffer')).toBe(true);
    expect(method('cpp', 'Buffer', '~Buffer')).toBe(true);
    expect(method('cpp', 'Buffer', 'operator==')).toBe(true);
  });

  it('recognises Python module dunders, Go init functions and JSX components outside classes', () => {
    expect(free('python', '__getattr__')).toBe(true);
    expect(free('go', 'init')).toBe(true);
    const component = (file: string, name: string): boolean =>
      isFrameworkMagicName(fn(`${file}#page.${name}`, { name }));
    expect(component('src/page.tsx', 'Header')).toBe(true);
    expect(component('src/page.jsx', 'Footer')).toBe(true);
    expect(component('src/page.tsx', 'header')).toBe(false);
    expect(component('src/page.ts', 'Header')).toBe(false);
    expect(component('src/page.tsx.bak', 'Header')).toBe(false);
  });

  it('rejects lookalikes: wrong language, free functions, near names', () => {
    expect(method('python', 'User', '__private')).toBe(false);
    expect(method('python', 'User', 'render')).toBe(false);
    expect(method('typescript', 'User', 'getName')).toBe(false);
    expect(method('typescript', 'User', 'User')).toBe(false);
    expect(method('java', 'Owner', 'getter')).toBe(false);
    expect(method('java', 'Owner', 'island')).toBe(false);
    expect(method('java', 'Owner', 'Pet')).toBe(false);
    expect(method('kotlin', 'Pair', 'component')).toBe(false);
    expect(method('go', 'Status', 'string')).toBe(false);
    expect(method('go', 'Status', 'init')).toBe(false);
    expect(method('rust', 'Point', 'format')).toBe(false);
    expect(method('php', 'User', '_construct')).toBe(false);
    expect(method('ruby', 'Money', 'toString')).toBe(false);
    expect(method('c', 'Buffer', '~Buffer')).toBe(false);
    expect(method('csharp', 'Conn', 'operator==')).toBe(false);
    expect(free('typescript', 'toString')).toBe(false);
    expect(free('rust', 'drop')).toBe(false);
    expect(free('java', 'getName')).toBe(false);
    expect(free('go', 'Init')).toBe(false);
  });
});
