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
