/** A page as it was last served whole: what an outage can still answer with. */
export type Snapshot = { status: number; headers: Record<string, string | string[]>; body: Buffer; storedAt: Date };

/**
 * The last good copy of recently served public pages, newest kept, within a byte budget. Plain
 * memory: it lives as long as the server process, which is what "pages that were served keep
 * being served while the database is down" needs, and costs nothing to run.
 */
export class SnapshotStore {
  private readonly entries = new Map<string, Snapshot>();
  private bytes = 0;

  constructor(private readonly budgetBytes: number) {}

  get(key: string): Snapshot | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Map keeps insertion order: re-inserting marks it the most recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, snapshot: Snapshot): void {
    if (snapshot.body.byteLength > this.budgetBytes) return;
    this.delete(key);
    this.entries.set(key, snapshot);
    this.bytes += snapshot.body.byteLength;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.budgetBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.byteLength;
    }
  }

  /** Whether a copy under `key` is younger than `ms` (then there is no need to take another yet). */
  storedWithin(key: string, ms: number, now = Date.now()): boolean {
    const entry = this.entries.get(key);
    return entry !== undefined && now - entry.storedAt.getTime() < ms;
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
    this.bytes -= entry.body.byteLength;
  }
}
