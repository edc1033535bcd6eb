/**
 * Every wait of the bench has a bound. A step that runs past its limit fails
 * with its name, so a loaded machine gives a failed row, never a hung run.
 */

/** Why a bench step stopped: it ran out of time, or failed with a message prefixed by its name. */
class StepFailed extends Error {}

/**
 * Runs `work` and rejects if it has not settled within `limitMs`, naming the
 * step. The work itself is not cancelled (a promise cannot be): the caller's
 * `finally` closes browsers and servers, and the runner exits explicitly.
 */
export async function step<T>(name: string, limitMs: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new StepFailed(`${name}: did not finish within ${formatLimit(limitMs)}`)), limitMs);
  });
  try {
    return await Promise.race([work(), expired]);
  } catch (error) {
    if (error instanceof StepFailed) throw error;
    throw new StepFailed(`${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

export function formatLimit(ms: number): string {
  return ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;
}
