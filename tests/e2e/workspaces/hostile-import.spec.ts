import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/gloss';

const HOSTILE = join(import.meta.dirname, '../../fixtures/hostile');

/**
 * Saved pages carrying scripts, handlers, javascript: and data: links, frames,
 * SVG and MathML payloads, CSS that fetches, <base> and <meta refresh>.
 * Importing and reading them must run nothing and reach no other address.
 */
test('importing and reading hostile web pages runs nothing and makes no outside request', async ({ page, gloss }) => {
  const dialogs: string[] = [];
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(gloss.harness.url).origin) foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  await gloss.open(page);
  const files = (await readdir(HOSTILE)).map((name) => join(HOSTILE, name));
  gloss.harness.dialogs.answerNext(files);
  await gloss.harness.menu.importDocuments();
  await expect(page.getByRole('alert')).toContainText(`Imported ${files.length} of ${files.length} files.`);

  for (const title of ['Port authority publishes storm report', 'Council approves flood barrier']) {
    await page.getByRole('button', { name: new RegExp(title) }).click();
    const reader = page.locator('[aria-label="Article text"]');
    await expect(reader).toContainText(title);
    await expect(reader).toContainText('said');
    await expect(reader).not.toContainText('alert(');
    await expect(reader).not.toContainText('__pwned');
    await reader.click();
  }
  expect(await page.locator('[aria-label="Article text"]').innerHTML()).not.toContain('<script');
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(foreignRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
