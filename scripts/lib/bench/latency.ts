/**
 * Nearest-rank percentile of response times (ms). autocannon's own summary has no p95 (it reports
 * p90 and p97.5), so the load process records every response time and this reads the exact value.
 */
export function percentile(sortedMs: readonly number[], p: number): number | null {
  if (!sortedMs.length) return null;
  const rank = Math.ceil((p / 100) * sortedMs.length);
  return sortedMs[Math.min(sortedMs.length, Math.max(1, rank)) - 1] ?? null;
}

export type LatencySummary = { p50: number | null; p95: number | null; p99: number | null; max: number | null };

export function summarizeLatencies(ms: readonly number[]): LatencySummary {
  const sorted = [...ms].sort((a, b) => a - b);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? null) };
}
