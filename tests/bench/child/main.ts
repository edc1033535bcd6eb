import { readFile } from 'node:fs/promises';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { exportAnnotations } from '../../../main/services/exchange/export';
import { importAnnotations } from '../../../main/services/exchange/import';
import { WorkspaceLayout } from '../../../main/services/workspace/layout';
import { openToWrite } from '../../../main/services/workspace/open-to-write';
import { Workspace } from '../../../main/services/workspace/workspace';
import { filesUnder } from '../files';
import { readFloor, writeFloor } from '../floors';
import { FAILURE_PREFIX, type ChildJob, type FloorReport, type IndexReport, type OpenReport, type WorkReport } from './jobs';
import type { Query } from '../../../core/query/query';
import { WorkspaceIndex } from '../../../main/services/query/workspace-index';

/**
 * The child's side (tsx tests/bench/child/main.ts <job.json>): runs one job
 * and prints its report as the last line of stdout. Errors go to stderr and
 * exit 1, for the parent to report with the step's name.
 */

/** Opens a workspace to read, as `gloss export` does. */
async function openToRead(dir: string): Promise<Workspace> {
  const opened = await Workspace.open(dir);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

/** Opens a workspace to write, as the app and every writing command do: the lock first. */
async function openWritable(dir: string): Promise<{ workspace: Workspace; release: () => Promise<void> }> {
  const opened = await openToWrite(dir, 'gloss bench');
  if (!opened.ok) throw new Error(opened.error.message);
  const { workspace, lock } = opened.value;
  if (!lock.held) throw new Error(`the workspace's lock is not free: ${lock.reason}`);
  return { workspace, release: lock.release };
}

/** A full garbage collection, so the heap figure counts what is kept, not what awaits collection. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

async function open(dir: string, runs: number): Promise<OpenReport> {
  const layout = new WorkspaceLayout(dir);
  const floorMs: number[] = [];
  const openMs: number[] = [];
  let kept: unknown = null;
  // The open reads the manifest and schema, and every set file to count the document list's annotations per type.
  const read = [layout.manifest, layout.schema, ...(await filesUnder(layout.annotationsDir))];
  for (let run = 0; run <= runs; run++) {
    floorMs.push(await readFloor(read));
    // As the app starts: the lock, the manifest and schema, then the document list.
    const start = performance.now();
    const { workspace, release } = await openWritable(dir);
    const list = await workspace.summaries();
    openMs.push(performance.now() - start);
    await release();
    kept = [workspace, list];
  }
  collectGarbage();
  const heapMb = getHeapStatistics().used_heap_size / 2 ** 20;
  if (kept === null) throw new Error('no open was measured');
  const [coldOpenMs = Number.NaN, ...warm] = openMs;
  return { openMs: warm, coldOpenMs, floorMs: floorMs.slice(1), heapMb };
}

/** The workspace index built as the app builds it, queried, and the heap it keeps with the workspace. */
async function index(dir: string, queries: readonly Query[], runs: number, limit: number): Promise<IndexReport> {
  const workspace = await openToRead(dir);
  const start = performance.now();
  const built = await WorkspaceIndex.build(workspace);
  const buildMs = performance.now() - start;
  const queryMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const query of queries) {
      const started = performance.now();
      await built.query(query, limit);
      queryMs.push(performance.now() - started);
    }
  }
  collectGarbage();
  const heapMb = getHeapStatistics().used_heap_size / 2 ** 20;
  if (built.size === 0) throw new Error('the index holds nothing');
  return { buildMs, queryMs, heapMb };
}

async function timed(work: () => Promise<{ ok: boolean; error?: unknown }>, what: string): Promise<WorkReport> {
  const start = performance.now();
  const done = await work();
  const ms = performance.now() - start;
  if (!done.ok) throw new Error(`${what}: ${JSON.stringify(done.error).slice(0, 800)}`);
  return { ms };
}

async function floor(read: readonly string[], write: readonly { from: string; to: string }[]): Promise<FloorReport> {
  // The bytes to write are in memory before the clock starts: the floor writes, it does not copy.
  const files = await Promise.all(write.map(async ({ from, to }) => ({ path: to, bytes: await readFile(from) })));
  const readMs = await readFloor(read);
  const writeMs = await writeFloor(files);
  return { ms: readMs + writeMs, readMs, writeMs };
}

async function run(job: ChildJob): Promise<OpenReport | WorkReport | FloorReport | IndexReport> {
  switch (job.task) {
    case 'open':
      return open(job.dir, job.runs);
    case 'export': {
      const workspace = await openToRead(job.dir);
      return timed(() => exportAnnotations(workspace, { format: job.format, out: job.out }), `export ${job.format}`);
    }
    case 'import': {
      const { workspace, release } = await openWritable(job.dir);
      try {
        return await timed(() => importAnnotations(workspace, { format: job.format, files: job.files, set: job.set }), `import ${job.format}`);
      } finally {
        await release();
      }
    }
    case 'floor':
      return floor(job.read, job.write);
    case 'index':
      return index(job.dir, job.queries, job.runs, job.limit);
  }
}

try {
  const job = JSON.parse(await readFile(process.argv[2] ?? '', 'utf8')) as ChildJob;
  const report = await run(job);
  console.log(JSON.stringify({ ...report, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
} catch (error) {
  console.error(FAILURE_PREFIX + (error instanceof Error ? error.message : String(error)));
  process.exitCode = 1;
}
