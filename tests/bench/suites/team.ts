import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { StoredAnnotation } from '../../../core/model/annotation';
import { workspaceAgreement } from '../../../main/services/agreement/workspace-agreement';
import { Workspace } from '../../../main/services/workspace/workspace';
import { CONCURRENT_READS, mapConcurrent } from '../../../main/services/files/concurrent';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/support/browser';
import { startHarness } from '../../harness/server';
import { step } from '../deadline';
import { documentAndAnnotationFiles, inScratchFolder } from '../files';
import { syncFigure } from '../sync-figure';
import { measureAdjudicationOpen } from '../team-page';
import { failedFigure, median, type BenchResult, type BenchSuite } from '../types';
import { generateAnnotations } from '../workloads/articles';
import { writeWorkspace } from '../workloads/workspace-files';

/**
 * `sets` analysts' annotations of one text, `perSet` each. Even sets share one
 * layout of spans and odd sets another, so some annotations match exactly,
 * some overlap and some meet nothing, as between real analysts.
 */
function analysts(sets: number, perSet: number) {
  return (text: string, documentIndex: number): StoredAnnotation[] =>
    Array.from({ length: sets }, (_, set) =>
      generateAnnotations(text, perSet, documentIndex * 2 + (set % 2)).map((annotation) => ({ ...annotation, id: `s${set}-${annotation.id}`, set: `analyst-${set}` })),
    ).flat();
}

const AGREEMENT = { sets: 6, documents: 100, perSet: 1_000, articleBytes: 20_000 };
const ADJUDICATION = { sets: 3, perSet: 500, articleBytes: 40_000 };
const RUNS = 3;

async function agreementFigure(root: string): Promise<BenchResult> {
  const name = `team: agreement, ${AGREEMENT.sets} sets × ${AGREEMENT.documents} docs × ${AGREEMENT.perSet.toLocaleString('en')} annotations`;
  const dir = join(root, 'agreement');
  const workload = { documents: AGREEMENT.documents, annotationsPerDocument: AGREEMENT.sets * AGREEMENT.perSet, articleBytes: AGREEMENT.articleBytes, annotate: analysts(AGREEMENT.sets, AGREEMENT.perSet) };
  await step('writing the agreement workload', 5 * 60_000, () => writeWorkspace(dir, workload));
  const sets = Array.from({ length: AGREEMENT.sets }, (_, i) => `analyst-${i}`);
  // What any agreement must do at least: read and parse every document and annotations file.
  const files = await documentAndAnnotationFiles(dir);
  const f0 = performance.now();
  await mapConcurrent(files, CONCURRENT_READS, async (file) => JSON.parse(await readFile(file, 'utf8')) as unknown);
  const floor = performance.now() - f0;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Opened afresh each run, as `gloss agreement` does, so nothing is read from the store's memory.
    const opened = await Workspace.open(dir);
    if (!opened.ok) throw new Error(opened.error.message);
    const t0 = performance.now();
    const measured = await step(`${name}: run ${run + 1}`, 120_000, () => workspaceAgreement(opened.value, { sets }));
    times.push(performance.now() - t0);
    if (!measured.ok) throw new Error(measured.error);
  }
  const read = `reading and parsing the files alone ${Math.round(floor)} ms`;
  return { name: `${name} (median of ${RUNS}; ${read})`, value: median(times), unit: 'ms', target: 2_000, better: 'lower' };
}

async function adjudicationFigure(root: string): Promise<BenchResult> {
  const name = `team: adjudication view opens, ${ADJUDICATION.sets} sets × ${ADJUDICATION.perSet} annotations`;
  const dir = join(root, 'adjudication');
  await step('writing the adjudication workload', 60_000, () =>
    writeWorkspace(dir, {
      documents: 1,
      annotationsPerDocument: ADJUDICATION.sets * ADJUDICATION.perSet,
      articleBytes: ADJUDICATION.articleBytes,
      annotate: analysts(ADJUDICATION.sets, ADJUDICATION.perSet),
    }),
  );
  let items = 0;
  const browser = await step('starting Chromium', 60_000, () => chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS }));
  const harness = await step('starting the harness', 120_000, () => startHarness({ workspace: dir, preferencesDir: join(root, 'preferences') }));
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      await step('opening the workspace', 60_000, async () => {
        await page.goto(harness.url);
        await page.getByRole('button', { name: /Bench article 0/ }).click();
        await page.locator('[aria-label="Article text"][aria-busy="false"]').waitFor({ timeout: 30_000 });
      });
      const opened = await measureAdjudicationOpen(page);
      items = opened.items;
      // The first opening fills Chromium's caches for the view's code; it is not counted.
      if (run > 0) times.push(opened.ms);
    }
    return { name: `${name} (${items} items, median of ${RUNS})`, value: median(times), unit: 'ms', target: 500, better: 'lower' };
  } finally {
    await harness.close();
    await browser.close();
  }
}

/** Issue 17's figures: agreement over a team's sets, the adjudication view's opening, and a sync with nothing new. */
export const teamSuite: BenchSuite = {
  name: 'team',
  limitMs: 15 * 60_000,
  run: () =>
    inScratchFolder('gloss-bench-team-', async (root) => [
      await agreementFigure(root).catch((error: unknown) => failedFigure('team: agreement', error)),
      await adjudicationFigure(root).catch((error: unknown) => failedFigure('team: adjudication view opens', error)),
      await syncFigure(root).catch((error: unknown) => failedFigure('team: sync with no changes', error)),
    ]),
};
