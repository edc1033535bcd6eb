import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { describeFragment } from '../../../core/anchoring/fragment';
import type { StoredAnnotation } from '../../../core/model/annotation';
import { CodePointIndex } from '../../../core/text/code-points';
import { cloneWorkspace } from '../../../main/services/sync/share';
import { syncWorkspace } from '../../../main/services/sync/sync-workspace';
import { Workspace } from '../../../main/services/workspace/workspace';
import { expect, test, type GlossFixture } from '../support/gloss';

/** An original article written for these tests (tests/fixtures/agreement). */
const ARTICLE = join(import.meta.dirname, '../../fixtures/agreement/council.txt');
const PHRASE = 'postponed its vote';

function noted(text: string, note: string, modified: string): StoredAnnotation {
  const index = new CodePointIndex(text);
  const start = index.toCodePoint(text.indexOf(PHRASE));
  const end = index.toCodePoint(text.indexOf(PHRASE) + PHRASE.length);
  return { id: 'vote-1', type: 'event', set: 'alice', fragments: [describeFragment(index, start, end)], fields: {}, note, created: '2026-12-02T09:00:00.000Z', modified };
}

/** Saves the annotation through the services, as the page's autosave would. */
async function saveInApp(gloss: GlossFixture, documentId: string, annotation: StoredAnnotation): Promise<void> {
  const loaded = await gloss.harness.handlers.loadDocument({ documentId });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const saved = await gloss.harness.handlers.saveChanges({ documentId, upsert: [annotation], remove: [] });
  if (!saved.ok) throw new Error(saved.error.message);
}

async function screenshots(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: test.info().outputPath(`${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('Share… pushes the workspace to a new shared folder; Sync brings a laptop’s edit and lists the conflict with both versions; Take theirs settles it', async ({ page, gloss }) => {
  test.setTimeout(180_000);
  const imported = await gloss.harness.importFiles([ARTICLE]);
  if (!imported.ok) throw new Error(imported.error.message);
  const documentId = imported.value.outcomes[0]?.documentId as string;
  const loaded = await gloss.harness.handlers.loadDocument({ documentId });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const { text } = loaded.value.document;
  await saveInApp(gloss, documentId, noted(text, 'first reading', '2026-12-02T09:00:00.000Z'));
  await gloss.open(page);

  // Share: the folder does not exist yet and becomes the team's bare repository.
  const remote = join(gloss.root, 'team.git');
  await page.getByRole('button', { name: 'Sync…' }).click();
  await page.getByRole('dialog', { name: 'Share through git' }).getByLabel(/Share with/).fill(remote);
  await page.getByRole('dialog', { name: 'Share through git' }).getByRole('button', { name: 'Share', exact: true }).click();
  // Once shared, the dialog is the Sync dialog.
  const dialog = page.getByRole('dialog', { name: 'Sync' });
  await expect(dialog.getByText(`Pushed to ${remote}.`)).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByText(/^Committed: Gloss sync: 1 annotation in set alice on 1 document; \d+ documents imported/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The same analyst's laptop: a clone, the same annotation noted differently, synced first.
  const laptop = join(gloss.root, 'laptop');
  const cloned = await cloneWorkspace(laptop, remote);
  if (!cloned.ok) throw new Error(cloned.error.message);
  const other = await Workspace.open(laptop);
  if (!other.ok) throw new Error(other.error.message);
  await other.value.loadDocument(documentId);
  await other.value.saveChanges(documentId, { upsert: [noted(text, 'laptop: the vote moves to March', '2026-12-02T11:00:00.000Z')], remove: [] });
  expect((await other.value.setStatus(documentId, 'done')).ok).toBe(true);
  await other.value.flush();
  const fromLaptop = await syncWorkspace(other.value, { author: 'alice' });
  expect(fromLaptop.ok).toBe(true);

  await saveInApp(gloss, documentId, noted(text, 'desk: the vote moves to April', '2026-12-02T10:00:00.000Z'));
  expect((await gloss.harness.handlers.setDocumentStatus({ documentId, status: 'in-progress' })).ok).toBe(true);
  await page.getByRole('button', { name: 'Sync…' }).click();
  const sync = page.getByRole('dialog', { name: 'Sync' });
  await expect(sync.getByText(`Shared through git with ${remote}`)).toBeVisible();
  await sync.getByRole('button', { name: 'Sync now' }).click();
  await expect(sync.getByText('2 new conflicts: yours kept in place, theirs kept below for review.')).toBeVisible({ timeout: 60_000 });
  const review = sync.getByRole('region', { name: 'Conflicts to review' });
  const annotation = review.getByRole('listitem').filter({ hasText: 'Annotation vote-1' });
  await expect(annotation).toContainText('changed differently here and there');
  await expect(annotation).toContainText('note: desk: the vote moves to April');
  await expect(annotation).toContainText('note: laptop: the vote moves to March');
  // The document's entry in words: its title and each side's status.
  const entry = review.getByRole('listitem').filter({ hasText: `Document ${documentId}` });
  await expect(entry).toContainText('status: In progress');
  await expect(entry).toContainText('status: Done');
  await screenshots(page, 'sync-conflict');

  await annotation.getByRole('button', { name: 'Take theirs' }).click();
  await expect(annotation).toBeHidden();
  await entry.getByRole('button', { name: 'Take theirs' }).click();
  await expect(review).toBeHidden();
  const after = await gloss.harness.handlers.loadDocument({ documentId });
  expect(after.ok && after.value.annotations.map((annotation) => annotation.note)).toEqual(['laptop: the vote moves to March']);
  // The list shows the laptop's status once the dialog closes.
  await sync.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('navigation', { name: 'Documents' }).getByRole('combobox', { name: /^Status of/ }).first()).toHaveValue('done');
});
