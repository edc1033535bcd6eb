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
