import { expect, highlightedTexts, selectInArticle, test } from '../support/gloss';
import { details, openFerryArticle, tag } from './editing-fixture';

test('keeps a quote interrupted by "he said" as one quote with two fragments', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss);
  await tag(page, 'The piers are sound', 'q');
  const panel = details(page);
  await selectInArticle(page, 'and the new cables were fitted last Friday');
  await panel.getByRole('button', { name: 'Add fragment' }).click();

  const fragments = panel.getByRole('region', { name: 'Fragments' }).getByRole('listitem');
  await expect(fragments).toHaveCount(2);
  expect(await highlightedTexts(page, 'quote')).toEqual(['The piers are sound', 'and the new cables were fitted last Friday']);
  await expect(page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('two-fragments.png') });

  // Boundaries move by whole words, by button and by keyboard.
  await panel.getByRole('button', { name: 'Fragment 2: and the new cables were fitted last Friday' }).click();
  await panel.getByRole('button', { name: 'Shrink start by a word' }).click();
  expect(await highlightedTexts(page, 'quote')).toEqual(['The piers are sound', 'the new cables were fitted last Friday']);
  await page.keyboard.press('Shift+Alt+ArrowLeft');
  expect(await highlightedTexts(page, 'quote')).toEqual(['The piers are sound', 'the new cables were fitted last']);
  // A word runs to the next space, so the closing punctuation comes along with "Friday".
  await page.keyboard.press('Shift+Alt+ArrowRight');
  expect(await highlightedTexts(page, 'quote')).toEqual(['The piers are sound', 'the new cables were fitted last Friday.”']);

  await panel.getByRole('button', { name: 'Remove fragment 1' }).click();
  await expect(fragments).toHaveCount(1);
  await expect(panel.getByRole('button', { name: 'Remove fragment 1' })).toBeDisabled();
  await page.keyboard.press('Control+z');
  await expect(fragments).toHaveCount(2);
  await expect(page.getByRole('status')).toHaveText('Saved');

  await gloss.restart();
  await gloss.open(page);
  expect(await highlightedTexts(page, 'quote')).toEqual(['The piers are sound', 'the new cables were fitted last Friday.”']);
});
