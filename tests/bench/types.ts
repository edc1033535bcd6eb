/** One figure of `npm run bench`: value and target in the same unit; ratios are plain numbers. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target: number;
  /** How the value must compare to the target to pass. */
  better: 'lower' | 'higher';
  /** For a ratio to a floor taken in the same run: the two absolute figures it divides, kept for reference. */
  measured?: { value: number; floor: number; unit: string };
  /** Why the figure could not be taken; the row then misses. */
  failure?: string;
}

/**
 * What a run asks of the suites beyond choosing them: the exchange figures
 * (of the exchange and scale suites) narrowed to some formats, or to the
 * exports, since all of them take 20 minutes and more on a loaded machine.
 */
export interface RunOptions {
  /** Only these formats' exports and imports; every format when null. */
  formats: readonly string[] | null;
  /** Exports only, no imports. */
  exportsOnly: boolean;
}

/** A group of figures measured together (one workload, one browser session). */
export interface BenchSuite {
  name: string;
  /** The most the whole suite may take before it is stopped and reported as failed. */
  limitMs: number;
  run(options: RunOptions): Promise<BenchResult[]>;
}

export function meetsTarget(result: BenchResult): boolean {
  if (result.failure !== undefined || !Number.isFinite(result.value)) return false;
  return result.better === 'lower' ? result.value <= result.target : result.value >= result.target;
}

/** A figure measured against its floor: `value / floor`, which must stay at or under `target`. */
export function ratioToFloor(name: string, measured: { value: number; floor: number; unit: string }, target: number): BenchResult {
  return { name, value: measured.value / measured.floor, unit: 'x floor', target, better: 'lower', measured };
}

/** A row for a figure that could not be taken, so the run goes on and the table says why. */
export function failedFigure(name: string, error: unknown): BenchResult {
  const message = error instanceof Error ? error.message : String(error);
  // A step's error starts with the step's name, often the row's own: said once is enough.
  const failure = message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message;
  return { name, value: Number.NaN, unit: '', target: Number.NaN, better: 'lower', failure };
}

/** The p-th percentile (0-100) of some samples, by nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);
