import { expect, highlightedTexts, test } from '../support/gloss';
import { annotationItems, depthTexts, openFerryArticle, pointInPhrase, selectedItem } from './reading-support';

const NESTED = [
  { id: '00000000-0000-4000-8000-000000000001', type: 'quote', phrase: 'We have asked for fair rosters for two winters and heard nothing back' },
  { id: '00000000-0000-4000-8000-000000000002', type: 'claim', phrase: 'fair rosters for two winters' },
  { id: '00000000-0000-4000-8000-000000000003', type: 'event', phrase: 'two winters' },
  { id: '00000000-0000-4000-8000-000000000004', type: 'actor', phrase: 'Mara Lind' },
  // Overlaps the quote's end without nesting in it.
  { id: '00000000-0000-4000-8000-000000000005', type: 'event', phrase: 'heard nothing back," said Mara' },
];

test('nested and overlapping spans are painted by depth and each can be selected', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss, NESTED);
  await expect(annotationItems(page)).toHaveCount(NESTED.length);
  await expect.poll(() => highlightedTexts(page, 'quote')).toEqual([NESTED[0]?.phrase]);
  expect(await depthTexts(page, 'claim', 1)).toEqual(['fair rosters for two winters']);
  expect(await depthTexts(page, 'event', 2)).toEqual(['two winters']);
  expect(await depthTexts(page, 'event', 1)).toEqual(['heard nothing back," said Mara']);

  // A plain click selects the innermost annotation and offers the others.
  const inner = await pointInPhrase(page, 'two winters', 5);
  await page.mouse.click(inner.x, inner.y);
  await expect(selectedItem(page)).toContainText('two winters');
  const chooser = page.getByRole('group', { name: '3 annotations here' });
  await expect(chooser).toBeVisible();
  await expect(chooser.getByRole('button')).toHaveCount(3);
  // Beside the click, inside the window, and drawn whole (no pane's edge cuts it).
  const box = await chooser.boundingBox();
  if (!box) throw new Error('the chooser has no box');
  expect(Math.abs(box.y - inner.y)).toBeLessThan(box.height + 40);
  expect(Math.abs(box.x - inner.x)).toBeLessThan(box.width);
  const viewport = page.viewportSize();
  expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= (viewport?.width ?? 0) && box.y + box.height <= (viewport?.height ?? 0)).toBe(true);
  const corners = [[box.x + 10, box.y + 10], [box.x + box.width - 10, box.y + 10], [box.x + 10, box.y + box.height - 10], [box.x + box.width - 10, box.y + box.height - 10]];
  const own = await page.evaluate((points) => points.map(([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.closest('.overlap-chooser') != null), corners);
  expect(own).toEqual([true, true, true, true]);
  await page.screenshot({ path: test.info().outputPath('overlaps.png') });

  // Pick the outermost by keyboard: focus starts on the innermost entry.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(selectedItem(page)).toContainText('We have asked for fair rosters');
  await chooser.getByRole('button', { name: /Claim/ }).click();
  await expect(selectedItem(page)).toContainText('fair rosters for two winters');
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();

  // Where only one annotation lies, a click selects it without a chooser.
  const lone = await pointInPhrase(page, 'Lind, who', 1);
  await page.mouse.click(lone.x, lone.y);
  await expect(selectedItem(page)).toContainText('Mara Lind');
  await expect(page.getByRole('group', { name: /annotations here/ })).toBeHidden();
});

test('J/K and Alt+Down/Up step through annotations in reading order', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss, NESTED);
  await expect(annotationItems(page)).toHaveCount(NESTED.length);
  await page.locator('[aria-label="Article text"]').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await expect(selectedItem(page)).toContainText('We have asked');
  await page.keyboard.press('j');
  await expect(selectedItem(page)).toContainText('fair rosters for two winters');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(selectedItem(page)).toContainText('two winters');
  await page.keyboard.press('k');
  await expect(selectedItem(page)).toContainText('fair rosters for two winters');
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(selectedItem(page)).toContainText('Mara Lind');
});

test('find counts and steps through matches, and tags them all in one undoable step', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss);
  await page.locator('[aria-label="Article text"]').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Find in article' });
  const input = find.getByRole('searchbox', { name: 'Find in article' });
  await expect(input).toBeFocused();
  await input.fill('FERRY');
  await expect(find).toContainText('1 of 6');
  await input.press('Enter');
  await expect(find).toContainText('2 of 6');
  await find.getByRole('button', { name: 'Previous match' }).click();
  await find.getByRole('button', { name: 'Previous match' }).click();
  await expect(find).toContainText('6 of 6');
  const painted = await page.evaluate(() => [...(CSS.highlights.get('gloss-find') ?? [])].map((r) => (r as Range).toString()));
  expect(painted).toEqual(['Ferry', 'ferry', 'ferry', 'ferry', 'ferry', 'ferry']);
  await page.screenshot({ path: test.info().outputPath('find.png') });

  await find.getByRole('combobox', { name: 'Type for tagging matches' }).selectOption('location');
  await find.getByRole('button', { name: 'Tag all matches' }).click();
  await expect(annotationItems(page)).toHaveCount(6);
  expect(await highlightedTexts(page, 'location')).toHaveLength(6);
  await input.press('Escape');
  await expect(find).toBeHidden();
  await page.keyboard.press('Control+z');
  await expect(annotationItems(page)).toHaveCount(0);

  await page.keyboard.press('Control+f');
  await input.fill('no such words');
  await expect(find).toContainText('No matches');
  await expect(find.getByRole('button', { name: 'Tag all matches' })).toBeDisabled();
});

test('the sidebar filters by type and text and shows the key field', async ({ page, gloss }) => {
  const speaker = '00000000-0000-4000-8000-000000000004';
  const annotations = NESTED.map((a) => (a.type === 'quote' ? { ...a, fields: { speaker: { ref: speaker } } } : a));
  await openFerryArticle(page, gloss, annotations);
  const items = annotationItems(page);
  await expect(items).toHaveCount(5);
  await expect(items.filter({ hasText: 'We have asked' })).toContainText('Speaker: Mara Lind');

  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  await sidebar.getByRole('combobox', { name: 'Filter by type' }).selectOption('event');
  await expect(items).toHaveCount(2);
  await sidebar.getByRole('searchbox', { name: 'Filter by text' }).fill('WINTERS');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText('two winters');
  await sidebar.getByRole('combobox', { name: 'Filter by type' }).selectOption('');
  await expect(items).toHaveCount(3);
  // The key field is searched too: the actor itself and the quote it speaks.
  await sidebar.getByRole('searchbox', { name: 'Filter by text' }).fill('mara lind');
  await expect(items).toHaveCount(2);
  await sidebar.getByRole('searchbox', { name: 'Filter by text' }).fill('zzz');
  await expect(sidebar).toContainText('No annotation matches the filter.');
  await sidebar.getByRole('searchbox', { name: 'Filter by text' }).fill('');

  await items.filter({ hasText: 'Mara Lind' }).first().getByRole('button').first().click();
  await expect(selectedItem(page)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('sidebar.png') });
});
