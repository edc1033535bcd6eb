import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatLimit, step } from '../deadline';
import { FAILURE_PREFIX, type ChildJob, type ChildReport } from './jobs';

const ROOT = resolve(import.meta.dirname, '../../..');
const CHILD_MAIN = resolve(import.meta.dirname, 'main.ts');
/**
 * The child's heap limit: Electron's, whose pointer compression caps a V8
 * heap at 4 GB, so an operation that needs more would fail in the app too.
 * Set explicitly so the figure does not depend on this machine's memory.
 */
const CHILD_HEAP_LIMIT_MB = 4096;

/** Why a child failed, in one line: the time limit, the heap limit, what it said, or the end of its stderr. */
function describeFailure(error: unknown, stderr: string, limitMs: number): string {
  const killed = typeof error === 'object' && error !== null && 'killed' in error && error.killed === true;
  if (killed) return `did not finish within ${formatLimit(limitMs)} and was stopped`;
  if (stderr.includes('heap out of memory')) return `ran out of memory (heap limit ${CHILD_HEAP_LIMIT_MB} MB)`;
  const said = stderr.split('\n').find((line) => line.startsWith(FAILURE_PREFIX));
  if (said) return said.slice(FAILURE_PREFIX.length);
  return stderr.trim().split('\n').slice(-3).join(' / ') || (error instanceof Error ? error.message : String(error));
}

/**
 * Runs one job in a fresh Node process (child/main.ts) and returns its report.
 * The child is killed at `limitMs`, and the step fails naming `name`.
 */
export async function runInChild<J extends ChildJob>(name: string, job: J, limitMs: number): Promise<ChildReport<J>> {
  const folder = await mkdtemp(join(tmpdir(), 'gloss-bench-job-'));
  try {
    const jobFile = join(folder, 'job.json');
    await writeFile(jobFile, JSON.stringify(job));
    // The step's own bound is a backstop past the child's: the kill itself must not be what hangs.
    const stdout = await step(name, limitMs + 30_000, () =>
      new Promise<string>((done, fail) => {
        // Node with tsx's loader, not the tsx command, which runs a second process that a kill would leave behind.
        execFile(
          process.execPath,
          [`--max-old-space-size=${CHILD_HEAP_LIMIT_MB}`, '--import', 'tsx', CHILD_MAIN, jobFile],
          { cwd: ROOT, timeout: limitMs, killSignal: 'SIGKILL', maxBuffer: 16 * 2 ** 20 },
          (error, out, stderr) => (error ? fail(new Error(describeFailure(error, stderr, limitMs))) : done(out)),
        );
      }),
    );
    const last = stdout.trim().split('\n').at(-1) ?? '';
    return JSON.parse(last) as ChildReport<J>;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
