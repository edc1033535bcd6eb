import type { StoredAnnotation } from '../../core/model/annotation';
import type { LabelType } from '../../core/model/label-types';
import { typeTint } from '../schema/type-tint';

/**
 * A span field's link: the linked annotation's words (click to go there), or
 * a broken-link notice when that annotation was deleted. The reference is
 * kept until the analyst unlinks it, so undoing the delete mends the link.
 */
export function LinkedAnnotation(props: {
  labelId: string;
  fieldName: string;
  target: StoredAnnotation | null;
  types: readonly LabelType[];
  disabled: boolean;
  onSelect: (id: string) => void;
  onUnlink: () => void;
}) {
  const { labelId, fieldName, target, types, disabled, onSelect, onUnlink } = props;
  const type = target ? types.find((t) => t.id === target.type) : undefined;
  return (
    <div className="linked" role="group" aria-labelledby={labelId}>
      {target ? (
        <button type="button" className="linked-target" onClick={() => onSelect(target.id)} title="Go to the linked annotation">
          <span className="linked-type" style={typeTint(type)}>
            {type?.name ?? target.type}
          </span>
          <span className="linked-text">{target.fragments.map((fragment) => fragment.exact).join(' … ')}</span>
        </button>
      ) : (
        <p className="linked-broken">
          <span aria-hidden>⚠</span> Broken link: the linked annotation was deleted.
        </p>
      )}
      <button type="button" className="linked-unlink" aria-label={`Unlink ${fieldName}`} disabled={disabled} onClick={onUnlink}>
        Unlink
      </button>
    </div>
  );
}
