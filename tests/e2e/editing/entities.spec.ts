import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, highlightedTexts, selectInArticle, test, type GlossFixture } from '../support/gloss';
import { details, tag } from './editing-fixture';

/** An original article written for these tests: one mayor, named three ways. */
const COUNCIL_ARTICLE = join(import.meta.dirname, '../../fixtures/editing/harbour-council.md');

async function openCouncilArticle(page: Page, gloss: GlossFixture): Promise<void> {
  const imported = await gloss.harness.importFiles([COUNCIL_ARTICLE]);
  if (!imported.ok || !imported.value.outcomes[0]?.documentId) throw new Error('the council article was not imported');
  await gloss.open(page);
  await page.getByRole('button', { name: /Harbour council splits/ }).click();
  await expect(page.locator('[aria-label="Article text"]')).toContainText('We cannot wait another winter');
}

/** Types into a field's entity combobox and chooses the offer whose text matches. */
async function chooseEntity(page: Page, field: string, typed: string, offer: RegExp): Promise<void> {
  const input = details(page).getByRole('combobox', { name: field });
  await input.fill(typed);
  await expect(page.getByRole('listbox', { name: 'Entities' })).toBeVisible();
  const option = page.getByRole('option', { name: offer });
  await expect(option).toBeVisible();
  // Keyboard only: typing highlights the first offer; arrow down to the one wanted, Enter to choose it.
  const options = await page.getByRole('option').allTextContents();
  const position = options.findIndex((text) => offer.test(text));
  for (let i = 0; i < position; i++) await input.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await input.press('Enter');
}

const entitiesDialog = (page: Page) => page.getByRole('dialog', { name: 'Entities' });

test('links two quotes to one person through different aliases, merges a duplicate, and keeps it all after a restart', async ({ page, gloss }) => {
  // Three quotes, two dialogs and a restart: more steps than most specs, so three times the usual bound.
  test.slow();
  await openCouncilArticle(page, gloss);
  const panel = details(page);

  // A new name creates the entity.
  await tag(page, 'We cannot wait another winter', 'q');
  await chooseEntity(page, 'Speaker', 'Szabó-Kettle', /New person: “Szabó-Kettle”/);
  await expect(panel.getByRole('group', { name: 'Speaker' })).toContainText('Szabó-Kettle');

  // Another spelling becomes an alias in the Entities dialog.
  await page.getByRole('button', { name: 'Entities…' }).click();
  const dialog = entitiesDialog(page);
  await expect(dialog.getByRole('region', { name: 'Entity Szabó-Kettle' })).toBeVisible();
  await dialog.getByRole('textbox', { name: 'New alias for Szabó-Kettle' }).fill('Szabo Kettle');
  await dialog.getByRole('button', { name: 'Add alias' }).click();
  await expect(dialog.getByRole('list', { name: 'Aliases of Szabó-Kettle' })).toContainText('Szabo Kettle');
  await page.screenshot({ path: test.info().outputPath('entities-dialog.png') });
  await dialog.getByRole('button', { name: 'Done' }).click();

  // The second quote finds her through that alias, typed without its accent or capitals.
  await tag(page, 'Work starts in July', 'q');
  await chooseEntity(page, 'Speaker', 'szabo k', /Szabó-Kettle.*as “Szabo Kettle”/);
  await expect(panel.getByRole('group', { name: 'Speaker' })).toContainText('Szabó-Kettle');

  // A third quote names her a third way: a duplicate entity, then merged into the first.
  await tag(page, 'whatever the council decided', 'q');
  await chooseEntity(page, 'Speaker', 'Mayor Oriana', /New person: “Mayor Oriana”/);
  // The new person is made first, then linked: both before the dialog counts the links.
  await expect(panel.getByRole('group', { name: 'Speaker' })).toContainText('Mayor Oriana');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.getByRole('button', { name: 'Entities…' }).click();
  await expect(dialog.getByText('2 entities')).toBeVisible();
  await dialog.getByRole('button', { name: /^Szabó-Kettle/ }).click();
  await expect(dialog.getByRole('region', { name: 'Entity Szabó-Kettle' })).toContainText('Linked annotations (2)');
  await dialog.getByRole('combobox', { name: 'Merge into Szabó-Kettle:' }).selectOption({ label: 'Mayor Oriana' });
  await dialog.getByRole('button', { name: 'Merge…' }).click();
  await dialog.getByRole('button', { name: 'Merge “Mayor Oriana” into “Szabó-Kettle”' }).click();
  await expect(dialog.getByText('1 entity')).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Entity Szabó-Kettle' })).toContainText('Linked annotations (3)');
  await dialog.getByRole('button', { name: 'Done' }).click();
  // The open quote's speaker follows the merge at once.
  await expect(panel.getByRole('group', { name: 'Speaker' })).toContainText('Szabó-Kettle');

  await gloss.restart();
  await gloss.open(page);
  await expect(page.locator('[aria-label="Article text"]')).toContainText('We cannot wait another winter');
  const list = page.getByRole('complementary', { name: 'Annotations' });
  await expect(list.getByText('Szabó-Kettle')).toHaveCount(3);
  await page.getByRole('button', { name: 'Entities…' }).click();
  const region = dialog.getByRole('region', { name: 'Entity Szabó-Kettle' });
  await expect(region).toContainText('Linked annotations (3)');
  await expect(dialog.getByRole('list', { name: 'Aliases of Szabó-Kettle' })).toHaveText(/Szabo Kettle.*Mayor Oriana/);

  // A linked annotation opens at its span.
  await region.getByRole('button', { name: /Work starts in July/ }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('region', { name: 'Fragments' })).toContainText('Work starts in July');
});

test('unlinking a picked speaker says that its Actor tag stays, and offers to remove it', async ({ page, gloss }) => {
  await openCouncilArticle(page, gloss);
  const panel = details(page);
  await tag(page, 'The basin can wait; the budget cannot', 'q');
  await panel.getByRole('button', { name: 'Pick span for Speaker' }).click();
  await selectInArticle(page, 'Ives');
  await panel.getByRole('button', { name: 'Link selection' }).click();
  expect(await highlightedTexts(page, 'actor')).toEqual(['Ives']);

  await panel.getByRole('button', { name: 'Unlink Speaker' }).click();
  await expect(panel.getByRole('status')).toContainText('“Ives” is still tagged as Actor, and nothing links to it now.');
  await page.screenshot({ path: test.info().outputPath('orphan.png') });
  await panel.getByRole('button', { name: 'Remove the Actor tag' }).click();
  await expect.poll(() => highlightedTexts(page, 'actor')).toEqual([]);
});
