import { useId, useState } from 'react';
import type { FieldDefinition, FieldKind, LabelType } from '../../core/model/label-types';
import { omitKey } from '../../core/fields/omit-key';
import { EntityKindSelect } from './EntityKindSelect';
import { FieldEditor } from './FieldEditor';
import { FIELD_KIND_NAMES, moved, newField } from './schema-draft';

const KINDS = Object.keys(FIELD_KIND_NAMES) as FieldKind[];

/** One label type: name, colour, shortcut key, the field naming it in lists, and its fields. */
export function TypeEditor(props: { type: LabelType; types: readonly LabelType[]; onChange: (type: LabelType) => void }) {
  const { type, types, onChange } = props;
  const [kind, setKind] = useState<FieldKind>('text');
  const ids = { name: useId(), colour: useId(), shortcut: useId(), keyField: useId(), entityKind: useId(), kind: useId() };
  const setFields = (fields: FieldDefinition[]) => onChange({ ...type, fields });

  return (
    <div className="type-editor">
      <div className="type-editor-grid">
        <label htmlFor={ids.name}>Name</label>
        <input id={ids.name} type="text" value={type.name} onChange={(event) => onChange({ ...type, name: event.currentTarget.value })} />
        <label htmlFor={ids.colour}>Colour</label>
        <input id={ids.colour} type="color" value={type.color} onChange={(event) => onChange({ ...type, color: event.currentTarget.value })} />
        <label htmlFor={ids.shortcut}>Shortcut key</label>
        <input
          id={ids.shortcut}
          type="text"
          className="shortcut-input"
          maxLength={1}
          value={type.shortcut ?? ''}
          onChange={(event) => {
            const key = event.currentTarget.value.toLowerCase();
            onChange(key ? { ...type, shortcut: key } : omitKey(type, 'shortcut'));
          }}
        />
        <label htmlFor={ids.keyField}>Named in lists by</label>
        <select
          id={ids.keyField}
          value={type.keyField ?? ''}
          onChange={(event) => {
            const field = event.currentTarget.value;
            onChange(field ? { ...type, keyField: field } : omitKey(type, 'keyField'));
          }}
        >
          <option value="">— its text —</option>
          {type.fields.map((field) => (
            <option key={field.id} value={field.id}>
              {field.name}
            </option>
          ))}
        </select>
        <label htmlFor={ids.entityKind}>Spans name an entity</label>
        <EntityKindSelect
          id={ids.entityKind}
          label="Spans name an entity"
          value={type.entityKind}
          onChange={(entityKind) => onChange(entityKind ? { ...type, entityKind } : omitKey(type, 'entityKind'))}
        />
      </div>
      <h3>Fields</h3>
      {type.fields.length === 0 ? <p className="empty">No fields: annotations of this type are just the span.</p> : null}
      <ol className="field-editor-list">
        {type.fields.map((field, position) => (
          <FieldEditor
            key={field.id}
            field={field}
            position={position}
            count={type.fields.length}
            types={types}
            onChange={(changed) => setFields(type.fields.map((f) => (f.id === field.id ? changed : f)))}
            onMove={(to) => setFields(moved(type.fields, position, to))}
            onRemove={() => {
              const fields = type.fields.filter((f) => f.id !== field.id);
              onChange(type.keyField === field.id ? { ...omitKey(type, 'keyField'), fields } : { ...type, fields });
            }}
          />
        ))}
      </ol>
      <div className="add-field">
        <label htmlFor={ids.kind}>New field kind</label>
        <select id={ids.kind} value={kind} onChange={(event) => {
            const chosen = KINDS.find((k) => k === event.currentTarget.value);
            if (chosen) setKind(chosen);
          }}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {FIELD_KIND_NAMES[k]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => setFields([...type.fields, newField(kind, type.fields)])}>
          Add field
        </button>
      </div>
    </div>
  );
}
