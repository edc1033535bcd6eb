import type { Page } from '@playwright/test';
import { expect, test } from '../support/gloss';
import { importTramArticle, openTramArticle } from './a11y-fixture';
import { expectAccessible } from '../support/axe';

/** The keyboard alone: every press counted, none of them a click. */
function countedKeyboard(page: Page) {
  let presses = 0;
  return {
    get presses() {
      return presses;
    },
    async press(key: string, times = 1) {
      for (let i = 0; i < times; i++) {
        presses++;
        await page.keyboard.press(key);
      }
    },
  };
}

const KEY_BUDGET = 15;

/** Where the article's caret is: its line's top, its paragraph's first words, and whether the caret drawn on screen is there too. */
function caretLine(page: Page) {
  return page.evaluate(() => {
    const selection = document.getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
    // Where a line wraps, a caret's offset has a box at both lines: it stands at the start of the next.
    const rects = range ? [...range.getClientRects()] : [];
    const line = rects.at(-1) ?? range?.getBoundingClientRect();
    const drawn = document.querySelector('.reader-caret')?.getBoundingClientRect();
    return {
      collapsed: selection?.isCollapsed ?? false,
      top: Math.round(line?.top ?? -1),
      paragraph: selection?.anchorNode?.parentElement?.closest('p')?.textContent?.slice(0, 19) ?? null,
      drawnWhereItIs: Boolean(line && drawn && Math.abs(drawn.top - line.top) < 2 && Math.abs(drawn.left - line.left) < 3),
    };
  });
}

test(`opens a document, tags a quote and sets its speaker with the keyboard alone, in at most ${KEY_BUDGET} presses`, async ({ page, gloss }) => {
  // The analyst's people list already knows the speaker (entered while reading earlier articles).
  const known = await gloss.harness.handlers.editEntities({
    edits: [{ kind: 'create', id: 'anneli-varga', entityKind: 'person', name: 'Anneli Varga' }],
  });
  if (!known.ok) throw new Error(known.error.message);
  await importTramArticle(page, gloss);
  // The workspace reopens at the sample article it was left at; the tram article is the newest, first in the list.
  await expect(page.getByRole('textbox', { name: 'Article text' })).toContainText('Northern Shield');
  const keys = countedKeyboard(page);

  await keys.press('F6'); // the documents list, at the open document's row
  await keys.press('Home'); // its first row: the tram article, the newest
  await expect(page.getByRole('button', { name: /Night trams return/ })).toBeFocused();
  await keys.press('Enter'); // opens it, and the article takes focus with its caret at the first paragraph
  const article = page.getByRole('textbox', { name: 'Article text' });
  await expect(article).toBeFocused();
  await expect(article).toContainText('Every car has been tested twice');
  await keys.press('Control+ArrowDown'); // to the second paragraph, before its opening quotation mark
  await keys.press('ArrowRight'); // past the mark
  await keys.press('Control+Shift+ArrowRight', 6); // "Every car has been tested twice"
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('Every car has been tested twice');
  await keys.press('q');

  const quote = page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem').filter({ hasText: 'Every car has been tested twice' });
  await expect(quote).toContainText('Quote');
  await keys.press('Enter'); // to the first field of the Details panel: Speaker
  const speaker = page.getByRole('region', { name: 'Details' }).getByRole('combobox', { name: 'Speaker' });
  await expect(speaker).toBeFocused();
  await keys.press('v'); // offers Anneli Varga, highlighted
  await keys.press('Enter');

  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Anneli Varga');
  await expect(quote).toContainText('Speaker: Anneli Varga');
  await expect(page.getByRole('status')).toHaveText('Saved');
  test.info().annotations.push({ type: 'key presses', description: String(keys.presses) });
  expect(keys.presses).toBeLessThanOrEqual(KEY_BUDGET);
});

test('each list is one tab stop with arrows inside; the skip link reaches the article; ? lists every shortcut', async ({ page, gloss }) => {
  await openTramArticle(page, gloss);
  // From the top of the page, as after launching (it reopens at the tram article).
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Article text' })).toContainText('Every car');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the article' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  const article = page.getByRole('textbox', { name: 'Article text' });
  await expect(article).toBeFocused();

  // ↓ and ↑ move the caret a line at a time, across paragraphs too, and the drawn caret follows it.
  const start = await caretLine(page);
  await page.keyboard.press('ArrowDown');
  // The drawn caret follows on the selection's next change event, a frame later.
  await expect.poll(() => caretLine(page)).toMatchObject({ collapsed: true, paragraph: start.paragraph, drawnWhereItIs: true });
  expect((await caretLine(page)).top).toBeGreaterThan(start.top);
  let presses = 1;
  for (; presses < 10 && (await caretLine(page)).paragraph === start.paragraph; presses++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => caretLine(page)).toMatchObject({ collapsed: true, paragraph: '“Every car has been', drawnWhereItIs: true });
  await page.keyboard.press('ArrowUp');
  for (let back = 1; back < presses; back++) await page.keyboard.press('ArrowUp');
  expect(await caretLine(page)).toMatchObject({ top: start.top, paragraph: start.paragraph });
  await page.keyboard.press('Home');

  // Shift extends by character, Ctrl+Shift by word, "." selects the sentence.
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('The');
  await page.keyboard.press('Control+Shift+ArrowRight');
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('The city');
  await page.keyboard.press('.');
  expect(await page.evaluate(() => document.getSelection()?.toString())).toMatch(/^The city transit board said .* western depot\.$/);
  await page.keyboard.press('e');

  // The documents list: one stop, arrows move, Tab leaves it.
  const documents = page.getByRole('navigation', { name: 'Documents' });
  const rows = documents.getByRole('listitem').getByRole('button');
  await expect(documents.locator('[data-roving-id][tabindex="0"]')).toHaveCount(1);
  await rows.last().focus();
  await page.keyboard.press('ArrowUp');
  await expect(rows.nth(-2)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(documents.getByRole('combobox', { name: /^Status of/ }).nth(-2)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(rows.nth(-2)).toBeFocused();
  // Tab leaves the list for the open document: its own buttons (Details…, Lines of the page…, Suggest), then its text.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Details…' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Lines of the page/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Suggest', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(article).toBeFocused();

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Tag as Quote');
  await expect(sheet).toContainText('Select the sentence around the caret');
  await expect(sheet).toContainText('Move to the next (previous) pane');
  await expectAccessible(page, 'the shortcut sheet', 'dialog[open]');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});
