import type { Page } from '@playwright/test';
import { step } from './deadline';

const OPEN_LIMIT_MS = 30_000;

/**
 * Milliseconds from clicking the toolbar button named `button` until
 * `shown()` (a script in the page) gives a number above 0 and a frame has
 * painted, with that number; measured in the page (no round trip through the
 * driver). Strings, not functions: tsx's name-keeping helper (`__name`) does
 * not exist in the page.
 */
function measureOpening(page: Page, what: string, button: string, shown: string): Promise<{ ms: number; shown: number }> {
  return step(`opening the ${what}`, OPEN_LIMIT_MS + 30_000, () =>
    page.evaluate(`(async () => {
      const shown = ${shown};
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(button)});
      if (!button) throw new Error('no ${button} button');
      const t0 = performance.now();
      const deadline = t0 + ${OPEN_LIMIT_MS};
      button.click();
      while (shown() === 0 && performance.now() < deadline) await new Promise((done) => requestAnimationFrame(done));
      if (shown() === 0) throw new Error('the ${what} showed nothing within ${OPEN_LIMIT_MS / 1000} s');
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      return { ms: performance.now() - t0, shown: shown() };
    })()`),
  );
}

/** From clicking "Adjudicate…" until the view shows its aligned items, with how many there are (only those in view are drawn; each says how many in all). */
export async function measureAdjudicationOpen(page: Page): Promise<{ ms: number; items: number }> {
  const { ms, shown } = await measureOpening(
    page,
    'adjudication view',
    'Adjudicate…',
    `() => Number(document.querySelector('[aria-label="Items to adjudicate"] [role="option"]')?.getAttribute('aria-setsize') ?? 0)`,
  );
  return { ms, items: shown };
}

/**
 * From clicking "Agreement…" (which saves what is pending, lists the sets
 * and measures them all) until the figures over all sets are shown, with the
 * number of rows of figures per document.
 */
export async function measureAgreementOpen(page: Page): Promise<{ ms: number; rows: number }> {
  const { ms, shown } = await measureOpening(
    page,
    'agreement view',
    'Agreement…',
    `() => document.querySelector('table[aria-label="Agreement over all sets"]') ? document.querySelectorAll('table[aria-label="Agreement document by document"] tbody tr').length || 1 : 0`,
  );
  return { ms, rows: shown };
}
