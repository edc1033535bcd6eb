import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { GlossApi } from '../../../core/api/contract';
import type { QueryRow } from '../../../core/query/query-rows';
import { runCli } from '../../../main/cli/index';
import { expect, test } from '../support/gloss';
import { briefingWorkspace } from './analysis-fixture';
import { expectAccessible } from '../support/axe';

const panel = (page: Page) => page.getByRole('complementary', { name: 'Query' });
const results = (page: Page) => page.getByRole('list', { name: 'Query results' });

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** `gloss query` in process, on the folder the app has open (a query only reads). */
async function cliRows(dir: string, ...args: string[]): Promise<QueryRow[]> {
  const out: string[] = [];
  const code = await runCli(['query', dir, ...args, '--format', 'jsonl'], { out: (line) => out.push(line), err: () => undefined });
  expect(code).toBe(0);
  return out.join('\n').split('\n').filter(Boolean).map((line) => JSON.parse(line) as QueryRow);
}

test('an analyst finds every quote by one person across articles through an alias, opens one at its span, and sees the timeline and the network', async ({ page, gloss }) => {
  test.slow();
  await briefingWorkspace(page, gloss);
  await page.getByRole('button', { name: 'Query' }).click();

  // Every quote by the minister, found through a spelling none of the quotes carries as its speaker's name.
  await panel(page).getByRole('checkbox', { name: 'Quote' }).check();
  await panel(page).getByRole('combobox', { name: 'Entity' }).fill('vargova');
  await expect(panel(page).getByRole('status')).toHaveText('4 annotations');
  // One of the four is Reyk's, addressed to her: "as speaker" keeps only hers.
  await panel(page).getByRole('combobox', { name: 'As' }).selectOption('key');
  await expect(panel(page).getByRole('status')).toHaveText('3 annotations');
  const items = results(page).getByRole('button');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('Lake bridge tolls to double in spring');
  await expect(items.nth(0)).toContainText('Speaker: Ilona Vargová');
  await expect(items.nth(1)).toContainText('Every week we wait costs the town more');
  await expect(items.nth(2)).toContainText('2026-03-16');

  // The same rows as gloss query on the same folder, for the same filters.
  const viewRows = await page.evaluate(async () => {
    const answer = await (window as unknown as { gloss: GlossApi }).gloss.queryAnnotations({ query: { types: ['quote'], entity: 'vargova', entityRole: 'key' } });
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value.rows;
  });
  expect(viewRows.map((row) => row.text)).toEqual(await items.evaluateAll((buttons) => buttons.map((b) => b.querySelector('.query-result-text')?.textContent)));
  expect(await cliRows(gloss.workspaceDir, '--type', 'quote', '--entity', 'vargova', '--as', 'key')).toEqual(viewRows);

  // The list as CSV: one row per quote, with the speaker by name.
  const csv = await downloaded(page, () => panel(page).getByRole('button', { name: 'Export CSV' }).click());
  expect(csv.name).toBe('gloss-query.csv');
  const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toMatch(/^document,title,outlet,published,date,id,type,set,start,end,text,note,speaker/);
  expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(['Lake bridge tolls to double in spring', 'Bridge repairs begin a month early', 'Ferry returns while the bridge is shut']);
  expect(lines.slice(1).every((line) => line.includes('Ilona Vargová'))).toBe(true);

  // Keyboard: into the list, down to the second quote, Enter opens its article at the span.
  await items.nth(0).focus();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[aria-label="Article text"]')).toContainText('Engineers closed one lane of the Lake Orm bridge');
  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  await expect(sidebar.locator('[aria-current="true"]')).toContainText('Every week we wait costs the town more');

  // Every annotation linked to her, on the timeline: her meeting on its own date, her quotes on their articles' dates.
  await panel(page).getByRole('checkbox', { name: 'Quote' }).uncheck();
  await panel(page).getByRole('combobox', { name: 'As' }).selectOption('any');
  await expect(panel(page).getByRole('status')).toHaveText('7 annotations');
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const timeline = page.getByRole('figure', { name: /Timeline of 7 annotations/ });
  await expect(timeline).toBeVisible();
  await expect(timeline.locator('circle[data-type="event"][data-day="2026-03-12"]')).toHaveCount(1);
  // Four quotes on three articles' dates: one mark per type and day.
  await expect(timeline.locator('circle[data-type="quote"]')).toHaveCount(3);
  await timeline.locator('circle[data-type="event"]').click();
  await expect(page.getByLabel('Annotations behind the mark')).toContainText('Mayor Edda Lunn met the minister and the engineers');
  const svg = await downloaded(page, () => page.getByRole('button', { name: 'Export SVG' }).click());
  expect(svg.name).toBe('gloss-timeline.svg');
  expect(svg.text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg.text).toContain('data-day="2026-03-12"');
  await page.screenshot({ path: test.info().outputPath('timeline.png') });

  // Her edges in the network: quoted about by Reyk, met by Lunn; a click on one lists the annotations behind it.
  await page.getByRole('tab', { name: 'Network' }).click();
  const network = page.getByRole('figure', { name: /Network of 3 entities and 2 links/ });
  await expect(network.locator('.node.focused')).toHaveAttribute('data-entity', 'Ilona Vargová');
  await expect(network.locator('line.edge.focused')).toHaveCount(2);
  await network.locator('line[data-edge="Edda Lunn – Ilona Vargová"]').dispatchEvent('click');
  await expect(page.getByLabel('Annotations behind the mark')).toContainText('Mayor Edda Lunn met the minister');
  await page.getByLabel('Annotations behind the mark').getByRole('button', { name: /Mayor Edda Lunn met/ }).click();
  await expect(sidebar.locator('[aria-current="true"]')).toContainText('Mayor Edda Lunn met the minister');

  // The query is kept for the workspace: after a restart the view comes back with it.
  await gloss.restart();
  await gloss.open(page);
  await page.getByRole('button', { name: 'Query' }).click();
  await expect(panel(page).getByRole('combobox', { name: 'Entity' })).toHaveValue('vargova');
  await expect(panel(page).getByRole('status')).toHaveText('7 annotations');

  // A click on the mayor in the network narrows the query to her: her one meeting, her one link.
  await page.getByRole('tab', { name: 'Network' }).click();
  await page.getByRole('button', { name: /^Edda Lunn: 1 annotation;/ }).click();
  await expect(panel(page).getByRole('combobox', { name: 'Entity' })).toHaveValue('Edda Lunn');
  await expect(panel(page).getByRole('status')).toHaveText('1 annotation');
  await expect(results(page).getByRole('button')).toHaveText([/Mayor Edda Lunn met the minister and the engineers/]);
  const narrowed = page.getByRole('figure', { name: /Network of 2 entities and 1 links/ });
  await expect(narrowed.locator('.node.focused')).toHaveAttribute('data-entity', 'Edda Lunn');
});

test('screenshots of the query view and each picture, light and dark, wide and narrow, each checked by axe', async ({ page, gloss }) => {
  test.slow();
  await briefingWorkspace(page, gloss);
  await page.getByRole('button', { name: 'Query' }).click();
  await expect(panel(page).getByRole('status')).toHaveText(/\d+ annotations/);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, height] of [[1440, 900], [1024, 700]] as const) {
      await page.setViewportSize({ width, height });
      for (const tab of ['Article', 'Timeline', 'Network', 'Counts']) {
        await page.getByRole('tab', { name: tab }).click();
        if (tab === 'Article') await results(page).getByRole('button').first().click();
        await page.screenshot({ path: test.info().outputPath(`${tab.toLowerCase()}-${width}-${scheme}.png`) });
        if (width === 1440) await expectAccessible(page, `the query view's ${tab} tab (${scheme})`);
      }
    }
  }
});
