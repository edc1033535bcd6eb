import { lazy, Suspense, useState } from 'react';
import type { LabelType } from '../../core/model/label-types';

// Loaded when first opened: it brings zod, which nothing else on the first screen needs.
const SchemaEditor = lazy(() => import('./SchemaEditor').then((module) => ({ default: module.SchemaEditor })));

/** The toolbar's way into the schema editor. */
export function SchemaButton(props: { types: readonly LabelType[]; disabled: boolean; onSaved: (types: readonly LabelType[]) => void }) {
  const [editing, setEditing] = useState(false);
  return (
    <>
      <button type="button" className="tag-button" disabled={props.disabled} onClick={() => setEditing(true)}>
        Schema…
      </button>
      {editing ? (
        <Suspense fallback={null}>
          <SchemaEditor types={props.types} onSaved={props.onSaved} onClose={() => setEditing(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
