import type { FileFacts } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { loadedParser, loadParsers } from '../parsers/parser-registry.js';
import { dynamicNamesOf } from './dynamic-names.js';

async function factsOf(language: 'python' | 'typescript', path: string, source: string) {
  await loadParsers([language]);
  return loadedParser(language).parse(path, source);
}

describe('dynamicNamesOf', () => {
  it('reads the words of string literals in decorator arguments and of kept strings', async () => {
    const python: FileFacts = await factsOf(
      'python',
      'app/urls.py',
      [
        '@receiver(post_save, dispatch_uid="audit_log")',
        'def on_save(sender): pass',
        '@app.route("/users/<id>")',
        'def show(id): pass',
        '@retry(times=3)',
        'def flaky(): pass',
        'import os',
        'TOKEN = os.environ["API_TOKEN"]',
      ].join('\n'),
    );
    const typescript: FileFacts = await factsOf(
      'typescript',
      'src/orders.ts',
      [
        'class Orders {',
        "  @EventPattern('order_created')",
        '  created() {}',
        '  @Get(`summary`)',
        '  summary() {}',
        '}',
      ].join('\n'),
    );
    expect([...dynamicNamesOf([python, typescript])].sort()).toEqual([
      'audit_log',
      'id',
      'order_created',
      'summary',
      'users',
    ]);
  });
});
