import { describe, expect, it } from 'vitest';
import { setTimeout as tick } from 'node:timers/promises';
import { Slots } from './slots';

describe('Slots', () => {
  it('lets at most its number of tasks run, and the others in their order of arrival', async () => {
    const slots = new Slots(2);
    const started: number[] = [];
    const releases = new Map<number, () => void>();
    const runs = [1, 2, 3, 4].map(async (n) => {
      const release = await slots.acquire();
      started.push(n);
      if (release) releases.set(n, release);
    });
    await tick(0);
    expect(started).toEqual([1, 2]);
    expect(slots.queued).toBe(2);
    releases.get(2)?.();
    await tick(0);
    expect(started).toEqual([1, 2, 3]);
    releases.get(1)?.();
    await Promise.all(runs);
    expect(started).toEqual([1, 2, 3, 4]);
    expect(slots.inUse).toBe(2);
  });

  it('frees a slot once however often it is released', async () => {
    const slots = new Slots(1);
    const release = await slots.acquire();
    release?.();
    release?.();
    expect(slots.inUse).toBe(0);
    const again = await slots.acquire();
    expect(slots.inUse).toBe(1);
    again?.();
    expect(slots.inUse).toBe(0);
  });

  it('answers null at once when the line is full, and takes waiters again once it moves', async () => {
    const slots = new Slots(1, 1);
    const first = await slots.acquire();
    const second = slots.acquire();
    expect(await slots.acquire()).toBeNull();
    expect(slots.queued).toBe(1);
    first?.();
    (await second)?.();
    expect(await slots.acquire()).not.toBeNull();
  });

  it('with no line at all, refuses whatever finds every slot taken', async () => {
    const slots = new Slots(1, 0);
    expect(await slots.acquire()).not.toBeNull();
    expect(await slots.acquire()).toBeNull();
  });

  describe('run, with one slot (a queue)', () => {
    it('runs one task at a time, in order, and a failing task does not block the next', async () => {
      const queue = new Slots(1);
      const log: string[] = [];
      let running = 0;
      const task =
        (name: string, fail = false) =>
        async () => {
          running += 1;
          log.push(`start ${name} (${running} running)`);
          await tick(5);
          running -= 1;
          log.push(`end ${name}`);
          if (fail) throw new Error(name);
          return name;
        };
      const results = await Promise.allSettled([queue.run(task('a')), queue.run(task('b', true)), queue.run(task('c'))]);
      expect(log).toEqual(['start a (1 running)', 'end a', 'start b (1 running)', 'end b', 'start c (1 running)', 'end c']);
      expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(['a', 'b', 'c']);
      expect(queue.inUse).toBe(0);
    });
  });
});
