import type { Page } from '@playwright/test';
import { expect, selectInArticle, test } from '../support/gloss';
import { details, openFerryArticle, tag } from './editing-fixture';

test('labels every field input with its field name, normalises a natural-language date, and keeps every value set through a restart', async ({ page, gloss }) => {
  // Nine fields set and each checked again after a restart: three times the usual limit.
  test.slow();
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
  // Every other field of the event gets a value too, so the reopen below checks them all.
  await panel.getByRole('combobox', { name: 'Event type' }).selectOption('statement');
  await linkSpan(page, 'Actor', 'regional transport office');
  await linkSpan(page, 'Location', 'southern landing');
  await fillNote(page, 'Divers, not the office, did the checking.');

  // Focus may still be in the details panel, where C would be typed: tag with the toolbar instead.
  await selectInArticle(page, 'the new cables were fitted last Friday');
  await page.getByRole('button', { name: 'Claim', exact: true }).click();
  await expect(panel.getByRole('checkbox', { name: 'Check-worthy' })).toBeVisible();
  await panel.getByRole('checkbox', { name: 'Check-worthy' }).check();
  await panel.getByRole('combobox', { name: 'Stance' }).selectOption('supports');
  await panel.getByRole('combobox', { name: 'Verdict' }).selectOption('unverified');
  await linkSpan(page, 'Claimant', 'Tobias Renn');
  await fillNote(page, 'Ask the harbour office for the cable invoice.');
  await expect(page.getByRole('status')).toHaveText('Saved');

  await gloss.restart();
  await gloss.open(page);
  // Every value set before the restart, each in its own field.
  const list = page.getByRole('list', { name: 'Annotation list' });
  await list.getByRole('button', { name: /^Event/ }).click();
  await expect(panel.getByRole('combobox', { name: 'Event type' })).toHaveValue('statement');
  await expect(panel.getByRole('group', { name: 'Actor' })).toContainText('regional transport office');
  await expect(panel.getByLabel('Date', { exact: true })).toHaveValue('last Friday');
  await expect(panel.getByText('Normalised: 2025-03-14')).toBeVisible();
  await expect(panel.getByRole('group', { name: 'Location' })).toContainText('southern landing');
  await expect(panel.getByLabel('Note', { exact: true })).toHaveValue('Divers, not the office, did the checking.');
  await list.getByRole('button', { name: /^Claim/ }).click();
  await expect(panel.getByRole('checkbox', { name: 'Check-worthy' })).toBeChecked();
  await expect(panel.getByRole('combobox', { name: 'Stance' })).toHaveValue('supports');
  await expect(panel.getByRole('combobox', { name: 'Verdict' })).toHaveValue('unverified');
  await expect(panel.getByRole('group', { name: 'Claimant' })).toContainText('Tobias Renn');
  await expect(panel.getByLabel('Note', { exact: true })).toHaveValue('Ask the harbour office for the cable invoice.');
});

/** Links a span field of the selected annotation to words in the article, as an analyst does with "Pick span". */
async function linkSpan(page: Page, field: string, words: string): Promise<void> {
  const panel = details(page);
  await panel.getByRole('button', { name: `Pick span for ${field}` }).click();
  await selectInArticle(page, words);
  await panel.getByRole('button', { name: 'Link selection' }).click();
  await expect(panel.getByRole('group', { name: field })).toContainText(words);
}

/** Types a note and leaves the box, which saves it. */
async function fillNote(page: Page, note: string): Promise<void> {
  const box = details(page).getByLabel('Note', { exact: true });
  await box.fill(note);
  await box.blur();
}
