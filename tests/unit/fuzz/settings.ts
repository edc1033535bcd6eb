/**
 * Fuzzing settings: a fixed seed and few runs in `npm test`, so CI is fast and
 * repeatable; `npm run fuzz` asks for many runs with a fresh seed. A failure
 * prints its seed and path; rerun with FUZZ_SEED=<seed> to replay it.
 */
export function fuzzSettings(defaultRuns = 100): { seed: number; numRuns: number } {
  const asked = process.env['FUZZ_SEED'];
  const seed = asked === 'random' ? Date.now() % 2 ** 31 : Number(asked ?? 20261123);
  if (asked === 'random') console.log(`fuzz seed ${seed}`);
  return { seed, numRuns: Number(process.env['FUZZ_RUNS'] ?? defaultRuns) };
}
