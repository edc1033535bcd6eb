import { useState } from 'react';
import type { LabelType } from '../../core/model/label-types';
import { EntitiesDialog } from './EntitiesDialog';

/** The toolbar's way into the Entities dialog. */
export function EntitiesButton(props: {
  types: readonly LabelType[];
  beforeOpen: () => Promise<void>;
  onOpenAnnotation: (documentId: string, annotationId: string) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="tag-button" onClick={() => setOpen(true)}>
        Entities…
      </button>
      {open ? <EntitiesDialog {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
