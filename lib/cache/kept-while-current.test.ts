import { describe, expect, it } from 'vitest';
import { processInvalidations } from './invalidations.mjs';
import { keptWhileCurrent } from './kept-while-current';

const MINUTE = 60_000;

/** A read that counts its calls and answers with the count, on a clock the test moves. */
function counted(maxAgeMs = MINUTE) {
  const clock = { now: 1_000 };
  let calls = 0;
  const read = keptWhileCurrent(
    async () => ++calls,
    maxAgeMs,
    () => clock.now,
  );
  return { clock, read };
}

describe('keptWhileCurrent', () => {
  it('reads once while nothing changes, and again after a save on any instance', async () => {
    const { read } = counted();
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    processInvalidations().note(['events']);
    expect(await read()).toBe(2);
    expect(await read()).toBe(2);
  });

  it('shares one read among the calls made while it is on its way', async () => {
    const { read } = counted();
    expect(await Promise.all([read(), read(), read()])).toEqual([1, 1, 1]);
  });

  it('reads again once its maximum age has passed', async () => {
    const { clock, read } = counted();
    expect(await read()).toBe(1);
    clock.now += MINUTE - 1;
    expect(await read()).toBe(1);
    clock.now += 1;
    expect(await read()).toBe(2);
  });

  it('does not keep a failed read: the next call tries the database again', async () => {
    let fail = true;
    const read = keptWhileCurrent(async () => {
      if (fail) throw new Error('database down');
      return 'read';
    }, MINUTE);
    await expect(read()).rejects.toThrow('database down');
    fail = false;
    await expect(read()).resolves.toBe('read');
  });
});
