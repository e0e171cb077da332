import { describe, expect, it } from 'vitest';
import { CopyStore, type Copy } from './store';

const copy = (bytes: number): Copy => ({
  headers: { 'content-type': 'text/html' },
  body: Buffer.alloc(bytes, 'a'),
  encoded: {},
  etag: '"x"',
  localeCookie: null,
  storedAt: 0,
  generation: 0,
});

describe('CopyStore', () => {
  it('gives back the last copy stored under a key', () => {
    const store = new CopyStore(1_000);
    store.set('/ru', copy(10));
    store.set('/ru', copy(20));
    expect(store.get('/ru')?.body.byteLength).toBe(20);
    expect(store.storedBytes).toBe(20);
  });

  it('drops the least recently used copies to stay within its budget', () => {
    const store = new CopyStore(100);
    store.set('/a', copy(40));
    store.set('/b', copy(40));
    store.get('/a'); // /a is now the most recently used
    store.set('/c', copy(40));
    expect(store.get('/b')).toBeUndefined();
    expect(store.get('/a')).toBeDefined();
    expect(store.get('/c')).toBeDefined();
    expect(store.storedBytes).toBe(80);
  });

  it('refuses a copy bigger than the whole budget instead of emptying itself for it', () => {
    const store = new CopyStore(100);
    store.set('/a', copy(40));
    store.set('/huge', copy(101));
    expect(store.get('/huge')).toBeUndefined();
    expect(store.size).toBe(1);
  });

  it('counts compressed forms in the budget, and adds one only to the copy it was made from', () => {
    const store = new CopyStore(100);
    const first = copy(40);
    store.set('/a', first);
    store.addEncoding('/a', first, 'gzip', Buffer.alloc(10));
    store.addEncoding('/a', first, 'br', Buffer.alloc(8));
    expect(store.get('/a')?.encoded.gzip?.byteLength).toBe(10);
    expect(store.get('/a')?.encoded.br?.byteLength).toBe(8);
    expect(store.storedBytes).toBe(58);
    const older = store.get('/a') ?? first;
    store.set('/a', copy(30));
    store.addEncoding('/a', older, 'br', Buffer.alloc(5));
    expect(store.get('/a')?.encoded.br).toBeUndefined();
    expect(store.storedBytes).toBe(30);
  });
});
