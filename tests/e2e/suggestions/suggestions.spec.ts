import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { expect, highlightedTexts, test, type GlossFixture } from '../support/gloss';
import { GHOST_STYLE } from '../../../renderer/sets/set-styles';

/** An original article written for these tests: three speakers, dated plans and two claims. */
const ARTICLE = join(import.meta.dirname, 'fixtures/island-ferries.md');

const ESKELAND = 'Our members have run these boats through every storm for twenty years';
const BRANDT = 'Nothing in the plan adds a single hour to anyone';
const FENWICK = 'People here cannot reach the hospital without those boats';
const MEETING = 'Island councillors will meet the operator on Thursday';

/** The highlight the suggestions' ghosts of a type are painted in (highlight-painter.ts). */
const ghosts = (type: string) => `${type}-s${GHOST_STYLE}`;

async function openArticle(page: Page, gloss: GlossFixture): Promise<void> {
  await gloss.open(page);
  await page.getByRole('button', { name: /Island ferry crews vote to strike/ }).click();
  await expect(page.locator('[aria-label="Article text"]')).toContainText('spare parts');
}

async function importAndOpen(page: Page, gloss: GlossFixture): Promise<void> {
  const imported = await gloss.harness.importFiles([ARTICLE]);
  if (!imported.ok || !imported.value.outcomes[0]?.documentId) throw new Error('the ferry article was not imported');
  await openArticle(page, gloss);
}

const runSuggest = (page: Page) => page.getByRole('button', { name: 'Suggest', exact: true }).click();
const items = (page: Page) => page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem');
/** Selects the annotation whose text (and set, when named) the sidebar shows. */
async function choose(page: Page, text: string, set?: string): Promise<void> {
  const item = items(page).filter({ hasText: text });
  await (set ? item.filter({ hasText: set }) : item).getByRole('button', { name: new RegExp(text) }).click();
}
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const announced = (page: Page) => page.getByTestId('announcer');

test('suggestions are accepted with their speaker, rejected for good, accepted by type, undone, and never exported with the analyst’s set', async ({ page, gloss }) => {
  // Two runs of the engine, a dozen steps, a restart and an export.
  test.slow();
  await importAndOpen(page, gloss);
  await runSuggest(page);
  await expect(page.getByRole('alert')).toContainText(/\d+ suggestions made/);
  await expect.poll(() => highlightedTexts(page, ghosts('quote'))).toEqual(expect.arrayContaining([ESKELAND, FENWICK]));
  // Ghosts only: nothing is painted as the analyst's own yet, and the list's counts leave them out.
  expect(await highlightedTexts(page, 'quote')).toEqual([]);
  await expect(page.getByRole('navigation', { name: 'Documents' })).toContainText('No annotations');

  // A quote accepted with its speaker, by the A key.
  await choose(page, ESKELAND);
  await expect(details(page).getByRole('group', { name: 'Suggestion' })).toBeVisible();
  await expect(details(page).getByRole('group', { name: 'Speaker' })).toContainText('Marit Eskeland');
  await page.keyboard.press('a');
  await expect(announced(page)).toHaveText('Suggestion accepted');
  await expect.poll(() => highlightedTexts(page, 'quote')).toEqual([ESKELAND]);
  expect(await highlightedTexts(page, ghosts('quote'))).not.toContain(ESKELAND);

  // Another rejected, by its button.
  await choose(page, FENWICK);
  await details(page).getByRole('button', { name: 'Reject' }).click();
  await expect(announced(page)).toHaveText('Suggestion rejected');
  await expect(items(page).filter({ hasText: FENWICK })).toHaveCount(0);

  // One accepted, then undone: it is a suggestion again.
  await choose(page, BRANDT);
  await details(page).getByRole('button', { name: 'Accept', exact: true }).click();
  await expect.poll(() => highlightedTexts(page, 'quote')).toEqual(expect.arrayContaining([expect.stringContaining(BRANDT)]));
  await page.keyboard.press('Control+z');
  await expect.poll(() => highlightedTexts(page, 'quote')).toEqual([ESKELAND]);
  await expect.poll(() => highlightedTexts(page, ghosts('quote'))).toEqual(expect.arrayContaining([expect.stringContaining(BRANDT)]));

  // Every event at once.
  await choose(page, MEETING);
  const events = await highlightedTexts(page, ghosts('event'));
  expect(events.length).toBeGreaterThan(1);
  await details(page).getByRole('button', { name: `Accept all ${events.length} Event suggestions in this document` }).click();
  await expect(announced(page)).toHaveText(`${events.length} Event suggestions accepted`);
  await expect.poll(() => highlightedTexts(page, 'event')).toEqual(events);
  expect(await highlightedTexts(page, ghosts('event'))).toEqual([]);

  // Suggest again: the rejected quote does not come back, nor does anything already there.
  await runSuggest(page);
  await expect(page.getByRole('alert')).toContainText('No new suggestions');
  await expect.poll(() => highlightedTexts(page, ghosts('quote'))).toEqual(expect.arrayContaining([expect.stringContaining(BRANDT)]));
  expect(await highlightedTexts(page, ghosts('quote'))).not.toContain(FENWICK);
  await expect(page.getByRole('status')).toHaveText('Saved');

  await gloss.restart();
  await openArticle(page, gloss);
  expect(await highlightedTexts(page, 'quote')).toEqual([ESKELAND]);
  expect(await highlightedTexts(page, 'event')).toEqual(events);
  await choose(page, ESKELAND, 'default');
  await expect(details(page).getByRole('group', { name: 'Suggestion' })).toHaveCount(0);
  await expect(details(page).getByRole('group', { name: 'Speaker' })).toContainText('Marit Eskeland');

  // The analyst's set exported: the accepted annotations, no suggestion.
  const out = join(gloss.root, 'mine.jsonl');
  gloss.harness.dialogs.answerNext(out);
  await page.getByRole('button', { name: 'Export…' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export annotations' });
  await exporting.getByRole('radio', { name: /^JSON Lines/ }).check();
  await exporting.getByLabel('Set').selectOption('default');
  await exporting.getByRole('button', { name: 'Export…' }).click();
  await expect(exporting).toBeHidden();
  const lines = (await readFile(out, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { set: string; type: string; text: string; fields: Record<string, { text?: string }> });
  expect(lines.map((line) => line.set)).toEqual(lines.map(() => 'default'));
  expect(lines.filter((line) => line.type === 'event').map((line) => line.text)).toEqual(events);
  const quotes = lines.filter((line) => line.type === 'quote');
  expect(quotes.map((line) => [line.text, line.fields['speaker']?.text])).toEqual([[ESKELAND, 'Marit Eskeland']]);
});

test('ghosts and a selected suggestion are accessible in light and dark at both window sizes, and an edited suggestion is accepted as edited', async ({ page, gloss }) => {
  test.slow();
  await importAndOpen(page, gloss);
  // From the document list, for the documents its filter lists: here the open one.
  await page.getByRole('searchbox', { name: 'Filter documents' }).fill('Island ferry');
  await page.getByRole('button', { name: 'Suggest for the one listed' }).click();
  await expect(page.getByRole('alert')).toContainText(/\d+ suggestions made/);
  await expect.poll(() => highlightedTexts(page, ghosts('quote'))).toContain(ESKELAND);
  await choose(page, ESKELAND);
  // The Details panel's buttons are reached from the keyboard, after the sidebar.
  const accept = details(page).getByRole('button', { name: 'Accept', exact: true });
  await expect(accept).toHaveAttribute('aria-keyshortcuts', 'A');
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expect(accept).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`suggestions-${size.width}x${size.height}-${colorScheme}.png`) });
      // Colour contrast differs between light and dark, not between sizes: axe once for each scheme.
      if (size.width === 1440) await expectAccessible(page, `the reader with suggestions, ${colorScheme}`);
    }
  }
  await accept.focus();
  await page.keyboard.press('Enter');
  await expect(announced(page)).toHaveText('Suggestion accepted');

  // Edited, then accepted: a word shorter. Suggest again does not bring back its first form.
  await choose(page, FENWICK);
  await details(page).getByRole('button', { name: 'Shrink end by a word' }).click();
  const shortened = 'People here cannot reach the hospital without those';
  await expect(details(page).getByRole('region', { name: 'Fragments' })).toContainText(`${shortened}`);
  await details(page).getByRole('button', { name: 'Accept', exact: true }).click();
  await expect.poll(() => highlightedTexts(page, 'quote')).toEqual([ESKELAND, shortened]);
  await runSuggest(page);
  await expect(page.getByRole('alert')).toContainText('No new suggestions');
  expect(await highlightedTexts(page, ghosts('quote'))).not.toContain(FENWICK);
});

/** The keys rejected-suggestions.json holds: what Suggest will not make again. */
async function rejectedKeys(gloss: GlossFixture): Promise<string[]> {
  const file = await readFile(join(gloss.workspaceDir, 'rejected-suggestions.json'), 'utf8').catch(() => '{"rejected":[]}');
  return (JSON.parse(file) as { rejected: { key: string }[] }).rejected.map((item) => item.key);
}

test('a rejection undone is forgotten, so Suggest makes it again; one not undone stays rejected', async ({ page, gloss }) => {
  test.slow();
  await importAndOpen(page, gloss);
  await runSuggest(page);
  await expect(page.getByRole('alert')).toContainText(/\d+ suggestions made/);
  const made = Number(/(\d+) suggestions made/.exec((await page.getByRole('alert').textContent()) ?? '')?.[1]);

  // Rejected, then undone: the ghost is back and nothing is remembered against it.
  await choose(page, FENWICK);
  await expect(details(page).getByRole('group', { name: 'Suggestion' })).toBeVisible();
  await page.keyboard.press('r');
  await expect(announced(page)).toHaveText('Suggestion rejected');
  await expect(items(page).filter({ hasText: FENWICK })).toHaveCount(0);
  await expect.poll(() => rejectedKeys(gloss)).toHaveLength(1);
  await page.keyboard.press('Control+z');
  await expect.poll(() => highlightedTexts(page, ghosts('quote'))).toContain(FENWICK);
  await expect.poll(() => rejectedKeys(gloss)).toEqual([]);
  // Redone, it is remembered again; undone once more, forgotten.
  await page.keyboard.press('Control+y');
  await expect(items(page).filter({ hasText: FENWICK })).toHaveCount(0);
  await expect.poll(() => rejectedKeys(gloss)).toHaveLength(1);
  await page.keyboard.press('Control+z');
  await expect.poll(() => highlightedTexts(page, ghosts('quote'))).toContain(FENWICK);
  await expect.poll(() => rejectedKeys(gloss)).toEqual([]);

  // The run itself undone too, then Suggest again: every suggestion comes back, the once-rejected one with them.
  await page.keyboard.press('Control+z');
  await expect.poll(() => highlightedTexts(page, ghosts('quote'))).toEqual([]);
  await expect(page.getByRole('status')).toHaveText('Saved');
  await runSuggest(page);
  await expect(page.getByRole('alert')).toContainText(`${made} suggestions made.`);
  await expect.poll(() => highlightedTexts(page, ghosts('quote'))).toContain(FENWICK);

  // Rejected and left so: Suggest again does not bring it back.
  await choose(page, FENWICK);
  await details(page).getByRole('button', { name: 'Reject' }).click();
  await expect(announced(page)).toHaveText('Suggestion rejected');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await runSuggest(page);
  await expect(page.getByRole('alert')).toContainText('No new suggestions');
  expect(await highlightedTexts(page, ghosts('quote'))).not.toContain(FENWICK);
  expect(await rejectedKeys(gloss)).toHaveLength(1);
});
