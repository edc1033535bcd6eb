import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { StoredAnnotation } from '../../../core/model/annotation';
import { expect, selectInArticle, test, type GlossFixture } from '../support/gloss';
import { importedArticle } from './imported-article';

/** An original article written for these tests (tests/fixtures/agreement). */
const ARTICLE = join(import.meta.dirname, '../../fixtures/agreement/council.txt');
/** A second original article, for the progress of documents not open. */
const SECOND_ARTICLE = join(import.meta.dirname, '../../fixtures/agreement/ferry.txt');
const Q1 = '“We need the engineers\' report first,”';
const Q2_ALICE = 'Residents said the delay would cost the town another winter of detours';
const Q2_BOB = 'the delay would cost the town another winter of detours';
const CLAIM_ALICE = 'the repairs were already funded';
const CLAIM_BOB = 'claimed the repairs were already funded';
const EVENT = 'postponed its vote';

const details = (page: Page) => page.getByRole('region', { name: 'Details' });

/** Names the analyst, then tags each phrase with the toolbar (the name box keeps the focus, so not with keys). */
async function annotateAs(page: Page, analyst: string, tags: { phrase: string; type: string; kind?: string }[]): Promise<void> {
  const owner = page.getByLabel('Annotating as');
  await owner.fill(analyst);
  await owner.press('Enter');
  for (const { phrase, type, kind } of tags) {
    await selectInArticle(page, phrase);
    await page.getByRole('toolbar', { name: 'Tag the selection' }).getByRole('button', { name: type, exact: true }).click();
    if (kind) await details(page).getByRole('combobox', { name: 'Kind' }).selectOption(kind);
  }
  await expect(page.getByRole('status')).toHaveText('Saved');
}

/** Every annotation of the document by set, as the services hold them. */
async function bySet(gloss: GlossFixture, documentId: string): Promise<Record<string, StoredAnnotation[]>> {
  const loaded = await gloss.harness.handlers.loadDocument({ documentId });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const sets: Record<string, StoredAnnotation[]> = {};
  for (const annotation of loaded.value.annotations) (sets[annotation.set] ??= []).push(annotation);
  return sets;
}

/** The view at both window sizes, light and dark, into the test's output folder (looked at by hand, not compared). */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const [width, height] of [[1440, 900], [1024, 700]] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: test.info().outputPath(`${name}-${width}x${height}-${colorScheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('two analysts code one article differently, the agreement view shows their F1 and κ, the adjudicator builds gold, and after a restart all three sets are intact', async ({ page, gloss }) => {
  test.setTimeout(120_000);
  const { documentId } = await importedArticle(gloss, ARTICLE);
  await gloss.open(page);
  await page.getByRole('button', { name: /Riverside council delays bridge vote/ }).click();
  await expect(page.locator('[aria-label="Article text"]')).toContainText('already funded');

  await annotateAs(page, 'alice', [
    { phrase: EVENT, type: 'Event' },
    { phrase: Q1, type: 'Quote', kind: 'direct' },
    { phrase: Q2_ALICE, type: 'Quote', kind: 'indirect' },
    { phrase: CLAIM_ALICE, type: 'Claim' },
  ]);
  await annotateAs(page, 'bob', [
    { phrase: Q1, type: 'Quote', kind: 'direct' },
    { phrase: Q2_BOB, type: 'Quote', kind: 'indirect' },
    { phrase: CLAIM_BOB, type: 'Claim' },
  ]);
  const sources = await bySet(gloss, documentId);
  expect(Object.keys(sources).sort()).toEqual(['alice', 'bob']);

  // Agreement: quotes agree exactly on one of four spans (F1 0.500) and on both by overlap (1.000);
  // their Kind agrees on both matched pairs (Cohen's κ 1.000 on 2 units); the claim only by overlap.
  await page.getByRole('button', { name: 'Agreement…' }).click();
  const agreement = page.getByRole('dialog', { name: 'Agreement' });
  const overall = agreement.getByRole('table', { name: 'Agreement over all sets' });
  await expect(overall.getByRole('row', { name: /^Quote/ })).toContainText(/0\.500\s*1\.000/);
  await expect(overall.getByRole('row', { name: /^Kind/ })).toContainText('1.000 (2) Cohen');
  await expect(overall.getByRole('row', { name: /^Claim/ })).toContainText(/0\.000\s*1\.000/);
  await expect(overall.getByRole('row', { name: /^Event/ })).toContainText(/0\.000\s*0\.000/);
  const matrix = agreement.getByRole('table', { name: 'Agreement set by set' });
  await expect(matrix.locator('tbody').getByRole('row', { name: /^alice/ })).toContainText('1.000 (2)');
  await agreement.getByLabel('Measure').selectOption({ label: 'F1 exact' });
  await expect(matrix.locator('tbody').getByRole('row', { name: /^alice/ })).toContainText('0.500 (2)');
  await expect(agreement.getByRole('table', { name: 'Agreement document by document' }).getByRole('row', { name: /Riverside council/ })).toContainText(/0\.500\s*1\.000/);
  await screenshots(page, 'agreement');
  await agreement.getByRole('button', { name: 'Close' }).click();

  // Adjudication, by keyboard: four items in reading order (the event only alice tagged, the two quotes, the claim).
  await page.getByRole('button', { name: 'Adjudicate…' }).click();
  const adjudication = page.getByRole('dialog', { name: /^Adjudicate/ });
  const items = adjudication.getByRole('listbox', { name: 'Items to adjudicate' });
  await expect(items.getByRole('option')).toHaveCount(4);
  await expect(items.getByRole('option').nth(0)).toContainText('missing in a set');
  await expect(items.getByRole('option').nth(1)).toContainText('no differences');
  await expect(items.getByRole('option').nth(2)).toContainText('boundaries');
  await expect(adjudication).toContainText('0 of 4 decided');
  await screenshots(page, 'adjudication');
  await items.focus();
  await page.keyboard.press('r');
  await page.keyboard.press('j');
  await page.keyboard.press('1');
  await page.keyboard.press('j');
  await page.keyboard.press('2');
  await expect(adjudication).toContainText('3 of 4 decided');
  await expect(items.getByRole('option').nth(0)).toContainText('Rejected');
  await expect(items.getByRole('option').nth(2)).toContainText('Taken from bob');
  // The claim: edit alice's version in gold (the view closes on it, in the Details panel).
  await page.keyboard.press('j');
  await page.keyboard.press('e');
  await expect(adjudication).toBeHidden();
  await details(page).getByRole('combobox', { name: 'Stance' }).selectOption('opposes');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.getByRole('button', { name: 'Adjudicate…' }).click();
  await expect(adjudication).toContainText('4 of 4 decided');
  await expect(items.getByRole('option').nth(3)).toContainText('Edited in gold');
  await adjudication.getByRole('button', { name: 'Done' }).click();

  // After a restart the sources are exactly as they were, and gold holds the three kept items.
  await gloss.restart();
  await gloss.open(page);
  const after = await bySet(gloss, documentId);
  expect(after['alice']).toEqual(sources['alice']);
  expect(after['bob']).toEqual(sources['bob']);
  const gold = after['gold'] ?? [];
  expect(gold.map((annotation) => [annotation.type, annotation.fragments[0]?.exact, annotation.fields]).sort()).toEqual(
    [
      ['quote', Q1, { kind: 'direct' }],
      ['quote', Q2_BOB, { kind: 'indirect' }],
      ['claim', CLAIM_ALICE, { stance: 'opposes' }],
    ].sort(),
  );
  await page.getByRole('button', { name: /Riverside council delays bridge vote/ }).click();
  await expect(page.getByRole('region', { name: 'Annotation sets' }).locator('button[aria-pressed]')).toHaveText([/bob\s*yours\s*3/, /alice\s*4/, /gold\s*3/]);

  // The rejected event is still rejected: nothing went backwards, in the view or beside it.
  await page.getByRole('button', { name: 'Adjudicate…' }).click();
  await expect(adjudication).toContainText('4 of 4 decided');
  await expect(items.getByRole('option').nth(0)).toContainText('Rejected');
  const documents = adjudication.getByRole('group', { name: 'Documents' });
  await expect(documents.getByRole('button', { name: /Riverside council delays bridge vote/ })).toContainText('4 of 4 decided');
  // Taken, then rejected again (the gold copy goes, the rejection is kept), and the next item undecided (U).
  await items.focus();
  await page.keyboard.press('1');
  await expect(items.getByRole('option').nth(0)).toContainText('Taken from alice');
  await page.keyboard.press('r');
  await expect(items.getByRole('option').nth(0)).toContainText('Rejected');
  await page.keyboard.press('j');
  await page.keyboard.press('u');
  await expect(adjudication).toContainText('3 of 4 decided');
  await adjudication.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await gloss.restart();
  await gloss.open(page);
  await page.getByRole('button', { name: /Riverside council delays bridge vote/ }).click();
  await page.getByRole('button', { name: 'Adjudicate…' }).click();
  await expect(adjudication).toContainText('3 of 4 decided');
  await expect(items.getByRole('option').nth(0)).toContainText('Rejected');
  await expect(items.getByRole('option').nth(1)).toContainText('Not decided');
  expect((await bySet(gloss, documentId))['gold']?.map((annotation) => annotation.fragments[0]?.exact).sort()).toEqual([CLAIM_ALICE, Q2_BOB].sort());
});

test('a long adjudication draws only the items in view, and the keys still reach every item with its progress', async ({ page, gloss }) => {
  test.setTimeout(120_000);
  const { documentId, text } = await importedArticle(gloss, ARTICLE);
  const second = await importedArticle(gloss, SECOND_ARTICLE);
  // Every word tagged by both: alice calls it a claim, bob an event, so each word is one item with a type difference.
  const words = [...text.matchAll(/\p{L}+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length, exact: match[0] }));
  const now = '2026-01-01T00:00:00.000Z';
  const upsert = ['alice', 'bob'].flatMap((set) =>
    words.map(({ start, end, exact }, i): StoredAnnotation => ({
      id: `${set}-${i}`,
      type: set === 'alice' ? 'claim' : 'event',
      set,
      fragments: [{ start, end, exact, prefix: '', suffix: '' }],
      fields: {},
      created: now,
      modified: now,
    })),
  );
  expect((await gloss.harness.handlers.saveChanges({ documentId, upsert, remove: [] })).ok).toBe(true);
  // The second article: alice and bob each tagged one phrase of their own, so two items, none decided yet.
  const tagOf = (set: string, phrase: string): StoredAnnotation => {
    const start = second.text.indexOf(phrase);
    return { id: `${set}-ferry`, type: 'claim', set, fragments: [{ start, end: start + phrase.length, exact: phrase, prefix: '', suffix: '' }], fields: {}, created: now, modified: now };
  };
  const ferry = [tagOf('alice', 'will resume its winter crossings'), tagOf('bob', 'Commuters doubted the timetable would hold')];
  expect((await gloss.harness.handlers.loadDocument({ documentId: second.documentId })).ok).toBe(true);
  expect((await gloss.harness.handlers.saveChanges({ documentId: second.documentId, upsert: ferry, remove: [] })).ok).toBe(true);
  await gloss.open(page);
  await page.getByRole('button', { name: /Riverside council delays bridge vote/ }).click();
  await expect(page.locator('[aria-label="Article text"]')).toContainText('already funded');

  await page.getByRole('button', { name: 'Adjudicate…' }).click();
  const adjudication = page.getByRole('dialog', { name: /^Adjudicate/ });
  const items = adjudication.getByRole('listbox', { name: 'Items to adjudicate' });
  await expect(adjudication).toContainText(`0 of ${words.length} decided`);
  const drawn = await items.getByRole('option').count();
  expect(drawn).toBeLessThan(words.length / 2);
  await expect(items.getByRole('option').first()).toHaveAttribute('aria-setsize', String(words.length));

  // Down to the last item by keys: it is drawn, selected, named as the active item, and takes a decision.
  await items.focus();
  for (let i = 1; i < words.length; i++) await page.keyboard.press('j');
  const last = items.getByRole('option', { selected: true });
  await expect(last).toHaveAttribute('aria-posinset', String(words.length));
  await expect(last).toBeInViewport();
  await expect(items).toHaveAttribute('aria-activedescendant', (await last.getAttribute('id')) ?? '');
  await page.keyboard.press('2');
  await expect(last).toContainText('Taken from bob');
  await expect(adjudication).toContainText(`1 of ${words.length} decided`);
  // N goes round to the first undecided item, at the top again.
  await page.keyboard.press('n');
  await expect(items.getByRole('option', { selected: true })).toHaveAttribute('aria-posinset', '1');
  await screenshots(page, 'adjudication-long');

  // Beside the items, each document's progress: this one as decided here, the other as saved.
  const documents = adjudication.getByRole('group', { name: 'Documents' });
  const council = documents.getByRole('button', { name: /Riverside council delays bridge vote/ });
  const ferryButton = documents.getByRole('button', { name: /Lakeside ferry/ });
  await expect(council).toContainText(`1 of ${words.length} decided`);
  await expect(council).toHaveAttribute('aria-current', 'true');
  await expect(ferryButton).toContainText('0 of 2 decided');
  // Choosing the other document adjudicates it; the one left shows what was saved of it.
  await ferryButton.click();
  await expect(adjudication).toHaveAccessibleName(/Lakeside ferry/);
  await expect(adjudication).toContainText('0 of 2 decided');
  await items.focus();
  await page.keyboard.press('r');
  await expect(ferryButton).toContainText('1 of 2 decided');
  await expect(council).toContainText(`1 of ${words.length} decided`);
  await screenshots(page, 'adjudication-documents');
});
