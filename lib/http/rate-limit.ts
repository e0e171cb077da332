/**
 * Per-client token buckets for work the server cannot answer from a copy (searches, API reads):
 * each client may spend `burst` requests at once and gets `perSecond` back every second, so a
 * person or a script paging through the API never notices, while one address flooding unique
 * searches is told to wait (429, Retry-After) instead of taking every render for itself.
 *
 * Memory is bounded: at most `maxClients` buckets are kept, the least recently seen dropped first.
 * A dropped client starts again with a full bucket, which only ever errs towards letting it in;
 * a flood of distinct addresses cannot grow the map.
 */
type RateLimitOptions = { perSecond: number; burst: number; maxClients?: number; now?: () => number };
type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

type Bucket = { tokens: number; at: number };

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perSecond: number;
  private readonly burst: number;
  private readonly maxClients: number;
  private readonly now: () => number;

  constructor({ perSecond, burst, maxClients = 10_000, now = Date.now }: RateLimitOptions) {
    if (!(perSecond > 0) || !Number.isFinite(perSecond)) throw new Error('perSecond must be a positive number');
    if (!Number.isInteger(burst) || burst < 1) throw new Error('burst must be a positive integer');
    if (!Number.isInteger(maxClients) || maxClients < 1) throw new Error('maxClients must be a positive integer');
    this.perSecond = perSecond;
    this.burst = burst;
    this.maxClients = maxClients;
    this.now = now;
  }

  /** Spends one request of this client's allowance, or says how many whole seconds until it has one. */
  take(client: string): RateVerdict {
    const now = this.now();
    const bucket = this.buckets.get(client);
    const tokens = bucket ? Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond) : this.burst;
    // Deleted and set again, so the map's order is least recently seen first.
    this.buckets.delete(client);
    if (tokens < 1) {
      this.buckets.set(client, { tokens, at: now });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.perSecond)) };
    }
    this.buckets.set(client, { tokens: tokens - 1, at: now });
    if (this.buckets.size > this.maxClients) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return { ok: true };
  }

  /** How many clients are remembered (for tests and the bounded-memory promise). */
  get size(): number {
    return this.buckets.size;
  }
}
