import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { step } from '../deadline';
import { exchangeFigures } from '../exchange-figures';
import { inScratchFolder } from '../files';
import type { BenchResult, BenchSuite, RunOptions } from '../types';
import { describeWorkload, writeWorkspace, type WorkspaceWorkload } from '../workloads/workspace-files';

const WORKLOAD: WorkspaceWorkload = { documents: 500, annotationsPerDocument: 200, articleBytes: 6000 };

/**
 * The same number of annotations in ten long texts, as a running story's
 * file is: what a format does per text must not grow with the square of the
 * text's annotations (grouping them copied a list per annotation, and a
 * Label Studio export of 16,000 in one text took 3.4 s; joining fragments did
 * the same in the REFI-QDA import).
 */
const DENSE: WorkspaceWorkload = { documents: 10, annotationsPerDocument: 10_000, articleBytes: 100_000 };

/** Exports and imports of one workload, written into its own folder under `root`. */
async function figures(root: string, workload: WorkspaceWorkload, runs: number, only: RunOptions): Promise<BenchResult[]> {
  const label = describeWorkload(workload);
  await mkdir(root, { recursive: true });
  const workspace = join(root, 'workspace');
  await step(`writing the ${label} workload`, 5 * 60_000, () => writeWorkspace(workspace, workload));
  return exchangeFigures({
    root,
    workspace,
    label,
    runs,
    limitMs: 3 * 60_000,
    exportPeakMb: 500,
    // Issue 14: an import of 100,000 annotations in at most 500 MB.
    importPeakMb: 500,
    only,
  });
}

export const exchangeSuite: BenchSuite = {
  name: 'exchange',
  // Nine exports and seven imports, each twice with its floor, then once more in long texts: on a loaded machine of the usual kind, 15 minutes did not do for the first.
  limitMs: 50 * 60_000,
  run: (only) =>
    inScratchFolder('gloss-bench-exchange-', async (root) => [
      ...(await figures(join(root, 'many'), WORKLOAD, 2, only)),
      // One run each: this workload is there to catch work that grows with the square of a text's annotations, which one run shows.
      ...(await figures(join(root, 'dense'), DENSE, 1, only)),
    ]),
};
