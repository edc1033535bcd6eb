import { useState, type MouseEvent } from 'react';
import type { Fragment } from '../../core/model/annotation';
import type { Edge, Resize } from '../../core/annotations/fragment-edits';
import { BOUNDARY_KEYS, useBoundaryKeys } from './use-boundary-keys';

const RESIZE_BUTTONS: { edge: Edge; resize: Resize; symbol: string; label: string; arrow: string }[] = [
  { edge: 'start', resize: 'extend', symbol: '⇤', label: 'Extend start by a word', arrow: '↑' },
  { edge: 'start', resize: 'shrink', symbol: '⇥', label: 'Shrink start by a word', arrow: '↓' },
  { edge: 'end', resize: 'shrink', symbol: '⇤', label: 'Shrink end by a word', arrow: '←' },
  { edge: 'end', resize: 'extend', symbol: '⇥', label: 'Extend end by a word', arrow: '→' },
];

/** Keeps the article selection when a button is pressed with the mouse. */
const keepSelection = (event: MouseEvent) => event.preventDefault();

/**
 * The annotation's pieces of text (a quote broken by "he said" is one quote
 * in two fragments): add the selection as another, remove one, or move the
 * active one's edges by a word (buttons or Shift+Alt+Arrow).
 */
export function FragmentList(props: {
  fragments: readonly Fragment[];
  disabled: boolean;
  hasSelection: boolean;
  onAdd: () => void;
  onRemove: (position: number) => void;
  onResize: (position: number, edge: Edge, resize: Resize) => void;
}) {
  const { fragments, disabled, hasSelection, onAdd, onRemove, onResize } = props;
  const [chosen, setChosen] = useState(0);
  const active = Math.min(chosen, fragments.length - 1);
  const resizeActive = (edge: Edge, resize: Resize) => onResize(active, edge, resize);
  useBoundaryKeys(disabled ? null : resizeActive);

  return (
    <section className="fragments" aria-label="Fragments">
      <h3>Fragments</h3>
      <ol className="fragment-list">
        {fragments.map((fragment, position) => (
          <li key={`${fragment.start}-${fragment.end}`} className="fragment-item" aria-current={position === active}>
            <button
              type="button"
              className="fragment-text"
              aria-pressed={position === active}
              aria-label={`Fragment ${position + 1}: ${fragment.exact}`}
              onClick={() => setChosen(position)}
            >
              {fragment.exact}
            </button>
            <button
              type="button"
              className="fragment-remove"
              aria-label={`Remove fragment ${position + 1}`}
              title={fragments.length === 1 ? 'An annotation keeps at least one fragment' : 'Remove this fragment'}
              disabled={disabled || fragments.length === 1}
              onClick={() => onRemove(position)}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <div className="fragment-actions">
        <div className="boundary-buttons" role="group" aria-label="Adjust boundaries" aria-keyshortcuts={BOUNDARY_KEYS}>
          {RESIZE_BUTTONS.map(({ edge, resize, symbol, label, arrow }) => (
            <button
              key={label}
              type="button"
              className={`boundary-${edge}`}
              aria-label={label}
              title={`${label} (Shift+Alt+${arrow})`}
              disabled={disabled}
              onMouseDown={keepSelection}
              onClick={() => resizeActive(edge, resize)}
            >
              {edge === 'start' ? 'Start' : 'End'} {symbol}
            </button>
          ))}
        </div>
        <button
          type="button"
          disabled={disabled || !hasSelection}
          title={hasSelection ? 'Add the selected words as another fragment' : 'Select words in the article first'}
          onMouseDown={keepSelection}
          onClick={onAdd}
        >
          Add fragment
        </button>
      </div>
    </section>
  );
}
