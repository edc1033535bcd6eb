import { expect, test } from '../support/gloss';
import { openFerryArticle } from '../reading/reading-support';

test('the Export dialog says what the chosen format will not carry, and nothing for Gloss', async ({ page, gloss }, testInfo) => {
  await openFerryArticle(page, gloss, [{ id: 'q1', type: 'quote', phrase: 'We have asked for fair rosters' }]);
  await page.getByRole('button', { name: 'Export…' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export annotations' });
  const warning = exporting.locator('.export-losses');
  await expect(warning).toBeHidden();
  await exporting.getByLabel('brat standoff').check();
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('brat standoff will not carry: entity links in a field');
  await expect(warning).toContainText('created and modified times');
  await exporting.getByLabel('REFI-QDA project').check();
  await expect(warning).toContainText('REFI-QDA project will not carry: the ids of annotations that have no fields');
  // Looked at by eye at both sizes, light and dark; kept with the test's output, not committed.
  for (const [width, height] of [
    [1440, 900],
    [1024, 700],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: testInfo.outputPath(`export-warning-${width}x${height}-${colorScheme}.png`) });
    }
  }
  await exporting.getByRole('radio', { name: /^Gloss Lossless/ }).check();
  await expect(warning).toBeHidden();
});
