import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, selectInArticle, type GlossFixture } from '../support/gloss';

/** An original article written for these tests, published (front matter) on Monday 17 March 2025. */
const FERRY_ARTICLE = join(import.meta.dirname, '../../fixtures/editing/river-ferry.md');

/** Imports the ferry article, opens Gloss on it and returns its document id. */
export async function openFerryArticle(page: Page, gloss: GlossFixture): Promise<string> {
  const imported = await gloss.harness.importFiles([FERRY_ARTICLE]);
  if (!imported.ok) throw new Error(imported.error.message);
  const documentId = imported.value.outcomes[0]?.documentId;
  if (!documentId) throw new Error(`fixture was not imported: ${imported.value.outcomes[0]?.message}`);
  await gloss.open(page);
  await page.getByRole('button', { name: /Ferry service across the Lenna/ }).click();
  await expect(page.locator('[aria-label="Article text"]')).toContainText('The piers are sound');
  return documentId;
}

/** Selects a phrase and tags it with a type's shortcut key; the new annotation is then selected. */
export async function tag(page: Page, phrase: string, key: string): Promise<void> {
  await selectInArticle(page, phrase);
  await page.keyboard.press(key);
}

export const details = (page: Page) => page.getByRole('region', { name: 'Details' });
