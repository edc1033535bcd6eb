import { useId } from 'react';
import type { FieldDefinition, LabelType } from '../../core/model/label-types';
import { CommitOnBlurInput } from '../details/CommitOnBlurInput';
import { omitKey } from '../../core/fields/omit-key';
import { EntityKindSelect } from './EntityKindSelect';
import { FIELD_KIND_NAMES } from './schema-draft';

const splitOptions = (text: string) =>
  text
    .split(',')
    .map((option) => option.trim())
    .filter(Boolean);

/** One field of a type: its name, choice options or span targets, and its place in the list. */
export function FieldEditor(props: {
  field: FieldDefinition;
  position: number;
  count: number;
  types: readonly LabelType[];
  onChange: (field: FieldDefinition) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { field, position, count, types, onChange, onMove, onRemove } = props;
  const nameId = useId();
  const optionsId = useId();
  const entityKindId = useId();
  return (
    <li className="field-editor">
      <div className="field-editor-head">
        <label htmlFor={nameId} className="visually-hidden">
          Field name
        </label>
        <input id={nameId} type="text" value={field.name} onChange={(event) => onChange({ ...field, name: event.currentTarget.value })} />
        <span className="field-kind">{FIELD_KIND_NAMES[field.kind]}</span>
        <button type="button" aria-label={`Move ${field.name} up`} disabled={position === 0} onClick={() => onMove(position - 1)}>
          ↑
        </button>
        <button type="button" aria-label={`Move ${field.name} down`} disabled={position === count - 1} onClick={() => onMove(position + 1)}>
          ↓
        </button>
        <button type="button" aria-label={`Remove field ${field.name}`} title="Values already entered are kept in the annotations" onClick={onRemove}>
          ×
        </button>
      </div>
      {field.kind === 'choice' ? (
        <div className="field-editor-detail">
          <label htmlFor={optionsId}>Options (comma-separated)</label>
          <CommitOnBlurInput
            id={optionsId}
            type="text"
            committed={field.options.join(', ')}
            onCommit={(text) => onChange({ ...field, options: splitOptions(text) })}
          />
        </div>
      ) : null}
      {field.kind === 'span' ? (
        <fieldset className="field-editor-detail">
          <legend>Links to (none ticked: any type)</legend>
          {types.map((type) => (
            <label key={type.id} className="target-type">
              <input
                type="checkbox"
                checked={field.targetTypes.includes(type.id)}
                onChange={(event) =>
                  onChange({
                    ...field,
                    targetTypes: event.currentTarget.checked
                      ? [...field.targetTypes, type.id]
                      : field.targetTypes.filter((id) => id !== type.id),
                  })
                }
              />
              {type.name}
            </label>
          ))}
        </fieldset>
      ) : null}
      {field.kind === 'span' ? (
        <div className="field-editor-detail">
          <label htmlFor={entityKindId}>Links to an entity</label>
          <EntityKindSelect
            id={entityKindId}
            label={`Entity kind of ${field.name}`}
            value={field.entityKind}
            onChange={(entityKind) => onChange(entityKind ? { ...field, entityKind } : omitKey(field, 'entityKind'))}
          />
        </div>
      ) : null}
    </li>
  );
}
