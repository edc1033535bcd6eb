import { expect, highlightedTexts, test } from '../support/gloss';
import { details, openFerryArticle, tag } from './editing-fixture';

test('undoes and redoes creating, editing and deleting an annotation', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss);
  const items = page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem');
  const panel = details(page);
  const note = panel.getByLabel('Note');

  await tag(page, 'Local traders welcomed the news', 'c');
  await expect(items).toHaveCount(1);
  await note.fill('Only one trader is quoted.');
  await note.blur();
  await panel.getByRole('combobox', { name: 'Stance' }).selectOption('supports');
  await page.keyboard.press('Delete');
  await expect(items).toHaveCount(0);

  const undo = () => page.keyboard.press('Control+z');
  const redo = () => page.keyboard.press('Control+Shift+z');
  await undo(); // the delete
  await expect(items).toHaveCount(1);
  await items.getByRole('button', { name: /^Claim/ }).click();
  await expect(panel.getByRole('combobox', { name: 'Stance' })).toHaveValue('supports');
  await undo(); // the stance
  await expect(panel.getByRole('combobox', { name: 'Stance' })).toHaveValue('');
  await undo(); // the note
  await expect(note).toHaveValue('');
  await undo(); // the creation
  await expect(items).toHaveCount(0);
  expect(await highlightedTexts(page, 'claim')).toEqual([]);

  await redo();
  await expect(items).toHaveCount(1);
  await items.getByRole('button', { name: /^Claim/ }).click();
  await redo();
  await expect(note).toHaveValue('Only one trader is quoted.');
  await redo();
  await expect(panel.getByRole('combobox', { name: 'Stance' })).toHaveValue('supports');
  await redo();
  await expect(items).toHaveCount(0);
});
