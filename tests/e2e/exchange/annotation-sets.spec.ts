import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, selectInArticle, test } from '../support/gloss';
import { annotationItems, openFerryArticle } from '../reading/reading-support';

const QUOTE = 'We have asked for fair rosters';

/** The texts painted by one highlight, whatever its name (a set's style has its own). */
const painted = (page: Page, name: string) =>
  page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((range) => (range as Range).toString()), name);

test('exports from the Export dialog, brings a colleague’s work back as a set in its own style, hides it (still hidden after a restart) and removes it', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss);
  const owner = page.getByLabel('Annotating as');
  await owner.fill('Alice');
  await owner.press('Enter');
  await selectInArticle(page, QUOTE);
  await page.getByRole('toolbar', { name: 'Tag the selection' }).getByRole('button', { name: 'Quote' }).click();
  await expect(annotationItems(page)).toContainText([QUOTE]);

  // Export the open document as W3C Web Annotation.
  const out = join(gloss.root, 'ferry.jsonld');
  gloss.harness.dialogs.answerNext(out);
  await page.getByRole('button', { name: 'Export…' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export annotations' });
  await exporting.getByLabel('W3C Web Annotation').check();
  await exporting.getByLabel('The open document').check();
  await exporting.getByRole('button', { name: 'Export…' }).click();
  await expect(exporting).toBeHidden();
  await expect(page.getByRole('alert')).toContainText(`Exported 1 annotation from 1 document to ${out}`);
  const collection = JSON.parse(await readFile(out, 'utf8'));
  expect(collection.type).toBe('AnnotationCollection');
  expect(JSON.stringify(collection)).toContain(`"exact":"${QUOTE}"`);

  // A colleague's copy of it comes back as the set "bob".
  gloss.harness.dialogs.answerNext([out]);
  await page.getByRole('button', { name: 'Import Annotations…' }).click();
  const importing = page.getByRole('dialog', { name: 'Import annotations' });
  await importing.getByLabel('W3C Web Annotation').check();
  await importing.getByLabel('New set').fill('bob');
  await importing.getByRole('button', { name: 'Choose files…' }).click();
  await expect(importing).toBeHidden();
  await expect(page.getByRole('alert')).toContainText('Imported 1 annotation into 1 document (0 new) as the set “bob”.');

  const sets = page.getByRole('region', { name: 'Annotation sets' });
  await expect(sets.locator('button[aria-pressed]')).toHaveText([/Alice\s*yours\s*1/, /bob\s*1/]);
  await expect(annotationItems(page)).toHaveCount(2);
  await expect(annotationItems(page).filter({ hasText: 'bob' })).toContainText(QUOTE);
  await expect.poll(() => painted(page, 'gloss-quote')).toEqual([QUOTE]);
  await expect.poll(() => painted(page, 'gloss-quote-s1')).toEqual([QUOTE]);

  // Hiding bob's set takes its highlight and its row away.
  await sets.getByRole('button', { name: /^bob/ }).click();
  await expect(sets.getByRole('button', { name: /^bob/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(annotationItems(page)).toHaveCount(1);
  await expect.poll(() => painted(page, 'gloss-quote-s1')).toEqual([]);

  // After a restart: both sets, bob's still hidden, and the analyst's name; showing bob brings his back.
  await gloss.restart();
  await gloss.open(page);
  await expect(page.getByLabel('Annotating as')).toHaveValue('Alice');
  await expect(sets.getByRole('button', { name: /^bob/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(annotationItems(page)).toHaveCount(1);
  await sets.getByRole('button', { name: /^bob/ }).click();
  await expect(annotationItems(page)).toHaveCount(2);
  await expect.poll(() => painted(page, 'gloss-quote-s1')).toEqual([QUOTE]);

  // The colleague's set can be removed from the workspace, after saying how much goes.
  await page.getByRole('button', { name: 'Remove the set “bob”…' }).click();
  const removing = page.getByRole('dialog', { name: 'Remove the set “bob”?' });
  await expect(removing).toContainText('Its 1 annotation will be removed from every document');
  await removing.getByRole('button', { name: 'Remove set' }).click();
  await expect(removing).toBeHidden();
  await expect(page.getByRole('alert')).toContainText('Removed the set “bob”: 1 annotation from 1 document.');
  await expect(annotationItems(page)).toHaveCount(1);
  await expect(annotationItems(page)).toContainText([QUOTE]);
  await expect(page.getByRole('region', { name: 'Annotation sets' }).getByRole('button', { name: /^bob/ })).toHaveCount(0);
});

test('an annotation import that cannot place an annotation lists the problem and changes nothing', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss, [{ id: 'q1', type: 'quote', phrase: QUOTE }]);
  const bad = join(gloss.root, 'elsewhere.jsonld');
  await writeFile(
    bad,
    JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          {
            id: 'urn:x:1',
            type: 'Annotation',
            body: [],
            target: { source: 'urn:gloss:document:nowhere', selector: { type: 'TextQuoteSelector', exact: 'words that are in no article' } },
          },
        ],
      },
    }),
  );
  gloss.harness.dialogs.answerNext([bad]);
  await gloss.harness.menu.importAnnotations();
  const importing = page.getByRole('dialog', { name: 'Import annotations' });
  await importing.getByLabel('W3C Web Annotation').check();
  await importing.getByRole('button', { name: 'Choose files…' }).click();
  await expect(importing.getByRole('alert')).toContainText('Nothing was imported, the workspace is unchanged');
  await expect(importing.getByRole('list', { name: 'Import problems' }).getByRole('listitem')).not.toHaveCount(0);
  await importing.getByRole('button', { name: 'Cancel' }).click();
  await expect(annotationItems(page)).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Annotation sets' }).locator('button[aria-pressed]')).toHaveCount(1);
});

test('the File menu opens the Export dialog, and cancelling the save dialog writes nothing', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss, [{ id: 'q1', type: 'quote', phrase: QUOTE }]);
  const before = await readdir(gloss.root);
  await gloss.harness.menu.exportAnnotations();
  const exporting = page.getByRole('dialog', { name: 'Export annotations' });
  await exporting.getByRole('button', { name: 'Export…' }).click();
  // No answer was scripted: the save dialog is cancelled, and the Export dialog stays for another try.
  await expect(exporting.getByRole('button', { name: 'Export…' })).toBeEnabled();
  await expect(exporting).toBeVisible();
  expect(await readdir(gloss.root)).toEqual(before);
});

test('the first name given adopts the work done as “default”, when the analyst says it is theirs', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss);
  await selectInArticle(page, QUOTE);
  await page.getByRole('toolbar', { name: 'Tag the selection' }).getByRole('button', { name: 'Quote' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  const sets = page.getByRole('region', { name: 'Annotation sets' });
  await expect(sets.locator('button[aria-pressed]')).toHaveText([/default\s*yours\s*1/]);

  const owner = page.getByLabel('Annotating as');
  await owner.fill('Ana');
  await owner.press('Enter');
  const asked = page.getByRole('dialog', { name: 'Are the annotations in “default” yours?' });
  await expect(asked).toContainText('1 annotation in this workspace were made in “default”');
  await asked.getByRole('button', { name: 'Make them Ana’s' }).click();
  await expect(page.getByRole('alert')).toContainText('1 annotation moved from “default” into your set, “Ana”.');
  // One set, the analyst's own, painted as theirs: nothing left behind in "default" with a × to delete it.
  await expect(sets.locator('button[aria-pressed]')).toHaveText([/Ana\s*yours\s*1/]);
  await expect(page.getByRole('button', { name: /Remove the set/ })).toHaveCount(0);

  await gloss.restart();
  await gloss.open(page);
  await expect(sets.locator('button[aria-pressed]')).toHaveText([/Ana\s*yours\s*1/]);
});
