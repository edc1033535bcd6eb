import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { chromium } from '@playwright/test';
import { importFiles } from '../../../main/services/import/import-files';
import { Workspace } from '../../../main/services/workspace/workspace';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/support/browser';
import { startHarness } from '../../harness/server';
import { percentile, type BenchResult, type BenchSuite } from '../types';
import { generateAnnotations, generateArticle } from '../workloads/articles';

/** A full garbage collection, so heap figures count what is kept, not what awaits collection. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const DOCUMENTS = 500;
const ANNOTATIONS_PER_DOCUMENT = 200;
const SAVES = 60;

/** Builds the workload through the real services: import, then save annotations. */
async function buildWorkspace(root: string): Promise<string> {
  const dir = join(root, 'workspace');
  const created = await Workspace.create(dir, 'Bench');
  if (!created.ok) throw new Error(created.error.message);
  const sources = join(root, 'sources');
  await import('node:fs/promises').then((fs) => fs.mkdir(sources));
  const files: string[] = [];
  for (let i = 0; i < DOCUMENTS; i++) {
    const file = join(sources, `article-${i}.txt`);
    await writeFile(file, generateArticle(i, 6000));
    files.push(file);
  }
  await importFiles(created.value, files);
  for (const entry of created.value.entries) {
    const loaded = await created.value.loadDocument(entry.id);
    if (!loaded.ok) throw new Error(loaded.error.message);
    await created.value.saveAnnotations(entry.id, generateAnnotations(loaded.value.document.text, ANNOTATIONS_PER_DOCUMENT, files.length));
  }
  await created.value.flush();
  return dir;
}

async function modifiedSince(dir: string, since: number): Promise<number> {
  let count = 0;
  for (const sub of ['', 'documents', 'annotations']) {
    for (const name of await readdir(join(dir, sub))) {
      const info = await stat(join(dir, sub, name));
      if (info.isFile() && info.mtimeMs >= since) count++;
    }
  }
  return count;
}

export const workspaceSuite: BenchSuite = {
  name: 'workspace',
  async run(): Promise<BenchResult[]> {
    const root = await mkdtemp(join(tmpdir(), 'gloss-bench-ws-'));
    try {
      const dir = await buildWorkspace(root);

      // Services: open the workspace and list its documents, as the app does at start.
      const openStart = performance.now();
      const opened = await Workspace.open(dir);
      if (!opened.ok) throw new Error(opened.error.message);
      const { documents } = await opened.value.summaries();
      const servicesOpenMs = performance.now() - openStart;
      if (documents.length !== DOCUMENTS) throw new Error(`expected ${DOCUMENTS} documents, got ${documents.length}`);
      // The whole heap of this process (services, and the bench's own data): an upper bound.
      collectGarbage();
      const heapMb = getHeapStatistics().used_heap_size / 2 ** 20;

      // Autosave: change one annotation of one document and save it.
      const [entry] = opened.value.entries;
      const loaded = await opened.value.loadDocument(entry?.id ?? '');
      if (!loaded.ok) throw new Error(loaded.error.message);
      const saveTimes: number[] = [];
      let written = 0;
      for (let i = 0; i < SAVES; i++) {
        const annotations = loaded.value.annotations.map((a, j) => (j === 0 ? { ...a, note: `edit ${i}` } : a));
        const before = Date.now() - 1;
        const start = performance.now();
        await opened.value.saveAnnotations(entry?.id ?? '', annotations);
        saveTimes.push(performance.now() - start);
        if (i === SAVES - 1) written = await modifiedSince(dir, before);
      }

      // UI: from navigation to an interactive list of every document.
      const harness = await startHarness({ workspace: dir, preferencesDir: join(root, 'prefs') });
      const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
      let listMs = Number.NaN;
      try {
        const page = await browser.newPage();
        await page.goto(harness.url);
        // A string, not a function: tsx's name-keeping helpers do not exist in the page.
        listMs = await page.evaluate(`(async () => {
          while (document.querySelectorAll('nav[aria-label="Documents"] li').length < ${DOCUMENTS}) {
            await new Promise((done) => requestAnimationFrame(done));
          }
          return performance.now();
        })()`);
      } finally {
        await browser.close();
        await harness.close();
      }

      return [
        { name: `workspace: services open + document list (${DOCUMENTS} docs, ${DOCUMENTS * ANNOTATIONS_PER_DOCUMENT} annotations)`, value: servicesOpenMs, unit: 'ms', target: 1000, better: 'lower' },
        { name: 'workspace: page load to interactive document list', value: listMs, unit: 'ms', target: 1000, better: 'lower' },
        { name: 'workspace: services heap after opening', value: heapMb, unit: 'MB', target: 300, better: 'lower' },
        { name: `workspace: autosave after one change, p95 of ${SAVES}`, value: percentile(saveTimes, 95), unit: 'ms', target: 20, better: 'lower' },
        { name: 'workspace: files written by that autosave', value: written, unit: 'files', target: 1, better: 'lower' },
      ];
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
