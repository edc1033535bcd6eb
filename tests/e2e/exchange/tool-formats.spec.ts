import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/gloss';
import { annotationItems, openFerryArticle } from '../reading/reading-support';

const QUOTE = 'We have asked for fair rosters';
const plural = (n: number) => `${n} annotation${n === 1 ? '' : 's'}`;

/**
 * The Export and Import dialogs offer WebAnno TSV, Label Studio and doccano:
 * each is written from the Export dialog and comes back through the Import
 * dialog as a set of its own, its quote in the same place.
 */
test('exports to WebAnno TSV, Label Studio and doccano from the Export dialog and imports each back as a set', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss, [{ id: 'q1', type: 'quote', phrase: QUOTE }]);
  const formats = [
    { label: 'WebAnno TSV 3.3', out: join(gloss.root, 'ferry-tsv'), pick: async (out: string) => [join(out, (await readdir(out))[0] ?? '')] },
    { label: 'Label Studio JSON', out: join(gloss.root, 'ferry.json'), pick: async (out: string) => [out] },
    { label: 'doccano JSONL', out: join(gloss.root, 'ferry.jsonl'), pick: async (out: string) => [out] },
  ];
  for (const [i, format] of formats.entries()) {
    gloss.harness.dialogs.answerNext(format.out);
    await page.getByRole('button', { name: 'Export…' }).click();
    const exporting = page.getByRole('dialog', { name: 'Export annotations' });
    await exporting.getByLabel(format.label).check();
    await exporting.getByLabel('The open document').check();
    // The narrow window of the usual laptop: every choice and the button stay reachable.
    if (i === 0) await page.setViewportSize({ width: 1024, height: 700 });
    await exporting.getByRole('button', { name: 'Export…' }).click();
    await expect(exporting).toBeHidden();
    await expect(page.getByRole('alert')).toContainText(`Exported ${plural(2 ** i)} from 1 document to ${format.out}`);

    gloss.harness.dialogs.answerNext(await format.pick(format.out));
    await page.getByRole('button', { name: 'Import Annotations…' }).click();
    const importing = page.getByRole('dialog', { name: 'Import annotations' });
    await importing.getByLabel(format.label).check();
    await importing.getByLabel('New set').fill(`back-${i}`);
    await importing.getByRole('button', { name: 'Choose files…' }).click();
    await expect(importing).toBeHidden();
    await expect(page.getByRole('alert')).toContainText(`Imported ${plural(2 ** i)} into 1 document (0 new) as the set “back-${i}”.`);
    // Each set the file carried comes back under the new one (back-1/default, back-1/back-0), on the same words.
    await expect(annotationItems(page).filter({ hasText: `back-${i}` })).toHaveText(Array.from({ length: 2 ** i }, () => new RegExp(QUOTE)));
  }
  // Each export carries every set so far, the sets imported before it too.
  await expect(annotationItems(page)).toHaveCount(8);
});
