import { describe, expect, it } from 'vitest';
import { resolveFileCalls } from './call-resolver.js';
import { definitionEdges } from './definition-edges.js';
import { SymbolIndex } from './symbol-index.js';
import { parseProject } from './test-project.js';

async function edgesOf(path: string, source: string): Promise<string[]> {
  const { facts, read } = await parseProject({ [path]: source });
  const symbols = SymbolIndex.build(facts, read).symbolsOf(path);
  if (symbols === undefined) throw new Error(`${path} not indexed`);
  return definitionEdges(symbols).map(
    (e) =>
      `${e.caller} -> ${e.callee} ${e.kind}${e.reference ? ' reference' : ''} @${String(e.line)}`,
  );
}

describe('definitionEdges', () => {
  it('links Python closures to their definer and call-decorated functions to the module', async () => {
    const source = [
      'import functools',
      'def login_required(view):',
      '    @functools.wraps(view)',
      '    def wrapped_view(**kwargs):',
      '        return view(**kwargs)',
      '    return wrapped_view',
      '',
      '@app.template_filter()',
      'def reverse(s):',
      '    return s[::-1]',
      '',
      '@cache',
      'def plain():',
      '    return 1',
      '',
      'class Service:',
      '    @staticmethod',
      '    def build():',
      '        def helper():',
      '            return 2',
      '        return helper()',
    ].join('\n');
    expect(await edgesOf('app/views.py', source)).toEqual([
      'app/views.py#login_required -> app/views.py#login_required.wrapped_view local reference @4',
      'app/views.py#<module> -> app/views.py#reverse local reference @9',
      'app/views.py#Service.build -> app/views.py#Service.build.helper local reference @19',
    ]);
  });

  it('links TypeScript nested functions, not methods or top-level functions', async () => {
    const source = [
      'export function outer() {',
      '  function inner() { return 1; }',
      '  return inner;',
      '}',
      'export class Box { open() { return 1; } }',
      'function alone() { return 2; }',
    ].join('\n');
    expect(await edgesOf('src/box.ts', source)).toEqual([
      'src/box.ts#outer -> src/box.ts#outer.inner local reference @2',
    ]);
  });

  it('resolves applied decorators as references from where the definition runs', async () => {
    const { facts, read } = await parseProject({
      'app/auth.py': 'def login_required(view):\n    return view\n',
      'app/blog.py': [
        'from flask import Blueprint',
        'from app.auth import login_required',
        'bp = Blueprint("blog", __name__)',
        '@login_required',
        'def create():',
        '    pass',
        'def factory():',
        '    @login_required',
        '    def inner():',
        '        pass',
        '    return inner',
      ].join('\n'),
    });
    const index = SymbolIndex.build(facts, read);
    expect(
      resolveFileCalls('app/blog.py', index)
        .edges.filter((e) => e.reference)
        .map((e) => `${e.caller} -> ${e.callee} ${e.kind} @${String(e.line)}`),
    ).toEqual([
      'app/blog.py#<module> -> app/auth.py#login_required import @5',
      'app/blog.py#factory -> app/auth.py#login_required import @9',
      'app/blog.py#factory -> app/blog.py#factory.inner local @9',
    ]);
  });
});
