import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Workspace } from '../../../main/services/workspace/workspace';
import { expect, selectInArticle, test } from '../support/gloss';

test('when the annotations folder vanishes, the change is kept, the failure shown, and saved once the folder is back', async ({ page, gloss }) => {
  await gloss.open(page);
  const status = page.getByRole('status');
  await selectInArticle(page, 'foreign ministers');
  await page.keyboard.press('q');
  await expect(status).toHaveText('Saved');

  const folder = join(gloss.workspaceDir, 'annotations');
  await rename(folder, `${folder}-away`);
  await selectInArticle(page, 'emergency session');
  await page.keyboard.press('e');
  await expect(status).toContainText('Not saved: no such file (annotations/');
  await expect(status).toContainText('could not be written) (trying again)');
  await expect(page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')).toHaveCount(2);

  await rename(`${folder}-away`, folder);
  await expect(status).toHaveText('Saved', { timeout: 10_000 });
  const id = gloss.harness.session.workspace?.entries.find((entry) => entry.title.startsWith('Northern Shield'))?.id;
  // As the next session reads them from disk: the set file with its change journal (the store's one reader).
  const onDisk = await Workspace.open(gloss.workspaceDir);
  if (!onDisk.ok) throw new Error(onDisk.error.message);
  const saved = await onDisk.value.readStoredAnnotations(id ?? '');
  expect(saved.annotations.map((a) => a.fragments[0]?.exact).sort()).toEqual([
    'emergency session',
    'foreign ministers',
  ]);
});
