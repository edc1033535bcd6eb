import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/support/browser';
import { startHarness, type Harness } from '../../harness/server';
import type { BaselineSpan } from '../reader/baseline-page';
import { measureOpen, measureScroll, measureTagging } from '../reader/gloss-page';
import { addWorkload, type Workload } from '../reader/workload';
import { step } from '../deadline';
import { median, percentile, ratioToFloor, type BenchResult, type BenchSuite } from '../types';

const RUNS = 3;
const BASELINE_ORIGIN = 'http://bench.invalid';
/** One call into the floor or Recogito page (Recogito's own wait is bounded at 60 s inside it). */
const BASELINE_LIMIT_MS = 90_000;
/** Setting up: starting the harness, importing a workload, loading the page. */
const SETUP_LIMIT_MS = 120_000;

/** The floor and Recogito page: the bundled script plus the reader's column width and type. */
async function serveBaseline(page: Page): Promise<void> {
  const bundle = await build({
    entryPoints: [resolve(import.meta.dirname, '../reader/baseline-page.ts')],
    bundle: true,
    write: false,
    outdir: join(tmpdir(), 'gloss-bench-baseline'),
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  const script = bundle.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = await readFile(resolve(import.meta.dirname, '../../../node_modules/@recogito/text-annotator/dist/text-annotator.css'), 'utf8');
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/page.css">' +
    '<style>#text{max-width:640px;margin:0 auto;font:18px/1.65 Georgia,serif}</style></head>' +
    '<body><div id="text"></div><script src="/page.js"></script></body></html>';
  await page.route(`${BASELINE_ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/page.js') return route.fulfill({ contentType: 'text/javascript', body: script });
    if (path === '/page.css') return route.fulfill({ contentType: 'text/css', body: css });
    return route.fulfill({ contentType: 'text/html', body: html });
  });
}

/** The workload's blocks as plain strings, and its spans in offsets of their concatenation (what Recogito counts). */
function baselineInput(workload: Workload): { paragraphs: string[]; spans: BaselineSpan[] } {
  const { text, blocks } = workload;
  const paragraphs = blocks.map((block) => text.slice(block.start, block.end));
  const concatenatedStart: number[] = [];
  blocks.reduce((at, block, i) => ((concatenatedStart[i] = at), at + block.end - block.start), 0);
  const spans = workload.spans.map((span, i) => {
    const block = blocks.findLastIndex((b) => b.start <= span.start);
    const shift = (blocks[block]?.start ?? 0) - (concatenatedStart[block] ?? 0);
    return { id: `s${i}`, start: span.start - shift, end: span.end - shift, quote: text.slice(span.start, span.end) };
  });
  return { paragraphs, spans };
}

type BaselineCall = (paragraphs: string[], spans: BaselineSpan[], inView: string[]) => unknown;

/** Calls one of the baseline page's functions in a fresh page, the same window size as Gloss's. */
async function callBaseline<T>(browser: Browser, name: string, args: Parameters<BaselineCall>): Promise<T> {
  return step(`the baseline page's ${name}`, BASELINE_LIMIT_MS, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await serveBaseline(page);
      await page.goto(`${BASELINE_ORIGIN}/`);
      return (await page.evaluate(
        ({ name, args }) => (window as unknown as Record<string, BaselineCall>)[name]?.(...args),
        { name, args },
      )) as T;
    } finally {
      await page.close();
    }
  });
}

async function baselineTimes(browser: Browser, workload: Workload): Promise<{ floor: number; recogito: number; inView: number }> {
  const { paragraphs, spans } = baselineInput(workload);
  // Which spans Recogito must have drawn before it counts as open, found on a page of their own.
  const inView = await callBaseline<string[]>(browser, 'benchSpansInView', [paragraphs, spans, []]);
  const floors: number[] = [];
  const recogitos: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    floors.push(await callBaseline<number>(browser, 'benchFloor', [paragraphs, [], []]));
    recogitos.push(await callBaseline<number>(browser, 'benchRecogito', [paragraphs, spans, inView]));
  }
  return { floor: median(floors), recogito: median(recogitos), inView: inView.length };
}

/** Opens a workload RUNS times (switching to another document in between) and returns the median. */
async function openTime(page: Page, workload: Workload, other: string): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Playwright's actions wait at most 30 s by default, then throw naming the element.
    await page.getByRole('button', { name: other }).click();
    await page.waitForTimeout(300);
    times.push(await measureOpen(page, workload.title));
  }
  return median(times);
}

function heapMegabytes(page: Page): Promise<number> {
  return step('measuring the renderer heap', SETUP_LIMIT_MS, async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize / 1024 / 1024;
  });
}

export const readerSuite: BenchSuite = {
  name: 'reader',
  limitMs: 20 * 60_000,
  async run() {
    const root = await mkdtemp(join(tmpdir(), 'gloss-bench-reader-'));
    let harness: Harness | null = null;
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    try {
      const started = await step('starting the harness', SETUP_LIMIT_MS, () =>
        startHarness({ workspace: join(root, 'workspace'), preferencesDir: join(root, 'preferences') }),
      );
      harness = started;
      const big = await step('adding the 1 MB workload', SETUP_LIMIT_MS, () =>
        addWorkload(started, join(root, 'import'), { title: 'Bench big article', bytes: 1_000_000, annotations: 10_000, seed: 7 }),
      );
      const small = await step('adding the 50 KB workload', SETUP_LIMIT_MS, () =>
        addWorkload(started, join(root, 'import'), { title: 'Bench small article', bytes: 50_000, annotations: 200, seed: 11 }),
      );
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // tsx keeps function names with a helper that the page does not have.
      await page.addInitScript('window.__name = (f) => f;');
      await step('loading the reader page', SETUP_LIMIT_MS, async () => {
        await page.goto(started.url);
        await page.getByRole('navigation', { name: 'Documents' }).waitFor();
      });
      const other = 'Bench small article';

      const bigOpen = await openTime(page, big, other);
      const heap = await heapMegabytes(page);
      const scroll = percentile(await measureScroll(page, 180), 95);
      const bigTag = percentile(await measureTagging(page, 30), 95);
      const smallOpen = await openTime(page, small, 'Bench big article');
      const smallTag = percentile(await measureTagging(page, 30), 95);
      await page.close();

      const baseline = await baselineTimes(browser, big);
      console.log(
        `  open 1 MB: Gloss ${bigOpen.toFixed(0)} ms, floor ${baseline.floor.toFixed(0)} ms, ` +
          `Recogito ${baseline.recogito.toFixed(0)} ms (${baseline.inView} spans in view); open 50 KB: ${smallOpen.toFixed(0)} ms`,
      );
      const result = (name: string, value: number, unit: string, target: number, better: BenchResult['better'] = 'lower') => ({
        name: `reader: ${name}`,
        value,
        unit,
        target,
        better,
      });
      return [
        ratioToFloor('reader: open and paint 1 MB / 10k annotations vs plain paragraphs', { value: bigOpen, floor: baseline.floor, unit: 'ms' }, 3),
        result('open and paint 1 MB, Recogito time / Gloss time', baseline.recogito / bigOpen, 'x', 1, 'higher'),
        result('tag keystroke to painted p95, 1 MB', bigTag, 'ms', 50),
        result('tag keystroke to painted p95, 50 KB', smallTag, 'ms', 16),
        result('scroll frame time p95, 1 MB', scroll, 'ms', 20),
        result('renderer JS heap after opening 1 MB', heap, 'MB', 250),
      ];
    } finally {
      await browser.close();
      await harness?.close();
      await rm(root, { recursive: true, force: true });
    }
  },
};
