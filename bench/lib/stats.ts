/** Small statistics over samples; every function copies before sorting and throws on an empty list. */

function nonEmpty(samples: readonly number[], what: string): number[] {
  if (samples.length === 0) throw new Error(`${what} of no samples`);
  return [...samples].sort((a, b) => a - b);
}

/** The q-quantile (0..1) with linear interpolation between the closest ranks (R's type 7, numpy's default). */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = nonEmpty(samples, 'quantile');
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below]!;
  const high = sorted[above]!;
  return low + (high - low) * (position - below);
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);
export const p50 = median;
export const p95 = (samples: readonly number[]): number => quantile(samples, 0.95);
export const min = (samples: readonly number[]): number => nonEmpty(samples, 'min')[0]!;
export const max = (samples: readonly number[]): number => nonEmpty(samples, 'max').at(-1)!;

export function mean(samples: readonly number[]): number {
  nonEmpty(samples, 'mean');
  return samples.reduce((sum, x) => sum + x, 0) / samples.length;
}

/** `a[i] - b[i]` for paired samples (runs interleaved one with, one without). */
export function differences(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`paired samples differ in length: ${a.length} and ${b.length}`);
  return a.map((x, i) => x - b[i]!);
}
