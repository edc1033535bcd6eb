import { firstWhere } from '../../../core/text/sorted';
import type { DomTextMap } from '../dom-text-map';

/** How far beyond the visible part of the reader blocks count as visible (in view heights), so highlights are ready before they scroll in. */
const MARGIN = 1.5;

/** The pane that scrolls the article (the reader pane in the app). */
export function scrollingAncestor(element: Element): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

/**
 * Reports which blocks of the article are in or near view, as they change.
 * The blocks are in reading order, so the range in view is found by binary
 * search over their positions once per frame that scrolled or resized. (An
 * IntersectionObserver on every paragraph did the same, but Chromium checks
 * every observed element on every frame: with the five thousand paragraphs of
 * a long article that was 3 ms of each frame, while scrolling and tagging.)
 * The first report is made at once: it forces the layout that the first paint
 * needs anyway, so the highlights in view are in that paint. Returns the
 * function that stops watching.
 */
export function watchVisibleBlocks(map: DomTextMap, onChange: (entered: number[], left: number[]) => void): () => void {
  const first = map.blockElement(0);
  if (!first) return () => undefined;
  const scroller = scrollingAncestor(first) ?? document.documentElement;
  // A block whose element is missing counts as near the view, never hiding a highlight.
  const rect = (i: number) => map.blockElement(i)?.getBoundingClientRect() ?? null;
  let shown = { from: 0, to: 0 };
  let frame = 0;

  const measure = () => {
    frame = 0;
    const view = scroller.getBoundingClientRect();
    const margin = view.height * MARGIN;
    const top = view.top - margin;
    const bottom = view.bottom + margin;
    const from = firstWhere(map.blockCount, (i) => (rect(i)?.bottom ?? top) >= top);
    const to = firstWhere(map.blockCount, (i) => (rect(i)?.top ?? -Infinity) > bottom);
    const entered: number[] = [];
    const left: number[] = [];
    for (let i = from; i < to; i++) if (i < shown.from || i >= shown.to) entered.push(i);
    for (let i = shown.from; i < shown.to; i++) if (i < from || i >= to) left.push(i);
    shown = { from, to };
    onChange(entered, left);
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(measure);
  };

  scroller.addEventListener('scroll', schedule, { passive: true });
  // Text reflows when the window or a pane changes width: the same scroll position then shows other blocks.
  const resizes = new ResizeObserver(schedule);
  resizes.observe(scroller);
  if (first.parentElement) resizes.observe(first.parentElement);
  measure();
  return () => {
    cancelAnimationFrame(frame);
    scroller.removeEventListener('scroll', schedule);
    resizes.disconnect();
  };
}
