import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The impacts that fail a test: a screen-reader or low-vision user is blocked or badly hindered. */
const FAILING_IMPACTS = new Set(['critical', 'serious']);

/**
 * Runs axe-core on what the page shows now and fails on any critical or
 * serious violation, naming the screen, the rule and the elements.
 *
 * Reusable for any view: open it, then `await expectAccessible(page, 'query view')`.
 * `within` limits the check to one part of the page (a CSS selector), such as
 * an open dialog. Run it in light and dark (`page.emulateMedia({ colorScheme })`):
 * colour contrast differs between them.
 */
export async function expectAccessible(page: Page, screen: string, within?: string): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (within) builder = builder.include(within);
  const { violations } = await builder.analyze();
  const failing = violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => {
      const where = violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join('; ') ?? ''}`);
      return `  ${violation.impact} ${violation.id} (${violation.help}):\n${where.join('\n')}`;
    });
  // Soft: one run reports every screen that fails, not only the first.
  expect.soft(failing, `axe on ${screen}:\n${failing.join('\n')}`).toEqual([]);
}
