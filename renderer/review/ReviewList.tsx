import { memo, useState } from 'react';
import type { Span } from '../../core/anchoring/trim-span';
import { describeFragment } from '../../core/anchoring/fragment';
import type { StoredAnnotation, Unplaced } from '../../core/model/annotation';
import type { CodePointIndex } from '../../core/text/code-points';
import { glossApi } from '../api/gloss';
import './review.css';

function quoteOf(item: Unplaced): string {
  return item.annotation ? item.annotation.fragments.map((fragment) => fragment.exact).join(' … ') : item.raw;
}

/**
 * Annotations that could not be placed in the text with confidence. The
 * analyst places each one on a selection or discards it; until then it stays
 * in the workspace file.
 */
// Memoised: the reader re-renders on every selection change; this need not.
export const ReviewList = memo(function ReviewList(props: {
  documentId: string;
  initial: readonly Unplaced[];
  index: CodePointIndex;
  selection: Span | null;
  editable: boolean;
  onPlace: (annotation: StoredAnnotation) => void;
  onNotice: (message: string) => void;
}) {
  const { documentId, initial, index, selection, editable, onPlace, onNotice } = props;
  const [items, setItems] = useState(initial);
  if (items.length === 0) return null;

  /** Drops the item, or replaces it on disk by its annotation placed (one change), then shows that. */
  const discard = async (item: Unplaced, placed?: StoredAnnotation) => {
    const result = await glossApi().discardUnplaced({ documentId, unplacedId: item.id, placed });
    if (!result.ok) {
      onNotice(result.error.message);
      return;
    }
    setItems((current) => current.filter((other) => other.id !== item.id));
    if (placed) onPlace(placed);
  };
  const place = async (item: Unplaced) => {
    if (!item.annotation) return;
    if (!selection) {
      onNotice('Select the text where this annotation belongs, then press Place.');
      return;
    }
    const fragment = describeFragment(index, selection.start, selection.end);
    await discard(item, { ...item.annotation, fragments: [fragment], modified: new Date().toISOString() });
  };

  return (
    <section className="review-list" aria-labelledby="review-heading">
      <h2 id="review-heading">Needs review ({items.length})</h2>
      <p className="review-help">These annotations no longer match the text. Select where each belongs and press Place, or discard it.</p>
      <ul>
        {items.map((item) => (
          <li key={item.id} className="review-item">
            <q className="review-quote">{quoteOf(item)}</q>
            <span className="review-reason">{item.reason}</span>
            <span className="review-actions">
              {item.annotation ? (
                <button type="button" disabled={!editable} onClick={() => void place(item)}>
                  Place at selection
                </button>
              ) : null}
              <button type="button" disabled={!editable} onClick={() => void discard(item)}>
                Discard
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
});
