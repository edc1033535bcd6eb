import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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

test('imports articles dropped on the window, and reports the one it cannot read', async ({ page, gloss }) => {
  await gloss.open(page);
  const ferry = await readFile(fixture('ferry.txt'), 'utf8');
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'ferry.txt', { type: 'text/plain' }));
    transfer.items.add(new File([new Uint8Array([0xff, 0xfe, 0xfd])], 'garbled.txt', { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
  }, ferry);
  // Generous: reading, sending and importing runs alongside other tests; speed is measured in the bench.
  await expect(page.getByRole('alert')).toContainText('Imported 1 of 2 files. garbled.txt: skipped: not UTF-8 text', { timeout: 15_000 });
  const documents = page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem');
  await expect(documents).toHaveCount(4);
  await expect(documents.filter({ hasText: 'Ferry operators agree' })).toHaveCount(1);
});

test('reports a damaged annotations file by name, keeps a copy aside and leaves it untouched on disk', async ({ page, gloss }) => {
  const entry = gloss.harness.session.workspace?.entries[1];
  const path = join(gloss.workspaceDir, 'annotations', `${entry?.id}.json`);
  const damaged = '{ "format": "gloss.annotations", "version": 2, "annotations": [ { "id": ';
  await writeFile(path, damaged);

  await gloss.open(page);
  await page.getByRole('button', { name: entry?.title ?? '' }).click();
  const report = page.locator('.article-problem');
  await expect(report).toContainText(`annotations/${entry?.id}.json is not valid JSON`);
  const aside = /kept as (damaged\/\S+\.json)/.exec((await report.textContent()) ?? '')?.[1] ?? '';
  expect(await readFile(join(gloss.workspaceDir, aside), 'utf8')).toBe(damaged);
  expect(await readFile(path, 'utf8')).toBe(damaged);
});

test('an annotation whose text cannot be found waits for review and can be placed again', async ({ page, gloss }) => {
  const entry = gloss.harness.session.workspace?.entries[0];
  // The default set's file of the document, written as another Gloss would have.
  const path = join(gloss.workspaceDir, 'annotations', entry?.id ?? '', 'default.json');
  const file = { format: 'gloss.set-annotations', version: 1, documentId: entry?.id, set: 'default', textSha256: entry?.textSha256, unplaced: [] };
  await mkdir(dirname(path), { recursive: true });
  const lost = {
    id: 'lost-quote',
    type: 'quote',
    set: 'default',
    fragments: [{ start: 3, end: 20, exact: 'words that vanished', prefix: '', suffix: '' }],
    fields: {},
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
  await writeFile(path, JSON.stringify({ ...file, annotations: [lost] }));

  await gloss.open(page);
  const review = page.getByRole('region', { name: /Needs review/ });
  await expect(review).toContainText('words that vanished');
  await selectInArticle(page, 'foreign ministers');
  await review.getByRole('button', { name: 'Place at selection' }).click();
  await expect(review).toBeHidden();
  const items = page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem');
  await expect(items).toContainText(['foreign ministers']);
  await expect(page.getByRole('status')).toHaveText('Saved');
  const saved = JSON.parse(await readFile(path, 'utf8'));
  expect(saved.unplaced).toEqual([]);
  expect(saved.annotations[0]).toMatchObject({ id: 'lost-quote', fragments: [{ exact: 'foreign ministers' }] });
});

test('a second Gloss on the same workspace opens it read-only and says so', async ({ page, gloss }) => {
  const { startHarness } = await import('../../harness/server');
  const second = await startHarness({ workspace: gloss.workspaceDir, preferencesDir: join(gloss.root, 'prefs-2') });
  try {
    await page.goto(second.url);
    await expect(page.getByText(/Read-only: it is open for writing in the Gloss app \(process \d+ on .+, since .+ UTC\)/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Quote' })).toBeDisabled();
  } finally {
    await second.close();
  }
});

test('imports documents from the window itself: the document list’s Import… button and Ctrl+I', async ({ page, gloss }) => {
  await gloss.open(page);
  const documents = page.getByRole('navigation', { name: 'Documents' });
  const before = await documents.getByRole('listitem').count();
  gloss.harness.dialogs.answerNext([fixture('ferry.txt')]);
  await documents.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('alert')).toContainText('Imported 1 of 1 file.');
  await expect(documents.getByRole('listitem')).toHaveCount(before + 1);

  gloss.harness.dialogs.answerNext([fixture('bridge.txt')]);
  await page.locator('body').press('Control+i');
  await expect(documents.getByRole('listitem')).toHaveCount(before + 2);
  await expect(documents).toContainText('Council delays vote');
});
