export declare const cacheClock: () => number;
export type Invalidations = {
  note(tags: readonly string[], at?: number): void;
  latest(tags: readonly string[]): number;
  count(): number;
  noteSchedule(nextAt: number | null, now?: number): void;
  lastPublication(now?: number): number | null;
};
export declare function createInvalidations(): Invalidations;
export declare function processInvalidations(): Invalidations;
