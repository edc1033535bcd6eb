import { join } from 'node:path';
import { autosaveFigures } from '../autosave';
import { step } from '../deadline';
import { inScratchFolder } from '../files';
import { storeFigures } from '../store-figures';
import { failedFigure, type BenchSuite } from '../types';
import { describeWorkload, writeWorkspace, type WorkspaceWorkload } from '../workloads/workspace-files';

const WORKLOAD: WorkspaceWorkload = { documents: 500, annotationsPerDocument: 200, articleBytes: 6000 };

export const workspaceSuite: BenchSuite = {
  name: 'workspace',
  limitMs: 10 * 60_000,
  run: () =>
    inScratchFolder('gloss-bench-ws-', async (root) => {
      const workspace = join(root, 'workspace');
      await step('writing the workspace workload', 5 * 60_000, () => writeWorkspace(workspace, WORKLOAD));
      const label = describeWorkload(WORKLOAD);
      const store = await storeFigures({ root, workspace, documents: WORKLOAD.documents, label, heapTargetMb: 300, limitMs: 2 * 60_000 });
      const autosave = await autosaveFigures(root).catch((error: unknown) => [failedFigure('workspace: autosave of one change', error)]);
      return [...store, ...autosave];
    }),
};
