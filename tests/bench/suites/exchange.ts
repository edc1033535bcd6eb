import { join } from 'node:path';
import { step } from '../deadline';
import { exchangeFigures } from '../exchange-figures';
import { inScratchFolder } from '../files';
import type { BenchSuite } from '../types';
import { describeWorkload, writeWorkspace, type WorkspaceWorkload } from '../workloads/workspace-files';

const WORKLOAD: WorkspaceWorkload = { documents: 500, annotationsPerDocument: 200, articleBytes: 6000 };

export const exchangeSuite: BenchSuite = {
  name: 'exchange',
  // Nine exports and seven imports, each twice with its floor: on a loaded machine of the usual kind, 15 minutes did not do.
  limitMs: 35 * 60_000,
  run: (only) =>
    inScratchFolder('gloss-bench-exchange-', async (root) => {
      const workspace = join(root, 'workspace');
      await step('writing the exchange workload', 5 * 60_000, () => writeWorkspace(workspace, WORKLOAD));
      return exchangeFigures({
        root,
        workspace,
        label: describeWorkload(WORKLOAD),
        runs: 2,
        limitMs: 3 * 60_000,
        exportPeakMb: 500,
        // Issue 14: an import of 100,000 annotations in at most 500 MB.
        importPeakMb: 500,
        only,
      });
    }),
};
