/** One bar of a per-year chart. */
export type YearCount = { year: number; count: number };

/**
 * Counts per calendar year from the first to the last year present, with the years in between
 * that have nothing shown as zero (a gap in a chart is a fact, not a missing bar).
 */
export function countPerYear(years: readonly number[]): YearCount[] {
  if (years.length === 0) return [];
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const first = Math.min(...years), last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: counts.get(first + i) ?? 0 }));
}

/** Round axis ticks from 0 to at least `max`, at most about `target` of them, on steps of 1, 2 or 5 × 10ⁿ. */
export function axisTicks(max: number, target = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw && Number.isInteger(s)) ?? Math.ceil(raw);
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}
