import { describe, expect, it } from 'vitest';
import { SnapshotStore } from './snapshots';

const page = (bytes: number) => ({ status: 200, headers: { 'content-type': 'text/html' }, body: Buffer.alloc(bytes, 'a'), storedAt: new Date() });

describe('SnapshotStore', () => {
  it('gives back the last copy stored under a key', () => {
    const store = new SnapshotStore(1_000);
    store.set('/ru', page(10));
    store.set('/ru', page(20));
    expect(store.get('/ru')?.body.byteLength).toBe(20);
    expect(store.storedBytes).toBe(20);
  });

  it('drops the least recently used pages to stay within its budget', () => {
    const store = new SnapshotStore(100);
    store.set('/a', page(40));
    store.set('/b', page(40));
    store.get('/a'); // /a is now the most recently used
    store.set('/c', page(40));
    expect(store.get('/b')).toBeUndefined();
    expect(store.get('/a')).toBeDefined();
    expect(store.get('/c')).toBeDefined();
    expect(store.storedBytes).toBe(80);
  });

  it('refuses a page bigger than the whole budget instead of emptying itself for it', () => {
    const store = new SnapshotStore(100);
    store.set('/a', page(40));
    store.set('/huge', page(101));
    expect(store.get('/huge')).toBeUndefined();
    expect(store.size).toBe(1);
  });

  it('knows whether its copy of a page is recent enough', () => {
    const store = new SnapshotStore(100);
    const storedAt = new Date('2026-11-22T10:00:00Z');
    store.set('/a', { ...page(10), storedAt });
    expect(store.storedWithin('/a', 60_000, storedAt.getTime() + 59_000)).toBe(true);
    expect(store.storedWithin('/a', 60_000, storedAt.getTime() + 61_000)).toBe(false);
    expect(store.storedWithin('/b', 60_000)).toBe(false);
  });
});
