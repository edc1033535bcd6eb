import { expect, selectInArticle, test } from '../support/gloss';
import { startHarness } from '../../harness/server';
import { join } from 'node:path';
import { openTramArticle } from './a11y-fixture';

test("when the services stop, the page says so, keeps the change, warns before a reload and saves it once they are back", async ({ page, gloss }) => {
  await openTramArticle(page, gloss);
  const status = page.getByRole('status');
  const items = page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem');
  await selectInArticle(page, 'Every car has been tested twice');
  await page.keyboard.press('q');
  await expect(page.getByTestId('announcer')).toHaveText('Quote added');
  await expect(status).toHaveText('Saved');

  const { port, searchParams } = new URL(gloss.harness.url);
  await gloss.harness.stop();
  await selectInArticle(page, 'the repairs came in under budget');
  await page.keyboard.press('c');
  await expect(status).toHaveText(/^Not saved: Gloss's services stopped/);
  await expect(items).toHaveCount(2);
  // Leaving now would lose the claim: the page asks first.
  const warned = await page.evaluate(() => {
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    return leaving.defaultPrevented;
  });
  expect(warned).toBe(true);

  // The services come back where the page expects them; its next try saves the claim.
  gloss.harness = await startHarness({
    workspace: gloss.workspaceDir,
    preferencesDir: join(gloss.root, 'preferences'),
    port: Number(port),
    token: searchParams.get('token') ?? '',
  });
  await expect(status).toHaveText('Saved', { timeout: 15_000 });
  await page.reload();
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: 'Claim' })).toContainText('the repairs came in under budget');
});
