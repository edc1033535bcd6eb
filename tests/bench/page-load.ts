import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser';
import { startHarness } from '../harness/server';
import { step } from './deadline';
import { median } from './types';

/** Loads of each page; the figure is their median. */
const LOADS = 3;
const LOAD_LIMIT_MS = 60_000;
/** Rows that must be shown before a long list counts as interactive: the virtualised list draws those in view (about 8 at 900 px) and a few more. */
const ROWS_SHOWN = 10;

/**
 * Milliseconds from navigation to an interactive document list: its heading
 * counts `documents` and the first rows (or, for an empty workspace, the
 * "No documents yet" line) are in the page. Measured in the page from its
 * time origin, so the harness's own start (the services' open) is not in it.
 */
async function loadOnce(browser: Browser, url: string, documents: number): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.goto(url);
    // A string, not a function: tsx's name-keeping helpers do not exist in this page.
    return await page.evaluate(`(async () => {
      const deadline = performance.now() + ${LOAD_LIMIT_MS};
      const ready = () => {
        const list = document.querySelector('nav[aria-label="Documents"]');
        if (list?.querySelector('.pane-count')?.textContent !== '${documents}') return false;
        return ${documents} === 0 ? list.querySelector('.empty') !== null : list.querySelectorAll('li').length >= ${Math.min(documents, ROWS_SHOWN)};
      };
      while (!ready() && performance.now() < deadline) await new Promise((done) => requestAnimationFrame(done));
      if (!ready()) throw new Error('the list of ${documents} documents was not shown within ${LOAD_LIMIT_MS / 1000} s');
      return performance.now();
    })()`);
  } finally {
    await page.close();
  }
}

/**
 * The median page load to an interactive list, for each workspace (each
 * served by its own harness, one at a time), in one browser.
 */
export async function pageLoads(workspaces: readonly { dir: string; documents: number; preferences: string }[]): Promise<number[]> {
  const browser = await step('starting Chromium', 60_000, () => chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS }));
  try {
    const medians: number[] = [];
    for (const { dir, documents, preferences } of workspaces) {
      const harness = await step(`starting the harness on ${documents} documents`, 120_000, () => startHarness({ workspace: dir, preferencesDir: preferences }));
      try {
        const load = () => step(`page load to the list of ${documents} documents`, LOAD_LIMIT_MS + 30_000, () => loadOnce(browser, harness.url, documents));
        // The first load fills Chromium's caches for the bundle; it is not counted, for either workspace.
        await load();
        const times: number[] = [];
        for (let run = 0; run < LOADS; run++) times.push(await load());
        medians.push(median(times));
      } finally {
        await harness.close();
      }
    }
    return medians;
  } finally {
    await browser.close();
  }
}
