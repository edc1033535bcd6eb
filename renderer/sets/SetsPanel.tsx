import { memo } from 'react';
import { CommitOnBlurInput } from '../details/CommitOnBlurInput';
import './sets.css';

/**
 * The annotation sets of the open document: each can be shown or hidden, and
 * the analyst's own (where new annotations go) is named by their name.
 */
export const SetsPanel = memo(function SetsPanel(props: {
  sets: readonly string[];
  own: string;
  styles: ReadonlyMap<string, number>;
  counts: ReadonlyMap<string, number>;
  hidden: ReadonlySet<string>;
  onToggle: (set: string) => void;
  /** Offered for the sets other than the analyst's own; absent when the workspace is read-only. */
  onRemove: ((set: string) => void) | null;
  onRename: (name: string) => void;
}) {
  const { sets, own, styles, counts, hidden, onToggle, onRemove, onRename } = props;
  return (
    <section className="sets-panel" aria-label="Annotation sets">
      <h2 className="pane-heading">Sets</h2>
      <ul className="set-chips">
        {sets.map((set) => (
          <li key={set}>
            <button
              type="button"
              className="set-chip"
              aria-pressed={!hidden.has(set)}
              title={hidden.has(set) ? `Show the set “${set}”` : `Hide the set “${set}”`}
              onClick={() => onToggle(set)}
            >
              {/* The sample "Ab" is drawn by CSS (sets.css), so the chip reads "default yours 23 annotations". */}
              <span className={`set-sample set-style-${styles.get(set) ?? 0}`} aria-hidden />
              <span className="set-name">{set}</span>
              {set === own ? <span className="set-own">yours</span> : null}
              <span className="set-count">
                {counts.get(set) ?? 0}
                <span className="visually-hidden"> annotations</span>
              </span>
            </button>
            {onRemove && set !== own ? (
              <button type="button" className="set-remove" aria-label={`Remove the set “${set}”…`} title="Remove this set from the workspace" onClick={() => onRemove(set)}>
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <label className="set-owner">
        Annotating as
        <CommitOnBlurInput
          type="text"
          committed={own}
          maxLength={200}
          title="Your name: new annotations go into the set of this name (empty: “default”)"
          onCommit={(name) => onRename(name.trim())}
        />
      </label>
    </section>
  );
});
