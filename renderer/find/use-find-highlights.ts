import { useEffect } from 'react';
import type { Span } from '../../core/anchoring/trim-span';
import type { DomTextMap } from '../reader/dom-text-map';
import { revealSpan } from '../reader/reveal';
import './find.css';

const MATCHES = 'gloss-find';
const CURRENT = 'gloss-find-current';

/** Paints find matches with their own highlights, above the annotations, and scrolls to the current one. */
export function useFindHighlights(map: DomTextMap | null, matches: readonly Span[], current: number): void {
  useEffect(() => {
    if (!map || matches.length === 0) return;
    const highlight = new Highlight(...matches.map((match) => map.rangeFor(match.start, match.end)));
    highlight.priority = 8;
    CSS.highlights.set(MATCHES, highlight);
    return () => void CSS.highlights.delete(MATCHES);
  }, [map, matches]);

  useEffect(() => {
    const match = matches[current];
    if (!map || !match) return;
    const highlight = new Highlight(map.rangeFor(match.start, match.end));
    highlight.priority = 9;
    CSS.highlights.set(CURRENT, highlight);
    revealSpan(map, match);
    return () => void CSS.highlights.delete(CURRENT);
  }, [map, matches, current]);
}
