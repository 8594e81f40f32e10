import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { promiseRejection } from './promise-rejection.js';

describe('errors/promise-rejection', () => {
  it('tells handled from unhandled floating chains', async () => {
    const source = [
      'export function start() {',
      '  load().then(render).catch(report);', // 2 handled
      '  load().then(render, report);', // 3 handled: onRejected
      '  load().then(render).catch(report).finally(done);', // 4 handled
      '  load().then(render);', // 5 unhandled
      '  load()', // 6 unhandled, multi-line
      '    .then(parse)',
      '    .then(render)',
      '    .finally(done);',
      '  save().catch(report);', // 10 handled: lone catch
      '}',
    ].join('\n');
    expect(await observe(promiseRejection, 'src/start.ts', source)).toEqual([
      'handled@2',
      'handled@3',
      'handled@4',
      'unhandled@5',
      'unhandled@6',
      'handled@10',
    ]);
  });

  it('leaves awaited, returned, assigned and void chains alone', async () => {
    const source = [
      'export async function start() {',
      '  await load().then(render);',
      '  const p = load().then(render);',
      '  void load().then(render);',
      '  queue.push(load().then(render));',
      '  load().finally(done);',
      '  cy.get("button").then(($b) => $b.click());',
      '  return load().then(render);',
      '}',
    ].join('\n');
    expect(await observe(promiseRejection, 'src/start.ts', source)).toEqual([]);
  });

  it('reads JavaScript and skips tests', async () => {
    expect(await observe(promiseRejection, 'lib/a.js', 'fetch(url).then(show);')).toEqual([
      'unhandled@1',
    ]);
    expect(await observe(promiseRejection, 'lib/a.test.js', 'fetch(url).then(show);')).toEqual([]);
  });
});
