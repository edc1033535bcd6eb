import { useState } from 'react';
import type { LabelType } from '../../core/model/label-types';
import { SchemaEditor } from './SchemaEditor';

/** The toolbar's way into the schema editor. */
export function SchemaButton(props: { types: readonly LabelType[]; disabled: boolean; onSaved: (types: readonly LabelType[]) => void }) {
  const [editing, setEditing] = useState(false);
  return (
    <>
      <button type="button" className="tag-button" disabled={props.disabled} onClick={() => setEditing(true)}>
        Schema…
      </button>
      {editing ? <SchemaEditor types={props.types} onSaved={props.onSaved} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
