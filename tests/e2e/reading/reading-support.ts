import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { describeFragment } from '../../../core/anchoring/fragment';
import type { StoredAnnotation } from '../../../core/model/annotation';
import { CodePointIndex } from '../../../core/text/code-points';
import { expect, type GlossFixture } from '../support/gloss';

const FIXTURE = join(import.meta.dirname, 'fixtures/ferry-strike.txt');
const TITLE = /Ferry crews walk out/;

/** Imports the reading fixture, optionally with annotations made against it (by phrase), and opens it. */
export async function openFerryArticle(
  page: Page,
  gloss: GlossFixture,
  annotations: { id: string; type: string; phrase: string; fields?: StoredAnnotation['fields'] }[] = [],
): Promise<void> {
  const imported = await gloss.harness.importFiles([FIXTURE]);
  if (!imported.ok) throw new Error(imported.error.message);
  const documentId = imported.value.outcomes[0]?.documentId;
  if (!documentId) throw new Error('fixture was not imported');
  if (annotations.length > 0) {
    const loaded = await gloss.harness.handlers.loadDocument({ documentId });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const index = new CodePointIndex(loaded.value.document.text);
    const now = new Date().toISOString();
    const stored = annotations.map(({ id, type, phrase, fields }): StoredAnnotation => {
      const start = index.toCodePoint(index.text.indexOf(phrase));
      const fragment = describeFragment(index, start, start + [...phrase].length);
      return { id, type, set: 'default', fragments: [fragment], fields: fields ?? {}, created: now, modified: now };
    });
    const saved = await gloss.harness.handlers.saveChanges({ documentId, upsert: stored, remove: [] });
    if (!saved.ok) throw new Error(saved.error.message);
  }
  await gloss.open(page);
  await page.getByRole('button', { name: TITLE }).click();
  await expect(page.locator('[aria-label="Article text"]')).toContainText('stop work at dawn');
}

export const annotationItems = (page: Page) => page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem');
export const selectedItem = (page: Page) =>
  page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem').filter({ has: page.locator('[aria-current="true"]') });

/** The page coordinates of the middle of a character: `nth` code unit of the first text node holding `phrase`. */
export async function pointInPhrase(page: Page, phrase: string, at: number): Promise<{ x: number; y: number }> {
  return page.locator('[aria-label="Article text"]').evaluate(
    (root, [wanted, offset]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const found = node.textContent?.indexOf(wanted as string) ?? -1;
        if (found < 0) continue;
        const range = document.createRange();
        range.setStart(node, found + (offset as number));
        range.setEnd(node, found + (offset as number) + 1);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`"${wanted as string}" is not in the article`);
    },
    [phrase, at] as const,
  );
}

/** The texts painted by a nesting-depth highlight of a type (depth 0 is `highlightedTexts`). */
export async function depthTexts(page: Page, typeId: string, depth: number): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    return highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
  }, `gloss-${typeId}-d${depth}`);
}
