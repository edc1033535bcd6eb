import type { Fragment } from '../../core/model/annotation';
import type { DomTextMap } from './dom-text-map';

/**
 * Scrolls the reader so a span sits in the middle of its scrolling pane. The
 * paragraph is brought in first because paragraphs off screen are not laid out
 * (`content-visibility: auto`), so their ranges have no reliable position yet.
 */
export function revealSpan(map: DomTextMap, fragment: Pick<Fragment, 'start' | 'end'>): void {
  const range = map.rangeFor(fragment.start, fragment.end);
  const block = range.startContainer.parentElement?.closest('p, h2');
  block?.scrollIntoView({ block: 'center' });
  const pane = block?.closest('.reader-pane');
  if (!pane) return;
  const rect = range.getBoundingClientRect();
  const box = pane.getBoundingClientRect();
  if (rect.top < box.top || rect.bottom > box.bottom) pane.scrollBy({ top: rect.top - box.top - box.height / 3 });
}
