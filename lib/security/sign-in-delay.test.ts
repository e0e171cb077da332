import { describe, expect, it } from 'vitest';
import { ACCOUNT_DELAYS, ADDRESS_DELAYS, delayAfter, maxAttemptsPerDay } from './sign-in-delay';

describe('the sign-in delay schedule', () => {
  it('lets an account fail five times freely, then doubles the wait from one second', () => {
    expect([0, 1, 4, 5, 6, 7, 8, 9, 10].map((failures) => delayAfter(failures, ACCOUNT_DELAYS))).toEqual([0, 0, 0, 1, 2, 4, 8, 16, 32]);
  });

  it('never makes the owner of an account wait more than a minute, however many failures', () => {
    expect(delayAfter(11, ACCOUNT_DELAYS)).toBe(60);
    expect(delayAfter(1_000_000, ACCOUNT_DELAYS)).toBe(60);
  });

  it('slows one client address after twenty failures, to at most five minutes', () => {
    expect(delayAfter(19, ADDRESS_DELAYS)).toBe(0);
    expect(delayAfter(20, ADDRESS_DELAYS)).toBe(1);
    expect(delayAfter(28, ADDRESS_DELAYS)).toBe(256);
    expect(delayAfter(29, ADDRESS_DELAYS)).toBe(300);
  });

  it('bounds guesses a day: 1,449 per account from any number of addresses, 315 per address', () => {
    // 5 at once, 6 more over 63 seconds, then one a minute until the day ends: 11 + 1,438.
    expect(maxAttemptsPerDay(ACCOUNT_DELAYS)).toBe(1449);
    expect(maxAttemptsPerDay(ADDRESS_DELAYS)).toBe(315);
  });

  it('counts an attacker who idles until the count is forgotten, and the real periods leave that no better', () => {
    // Forgetting after one idle minute would let bursts of free failures beat the schedule.
    expect(maxAttemptsPerDay({ ...ACCOUNT_DELAYS, forgetAfterSeconds: 60 })).toBeGreaterThan(1449);
    expect(maxAttemptsPerDay({ ...ADDRESS_DELAYS, forgetAfterSeconds: 60 * 60 })).toBeGreaterThan(315);
  });
});
