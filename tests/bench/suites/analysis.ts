import { join } from 'node:path';
import type { Query } from '../../../core/query/query';
import { WorkspaceIndex } from '../../../main/services/query/workspace-index';
import { Workspace } from '../../../main/services/workspace/workspace';
import { step } from '../deadline';
import { inScratchFolder } from '../files';
import { percentile, type BenchResult, type BenchSuite } from '../types';
import { describeWorkload, writeWorkspace, type WorkspaceWorkload } from '../workloads/workspace-files';

const WORKLOAD: WorkspaceWorkload = { documents: 500, annotationsPerDocument: 200, articleBytes: 6000 };
/** As many rows as the query view reads out at once (renderer/analysis/use-query-view.ts). */
const VIEW_ROWS = 20_000;
const SAVES = 200;
const RUNS = 10;

/** What an analyst asks: everything, by type, words, a name nobody has, a field, dates, a title, an outlet, a set, a key role. */
const QUERIES: readonly Query[] = [
  {},
  { types: ['quote'] },
  { text: 'the' },
  { text: 'harbour strike' },
  { entity: 'Nikol Pashinyan' },
  { types: ['quote'], entity: 'Pashinian', entityRole: 'key' },
  { fields: [{ key: 'kind', value: 'direct' }] },
  { types: ['claim'], text: 'a' },
  { from: '2026-01-01', to: '2026-03-31' },
  { document: 'article 42' },
  { outlet: 'Courier' },
  { set: 'default', types: ['event'] },
];

const ms = (start: number) => performance.now() - start;
const figure = (name: string, value: number, target: number): BenchResult => ({ name, value, unit: 'ms', target, better: 'lower' });

export const analysisSuite: BenchSuite = {
  name: 'analysis',
  limitMs: 10 * 60_000,
  run: () =>
    inScratchFolder('gloss-bench-analysis-', async (root) => {
      const dir = join(root, 'workspace');
      await step('writing the analysis workload', 5 * 60_000, () => writeWorkspace(dir, WORKLOAD));
      const label = describeWorkload(WORKLOAD);
      const opened = await Workspace.open(dir);
      if (!opened.ok) throw new Error(opened.error.message);
      const workspace = opened.value;

      // Timed around the index's own listener: one listener before it starts the clock, one after stops it.
      let saveStarted = 0;
      const updates: number[] = [];
      workspace.onAnnotationsSaved(() => (saveStarted = performance.now()));
      const building = performance.now();
      const index = await step('building the index', 60_000, () => WorkspaceIndex.build(workspace));
      const built = ms(building);
      workspace.onAnnotationsSaved(() => updates.push(ms(saveStarted)));
      if (index.size !== WORKLOAD.documents * WORKLOAD.annotationsPerDocument) throw new Error(`the index holds ${index.size} annotations`);

      const first = workspace.entries[0]?.id ?? '';
      const loaded = await workspace.loadDocument(first);
      if (!loaded.ok) throw new Error(loaded.error.message);
      await step('saving one change at a time', 2 * 60_000, async () => {
        for (let i = 0; i < SAVES; i++) {
          const annotation = loaded.value.annotations[i % loaded.value.annotations.length];
          if (!annotation) throw new Error('the first document has no annotations');
          const saved = await workspace.saveChanges(first, { upsert: [{ ...annotation, note: `checked ${i}` }], remove: [] });
          if (!saved.ok) throw new Error(saved.error.message);
        }
      });
      if ((await index.query({ text: `checked ${SAVES - 1}` })).total !== 1) throw new Error('the index did not follow the saves');

      const times: number[] = [];
      await step('querying', 2 * 60_000, async () => {
        for (let run = 0; run < RUNS; run++) {
          for (const query of QUERIES) {
            const start = performance.now();
            await index.query(query, VIEW_ROWS);
            times.push(ms(start));
          }
        }
      });
      await workspace.flush();
      return [
        figure(`analysis: index built (${label})`, built, 2000),
        figure(`analysis: index update per save, p95 (${SAVES} saves of one change)`, percentile(updates, 95), 20),
        figure(`analysis: query p95, ${QUERIES.length} queries × ${RUNS}, first ${VIEW_ROWS.toLocaleString('en')} rows read out (${label})`, percentile(times, 95), 50),
      ];
    }),
};
