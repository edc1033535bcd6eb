import { join } from 'node:path';
import { expect, test } from '../support/gloss';
import { openTramArticle } from './a11y-fixture';

test('the File menu’s shortcuts work in the page itself: Shift+Ctrl+E exports, even from a text field; Shift+Ctrl+N creates; Shift+Ctrl+W closes', async ({ page, gloss }) => {
  await openTramArticle(page, gloss);
  await page.keyboard.press('Shift+Control+E');
  const exporting = page.getByRole('dialog', { name: 'Export annotations' });
  await expect(exporting).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(exporting).toBeHidden();

  await page.getByRole('searchbox', { name: 'Filter documents' }).focus();
  await page.keyboard.press('Shift+Control+E');
  await expect(exporting).toBeVisible();
  await page.keyboard.press('Escape');

  // A new workspace is named after the folder chosen for it, as from the menu.
  gloss.harness.dialogs.answerNext(join(gloss.root, 'Harbour desk'));
  await page.keyboard.press('Shift+Control+N');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Harbour desk');

  await page.keyboard.press('Shift+Control+W');
  await expect(page.getByRole('button', { name: 'Open Workspace…' })).toBeVisible();
});
