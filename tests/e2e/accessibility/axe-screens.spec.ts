import { expectAccessible } from '../support/axe';
import { expect, selectInArticle, test } from '../support/gloss';
import { openTramArticle } from './a11y-fixture';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen passes axe with no critical or serious violation (${colorScheme})`, async ({ page, gloss }) => {
    // Eight axe runs over a full page: more than the default 30 s on a busy machine.
    test.slow();
    await page.emulateMedia({ colorScheme });
    await openTramArticle(page, gloss);
    await selectInArticle(page, 'Every car has been tested twice');
    await page.keyboard.press('q');
    await selectInArticle(page, 'rewiring the western depot');
    await page.keyboard.press('e');
    await selectInArticle(page, 'the repairs came in under budget');
    await page.keyboard.press('c');
    await expect(page.getByRole('status')).toHaveText('Saved');
    await expectAccessible(page, `the reader with a selected claim (${colorScheme})`);

    for (const name of ['Schema…', 'Entities…', 'Export…', 'Import Annotations…']) {
      await page.getByRole('button', { name, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expectAccessible(page, `the ${name} dialog (${colorScheme})`, 'dialog[open]');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }

    await page.keyboard.press('Control+f');
    await expect(page.getByRole('search')).toBeVisible();
    await expectAccessible(page, `the find bar (${colorScheme})`);
    await page.keyboard.press('Escape');

    await gloss.harness.menu.closeWorkspace();
    await expect(page.getByRole('heading', { name: /Gloss/ }).first()).toBeVisible();
    await expectAccessible(page, `the welcome screen (${colorScheme})`);
  });
}

test('the set dialogs and the team dialogs pass axe in light and dark', async ({ page, gloss }) => {
  test.slow();
  await openTramArticle(page, gloss);
  await selectInArticle(page, 'Every car has been tested twice');
  await page.keyboard.press('q');
  await expect(page.getByRole('status')).toHaveText('Saved');
  const bothSchemes = async (screen: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectAccessible(page, `${screen} (${colorScheme})`, 'dialog[open]');
    }
  };

  // Naming oneself asks whether the work in "default" is one's own; cancelled, "default" stays as another set.
  const owner = page.getByLabel('Annotating as');
  await owner.fill('Ana');
  await owner.press('Enter');
  const adopting = page.getByRole('dialog', { name: 'Are the annotations in “default” yours?' });
  await expect(adopting).toBeVisible();
  await bothSchemes('the adopt-set dialog');
  await page.keyboard.press('Escape');
  await expect(adopting).toBeHidden();

  await page.getByRole('button', { name: 'Remove the set “default”…' }).click();
  const removing = page.getByRole('dialog', { name: 'Remove the set “default”?' });
  await expect(removing).toContainText('Its 1 annotation');
  await bothSchemes('the remove-set dialog');
  await page.keyboard.press('Escape');
  await expect(removing).toBeHidden();

  for (const name of ['Agreement…', 'Adjudicate…']) {
    await page.getByRole('button', { name, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await bothSchemes(`the ${name} dialog`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});
