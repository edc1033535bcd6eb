import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../support/gloss';

test('the analyst sets a status, and filters and sorts the document list; the status is kept', async ({ page, gloss }) => {
  await gloss.open(page);
  const list = page.getByRole('navigation', { name: 'Documents' });
  const titles = list.locator('.document-title');
  await expect(titles).toHaveCount(3);

  await list.getByRole('combobox', { name: /Status of Ostrava ministry/ }).selectOption('done');
  await list.getByRole('combobox', { name: 'Show status' }).selectOption('done');
  await expect(titles).toHaveText(['Ostrava ministry rejects report of troop build-up near ridge']);
  await list.getByRole('combobox', { name: 'Show status' }).selectOption('all');

  await list.getByRole('combobox', { name: 'Sort documents' }).selectOption('title');
  await expect(titles).toHaveText([/^Meridian lawmakers/, /^Northern Shield/, /^Ostrava ministry/]);
  await list.getByRole('searchbox', { name: 'Filter documents' }).fill('northern');
  await expect(titles).toHaveText([/^Northern Shield/]);

  await gloss.restart();
  await gloss.open(page);
  await expect(list.getByRole('combobox', { name: /Status of Ostrava ministry/ })).toHaveValue('done');
});

test('a list of 300 documents draws the rows in view; End, the filter and opening reach any of them', async ({ page, gloss }) => {
  test.slow();
  const folder = await mkdtemp(join(tmpdir(), 'gloss-long-list-'));
  try {
    const files: string[] = [];
    for (let i = 0; i < 300; i++) {
      const file = join(folder, `brief-${String(i).padStart(3, '0')}.txt`);
      await writeFile(file, `Harbour brief number ${i}\n\nThe harbour office said on Monday that berth ${i} would reopen after repairs to its crane.\n`);
      files.push(file);
    }
    const imported = await gloss.harness.importFiles(files);
    if (!imported.ok) throw new Error(imported.error.message);
    await gloss.open(page);
    const list = page.getByRole('navigation', { name: 'Documents' });
    await expect(list.getByRole('heading', { name: /Documents 303/ })).toBeVisible();
    // Only the rows in view (and a few beyond) are in the page.
    const rows = list.getByRole('listitem');
    expect(await rows.count()).toBeLessThan(40);

    // The open document's row is brought into view, as a file browser shows the file that is open.
    const open = list.getByRole('button', { name: /Northern Shield/ });
    await expect(open).toBeInViewport();
    await open.focus();
    await page.keyboard.press('Home');
    const first = list.getByRole('button', { name: /Harbour brief number 299/ });
    await expect(first).toBeFocused();
    await expect(first).toBeInViewport();
    await page.keyboard.press('End');
    // The sample articles were added first, the open one first of all: it is the last row.
    await expect(open).toBeFocused();
    await expect(open).toBeInViewport();

    await list.getByRole('searchbox', { name: 'Filter documents' }).fill('number 150');
    await expect(list.locator('.document-title')).toHaveText(['Harbour brief number 150']);
    await list.getByRole('button', { name: /Harbour brief number 150/ }).click();
    await expect(page.getByRole('textbox', { name: 'Article text' })).toContainText('berth 150 would reopen');

    await list.getByRole('searchbox', { name: 'Filter documents' }).fill('');
    await list.evaluate((nav) => nav.scrollTo({ top: nav.scrollHeight / 2 }));
    for (const [width, height] of [[1440, 900], [1024, 700]] as const) {
      await page.setViewportSize({ width, height });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.screenshot({ path: test.info().outputPath(`long-list-${width}x${height}-${colorScheme}.png`) });
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
