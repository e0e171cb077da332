import { describe, expect, it } from 'vitest';
import { createCacheHandler } from './cache-handler.mjs';
import { cacheClock, createInvalidations } from './invalidations.mjs';

const entry = (text: string, tags: string[], { timestamp = cacheClock(), revalidate = 3600, expire = 3601 } = {}) =>
  Promise.resolve({
    value: new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new TextEncoder().encode(text)), c.close()) }),
    tags,
    stale: 300,
    timestamp,
    revalidate,
    expire,
  });
const read = async (handler: ReturnType<typeof createCacheHandler>, key: string) => {
  const found = await handler.get(key, []);
  return found && new Response(found.value).text();
};

describe("the 'use cache' handler", () => {
  it('serves an entry, as often as asked, until one of its tags is invalidated', async () => {
    const invalidations = createInvalidations();
    const handler = createCacheHandler(invalidations);
    await handler.set('profile', entry('Циндао', ['partners']));
    expect([await read(handler, 'profile'), await read(handler, 'profile')]).toEqual(['Циндао', 'Циндао']);
    invalidations.note(['events']);
    expect(await read(handler, 'profile')).toBe('Циндао');
    await handler.updateTags(['partners']);
    expect(await read(handler, 'profile')).toBeUndefined();
    expect(await handler.getExpiration(['partners', 'events'])).toBe(invalidations.latest(['partners']));
  });

  it('keeps an entry rendered after the invalidation', async () => {
    const invalidations = createInvalidations();
    const handler = createCacheHandler(invalidations);
    invalidations.note(['partners']);
    await handler.set('profile', entry('new', ['partners']));
    expect(await read(handler, 'profile')).toBe('new');
  });

  it('drops an entry past its revalidate time (a scheduled publication must appear on time)', async () => {
    const handler = createCacheHandler(createInvalidations());
    await handler.set('list', entry('old', [], { timestamp: cacheClock() - 5_000, revalidate: 4 }));
    expect(await read(handler, 'list')).toBeUndefined();
  });

  it('drops an entry rendered before a scheduled publication from the moment it comes due, not up to a second later', async () => {
    const invalidations = createInvalidations();
    const handler = createCacheHandler(invalidations);
    const rendered = cacheClock();
    await handler.set('list', entry('before', [], { timestamp: rendered, revalidate: 1 }));
    invalidations.noteSchedule(rendered + 300, rendered); // the render saw an item due in 0.3 s, and asked for 1 s
    expect(await read(handler, 'list')).toBe('before');
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await read(handler, 'list')).toBeUndefined();
    await handler.set('list', entry('after', [], { revalidate: 1 }));
    expect(await read(handler, 'list')).toBe('after');
  });

  it('keeps within its size, least recently used first out', async () => {
    const handler = createCacheHandler(createInvalidations(), 30);
    await handler.set('a', entry('1234567890', []));
    await handler.set('b', entry('1234567890', []));
    expect(await read(handler, 'a')).toBeDefined(); // now b is the least recently used
    await handler.set('c', entry('1234567890', []));
    expect([await read(handler, 'a'), await read(handler, 'b'), await read(handler, 'c')]).toEqual(['1234567890', undefined, '1234567890']);
  });
});
