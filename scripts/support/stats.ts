// The figures the benchmarks print, computed one way for every section.

/** The value below which `fraction` of the samples fall (0.5: the median, 0.95: p95). */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

export const median = (values: readonly number[]) => percentile(values, 0.5);

/** Two decimals: what the reports show. */
export const round = (value: number) => Math.round(value * 100) / 100;
