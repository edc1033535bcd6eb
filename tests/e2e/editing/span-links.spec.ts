import { expect, highlightedTexts, selectInArticle, test } from '../support/gloss';
import { details, openFerryArticle, tag } from './editing-fixture';

test('links a span-reference field by picking words in the article, reusing an existing tag', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss);
  await tag(page, 'The piers are sound', 'q');
  const panel = details(page);

  await panel.getByRole('button', { name: 'Pick span for Speaker' }).click();
  await expect(panel.getByText('Select the words for Speaker in the article.')).toBeVisible();
  await selectInArticle(page, 'Tobias Renn');
  await expect(panel.getByRole('combobox', { name: 'Tag as' })).toHaveValue('actor');
  await panel.getByRole('combobox', { name: 'Tag as' }).selectOption({ label: 'Source' });
  await page.screenshot({ path: test.info().outputPath('picking.png') });
  await panel.getByRole('button', { name: 'Link selection' }).click();

  const speaker = panel.getByRole('group', { name: 'Speaker' });
  await expect(speaker).toContainText('Source');
  await expect(speaker).toContainText('Tobias Renn');
  expect(await highlightedTexts(page, 'source')).toEqual(['Tobias Renn']);
  await page.screenshot({ path: test.info().outputPath('linked.png') });

  // A second quote naming the same speaker links to the same source (though Actor is offered first), not a copy.
  await tag(page, 'He added that crossings would run every forty minutes at first.', 'q');
  await panel.getByRole('button', { name: 'Pick span for Speaker' }).click();
  await selectInArticle(page, 'Tobias Renn');
  await panel.getByRole('button', { name: 'Link selection' }).click();
  await expect(panel.getByRole('group', { name: 'Speaker' })).toContainText('Tobias Renn');
  expect(await highlightedTexts(page, 'source')).toEqual(['Tobias Renn']);
  expect(await highlightedTexts(page, 'actor')).toEqual([]);

  // Going to the linked annotation selects it.
  await panel.getByRole('group', { name: 'Speaker' }).getByRole('button', { name: /Tobias Renn/ }).click();
  await expect(panel.getByText('Source', { exact: true })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Fragments' })).toContainText('Tobias Renn');
});

test('shows a broken link, without failing, when the linked annotation is deleted', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss);
  await tag(page, 'The piers are sound', 'q');
  const panel = details(page);
  await panel.getByRole('button', { name: 'Pick span for Speaker' }).click();
  await selectInArticle(page, 'Tobias Renn');
  await panel.getByRole('button', { name: 'Link selection' }).click();
  await expect(panel.getByRole('group', { name: 'Speaker' })).toContainText('Tobias Renn');

  const list = page.getByRole('list', { name: 'Annotation list' });
  await list.getByRole('button', { name: /Delete Actor/ }).click();
  await list.getByRole('button', { name: /^Quote/ }).click();
  const speaker = panel.getByRole('group', { name: 'Speaker' });
  await expect(speaker).toContainText('Broken link: the linked annotation was deleted.');
  await page.screenshot({ path: test.info().outputPath('broken-link.png') });

  // Undoing the delete mends the link; unlinking clears it and frees the field for text.
  await page.keyboard.press('Control+z');
  await expect(speaker).toContainText('Tobias Renn');
  await speaker.getByRole('button', { name: 'Unlink Speaker' }).click();
  await expect(panel.getByLabel('Speaker', { exact: true })).toHaveValue('');
});

test('a double-click on a word while picking a span picks that word, as a drag does', async ({ page, gloss }) => {
  await openFerryArticle(page, gloss);
  await tag(page, 'The piers are sound', 'q');
  const panel = details(page);
  await panel.getByRole('button', { name: 'Pick span for Speaker' }).click();
  // Where the word "Renn" is drawn, found in the article's text nodes.
  const point = await page.locator('[aria-label="Article text"]').evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('Renn') ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + 1);
      range.setEnd(node, at + 2);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    throw new Error('"Renn" is not in the article');
  });
  await page.mouse.dblclick(point.x, point.y);
  await expect(panel.getByText('Link the selected words:')).toBeVisible();
  await panel.getByRole('button', { name: 'Link selection' }).click();
  await expect(panel.getByRole('group', { name: 'Speaker' })).toContainText('Renn');
  expect(await highlightedTexts(page, 'actor')).toEqual(['Renn']);
});
