import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

function clock() {
  let time = 1_000_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('RateLimiter', () => {
  it('lets a client spend its burst at once, then refuses with the seconds until its next request', () => {
    const { now } = clock();
    const limiter = new RateLimiter({ perSecond: 0.5, burst: 3, now });
    expect([1, 2, 3].map(() => limiter.take('198.51.100.7').ok)).toEqual([true, true, true]);
    expect(limiter.take('198.51.100.7')).toEqual({ ok: false, retryAfterSeconds: 2 });
  });

  it('gives requests back at its rate, never more than the burst', () => {
    const { now, advance } = clock();
    const limiter = new RateLimiter({ perSecond: 10, burst: 2, now });
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('a').ok).toBe(false);
    advance(100);
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    advance(60_000);
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, false]);
  });

  it('keeps each client to its own allowance', () => {
    const { now } = clock();
    const limiter = new RateLimiter({ perSecond: 1, burst: 1, now });
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
  });

  it('asking while refused neither spends nor delays the next request', () => {
    const { now, advance } = clock();
    const limiter = new RateLimiter({ perSecond: 1, burst: 1, now });
    limiter.take('a');
    for (let i = 0; i < 10; i++) {
      advance(50);
      expect(limiter.take('a').ok).toBe(false);
    }
    advance(500);
    expect(limiter.take('a').ok).toBe(true);
  });

  it('remembers at most maxClients, forgetting the least recently seen: a flood of addresses cannot grow it', () => {
    const { now } = clock();
    const limiter = new RateLimiter({ perSecond: 1, burst: 1, maxClients: 100, now });
    limiter.take('steady');
    for (let i = 0; i < 50; i++) limiter.take(`203.0.113.${i}`);
    limiter.take('steady'); // seen again: now the most recent
    expect(limiter.take('steady').ok).toBe(false);
    for (let i = 0; i < 100_000; i++) limiter.take(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`);
    expect(limiter.size).toBe(100);
  });
});
