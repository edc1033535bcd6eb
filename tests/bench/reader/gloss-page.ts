import type { Page } from '@playwright/test';

/**
 * Measurements taken inside the Gloss page, so no round trip through the
 * test driver adds to them. Each function is serialised by Playwright and
 * must stay self-contained.
 */

/** Milliseconds from clicking a document in the list until all its highlights are set and a frame has painted. */
export function measureOpen(page: Page, title: string, fragments: number, types: readonly string[]): Promise<number> {
  return page.evaluate(
    async ({ title, fragments, types }) => {
      const painted = () => types.reduce((sum, type) => sum + (CSS.highlights.get(`gloss-${type}`)?.size ?? 0), 0);
      const button = [...document.querySelectorAll('nav button')].find((b) => b.textContent?.includes(title));
      if (!(button instanceof HTMLElement)) throw new Error(`no document "${title}"`);
      const t0 = performance.now();
      button.click();
      while (painted() !== fragments) await new Promise((done) => requestAnimationFrame(done));
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      return performance.now() - t0;
    },
    { title, fragments, types },
  );
}

/**
 * Tags `count` new two- or three-word spans in view with the Q key: for each,
 * milliseconds from the keydown until the frame in which the new highlight is painted.
 */
export function measureTagging(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    const pane = document.querySelector('.reader-pane') as HTMLElement;
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      const box = pane.getBoundingClientRect();
      const hit = document.caretPositionFromPoint(box.left + box.width / 2, box.top + 80 + ((i * 23) % (box.height - 160)));
      const node = hit?.offsetNode;
      if (!(node instanceof Text)) continue;
      const text = node.data;
      const start = text.indexOf(' ', hit?.offset ?? 0) + 1;
      const end = text.indexOf(' ', text.indexOf(' ', start + 1) + 1);
      if (start <= 0 || end <= start) continue;
      document.getSelection()?.setBaseAndExtent(node, start, node, end);
      await frame();
      await frame();
      const quotes = CSS.highlights.get('gloss-quote');
      const before = quotes?.size ?? 0;
      const t0 = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'q', bubbles: true }));
      while ((CSS.highlights.get('gloss-quote')?.size ?? 0) === before) await frame();
      await frame();
      samples.push(performance.now() - t0);
      pane.scrollTop += 97;
    }
    return samples;
  }, count);
}

/** Frame times (ms between animation frames) while the reader scrolls steadily through the article. */
export function measureScroll(page: Page, frames: number): Promise<number[]> {
  return page.evaluate(async (frames) => {
    const pane = document.querySelector('.reader-pane') as HTMLElement;
    pane.scrollTop = 0;
    const deltas: number[] = [];
    let last = await new Promise<number>((done) => requestAnimationFrame(done));
    for (let i = 0; i < frames; i++) {
      pane.scrollTop += 240;
      const now = await new Promise<number>((done) => requestAnimationFrame(done));
      deltas.push(now - last);
      last = now;
    }
    return deltas;
  }, frames);
}
