import type { Locator, Page } from '@playwright/test';
import type { LabelType } from '../../../core/model/label-types';
import { expect, selectInArticle, test, type GlossFixture } from '../support/gloss';
import { openTramArticle } from './a11y-fixture';

/** Three types beside the six of a new workspace: nine, more than a 1024-pixel toolbar has room for. */
const EXTRA_TYPES: LabelType[] = [
  { id: 'number', name: 'Number', color: '#c9733a', shortcut: 'n', fields: [] },
  { id: 'rumour', name: 'Rumour', color: '#9a8f2e', shortcut: 'r', fields: [] },
  { id: 'denial', name: 'Denial', color: '#b0487f', shortcut: 'd', fields: [] },
];

async function useNineTypes(gloss: GlossFixture): Promise<LabelType[]> {
  const session = await gloss.harness.handlers.getSession({});
  if (!session.ok) throw new Error(session.error.message);
  const saved = await gloss.harness.handlers.saveSchema({ types: [...session.value.labelTypes, ...EXTRA_TYPES] });
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.value.types;
}

/**
 * Whether the focused element is on screen: its box inside the window, and
 * the point at its middle its own (no pane's edge or other element over it).
 */
function focusedIsVisible(page: Page): Promise<{ element: string; visible: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const box = element.getBoundingClientRect();
    // The article is taller than the window: what counts is the part on screen.
    const tall = box.height > window.innerHeight / 2;
    const top = tall ? Math.max(box.top, 0) : box.top;
    const bottom = tall ? Math.min(box.bottom, window.innerHeight) : box.bottom;
    const hit = document.elementFromPoint(box.left + box.width / 2, (top + bottom) / 2);
    const inside = box.width > 0 && bottom > top && box.left >= 0 && top >= 0 && box.right <= window.innerWidth && bottom <= window.innerHeight;
    const described = `${element.tagName} ${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? ''}`;
    // Marked for the checks below: which elements Tab reached.
    element.dataset['reachedByTab'] = 'yes';
    return { element: described, visible: inside && hit !== null && (hit === element || element.contains(hit)) };
  });
}

const reached = (control: Locator) => expect(control, 'reached by Tab').toHaveAttribute('data-reached-by-tab', 'yes');

for (const { width, height } of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
]) {
  test(`at ${width}×${height} every control of the main screen is reached by the keyboard and is on screen when it is`, async ({ page, gloss }) => {
    test.slow();
    const types = await useNineTypes(gloss);
    await page.setViewportSize({ width, height });
    await openTramArticle(page, gloss);
    await selectInArticle(page, 'Every car has been tested twice');
    await page.keyboard.press('q');
    const status = page.getByRole('status').filter({ hasText: /Saved|Saving|Not saved/ });
    await expect(status).toHaveText('Saved');
    await expect(status).toBeInViewport({ ratio: 1 });

    // Tab from the top of the page to its end: every stop on screen as it is reached.
    const skip = page.getByRole('link', { name: 'Skip to the article' });
    await skip.focus();
    const stops: { element: string; visible: boolean }[] = [];
    for (let presses = 0; presses < 150; presses++) {
      await page.keyboard.press('Tab');
      const atEnd = await page.evaluate(() => document.activeElement === document.body || document.activeElement?.classList.contains('skip-link'));
      if (atEnd) break;
      stops.push(await focusedIsVisible(page));
    }
    test.info().annotations.push({ type: 'tab stops', description: String(stops.length) });
    expect(stops.filter((stop) => !stop.visible)).toEqual([]);

    const toolbar = page.getByRole('toolbar', { name: 'Tag the selection' });
    const more = toolbar.getByRole('button', { name: 'More types' });
    const inMenu: string[] = [];
    for (const type of types) {
      const button = toolbar.getByRole('button', { name: type.name, exact: true });
      if (await button.isVisible()) await reached(button);
      else inMenu.push(type.name);
    }
    await reached(page.getByRole('button', { name: 'Export…' }));
    await reached(page.getByRole('button', { name: 'Import…' }));
    await reached(page.getByRole('button', { name: 'Import Annotations…' }));
    await reached(page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name: /Night trams return/ }));
    await reached(page.getByRole('list', { name: 'Annotation list' }).locator('[data-roving-id]').first());
    await reached(page.getByRole('region', { name: 'Details' }).getByRole('combobox', { name: 'Speaker' }));
    await reached(page.getByRole('region', { name: 'Details' }).getByRole('textbox', { name: 'Note' }));

    // The types with no room are in "More types ▾", a menu the arrows walk through.
    if (width === 1024) expect(inMenu.length).toBeGreaterThan(0);
    if (inMenu.length === 0) {
      await expect(more).toBeHidden();
      return;
    }
    await reached(more);
    await more.focus();
    await expect(more).toHaveAttribute('aria-haspopup', 'menu');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    const menu = page.getByRole('menu', { name: 'More types' });
    const items = menu.getByRole('menuitem');
    await expect(items).toHaveText(inMenu.map((name) => new RegExp(`^${name}`)));
    for (const name of inMenu) {
      await expect(items.filter({ hasText: name })).toBeFocused();
      expect(await focusedIsVisible(page)).toMatchObject({ visible: true });
      await page.keyboard.press('ArrowDown');
    }
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('End');
    await expect(items.last()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(more).toBeFocused();
    await expect(more).toHaveAttribute('aria-expanded', 'false');

    // A type in the menu still tags by its key, and from the menu by Enter.
    const listed = page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem');
    await selectInArticle(page, 'rewiring the western depot');
    await page.keyboard.press('d');
    await expect(listed.filter({ hasText: 'rewiring the western depot' })).toContainText('Denial');
    await selectInArticle(page, 'the repairs came in under budget');
    await more.focus();
    await page.keyboard.press('ArrowDown');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    await expect(listed.filter({ hasText: 'the repairs came in under budget' })).toContainText(inMenu[0] ?? '');
    await expect(status).toHaveText('Saved');
  });
}
