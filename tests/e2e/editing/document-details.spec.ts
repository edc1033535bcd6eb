import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { expect, test } from '../support/gloss';
import { details, tag } from './editing-fixture';

/** A page pasted as text, written for this test: a menu, a share line and a newsletter prompt around the story, and no date. */
const PASTED_PAGE = join(import.meta.dirname, '../../fixtures/editing/pasted-lighthouse.txt');

const articleText = (page: Page) => page.locator('[aria-label="Article text"]');

test('brings back a line taken out, sets the date and reads a relative date again from it, and keeps it all after a restart', async ({ page, gloss }) => {
  test.slow();
  const imported = await gloss.harness.importFiles([PASTED_PAGE]);
  if (!imported.ok || !imported.value.outcomes[0]?.documentId) throw new Error('the pasted page was not imported');
  await gloss.open(page);
  await page.getByRole('button', { name: /Lighthouse keepers vote to end strike/ }).click();
  await expect(articleText(page)).toContainText('Keepers at the three northern lighthouses');
  await expect(articleText(page)).not.toContainText('Share on Facebook');

  // The lines of the page: what the cleaner took out, and why; one comes back, then goes again.
  await page.getByRole('button', { name: /Lines of the page \(\d+ taken out\)/ }).click();
  const lines = page.getByRole('dialog', { name: 'Lines of the page' });
  const share = lines.getByRole('listitem').filter({ hasText: 'Share on Facebook' });
  await expect(share).toContainText('Taken out: share buttons');
  await expectAccessible(page, 'lines of the page', '.page-lines-dialog');
  await page.screenshot({ path: test.info().outputPath('page-lines.png') });
  await share.getByRole('button', { name: 'Bring back' }).click();
  await expect(share).toContainText('In the text');
  await expect(articleText(page)).toContainText('Share on Facebook');
  await share.getByRole('button', { name: 'Take out' }).click();
  await expect(share).toContainText('Taken out: taken out by you');
  await lines.getByRole('button', { name: 'Done' }).click();
  await expect(articleText(page)).not.toContainText('Share on Facebook');

  // With no publication date, "Thursday" cannot be read as a day and stays as written.
  await tag(page, 'their union said Thursday', 'e');
  const panel = details(page);
  await panel.getByLabel('Date', { exact: true }).fill('Thursday');
  await panel.getByLabel('Date', { exact: true }).press('Enter');
  await expect(panel.getByText('Normalised:')).toHaveCount(0);

  // The analyst gives the date; the relative date is offered to be read again from it.
  await page.getByRole('button', { name: 'Details…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Document details' });
  await dialog.getByLabel('Published').fill('27 October');
  await expect(dialog.getByText(/Published: an ISO 8601 date/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
  await dialog.getByLabel('Published').fill('2022-10-27');
  await dialog.getByLabel('Outlet').fill('Coast Courier');
  await expectAccessible(page, 'document details', '.document-details-dialog');
  await page.screenshot({ path: test.info().outputPath('document-details.png') });
  await dialog.getByRole('button', { name: 'Save' }).click();
  const again = page.getByRole('dialog', { name: 'Read the dates again?' });
  await expect(again).toContainText('“Thursday”: no date → 2022-10-27');
  await again.getByRole('button', { name: 'Read again' }).click();
  await expect(panel.getByText('Normalised: 2022-10-27 (counted from 2022-10-27)')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await expect(page.getByRole('button', { name: /Lighthouse keepers vote to end strike/ })).toContainText('Coast Courier');

  await gloss.restart();
  await gloss.open(page);
  await expect(page.locator('.article-meta')).toContainText('Coast Courier');
  await expect(page.locator('.article-meta')).toContainText('2022-10-27');
  await page.getByRole('list', { name: 'Annotation list' }).getByRole('button', { name: /^Event/ }).click();
  await expect(panel.getByText('Normalised: 2022-10-27 (counted from 2022-10-27)')).toBeVisible();
  await expect(articleText(page)).not.toContainText('Share on Facebook');
});
