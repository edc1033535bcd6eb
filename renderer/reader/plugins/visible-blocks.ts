import type { DomTextMap } from '../dom-text-map';

/** How far beyond the visible part of the reader blocks count as visible, so highlights are ready before they scroll in. */
const MARGIN = '150% 0px';

function scrollingAncestor(element: Element): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

/**
 * Reports which blocks of the article are in or near view, as they change.
 * The first report comes after the first layout. Returns the function that
 * stops watching.
 */
export function watchVisibleBlocks(map: DomTextMap, onChange: (entered: number[], left: number[]) => void): () => void {
  const first = map.blockElement(0);
  if (!first) return () => undefined;
  const indexOf = new Map<Element, number>();
  const observer = new IntersectionObserver(
    (entries) => {
      const entered: number[] = [];
      const left: number[] = [];
      for (const entry of entries) {
        const i = indexOf.get(entry.target);
        if (i !== undefined) (entry.isIntersecting ? entered : left).push(i);
      }
      onChange(entered, left);
    },
    { root: scrollingAncestor(first), rootMargin: MARGIN },
  );
  for (let i = 0; i < map.blockCount; i++) {
    const element = map.blockElement(i);
    if (!element) continue;
    indexOf.set(element, i);
    observer.observe(element);
  }
  return () => observer.disconnect();
}
