import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, type GlossFixture } from '../support/gloss';

/** An original article written for the accessibility tests (a quote with a named speaker, an event, a claim). */
const TRAM_ARTICLE = join(import.meta.dirname, '../../fixtures/accessibility/tram-depot.md');

/** Imports the tram article (the newest document, so first in the list) and opens Gloss; no document is open yet. */
export async function importTramArticle(page: Page, gloss: GlossFixture): Promise<void> {
  const imported = await gloss.harness.importFiles([TRAM_ARTICLE]);
  if (!imported.ok) throw new Error(imported.error.message);
  await gloss.open(page);
}

/** Imports the tram article and opens it in the reader. */
export async function openTramArticle(page: Page, gloss: GlossFixture): Promise<void> {
  await importTramArticle(page, gloss);
  await page.getByRole('button', { name: /Night trams return/ }).click();
  await expect(page.locator('[aria-label="Article text"]')).toContainText('Every car has been tested twice');
}
