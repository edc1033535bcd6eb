import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type GlossFixture } from '../support/gloss';

/** A long article of numbered paragraphs, so "where the reader was" is easy to name. */
async function importLongArticle(gloss: GlossFixture, title: string): Promise<void> {
  const paragraphs = Array.from(
    { length: 80 },
    (_, i) => `Paragraph ${i + 1}. The harbour board met again to weigh the cost of dredging the eastern channel before the winter storms.`,
  );
  const file = join(gloss.root, `${title}.txt`);
  await writeFile(file, `${title}\n\n${paragraphs.join('\n\n')}\n`);
  const imported = await gloss.harness.importFiles([file]);
  if (!imported.ok || !imported.value.outcomes[0]?.documentId) throw new Error('the long article was not imported');
}

/** The number of the first paragraph whose bottom is below the top of the reader pane. */
const paragraphAtTop = (page: Page) =>
  page.evaluate(() => {
    const top = document.querySelector('.reader-pane')?.getBoundingClientRect().top ?? 0;
    const first = [...document.querySelectorAll('[aria-label="Article text"] p')].find((p) => p.getBoundingClientRect().bottom > top + 1);
    return Number(/^Paragraph (\d+)\./.exec(first?.textContent ?? '')?.[1] ?? 0);
  });

test('reopens a document at the paragraph where the analyst stopped reading, and another one at its top', async ({ page, gloss }) => {
  await importLongArticle(gloss, 'Harbour board weighs dredging costs');
  await importLongArticle(gloss, 'Ferry timetable changes for the winter');
  await gloss.open(page);
  await page.getByRole('button', { name: /Harbour board weighs/ }).click();
  await page.locator('[aria-label="Article text"][aria-busy="false"]').waitFor();
  await page.getByText('Paragraph 40.').scrollIntoViewIfNeeded();
  await page.locator('.reader-pane').evaluate((pane) => pane.scrollBy({ top: pane.getBoundingClientRect().height / 2 }));
  await expect.poll(() => paragraphAtTop(page)).toBeGreaterThan(30);
  const left = await paragraphAtTop(page);

  // Another document, never read, opens at its top rather than at this scroll position.
  await page.getByRole('button', { name: /Ferry timetable changes/ }).click();
  await expect(page.locator('[aria-label="Article text"]')).toContainText('Ferry timetable changes');
  await expect.poll(() => page.locator('.reader-pane').evaluate((pane) => pane.scrollTop)).toBe(0);

  await gloss.restart();
  await gloss.open(page);
  await page.getByRole('button', { name: /Harbour board weighs/ }).click();
  await page.locator('[aria-label="Article text"][aria-busy="false"]').waitFor();
  await expect.poll(() => paragraphAtTop(page)).toBe(left);
});
