import { expect, selectInArticle, test } from '../support/gloss';
import { details, openFerryArticle, tag } from './editing-fixture';

test('labels every field input with its field name and normalises a natural-language date', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss);
  await tag(page, 'divers finished checking the landing piers', 'e');
  const panel = details(page);
  for (const name of ['Event type', 'Actor', 'Target', 'Date', 'Location', 'Note']) {
    await expect(panel.getByLabel(name, { exact: true })).toBeVisible();
  }
  await expect(panel.getByRole('combobox', { name: 'Event type' })).toBeVisible();

  await panel.getByLabel('Date', { exact: true }).fill('last Friday');
  await panel.getByLabel('Date', { exact: true }).press('Enter');
  // Relative to the article's own date, Monday 17 March 2025, not to today.
  await expect(panel.getByText('Normalised: 2025-03-14')).toBeVisible();
  await expect(panel.getByLabel('Date', { exact: true })).toHaveValue('last Friday');
  await page.screenshot({ path: test.info().outputPath('event-details.png') });

  // Focus is still in the date box, where C would be typed: tag with the toolbar instead.
  await selectInArticle(page, 'the new cables were fitted last Friday');
  await page.getByRole('button', { name: 'Claim', exact: true }).click();
  await expect(panel.getByRole('checkbox', { name: 'Check-worthy' })).toBeVisible();
  await panel.getByRole('checkbox', { name: 'Check-worthy' }).check();
  await panel.getByRole('combobox', { name: 'Stance' }).selectOption('supports');
  await expect(page.getByRole('status')).toHaveText('Saved');

  await gloss.restart();
  await gloss.open(page);
  await page.getByRole('list', { name: 'Annotation list' }).getByRole('button', { name: /^Event/ }).click();
  await expect(panel.getByLabel('Date', { exact: true })).toHaveValue('last Friday');
  await expect(panel.getByText('Normalised: 2025-03-14')).toBeVisible();
  // Every value set before the restart, not only the first.
  await page.getByRole('list', { name: 'Annotation list' }).getByRole('button', { name: /^Claim/ }).click();
  await expect(panel.getByRole('checkbox', { name: 'Check-worthy' })).toBeChecked();
  await expect(panel.getByRole('combobox', { name: 'Stance' })).toHaveValue('supports');
});
