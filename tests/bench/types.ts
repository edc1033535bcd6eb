/** One figure of `npm run bench`: value and target in the same unit; ratios are plain numbers. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target: number;
  /** How the value must compare to the target to pass. */
  better: 'lower' | 'higher';
}

/** A group of figures measured together (one workload, one browser session). */
export interface BenchSuite {
  name: string;
  run(): Promise<BenchResult[]>;
}

export function meetsTarget(result: BenchResult): boolean {
  return result.better === 'lower' ? result.value <= result.target : result.value >= result.target;
}

/** The p-th percentile (0-100) of some samples, by nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}
