import { join } from 'node:path';
import { step } from '../deadline';
import { exchangeFigures } from '../exchange-figures';
import { indexFigures } from '../index-figures';
import { inScratchFolder } from '../files';
import { storeFigures } from '../store-figures';
import type { BenchSuite } from '../types';
import { describeWorkload, writeWorkspace, type WorkspaceWorkload } from '../workloads/workspace-files';

/** Ten times the workspace and exchange suites' workload, generated once per run (about 1.5 GB on disk). */
const WORKLOAD: WorkspaceWorkload = { documents: 5000, annotationsPerDocument: 200, articleBytes: 6000 };

export const scaleSuite: BenchSuite = {
  name: 'scale',
  limitMs: 30 * 60_000,
  run: (only) =>
    inScratchFolder('gloss-bench-scale-', async (root) => {
      const workspace = join(root, 'workspace');
      const label = describeWorkload(WORKLOAD);
      const started = performance.now();
      await step(`writing the ${label} workload`, 10 * 60_000, () => writeWorkspace(workspace, WORKLOAD));
      console.log(`  wrote the ${label} workload in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      const store = await storeFigures({ root, workspace, documents: WORKLOAD.documents, label, heapTargetMb: 500, limitMs: 5 * 60_000 });
      const exchange = await exchangeFigures({
        root,
        workspace,
        label,
        // One run each: a run of every format at this size takes minutes.
        runs: 1,
        limitMs: 8 * 60_000,
        // Exports must stream: under 1 GB whatever the workspace's size. Imports are held to the same.
        exportPeakMb: 1024,
        importPeakMb: 1024,
        only,
      });
      const index = await indexFigures(workspace, label, { queryMs: 300, heapMb: 800, limitMs: 10 * 60_000 });
      return [...store, ...exchange, ...index];
    }),
};
