import { isSpanRef } from '../../core/fields/field-values';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { LabelType } from '../../core/model/label-types';

/**
 * The annotation an unlink leaves behind with nothing to say for itself: no
 * other link points at it and it carries no field, note or entity of its own
 * (an Actor tagged only so that a speaker could point at it). Null when it is
 * still of use.
 */
export function orphanAfterUnlink(target: StoredAnnotation, annotations: readonly StoredAnnotation[]): StoredAnnotation | null {
  const links = annotations.reduce(
    (count, annotation) => count + Object.values(annotation.fields).filter((value) => isSpanRef(value) && value.ref === target.id).length,
    0,
  );
  const bare = Object.keys(target.fields).length === 0 && target.note === undefined && target.entity === undefined;
  return links <= 1 && bare ? target : null;
}

/** Says that an unlinked span is still tagged, and offers to remove the tag. */
export function OrphanPrompt(props: { orphan: StoredAnnotation; types: readonly LabelType[]; onRemove: () => void; onKeep: () => void }) {
  const { orphan, types, onRemove, onKeep } = props;
  const typeName = types.find((type) => type.id === orphan.type)?.name ?? orphan.type;
  const words = orphan.fragments.map((fragment) => fragment.exact).join(' … ');
  return (
    <div className="orphan-prompt" role="status">
      <p>
        “{words}” is still tagged as {typeName}, and nothing links to it now.
      </p>
      <div className="orphan-actions">
        <button type="button" onClick={onRemove}>
          Remove the {typeName} tag
        </button>
        <button type="button" onClick={onKeep}>
          Keep it
        </button>
      </div>
    </div>
  );
}
