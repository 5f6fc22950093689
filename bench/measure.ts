/**
 * Timing helpers for the benchmark: run a function until enough runs and time have passed and
 * report the median, so one slow run on a shared machine does not decide a figure.
 */

/** The timings of repeated runs, in milliseconds. */
export interface Timing {
  p50: number;
  min: number;
  mean: number;
  runs: number;
}

/** Run `fn` `warmup` times, then at least `minRuns` times and at least `minMs` in total (capped at `maxRuns`). */
export function timeIt(
  fn: () => unknown,
  options: { warmup?: number; minRuns?: number; minMs?: number; maxRuns?: number } = {},
): Timing {
  const { warmup = 3, minRuns = 10, minMs = 200, maxRuns = 10_000 } = options;
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - started < minMs)) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}

/** Median, minimum and mean of samples (ms). */
export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const p50 =
    sorted.length === 0
      ? Number.NaN
      : (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  return { p50, min: sorted[0] ?? Number.NaN, mean, runs: sorted.length };
}
