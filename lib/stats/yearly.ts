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
  const first = Math.min(...years),
    last = Math.max(...years);
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

/**
 * The left and right margins of a yearly chart `width` units wide: room on the left for the widest
 * count label ("1 500" at a large city's scale), on the right for the half of a year label that
 * sticks out past the last bar. Inter's digits are about 0.62 em wide, a group separator less, so
 * this errs wide. Never below `least`.
 */
export function chartSideMargins(
  countLabels: readonly string[],
  bins: number,
  { width, fontSize, least }: { width: number; fontSize: number; least: { left: number; right: number } },
) {
  const textWidth = (text: string) => text.length * fontSize * 0.62;
  const left = Math.max(least.left, 8 + Math.max(0, ...countLabels.map(textWidth)));
  const right = Math.max(least.right, textWidth('2000') / 2 - (width - left) / Math.max(1, bins) / 2);
  return { left, right };
}
