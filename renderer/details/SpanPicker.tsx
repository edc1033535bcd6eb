import { useId, useState, type MouseEvent } from 'react';
import type { LabelType } from '../../core/model/label-types';

/** Types with no fields of their own (Source, Actor, Location) are what spans usually point at. */
const defaultType = (allowed: readonly LabelType[]) => (allowed.find((type) => type.fields.length === 0) ?? allowed[0])?.id ?? '';

/**
 * The step between "Pick span" and the link: the analyst selects words in
 * the article, chooses what they are, and links them. The buttons keep the
 * article selection (no focus on mouse down) so it is still there to link.
 */
export function SpanPicker(props: {
  fieldName: string;
  allowed: readonly LabelType[];
  hasSelection: boolean;
  onLink: (typeId: string) => void;
  onCancel: () => void;
}) {
  const { fieldName, allowed, hasSelection, onLink, onCancel } = props;
  const [typeId, setTypeId] = useState(() => defaultType(allowed));
  const selectId = useId();
  const keepSelection = (event: MouseEvent) => event.preventDefault();
  return (
    <div className="span-picker" role="group" aria-label={`Pick a span for ${fieldName}`}>
      <p>{hasSelection ? 'Link the selected words:' : `Select the words for ${fieldName} in the article.`}</p>
      <div className="span-picker-actions">
        <label htmlFor={selectId}>Tag as</label>
        <select id={selectId} value={typeId} onChange={(event) => setTypeId(event.currentTarget.value)}>
          {allowed.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}
            </option>
          ))}
        </select>
        <button type="button" className="primary" disabled={!hasSelection} onMouseDown={keepSelection} onClick={() => onLink(typeId)}>
          Link selection
        </button>
        <button type="button" onMouseDown={keepSelection} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
