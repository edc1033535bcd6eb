import type { StoredAnnotation } from '../../core/model/annotation';
import type { LabelType } from '../../core/model/label-types';
import { suggestionsOfType } from './suggestion-review';
import type { SuggestionReview } from './use-suggestion-review';
import './suggestions.css';

/** The buttons for the suggestion itself, with the keys that do the same (use-suggestion-review.ts). */
const ONE_BY_ONE = [
  { label: 'Accept', key: 'A', title: 'Accept into your set (A)', act: 'accept' },
  { label: 'Reject', key: 'R', title: 'Reject: Suggest will not make it again (R)', act: 'reject' },
] as const;

/**
 * What the Details panel offers on a suggestion: accept it (as the fields
 * below now say, after any edit), reject it, or accept every suggestion of
 * its type in the document.
 */
export function SuggestionActions(props: {
  suggestion: StoredAnnotation;
  annotations: readonly StoredAnnotation[];
  types: readonly LabelType[];
  disabled: boolean;
  review: SuggestionReview;
}) {
  const { suggestion, annotations, types, disabled, review } = props;
  const name = types.find((type) => type.id === suggestion.type)?.name ?? suggestion.type;
  const sameType = suggestionsOfType(annotations, suggestion.type).length;
  return (
    <div className="suggestion-actions" role="group" aria-label="Suggestion">
      <p className="suggestion-status">A suggestion, not in your set yet: check its words and fields, change what is wrong, then accept it.</p>
      <div className="suggestion-buttons">
        {ONE_BY_ONE.map(({ label, key, title, act }) => (
          <button
            key={label}
            type="button"
            className={`suggestion-${label.toLowerCase()}`}
            disabled={disabled}
            aria-keyshortcuts={key}
            title={title}
            onClick={() => review[act](suggestion.id)}
          >
            {label}
          </button>
        ))}
        <button type="button" disabled={disabled} onClick={() => review.acceptAll(suggestion.type)}>
          {`Accept all ${sameType} ${name} suggestions in this document`}
        </button>
      </div>
    </div>
  );
}
