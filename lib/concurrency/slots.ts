/**
 * At most `slots` tasks at a time; the others wait their turn in order. Used for page renders (a
 * render holds its memory while it waits on the database, so fifty interleaved on one thread cost
 * fifty times the memory of one and finish no sooner than taken in turn) and for image processing
 * (one at a time: each decoded image can take hundreds of megabytes).
 *
 * `maxWaiting` bounds the line: past it, `acquire` answers null at once, so a flood is refused
 * instead of queued (a queue that only grows makes every visitor wait, and holds every request).
 */
export class Slots {
  private busy = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly slots: number,
    private readonly maxWaiting = Infinity,
  ) {
    if (!Number.isInteger(slots) || slots < 1) throw new Error('slots must be a positive integer');
    if (maxWaiting !== Infinity && (!Number.isInteger(maxWaiting) || maxWaiting < 0)) throw new Error('maxWaiting must be a whole number');
  }

  /**
   * Resolves with a release function once a slot is free (call it when the task ends; a second
   * call does nothing), or with null at once when the line is full.
   */
  async acquire(): Promise<(() => void) | null> {
    if (this.busy < this.slots) this.busy += 1;
    else if (this.waiting.length >= this.maxWaiting) return null;
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

  /** Runs the task in its turn and frees the slot however it ends. Throws when the line is full. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    if (!release) throw new Error('too many tasks waiting');
    try {
      return await task();
    } finally {
      release();
    }
  }

  get inUse(): number {
    return this.busy;
  }

  get queued(): number {
    return this.waiting.length;
  }
}
