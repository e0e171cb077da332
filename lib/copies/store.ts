import type { ContentCoding } from '@/lib/http/content-coding';

/** A whole response as it was last sent: what a later request, or an outage, can be answered with. */
export type Copy = {
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** The body compressed, once for all the requests that accept it (filled in after storing). */
  encoded: Partial<Record<ContentCoding, Buffer>>;
  /** A strong validator of the body: the application's own ETag, or the body's hash. */
  etag: string;
  /** The locale cookie the page set (next-intl remembers the last language), sent again only to a visitor who lacks it. */
  localeCookie: string | null;
  storedAt: number;
  /** publicDataGeneration() when the render started (lib/cache/public-freshness.ts). */
  generation: number;
};

const sizeOf = (copy: Copy) => copy.body.byteLength + (copy.encoded.br?.byteLength ?? 0) + (copy.encoded.gzip?.byteLength ?? 0);

/**
 * The last copy of recently served public responses, least recently used dropped first, within a
 * byte budget. Plain memory: it lives as long as the server process, which is what "pages that
 * were served keep being served while the database is down" needs, and costs nothing to run.
 */
export class CopyStore {
  private readonly entries = new Map<string, { copy: Copy; bytes: number }>();
  private bytes = 0;

  constructor(private readonly budgetBytes: number) {}

  get(key: string): Copy | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Map keeps insertion order: re-inserting marks it the most recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry?.copy;
  }

  set(key: string, copy: Copy): void {
    const bytes = sizeOf(copy);
    if (bytes > this.budgetBytes) return;
    this.delete(key);
    this.entries.set(key, { copy, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.budgetBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  /** Adds a compressed form to the copy still stored under `key` (a newer copy, or none, is left alone). */
  addEncoding(key: string, copy: Copy, encoding: ContentCoding, body: Buffer): void {
    const entry = this.entries.get(key);
    if (entry?.copy !== copy) return;
    copy.encoded[encoding] = body;
    this.set(key, copy);
  }

  get size(): number {
    return this.entries.size;
  }

  get storedBytes(): number {
    return this.bytes;
  }

  private delete(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
