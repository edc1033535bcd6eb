import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Workspace } from '../../main/services/workspace/workspace';
import { expect, highlightedTexts, selectInArticle, test } from './support/gloss';

/**
 * The walking skeleton: open the sample workspace, tag a quote, an event and a
 * claim, quit, start again, and find all three where they were.
 */
test('tags a quote, an event and a claim, and finds them again after a restart', async ({ page, gloss }) => {
  await gloss.open(page);
  const documents = page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem');
  await expect(documents).toHaveCount(3);
  const reader = page.locator('[aria-label="Article text"]');
  await expect(reader).toContainText('Northern Shield');

  await selectInArticle(page, 'Every member state has an obligation to respond');
  await page.keyboard.press('q');
  await selectInArticle(page, 'shelling of border villages');
  await page.getByRole('button', { name: 'Event' }).click();
  await selectInArticle(page, 'its forces returned fire only after Meridian troops crossed a disputed ridge');
  await page.getByRole('button', { name: 'Claim' }).click();

  const items = page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  expect(await highlightedTexts(page, 'quote')).toEqual(['Every member state has an obligation to respond']);
  expect(await highlightedTexts(page, 'event')).toEqual(['shelling of border villages']);
  expect(await highlightedTexts(page, 'claim')).toEqual([
    'its forces returned fire only after Meridian troops crossed a disputed ridge',
  ]);
  await expect(page.getByRole('status')).toHaveText('Saved');

  await gloss.restart();
  await gloss.open(page);
  await expect(reader).toContainText('Northern Shield');
  await expect(items).toHaveCount(3);
  await expect(items.filter({ hasText: 'Quote' })).toContainText('Every member state has an obligation to respond');
  await expect(items.filter({ hasText: 'Event' })).toContainText('shelling of border villages');
  await expect(items.filter({ hasText: 'Claim' })).toContainText('its forces returned fire only after');
  expect(await highlightedTexts(page, 'event')).toEqual(['shelling of border villages']);
});

test('stores offsets in code points when astral characters come before the span', async ({ page, gloss }) => {
  const fixture = join(import.meta.dirname, '../fixtures/articles/astral.txt');
  const imported = await gloss.harness.importFiles([fixture]);
  if (!imported.ok) throw new Error(imported.error.message);
  const documentId = imported.value.outcomes[0]?.documentId;
  if (!documentId) throw new Error('fixture was not imported');

  await gloss.open(page);
  await page.getByRole('button', { name: /Harbour authority/ }).click();
  await selectInArticle(page, 'the pier would reopen');
  await page.keyboard.press('e');
  await expect(page.getByRole('status')).toHaveText('Saved');

  // As the next session reads them from disk: the set file with its change journal (the store's one reader).
  const onDisk = await Workspace.open(gloss.workspaceDir);
  if (!onDisk.ok) throw new Error(onDisk.error.message);
  const saved = await onDisk.value.readStoredAnnotations(documentId);
  const document = JSON.parse(await readFile(join(gloss.workspaceDir, 'documents', `${documentId}.json`), 'utf8'));
  const fragment = saved.annotations[0]?.fragments[0];
  if (!fragment) throw new Error('the annotation was not saved');
  const codePoints = [...document.text];
  const utf16Start = document.text.indexOf('the pier would reopen');
  const expectedStart = [...document.text.slice(0, utf16Start)].length;
  expect(utf16Start - expectedStart).toBe(2); // two astral characters precede the span
  expect(fragment.start).toBe(expectedStart);
  expect(fragment.exact).toBe('the pier would reopen');
  expect(codePoints.slice(fragment.start, fragment.end).join('')).toBe('the pier would reopen');
});
