import { join } from 'node:path';
import type { StoredAnnotation } from '../../../core/model/annotation';
import { WorkspaceIndex } from '../../../main/services/query/workspace-index';
import { Workspace } from '../../../main/services/workspace/workspace';
import { step } from '../deadline';
import { inScratchFolder } from '../files';
import { failedFigure, percentile, type BenchResult, type BenchSuite } from '../types';
import { pictureFigures } from '../analysis-pictures';
import { QUERIES } from '../index-figures';
import { describeWorkload, writeWorkspace, type WorkspaceWorkload } from '../workloads/workspace-files';

const ENTITIES = 2000;
const DAY_MS = 86_400_000;
const NOW = '2026-01-01T00:00:00.000Z';

/**
 * Every event dated (a day of 2026), every quote's speaker and addressee
 * linked to one of 2,000 people: about 16,700 events for the timeline and a
 * network of 2,000 entities.
 */
function decorate(annotation: StoredAnnotation, document: number, i: number): StoredAnnotation {
  if (annotation.type === 'event') {
    const date = new Date(Date.UTC(2026, 0, 1) + ((document * 7 + i) % 365) * DAY_MS).toISOString().slice(0, 10);
    return { ...annotation, fields: { ...annotation.fields, date: { date, wording: date } } };
  }
  if (annotation.type !== 'quote') return annotation;
  const speaker = `e-${(document * 13 + i) % ENTITIES}`;
  const addressee = `e-${(document * 7 + i * 3 + 1) % ENTITIES}`;
  return { ...annotation, fields: { ...annotation.fields, speaker: { entity: speaker }, addressee: { entity: addressee } } };
}

const WORKLOAD: WorkspaceWorkload = {
  documents: 500,
  annotationsPerDocument: 200,
  articleBytes: 6000,
  decorate,
  entities: Array.from({ length: ENTITIES }, (_, i) => ({ id: `e-${i}`, kind: 'person' as const, name: `Person ${i}`, aliases: [`P${i}`], mergedIds: [], created: NOW, modified: NOW })),
};
/** The list's first rows: what a query must answer before the list shows. */
const FIRST_ROWS = 200;
/** As many rows as the query view reads out at once (renderer/analysis/use-query-view.ts). */
const VIEW_ROWS = 20_000;
const SAVES = 200;
const RUNS = 10;


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

      const times = { first: [] as number[], view: [] as number[] };
      await step('querying', 2 * 60_000, async () => {
        for (let run = 0; run < RUNS; run++) {
          for (const query of QUERIES) {
            for (const [limit, samples] of [[FIRST_ROWS, times.first], [VIEW_ROWS, times.view]] as const) {
              const start = performance.now();
              await index.query(query, limit);
              samples.push(ms(start));
            }
          }
        }
      });
      await workspace.flush();
      const pictures = await pictureFigures(root, dir).catch((error: unknown) => [failedFigure('analysis: pictures', error)]);
      return [
        figure(`analysis: index built (${label})`, built, 2000),
        figure(`analysis: index update per save, p95 (${SAVES} saves of one change)`, percentile(updates, 95), 20),
        figure(`analysis: query p95, ${QUERIES.length} queries × ${RUNS}, counted with the first ${FIRST_ROWS} rows (${label})`, percentile(times.first, 95), 50),
        figure(`analysis: query p95 as the view asks, first ${VIEW_ROWS.toLocaleString('en')} rows read out (${label})`, percentile(times.view, 95), 50),
        ...pictures,
      ];
    }),
};
