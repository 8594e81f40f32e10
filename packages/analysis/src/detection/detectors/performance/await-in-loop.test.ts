import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { awaitInLoop } from './await-in-loop.js';

describe('performance/await-in-loop', () => {
  it('tells sequential awaits in loops from batched ones in TypeScript', async () => {
    const source = [
      'export async function notify(users: User[]) {',
      '  for (const user of users) {',
      '    await send(user);', // 3 sequential
      '    await audit(user);', // same loop: once
      '  }',
      '  for (let i = 0; i < users.length; i += 1) await send(users[i]);', // 6 sequential
      '  for (const key in groups) { const g = await load(key); results.push(g); }', // 7 sequential
      '  await Promise.all(users.map((user) => send(user)));', // 8 batched
      '  const done = await Promise.allSettled([...users.map(send)]);', // 9 batched
      '}',
    ].join('\n');
    expect(await observe(awaitInLoop, 'src/notify.ts', source)).toEqual([
      'sequential@3',
      'sequential@6',
      'sequential@7',
      'batched@8',
      'batched@9',
    ]);
  });

  it('leaves dependent iterations, streams and nested functions alone', async () => {
    const source = [
      'export async function sync(pages: Page[]) {',
      '  let cursor = start;',
      '  while (cursor) { cursor = await next(cursor); }', // while: neutral
      '  do { await tick(); } while (busy);', // do: neutral
      '  for await (const chunk of stream) { await write(chunk); }', // for await: neutral
      '  for (const page of pages) { if (await found(page)) break; }', // early exit: neutral
      '  for (const page of pages) { try { return await load(page); } catch {} }', // retry
      '  for (const page of pages) { total = total + (await count(page)); }', // accumulator
      '  for (const page of pages) { handlers.push(async () => { await load(page); }); }', // nested fn
      '  for (const page of await list()) { use(page); }', // await in the iterable
      '  await Promise.all([a(), b()]);', // not over a collection
      '}',
    ].join('\n');
    expect(await observe(awaitInLoop, 'src/sync.ts', source)).toEqual([]);
  });

  it('reads Python', async () => {
    const source = [
      'async def notify(users):',
      '    for user in users:',
      '        await send(user)', // 3 sequential
      '        await audit(user)',
      '    await asyncio.gather(*(send(u) for u in users))', // 5 batched
      '    async with asyncio.TaskGroup() as tg:', // 6 batched
      '        for user in users:',
      '            tg.create_task(send(user))',
      '    async for event in stream():', // async for: neutral
      '        await handle(event)',
      '    while pending:', // while: neutral
      '        await poll()',
      '    for user in users:', // early exit: neutral
      '        if await exists(user):',
      '            return user',
      '    for user in users:', // nested function: neutral
      '        async def job():',
      '            await send(user)',
      '    await asyncio.gather(a(), b())', // not over a collection: neutral
    ].join('\n');
    expect(await observe(awaitInLoop, 'app/notify.py', source)).toEqual([
      'sequential@3',
      'batched@5',
      'batched@6',
    ]);
  });

  it('does not observe tests', async () => {
    expect(
      await observe(
        awaitInLoop,
        'src/a.test.ts',
        'async function f(xs) { for (const x of xs) await g(x); }',
      ),
    ).toEqual([]);
  });
});
