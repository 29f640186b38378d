export interface Summary {
  count: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/**
 * The p-th percentile (0-100) of samples, interpolating between the two nearest ranks (the method
 * spreadsheets and NumPy use by default), so small sample sets are not rounded to one sample.
 */
export const percentile = (samples: readonly number[], p: number): number => {
  if (samples.length === 0) throw new Error('No samples to take a percentile of');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (rank - below);
};

export const median = (samples: readonly number[]) => percentile(samples, 50);

export const summarize = (samples: readonly number[]): Summary => ({
  count: samples.length,
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  max: Math.max(...samples),
  mean: samples.reduce((sum, sample) => sum + sample, 0) / samples.length,
});
