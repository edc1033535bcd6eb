import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, highlightedTexts, selectInArticle, test } from '../support/gloss';
import { details, openFerryArticle, tag } from './editing-fixture';

const tagButton = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Tag the selection' }).getByRole('button', { name });

test('edits the schema: a new type with its own key and colour, and a removed field keeps its values', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss);
  await tag(page, 'divers finished checking the landing piers', 'e');
  const panel = details(page);
  await panel.getByLabel('Date', { exact: true }).fill('3 April');
  await panel.getByLabel('Date', { exact: true }).press('Enter');
  await expect(panel.getByText('Normalised: 2025-04-03')).toBeVisible();

  await page.getByRole('button', { name: 'Schema…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Label schema' });
  await dialog.getByRole('button', { name: 'Add type' }).click();
  await dialog.getByLabel('Name', { exact: true }).fill('Infrastructure');
  await dialog.getByLabel('Colour').fill('#2a9d8f');
  await dialog.getByLabel('Shortcut key').fill('i');
  await dialog.getByLabel('New field kind').selectOption('choice');
  await dialog.getByRole('button', { name: 'Add field' }).click();
  await dialog.getByLabel('Field name').fill('Condition');
  await dialog.getByLabel('Options (comma-separated)').fill('sound, damaged, unknown');
  await dialog.getByLabel('Options (comma-separated)').press('Tab');

  await dialog.getByRole('button', { name: /^Event/ }).click();
  await dialog.getByRole('button', { name: 'Remove field Date' }).click();
  await dialog.getByRole('button', { name: 'Move Location up' }).click();
  await page.screenshot({ path: test.info().outputPath('schema-editor.png') });
  await dialog.getByRole('button', { name: 'Save schema' }).click();
  await expect(dialog).toBeHidden();

  // The event keeps its date, shown as a removed field; Location now comes before Target.
  await expect(panel.getByRole('region', { name: 'Removed fields' })).toContainText('3 April (2025-04-03)');
  const labels = await panel.locator('.details-field > label').allTextContents();
  expect(labels.slice(0, 4)).toEqual(['Event type', 'Actor', 'Location', 'Target']);

  // The new type tags with its key and its toolbar swatch has its colour.
  await expect(tagButton(page, 'Infrastructure')).toBeVisible();
  await selectInArticle(page, 'landing piers');
  await page.keyboard.press('i');
  await expect.poll(() => highlightedTexts(page, 'infrastructure')).toEqual(['landing piers']);
  await expect(panel.getByRole('combobox', { name: 'Condition' })).toBeVisible();
  const swatch = tagButton(page, 'Infrastructure').locator('.swatch');
  // #2a9d8f at the light theme's tint strength (45%), as color-mix computes it.
  await expect(swatch).toHaveCSS('background-color', /^color\(srgb 0\.1647\d* 0\.6156\d* 0\.5607\d* \/ 0\.45\)$/);
  await page.screenshot({ path: test.info().outputPath('after-schema.png') });

  const saved = JSON.parse(await readFile(join(gloss.workspaceDir, 'schema.json'), 'utf8'));
  expect(saved.types.map((type: { id: string }) => type.id)).toContain('infrastructure');
  await gloss.restart();
  await gloss.open(page);
  await expect(tagButton(page, 'Infrastructure')).toBeVisible();
});

test('sets which kind of entity a span field links to and a type names, and the Details panel follows', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss);
  await page.getByRole('button', { name: 'Schema…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Label schema' });
  await dialog.getByRole('button', { name: /^Event/ }).click();
  // The defaults: an event's actor and target are people; its location a place.
  await expect(dialog.getByRole('combobox', { name: 'Entity kind of Actor' })).toHaveValue('person');
  await expect(dialog.getByRole('combobox', { name: 'Entity kind of Location' })).toHaveValue('place');
  await dialog.getByRole('combobox', { name: 'Entity kind of Actor' }).selectOption({ label: 'Organisation' });
  await dialog.getByRole('combobox', { name: 'Entity kind of Target' }).selectOption({ label: 'None (plain text)' });
  await dialog.getByRole('button', { name: /^Location/ }).click();
  await expect(dialog.getByRole('combobox', { name: 'Spans name an entity' })).toHaveValue('place');
  await dialog.getByRole('combobox', { name: 'Spans name an entity' }).selectOption({ label: 'Other' });
  await page.screenshot({ path: test.info().outputPath('entity-kinds.png') });
  await dialog.getByRole('button', { name: 'Save schema' }).click();
  await expect(dialog).toBeHidden();

  const saved = JSON.parse(await readFile(join(gloss.workspaceDir, 'schema.json'), 'utf8'));
  const event = saved.types.find((type: { id: string }) => type.id === 'event');
  expect(event.fields.find((field: { id: string }) => field.id === 'actor').entityKind).toBe('organisation');
  expect(event.fields.find((field: { id: string }) => field.id === 'target')).not.toHaveProperty('entityKind');
  expect(saved.types.find((type: { id: string }) => type.id === 'location').entityKind).toBe('other');

  // A new name typed as the actor becomes an organisation; the target is plain text, offering no entities.
  await tag(page, 'divers finished checking the landing piers', 'e');
  const panel = details(page);
  await panel.getByRole('combobox', { name: 'Actor' }).fill('Lenna Ferry Company');
  await expect(page.getByRole('option', { name: /New organisation: “Lenna Ferry Company”/ })).toBeVisible();
  await expect(panel.getByRole('combobox', { name: 'Target' })).toHaveCount(0);
  await expect(panel.getByRole('textbox', { name: 'Target' })).toBeVisible();
});
