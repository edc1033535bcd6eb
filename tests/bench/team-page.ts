import type { Page } from '@playwright/test';
import { step } from './deadline';

const OPEN_LIMIT_MS = 30_000;

/**
 * Milliseconds from clicking "Adjudicate…" until the view lists its aligned
 * items (React renders them in one commit, so the first frame with any has
 * them all) and a frame has painted, with how many it listed; measured in the page (no round trip
 * through the driver). A string, not a function: tsx's name-keeping helper
 * (`__name`) does not exist in the page.
 */
export function measureAdjudicationOpen(page: Page): Promise<{ ms: number; items: number }> {
  return step('opening the adjudication view', OPEN_LIMIT_MS + 30_000, () =>
    page.evaluate(`(async () => {
      const shown = () => document.querySelectorAll('[aria-label="Items to adjudicate"] [role="option"]').length;
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Adjudicate…');
      if (!button) throw new Error('no Adjudicate… button');
      const t0 = performance.now();
      const deadline = t0 + ${OPEN_LIMIT_MS};
      button.click();
      while (shown() === 0 && performance.now() < deadline) await new Promise((done) => requestAnimationFrame(done));
      if (shown() === 0) throw new Error('the view listed no item within ${OPEN_LIMIT_MS / 1000} s');
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      return { ms: performance.now() - t0, items: shown() };
    })()`),
  );
}
