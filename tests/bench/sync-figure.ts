import { join } from 'node:path';
import { prepareRemote } from '../../main/services/sync/share';
import { syncWorkspace } from '../../main/services/sync/sync-workspace';
import { Workspace } from '../../main/services/workspace/workspace';
import { step } from './deadline';
import { median, type BenchResult } from './types';
import { generateAnnotations } from './workloads/articles';
import { writeWorkspace } from './workloads/workspace-files';

const SYNC = { documents: 500, perDocument: 50, articleBytes: 5_000 };
const RUNS = 5;

/**
 * A sync with nothing new on either side, of a shared 500-document
 * workspace: what an analyst pays for pressing Sync "just in case". The
 * workspace is shared first (its first sync commits and pushes every file,
 * not measured); each measured run opens it afresh as `gloss sync` does.
 */
export async function syncFigure(root: string): Promise<BenchResult> {
  const name = `team: sync with no changes, ${SYNC.documents} documents × ${SYNC.perDocument} annotations (local bare repository)`;
  const dir = join(root, 'sync');
  await step('writing the sync workload', 5 * 60_000, () =>
    writeWorkspace(dir, {
      documents: SYNC.documents,
      annotationsPerDocument: SYNC.perDocument,
      articleBytes: SYNC.articleBytes,
      annotate: (text, i) => generateAnnotations(text, SYNC.perDocument, i).map((annotation) => ({ ...annotation, set: 'alice' })),
    }),
  );
  const remote = await prepareRemote(join(root, 'sync-team.git'));
  if (!remote.ok) throw new Error(remote.error.message);
  const open = async () => {
    const opened = await Workspace.open(dir);
    if (!opened.ok) throw new Error(opened.error.message);
    return opened.value;
  };
  const shared = await step('sharing the workspace', 5 * 60_000, async () => syncWorkspace(await open(), { remote: remote.value, author: 'Bench' }));
  if (!shared.ok) throw new Error(shared.error.message);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const workspace = await open();
    const t0 = performance.now();
    const synced = await step(`${name}: run ${run + 1}`, 60_000, () => syncWorkspace(workspace));
    times.push(performance.now() - t0);
    if (!synced.ok) throw new Error(synced.error.message);
    if (synced.value.committed || synced.value.pushed) throw new Error(`a sync with no changes committed or pushed: ${JSON.stringify(synced.value)}`);
  }
  return { name: `${name} (median of ${RUNS})`, value: median(times), unit: 'ms', target: 2_000, better: 'lower' };
}
