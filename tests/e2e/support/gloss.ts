import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startHarness, type Harness } from '../../harness/server';

export interface GlossFixture {
  /** The running harness; replaced by `restart`. */
  harness: Harness;
  /** A temporary folder for this test: the workspace, preferences and anything else. */
  root: string;
  workspaceDir: string;
  /** Opens (or reopens) the app in the page and waits until the workspace is shown. */
  open(page: Page): Promise<void>;
  /** Stops the services and starts them again on the same workspace and preferences, like quitting the app. */
  restart(): Promise<void>;
}

export const test = base.extend<{ gloss: GlossFixture }>({
  gloss: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'gloss-e2e-'));
    const options = { workspace: join(root, 'workspace'), preferencesDir: join(root, 'preferences') };
    const fixture: GlossFixture = {
      harness: await startHarness(options),
      root,
      workspaceDir: options.workspace,
      async open(page) {
        await page.goto(fixture.harness.url);
        await expect(page.getByRole('navigation', { name: 'Documents' })).toBeVisible();
      },
      async restart() {
        await fixture.harness.close();
        fixture.harness = await startHarness(options);
      },
    };
    await use(fixture);
    await fixture.harness.close();
    // A request the page sent just before the services stopped may still be writing.
    await rm(root, { recursive: true, force: true, maxRetries: 5 });
  },
});

export { expect };

/**
 * Selects the first occurrence of `phrase` in the article, as dragging the
 * mouse over it would.
 */
export async function selectInArticle(page: Page, phrase: string): Promise<void> {
  const found = await page.locator('[aria-label="Article text"]').evaluate(async (root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at >= 0) {
        // Resolves once the page has heard of the selection and drawn a frame since, as a
        // person's next click would come after it (at most a second, when it did not change).
        const seen = new Promise<void>((resolve) => {
          const done = () => requestAnimationFrame(() => resolve());
          document.addEventListener('selectionchange', done, { once: true });
          setTimeout(resolve, 1000);
        });
        document.getSelection()?.setBaseAndExtent(node, at, node, at + wanted.length);
        await seen;
        return true;
      }
    }
    return false;
  }, phrase);
  if (!found) throw new Error(`"${phrase}" is not in the article`);
}

/**
 * The texts painted by one highlight (CSS Custom Highlight API), in document
 * order, once the article's highlights are in place (it is no longer aria-busy).
 * Only spans in or near the view are in the highlights.
 */
export async function highlightedTexts(page: Page, typeId: string): Promise<string[]> {
  await page.locator('[aria-label="Article text"][aria-busy="false"]').waitFor();
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    return highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
  }, `gloss-${typeId}`);
}
