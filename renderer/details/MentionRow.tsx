import { useId } from 'react';
import { annotationWords } from '../../core/annotations/annotation-queries';
import { entityByName } from '../../core/entities/alias-key';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { EntityKind } from '../../core/model/entity';
import { useEntities } from '../entities/entities-context';
import { EntityCombobox } from '../entities/EntityCombobox';
import { LinkedEntity } from '../entities/LinkedEntity';

/**
 * The entity a span names (an Actor span reading "Pashinian"): linked, or
 * chosen by typing. When the words themselves are a known name, linking
 * that entity is one click.
 */
export function MentionRow(props: {
  annotation: StoredAnnotation;
  newKind: EntityKind;
  disabled: boolean;
  onChange: (entityId: string | undefined) => void;
}) {
  const { annotation, newKind, disabled, onChange } = props;
  const inputId = useId();
  const labelId = `${inputId}-label`;
  const { entities } = useEntities();
  const words = annotationWords(annotation);
  const known = annotation.entity === undefined ? entityByName(entities, words) : undefined;
  return (
    <div className="details-field details-field-mention">
      <label id={labelId} htmlFor={inputId}>
        Names entity
      </label>
      {annotation.entity !== undefined ? (
        <LinkedEntity labelId={labelId} what="the named entity" entityId={annotation.entity} disabled={disabled} onUnlink={() => onChange(undefined)} />
      ) : (
        <>
          <EntityCombobox inputId={inputId} newKind={newKind} disabled={disabled} placeholder={words} onChoose={onChange} />
          {known ? (
            <button type="button" className="mention-known" disabled={disabled} onClick={() => onChange(known.id)}>
              Link to {known.name}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
