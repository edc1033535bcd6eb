import { useLayoutEffect, useState, type RefObject } from 'react';

/** The items the bar lays out in order (`data-fitted-item`), and the one that stands for those left out (`data-overflow-item`). */
const FITTED_ITEMS = ':scope > [data-fitted-item]';
const OVERFLOW_ITEM = ':scope > [data-overflow-item]';

/**
 * How many of the bar's items fit in its width, in order, leaving room for
 * the overflow button when some do not. Every item stays rendered (those
 * left out hidden but laid out), so each one's width is known whatever fits.
 */
function fittingCount(bar: HTMLElement): number {
  const widths = [...bar.querySelectorAll<HTMLElement>(FITTED_ITEMS)].map((item) => item.offsetWidth);
  const gap = parseFloat(getComputedStyle(bar).columnGap) || 0;
  const available = bar.clientWidth;
  const all = widths.reduce((sum, width) => sum + width, 0) + gap * Math.max(widths.length - 1, 0);
  if (all <= available) return widths.length;
  const overflow = bar.querySelector<HTMLElement>(OVERFLOW_ITEM)?.offsetWidth ?? 0;
  let used = overflow;
  let fit = 0;
  for (const width of widths) {
    used += gap + width;
    if (used > available) break;
    fit++;
  }
  return fit;
}

/**
 * Measures again whenever the bar's width changes (the window resized, the
 * title beside it changed) or its items do (`itemsKey`), so the count follows
 * the window and the schema rather than a fixed number.
 */
export function useFittingCount(bar: RefObject<HTMLElement | null>, itemsKey: unknown): number {
  const [count, setCount] = useState(Number.POSITIVE_INFINITY);
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const measure = () => setCount(fittingCount(element));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // Widths change once the interface font has loaded.
    void document.fonts?.ready.then(measure);
    return () => observer.disconnect();
  }, [bar, itemsKey]);
  return count;
}
