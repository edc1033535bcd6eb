import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/gloss';

/** The real articles beside the repository (../shared/seeds, or $GLOSS_SEEDS), when they are there; their text is never copied here. */
const SEEDS_DIR = process.env['GLOSS_SEEDS'] ?? join(import.meta.dirname, '../../../../shared/seeds');
const SEEDS = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort() : [];

/** A headline longer than this is a lead paragraph, not a title. */
const HEADLINE_MAX = 120;
/**
 * Lines of page furniture as the seeds and sites like them carry: menus and
 * accessibility links, share, comment, sign-in and subscribe lines, source
 * links, size pickers. Any paragraph or headline starting so is furniture left in.
 */
const FURNITURE =
  /^(menu|home|skip to|accessibility links|մատչելիության հղումներ|share|leave a (reply|comment)|\d+ comments?|comments?$|you need to log ?in|log ?in|sign (in|up)|subscribe|newsletter|we use cookies|cookie|source link|read (more|next)|related|more on this|uncommon knowledge|(xs|sm|md|lg|xl)$)/i;

test.skip(SEEDS.length === 0, `no seed articles at ${SEEDS_DIR} (../shared/seeds beside the repository, or $GLOSS_SEEDS): there is nothing to import`);

test('each seed article shows a sensible headline and no furniture among its paragraphs', async ({ page, gloss }) => {
  test.slow();
  const imported = await gloss.harness.importFiles(SEEDS.map((name) => join(SEEDS_DIR, name)));
  if (!imported.ok) throw new Error(imported.error.message);
  expect(imported.value.outcomes.map((outcome) => outcome.message)).toEqual(SEEDS.map(() => 'imported'));
  await gloss.open(page);
  const articleText = page.locator('[aria-label="Article text"]');

  for (const [i, outcome] of imported.value.outcomes.entries()) {
    const stored = JSON.parse(await readFile(join(gloss.workspaceDir, 'documents', `${outcome.documentId}.json`), 'utf8'));
    const title: string = stored.metadata.title;
    const seed = SEEDS[i];
    // Where the analyst sees it: the document list.
    const listed = page.locator('.document-title', { hasText: title });
    await expect(listed, seed).toHaveText(title);
    await listed.click();
    await expect(articleText).toBeVisible();
    // A title made from the lead (seeds without a headline line) says so above the article.
    if (stored.metadata.titleDerived) await expect(page.getByText(/^No headline was found: the title .* was made from the first paragraph\.$/), seed).toBeVisible();
    const blocks = (await articleText.locator('p, h1, h2, h3, h4').allTextContents()).map((text) => text.trim()).filter(Boolean);
    await page.screenshot({ path: test.info().outputPath(`${seed}.png`) });

    expect(title.length, `${seed}: headline "${title}"`).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(title, seed).not.toMatch(FURNITURE);
    expect(title.split(/\s+/).length, `${seed}: headline "${title}"`).toBeGreaterThanOrEqual(3);
    // A title made from the lead is shorter than it, not the whole paragraph.
    expect(blocks.filter((block) => block.length > HEADLINE_MAX), seed).not.toContain(title);
    expect(blocks.length, seed).toBeGreaterThanOrEqual(5);
    expect(blocks.filter((block) => FURNITURE.test(block)), `${seed}: furniture left in`).toEqual([]);
    // A photo caption or promotion pasted twice is shown once at most.
    expect(blocks.filter((block, k) => blocks.indexOf(block) !== k), `${seed}: repeated paragraphs`).toEqual([]);
    // Menu items are a word or two without a stop; the article's own subheadings end as questions or run longer.
    expect(blocks.filter((block) => block.split(/\s+/).length <= 2 && !/[.?!:”"]$/.test(block)), `${seed}: menu-like lines`).toEqual([]);
  }
});
