/**
 * How long sign-in attempts must wait after failures (OWASP: throttle, don't lock). After a few free
 * failures each further attempt must come a doubling delay after the previous one, up to a cap, so
 * nobody can shut an account for longer than the cap, yet guesses stay bounded per day.
 */
export type DelaySchedule = {
  /** Failures allowed back to back before any delay. */
  freeFailures: number;
  firstDelaySeconds: number;
  capSeconds: number;
  /** A key whose last attempt is this old starts again from zero failures. */
  forgetAfterSeconds: number;
};

/** Per e-mail address, from every client address together: the owner waits at most a minute. */
export const ACCOUNT_DELAYS: DelaySchedule = { freeFailures: 5, firstDelaySeconds: 1, capSeconds: 60, forgetAfterSeconds: 60 * 60 };
/** Per client address, across every e-mail (an office NAT shares one): slows one machine trying many accounts. */
export const ADDRESS_DELAYS: DelaySchedule = { freeFailures: 20, firstDelaySeconds: 1, capSeconds: 5 * 60, forgetAfterSeconds: 3 * 60 * 60 };

const DAY_SECONDS = 24 * 60 * 60;

/** Seconds the next attempt must wait after the last one, once `failures` attempts have failed. */
export function delayAfter(failures: number, schedule: DelaySchedule): number {
  if (failures < schedule.freeFailures) return 0;
  return Math.min(schedule.capSeconds, schedule.firstDelaySeconds * 2 ** (failures - schedule.freeFailures));
}

/**
 * The most attempts one key admits in 24 hours, whatever the attacker's number of addresses: the
 * best of bursting as fast as allowed, or of bursting k times and then idling until the count is
 * forgotten (never better with a forget period longer than the ramp, but computed, not assumed).
 */
export function maxAttemptsPerDay(schedule: DelaySchedule): number {
  // Past the first capped delay a longer burst only adds attempts at the cap's pace.
  let capped = schedule.freeFailures;
  while (delayAfter(capped, schedule) < schedule.capSeconds) capped++;
  let best = attemptsInDay(schedule, Infinity);
  for (let burst = 1; burst <= capped + 1; burst++) best = Math.max(best, attemptsInDay(schedule, burst));
  return best;
}

function attemptsInDay(schedule: DelaySchedule, burst: number): number {
  let attempts = 0;
  let time = 0;
  let failures = 0;
  while (time < DAY_SECONDS) {
    attempts++;
    failures++;
    if (failures >= burst) {
      time += schedule.forgetAfterSeconds;
      failures = 0;
    } else {
      time += delayAfter(failures, schedule);
    }
  }
  return attempts;
}
