import { DEFAULT_LABEL_TYPES } from '../../../core/model/label-types';
import { expect, highlightedTexts, selectInArticle, test } from '../support/gloss';
import { annotationItems, openFerryArticle, pointInPhrase } from './reading-support';

const PHRASES: Record<string, [string, string]> = {
  quote: ['We have asked for fair rosters', 'heard nothing back'],
  event: ['crews on the island routes would stop work', 'the last ferry left on time'],
  claim: ['the new rosters were agreed with staff', 'the walkout would strand hundreds of commuters'],
  source: ['The ferry union', 'A spokesman'],
  actor: ['Mara Lind', 'The operator'],
  location: ['the island routes', 'the pier'],
};

test('tags every default type by its shortcut and by its toolbar button', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss);
  for (const type of DEFAULT_LABEL_TYPES) {
    const [byKey, byButton] = PHRASES[type.id] as [string, string];
    await selectInArticle(page, byKey);
    await page.keyboard.press(type.shortcut as string);
    await selectInArticle(page, byButton);
    await page.getByRole('toolbar', { name: 'Tag the selection' }).getByRole('button', { name: type.name, exact: true }).click();
    await expect.poll(() => highlightedTexts(page, type.id)).toEqual(expect.arrayContaining([byKey, byButton]));
  }
  await expect(annotationItems(page)).toHaveCount(DEFAULT_LABEL_TYPES.length * 2);
});

test('a mouse selection snaps to whole words, Alt keeps it exact, and the floating menu tags it', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss);
  // Drag from inside "rosters" to inside "winters".
  const from = await pointInPhrase(page, 'fair rosters for two winters', 7);
  const to = await pointInPhrase(page, 'fair rosters for two winters', 24);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('rosters for two winters');
  const menu = page.getByRole('toolbar', { name: 'Tag this selection' });
  await expect(menu).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('floating-menu.png') });
  await menu.getByRole('button', { name: 'Tag as Claim' }).click();
  expect(await highlightedTexts(page, 'claim')).toEqual(['rosters for two winters']);
  await expect(menu).toBeHidden();

  await page.keyboard.down('Alt');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Alt');
  const exact = await page.evaluate(() => document.getSelection()?.toString());
  expect(exact?.startsWith('rosters')).toBe(false);
  expect(exact?.endsWith('winters')).toBe(false);
});

test('a whitespace-only or empty selection gets a clear message, never a crash', async ({ page, gloss }) => {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await openFerryArticle(page, gloss);
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Select some text in the article first');

  await selectInArticle(page, ' ');
  await page.keyboard.press('e');
  await expect(page.getByRole('alert')).toContainText('only white space');
  await expect(annotationItems(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

type Box = { x: number; y: number; width: number; height: number };
/** Whether two boxes share any area (touching edges do not count). */
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('on a small window the floating menu sits beside a selection of several lines, covering none of them', async ({ page, gloss }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openFerryArticle(page, gloss);
  // Selected by hand from the keyboard: the second paragraph's first two lines and a bit.
  await page.getByRole('textbox', { name: 'Article text' }).focus();
  await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toMatch(/^The operator said .{40,}/);
  const menu = page.getByRole('toolbar', { name: 'Tag this selection' });
  await expect(menu).toBeVisible();

  const lines = await page.evaluate(() =>
    [...(document.getSelection()?.getRangeAt(0).getClientRects() ?? [])].map(({ x, y, width, height }) => ({ x, y, width, height })),
  );
  expect(new Set(lines.map((line) => Math.round(line.y))).size).toBeGreaterThan(1);
  const box = await menu.boundingBox();
  if (!box) throw new Error('the floating menu has no box');
  expect(lines.filter((line) => intersects(box, line))).toEqual([]);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1024);
  expect(box.y + box.height).toBeLessThanOrEqual(700);
  // Nothing is drawn over it (a pane's edge would clip it): the point at its middle is its own.
  const middle = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.floating-menu') != null, {
    x: box.x + box.width / 2,
    y: box.y + box.height / 2,
  });
  expect(middle).toBe(true);
});
