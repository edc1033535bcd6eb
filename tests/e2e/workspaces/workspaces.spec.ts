import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, selectInArticle, test } from '../support/gloss';

const fixture = (name: string) => join(import.meta.dirname, '../../fixtures/articles', name);

test('creates a workspace, imports from the menu, tags, and reopens from Open Recent at the same document', async ({ page, gloss }) => {
  await gloss.open(page);
  const newWorkspace = join(gloss.root, 'desk');
  gloss.harness.dialogs.answerNext(newWorkspace);
  await gloss.harness.menu.newWorkspace();
  const documents = page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem');
  await expect(page.getByText('No documents yet')).toBeVisible();

  gloss.harness.dialogs.answerNext([fixture('ferry.txt'), fixture('bridge.txt')]);
  await gloss.harness.menu.importDocuments();
  await expect(documents).toHaveCount(2);
  await expect(page.getByRole('alert')).toContainText('Imported 2 of 2 files.');

  await page.getByRole('button', { name: /Council delays vote/ }).click();
  await selectInArticle(page, 'postponed its vote');
  await page.keyboard.press('e');
  await expect(page.getByRole('status')).toHaveText('Saved');

  await gloss.restart();
  await gloss.open(page);
  await gloss.harness.menu.closeWorkspace();
  await page.getByRole('button', { name: newWorkspace }).click();
  await expect(page.locator('[aria-label="Article text"]')).toContainText('Council delays vote');
  await expect(page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')).toContainText(['postponed its vote']);
});

test('reports a damaged annotations file by name and leaves it untouched on disk', async ({ page, gloss }) => {
  const entries = gloss.harness.session.workspace?.entries ?? [];
  const damagedId = entries[1]?.id ?? '';
  const path = join(gloss.workspaceDir, 'annotations', `${damagedId}.json`);
  const damaged = '{ "format": "gloss.annotations", "version": 1, "annotations": [ { "id": ';
  await writeFile(path, damaged);

  await gloss.open(page);
  await expect(page.getByRole('alert')).toContainText(`annotations/${damagedId}.json is not valid JSON`);
  await page.getByRole('button', { name: entries[1]?.title ?? '' }).click();
  await expect(page.getByText(`annotations/${damagedId}.json`).first()).toBeVisible();
  await selectInArticle(page, 'said');
  await page.keyboard.press('q');
  await page.waitForTimeout(500);
  expect(await readFile(path, 'utf8')).toBe(damaged);
});

test('a second Gloss on the same workspace opens it read-only and says so', async ({ page, gloss }) => {
  const { startHarness } = await import('../../harness/server');
  const second = await startHarness({ workspace: gloss.workspaceDir, preferencesDir: join(gloss.root, 'prefs-2') });
  try {
    await page.goto(second.url);
    await expect(page.getByText(/Read-only: it is open in another Gloss/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Quote' })).toBeDisabled();
  } finally {
    await second.close();
  }
});
