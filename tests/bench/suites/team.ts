import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { StoredAnnotation } from '../../../core/model/annotation';
import { fromFiles, workspaceAgreement } from '../../../main/services/agreement/workspace-agreement';
import { Workspace } from '../../../main/services/workspace/workspace';
import { CONCURRENT_READS, mapConcurrent } from '../../../main/services/files/concurrent';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/support/browser';
import { startHarness } from '../../harness/server';
import { step } from '../deadline';
import { documentAndAnnotationFiles, inScratchFolder } from '../files';
import { syncFigure } from '../sync-figure';
import { measureAdjudicationOpen, measureAgreementOpen } from '../team-page';
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

const AGREEMENT_NAME = `team: agreement, ${AGREEMENT.sets} sets × ${AGREEMENT.documents} docs × ${AGREEMENT.perSet.toLocaleString('en')} annotations`;

/** The agreement workload, written once for both figures. */
async function agreementWorkspace(root: string): Promise<string> {
  const dir = join(root, 'agreement');
  const workload = { documents: AGREEMENT.documents, annotationsPerDocument: AGREEMENT.sets * AGREEMENT.perSet, articleBytes: AGREEMENT.articleBytes, annotate: analysts(AGREEMENT.sets, AGREEMENT.perSet) };
  await step('writing the agreement workload', 5 * 60_000, () => writeWorkspace(dir, workload));
  return dir;
}

/**
 * What the analyst waits for: in the app, with the workspace open (its index
 * built), from the click on "Agreement…" to the figures over all sets shown.
 * The first click also reads the documents' lengths (once per text while
 * the services run): it is given in the name, the later clicks are the figure.
 */
async function agreementInAppFigure(root: string, dir: string, commandLine: string): Promise<BenchResult> {
  const browser = await step('starting Chromium', 60_000, () => chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS }));
  const harness = await step('starting the harness', 120_000, () => startHarness({ workspace: dir, preferencesDir: join(root, 'preferences-agreement') }));
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // 600,000 annotations take a while to open under load: the wait is the step's, not Playwright's 30 s.
    await step('opening the workspace', 240_000, async () => {
      await page.goto(harness.url);
      await page.getByRole('button', { name: /Bench article 0/ }).click({ timeout: 180_000 });
      await page.locator('[aria-label="Article text"][aria-busy="false"]').waitFor({ timeout: 60_000 });
    });
    const times: number[] = [];
    let rows = 0;
    for (let run = 0; run <= RUNS; run++) {
      const opened = await measureAgreementOpen(page);
      rows = opened.rows;
      times.push(opened.ms);
      await step('closing the agreement view', 30_000, () => page.getByRole('dialog', { name: 'Agreement' }).getByRole('button', { name: 'Close' }).click());
    }
    const [first = 0, ...later] = times;
    const name = `${AGREEMENT_NAME}, in the app: click to figures, workspace open (median of ${RUNS} after the first, which took ${Math.round(first)} ms; ${rows} rows in the per-document table; ${commandLine})`;
    return { name, value: median(later), unit: 'ms', target: 2_000, better: 'lower' };
  } finally {
    await harness.close();
    await browser.close();
  }
}

/**
 * `gloss agreement`, said beside the app's figure: nothing in memory, so the
 * services read and parse every annotations file; with the time reading and
 * parsing the files alone takes. The target is the analyst's wait.
 */
async function agreementFromFiles(dir: string): Promise<string> {
  const sets = Array.from({ length: AGREEMENT.sets }, (_, i) => `analyst-${i}`);
  const files = await documentAndAnnotationFiles(dir);
  const f0 = performance.now();
  await mapConcurrent(files, CONCURRENT_READS, async (file) => JSON.parse(await readFile(file, 'utf8')) as unknown);
  const floor = performance.now() - f0;
  const opened = await Workspace.open(dir);
  if (!opened.ok) throw new Error(opened.error.message);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const measured = await step(`${AGREEMENT_NAME}, from the files`, 180_000, () => workspaceAgreement(opened.value, { sets }, fromFiles(opened.value)));
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  if (!measured.ok) throw new Error(measured.error);
  return `gloss agreement from the files ${Math.round(wall)} ms, CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms, of which reading and parsing the files alone ${Math.round(floor)} ms`;
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
      await agreementWorkspace(root)
        .then(async (dir) => agreementInAppFigure(root, dir, await agreementFromFiles(dir)))
        .catch((error: unknown) => failedFigure(`${AGREEMENT_NAME}, in the app`, error)),
      await adjudicationFigure(root).catch((error: unknown) => failedFigure('team: adjudication view opens', error)),
      await syncFigure(root).catch((error: unknown) => failedFigure('team: sync with no changes', error)),
    ]),
};
