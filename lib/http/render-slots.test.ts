import { describe, expect, it } from 'vitest';
import { setTimeout as tick } from 'node:timers/promises';
import { RenderSlots } from './render-slots';

describe('RenderSlots', () => {
  it('lets at most its number of renders run, and the others in their order of arrival', async () => {
    const slots = new RenderSlots(2);
    const started: number[] = [];
    const releases = new Map<number, () => void>();
    const runs = [1, 2, 3, 4].map(async (n) => {
      const release = await slots.acquire();
      started.push(n);
      releases.set(n, release);
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
    const slots = new RenderSlots(1);
    const release = await slots.acquire();
    release();
    release();
    expect(slots.inUse).toBe(0);
    const again = await slots.acquire();
    expect(slots.inUse).toBe(1);
    again();
    expect(slots.inUse).toBe(0);
  });
});
