/**
 * At most `slots` renders at a time; the others wait their turn in order. A render holds its memory
 * while it waits on the database, so fifty renders interleaved on one thread cost fifty times the
 * memory of one and finish no sooner than taken in turn.
 */
export class RenderSlots {
  private busy = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly slots: number) {
    if (!Number.isInteger(slots) || slots < 1) throw new Error('slots must be a positive integer');
  }

  /** Resolves with a release function once a slot is free; call it exactly once when the render ends. */
  async acquire(): Promise<() => void> {
    if (this.busy < this.slots) this.busy += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // the slot is handed over as it is
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.busy -= 1;
    };
  }

  get inUse(): number {
    return this.busy;
  }

  get queued(): number {
    return this.waiting.length;
  }
}
