import { useEffect, useLayoutEffect } from 'react';
import { firstWhere } from '../../../core/text/sorted';
import { glossApi } from '../../api/gloss';
import type { DomTextMap } from '../dom-text-map';
import { scrollingAncestor } from './visible-blocks';

/** Scrolling must rest this long before the position is saved: one write per pause, not one per frame. */
const SAVE_AFTER_MS = 500;

/** The code-point offset of the first block whose bottom is below the top of the pane. */
function offsetAtTop(map: DomTextMap, pane: Element): number {
  const top = pane.getBoundingClientRect().top;
  const block = firstWhere(map.blockCount, (i) => (map.blockElement(i)?.getBoundingClientRect().bottom ?? top + 1) > top);
  return map.text.blocks[Math.min(block, map.blockCount - 1)]?.start ?? 0;
}

/**
 * Reopens a document where the analyst stopped reading it (the paragraph that
 * was at the top of the reader), and remembers that place as they scroll. A
 * document read for the first time opens at its top, not at the scroll
 * position of the one read before it.
 */
export function ReadingPositionPlugin({ map, documentId, initial }: { map: DomTextMap | null; documentId: string; initial: number | null }) {
  // A layout effect, so the first frame of the text is already at the place.
  useLayoutEffect(() => {
    const first = map?.blockElement(0);
    const pane = first ? scrollingAncestor(first) : null;
    if (!map || !pane) return;
    if (initial === null) pane.scrollTop = 0;
    else map.blockElement(map.text.blockAt(initial))?.scrollIntoView({ block: 'start' });
    // Only when the document's text is first shown (a new map): `initial` is
    // where it was opened, and a later value (saved while scrolling) must not scroll it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);

  useEffect(() => {
    const first = map?.blockElement(0);
    const pane = first ? scrollingAncestor(first) : null;
    if (!map || !pane) return;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let offset = 0;
    const save = () => {
      timer = null;
      void glossApi().rememberReadingPosition({ documentId, offset });
    };
    // The place is read once per frame while scrolling, so it is known even when the document is left mid-scroll.
    const onScroll = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        offset = offsetAtTop(map, pane);
        if (timer) clearTimeout(timer);
        timer = setTimeout(save, SAVE_AFTER_MS);
      });
    };
    pane.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      pane.removeEventListener('scroll', onScroll);
      if (timer) {
        clearTimeout(timer);
        save();
      }
    };
  }, [map, documentId]);
  return null;
}
