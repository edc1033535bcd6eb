import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { describeFragment } from '../../../core/anchoring/fragment';
import type { AnnotationChangeRequest } from '../../../core/model/annotation-changes';
import type { StoredAnnotation } from '../../../core/model/annotation';
import { CodePointIndex } from '../../../core/text/code-points';
import { expect, selectInArticle, test, type GlossFixture } from '../support/gloss';

const ANNOTATIONS = 10_000;
const TITLE = 'Harbour board minutes';

/** A long plain-text article written for this test: numbered paragraphs about a harbour board's meetings. */
function minutes(): string {
  const paragraphs = Array.from(
    { length: 400 },
    (_, i) => `Item ${i + 1}. The harbour board heard a report on berth ${i % 37} and agreed to review the dredging schedule before the next tide table.`,
  );
  return [TITLE, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

/** Imports the minutes with ten thousand annotations already stored, then opens them in the page. */
async function openLongDocument(page: Page, gloss: GlossFixture): Promise<string> {
  const file = join(gloss.root, 'minutes.txt');
  await writeFile(file, minutes());
  const imported = await gloss.harness.importFiles([file]);
  const documentId = imported.ok ? imported.value.outcomes[0]?.documentId : undefined;
  if (!documentId) throw new Error('the minutes were not imported');
  const loaded = await gloss.harness.handlers.loadDocument({ documentId });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const index = new CodePointIndex(loaded.value.document.text);
  const board = [...loaded.value.document.text.matchAll(/harbour board/g)].map((m) => index.toCodePoint(m.index));
  const now = new Date().toISOString();
  const stored = Array.from({ length: ANNOTATIONS }, (_, i): StoredAnnotation => {
    const start = board[i % board.length]!;
    return { id: `seeded-${i}`, type: 'actor', set: 'default', fragments: [describeFragment(index, start, start + 13)], fields: {}, created: now, modified: now };
  });
  const saved = await gloss.harness.handlers.saveChanges({ documentId, upsert: stored, remove: [] });
  if (!saved.ok) throw new Error(saved.error.message);
  await gloss.open(page);
  await page.getByRole('button', { name: new RegExp(TITLE) }).click();
  await expect(page.locator('[aria-label="Article text"]')).toContainText('dredging schedule');
  return documentId;
}

/** The next saveChanges request the page sends, parsed. */
async function nextSave(page: Page, during: () => Promise<void>): Promise<AnnotationChangeRequest & { documentId: string }> {
  const sent = page.waitForRequest((request: Request) => request.url().endsWith('/api/saveChanges'), { timeout: 10_000 });
  await during();
  return (await sent).postDataJSON();
}

test('one change to a document of ten thousand annotations sends that one annotation, and a removal sends its id alone', async ({ page, gloss }) => {
  test.setTimeout(90_000);
  const documentId = await openLongDocument(page, gloss);
  const status = page.getByRole('status');

  const tagged = await nextSave(page, async () => {
    await selectInArticle(page, 'dredging schedule');
    await page.keyboard.press('e');
  });
  expect(tagged.documentId).toBe(documentId);
  expect(tagged.remove).toEqual([]);
  expect(tagged.upsert).toHaveLength(1);
  expect(tagged.upsert[0]).toMatchObject({ type: 'event', fragments: [expect.objectContaining({ exact: 'dredging schedule' })] });
  await expect(status).toHaveText('Saved');

  const removed = await nextSave(page, async () => {
    await page.getByRole('list', { name: 'Annotation list' }).locator('[aria-current="true"]').click();
    await page.keyboard.press('Delete');
  });
  expect(removed).toEqual({ documentId, upsert: [], remove: [tagged.upsert[0]!.id] });
  await expect(status).toHaveText('Saved');

  const reloaded = await gloss.harness.handlers.loadDocument({ documentId });
  expect(reloaded.ok && reloaded.value.annotations.length).toBe(ANNOTATIONS);
});
