import type { Page } from '@playwright/test';
import { step } from '../deadline';

/**
 * Measurements taken inside the Gloss page, so no round trip through the
 * test driver adds to them. The in-page functions are serialised by
 * Playwright and must stay self-contained (the page defines tsx's `__name`).
 * Every wait in them has a deadline; `step` bounds the call as a whole too,
 * in case the page stops running frames at all.
 */

/** How long one document may take to open, and one tag to be painted, before the step fails. */
const OPEN_LIMIT_MS = 30_000;
const TAG_LIMIT_MS = 5_000;
/** The whole of one measuring call. */
const CALL_LIMIT_MS = 180_000;

/**
 * Milliseconds from clicking a document in the list until its text is shown,
 * the highlights of everything in view are set (the article text stops being
 * aria-busy), and a frame has painted.
 */
export function measureOpen(page: Page, title: string): Promise<number> {
  return step(`opening "${title}" in the reader`, CALL_LIMIT_MS, () => page.evaluate(openInPage, { title, limitMs: OPEN_LIMIT_MS }));
}

async function openInPage({ title, limitMs }: { title: string; limitMs: number }): Promise<number> {
  const ready = () => {
    const text = document.querySelector('[aria-label="Article text"]');
    return text?.getAttribute('aria-busy') === 'false' && (text.textContent ?? '').startsWith(title);
  };
  const button = [...document.querySelectorAll('nav button')].find((b) => b.textContent?.includes(title));
  if (!(button instanceof HTMLElement)) throw new Error(`no document "${title}"`);
  const t0 = performance.now();
  const deadline = t0 + limitMs;
  button.click();
  while (!ready() && performance.now() < deadline) await new Promise((done) => requestAnimationFrame(done));
  if (!ready()) throw new Error(`the text of "${title}" was not shown with its highlights within ${limitMs / 1000} s`);
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  return performance.now() - t0;
}

/**
 * Tags `count` new two- or three-word spans in view with the Q key: for each,
 * milliseconds from the keydown until the frame that shows the new highlight
 * has been rendered (the first task after that frame's paint, as "next paint"
 * is usually measured). The key is pressed at the start of a frame, so the
 * figure is the app's work plus the browser's rendering of the change; the
 * wait for the display's next refresh (0–16.7 ms at 60 Hz) is not in it.
 * The probe task is user-blocking, so it runs as soon as the frame is done
 * rather than behind work the app deliberately left for after the paint (the
 * sidebar and details panel follow a keystroke a render later).
 */
export function measureTagging(page: Page, count: number): Promise<number[]> {
  return step(`tagging ${count} spans with the Q key`, CALL_LIMIT_MS, () => page.evaluate(tagInPage, { count, limitMs: TAG_LIMIT_MS }));
}

async function tagInPage({ count, limitMs }: { count: number; limitMs: number }): Promise<number[]> {
  const frame = () => new Promise((done) => requestAnimationFrame(done));
  const afterPaint = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const firstTaskAfterFrame = () => scheduler.postTask(() => undefined, { priority: 'user-blocking' });
  const highlighted = () => CSS.highlights.get('gloss-quote')?.size ?? 0;
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
    const before = highlighted();
    const t0 = performance.now();
    const deadline = t0 + limitMs;
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'q', bubbles: true }));
    await Promise.resolve();
    // Usually set already (React flushes a key's update at once); if not, wait for it frame by frame.
    while (highlighted() === before && performance.now() < deadline) await frame();
    if (highlighted() === before) throw new Error(`tag ${i + 1} of ${count}: no new highlight within ${limitMs / 1000} s of the Q key`);
    await firstTaskAfterFrame();
    samples.push(performance.now() - t0);
    await afterPaint();
    pane.scrollTop += 97;
  }
  return samples;
}

/** Frame times (ms between animation frames) while the reader scrolls steadily through the article. */
export function measureScroll(page: Page, frames: number): Promise<number[]> {
  return step(`scrolling ${frames} frames`, CALL_LIMIT_MS, () => page.evaluate(scrollInPage, frames));
}

async function scrollInPage(frames: number): Promise<number[]> {
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
}
