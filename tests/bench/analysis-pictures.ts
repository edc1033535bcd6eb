import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser';
import { startHarness } from '../harness/server';
import { step } from './deadline';
import { percentile, type BenchResult } from './types';

const LIMIT_MS = 120_000;
/** Mouse moves of one pan, each a frame's worth of drag. */
const PAN_STEPS = 90;

/**
 * The query view's pictures in Chromium on the analysis workload: the first
 * paint of the timeline of every event (from the tab's click to a frame with
 * its marks), and the frame times while the network of every quote's two
 * entities is dragged (rAF intervals during a pan of PAN_STEPS moves).
 */
export async function pictureFigures(root: string, workspace: string): Promise<BenchResult[]> {
  const harness = await step('starting the harness', LIMIT_MS, () => startHarness({ workspace, preferencesDir: join(root, 'preferences') }));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(harness.url);
    await page.getByRole('navigation', { name: 'Documents' }).waitFor({ timeout: LIMIT_MS });
    await page.getByRole('button', { name: 'Query' }).click();
    const panel = page.getByRole('complementary', { name: 'Query' });
    await panel.getByRole('checkbox', { name: 'Event' }).check();
    const events = Number((await step('asking for every event', LIMIT_MS, async () => {
      await panel.getByRole('status').filter({ hasText: /^(first \d+ of )?\d{5} annotations$/ }).waitFor({ timeout: LIMIT_MS });
      return panel.getByRole('status').textContent();
    }))?.match(/(\d+) annotations/)?.[1]);
    const paint = await step('painting the timeline', LIMIT_MS, () =>
      page.evaluate(`(async () => {
        const start = performance.now();
        [...document.querySelectorAll('[role="tab"]')].find((tab) => tab.textContent === 'Timeline').click();
        const deadline = start + ${LIMIT_MS};
        const painted = () => document.querySelector('svg[aria-label^="Timeline"] circle.mark');
        while (!painted() && performance.now() < deadline) await new Promise((done) => requestAnimationFrame(done));
        if (!painted()) throw new Error('painting the timeline: no event mark after ${LIMIT_MS} ms');
        await new Promise((done) => requestAnimationFrame(done));
        return performance.now() - start;
      })()`),
    );
    await panel.getByRole('checkbox', { name: 'Event' }).uncheck();
    await panel.getByRole('checkbox', { name: 'Quote' }).check();
    await panel.getByRole('status').filter({ hasText: /^(first \d+ of )?\d{5} annotations$/ }).waitFor({ timeout: LIMIT_MS });
    await page.getByRole('tab', { name: 'Network' }).click();
    // As many quotes as events: the count does not say the answer changed, the network's thousands of entities do.
    const network = page.getByRole('figure', { name: /^Network of \d{4,} entities/ });
    await network.waitFor({ timeout: LIMIT_MS });
    const entities = Number((await network.getAttribute('aria-label'))?.match(/of (\d+) entities/)?.[1]);
    const box = await network.boundingBox();
    if (!box) throw new Error('the network is not on screen');
    await page.evaluate(`(() => {
      window.__frames = [];
      let last = performance.now();
      const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__frames.length < 100000) window.__frameLoop = requestAnimationFrame(tick); };
      window.__frameLoop = requestAnimationFrame(tick);
    })()`);
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= PAN_STEPS; i++) await page.mouse.move(x + Math.sin(i / 10) * 200, y + Math.cos(i / 10) * 120);
    await page.mouse.up();
    const frames = (await page.evaluate(`(() => { cancelAnimationFrame(window.__frameLoop); return window.__frames.slice(1); })()`)) as number[];
    return [
      { name: `analysis: timeline of ${events.toLocaleString('en')} events, first paint`, value: paint as number, unit: 'ms', target: 500, better: 'lower' },
      { name: `analysis: network of ${entities.toLocaleString('en')} entities, frame time while panning, p95`, value: percentile(frames, 95), unit: 'ms', target: 33, better: 'lower' },
    ];
  } finally {
    await browser.close();
    await harness.close();
  }
}
