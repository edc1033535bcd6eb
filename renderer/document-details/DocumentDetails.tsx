import { useState, type ReactNode } from 'react';
import { datesReadAgain } from '../../core/fields/dates-again';
import { articleReferenceDate } from '../../core/fields/natural-date';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { DocumentFile } from '../../core/model/document';
import type { LabelType } from '../../core/model/label-types';
import type { AnnotationAction } from '../annotations/annotation-state';
import { DatesAgainDialog } from './DatesAgainDialog';
import { DocumentDetailsDialog, type EditedDocument } from './DocumentDetailsDialog';
import { PageLinesDialog } from './PageLinesDialog';
import './document-details.css';

type Open = { dialog: 'details' } | { dialog: 'lines' } | { dialog: 'dates'; published: string; readAgain: StoredAnnotation[] } | null;

/**
 * The reader header's buttons for the document itself: its details
 * (title, date, outlet…) and the lines of the imported page. A new
 * publication date offers to read the document's relative dates again.
 */
export function DocumentDetails(props: {
  document: DocumentFile;
  annotations: readonly StoredAnnotation[];
  types: readonly LabelType[];
  editable: boolean;
  act: (action: AnnotationAction) => void;
  /** Saves pending annotation changes first: a text edit checks the document has none. */
  flush: () => Promise<void>;
  /** The document's metadata changed (its text did not). */
  onMetadata: (edited: EditedDocument) => void;
  /** A line came back or was taken out: the document must be read again. */
  onText: (edited: EditedDocument) => void;
  /** Further buttons for the document, after these (Suggest). */
  children?: ReactNode;
}) {
  const { document, annotations, types, editable, act, flush, onMetadata, onText, children } = props;
  const [open, setOpen] = useState<Open>(null);
  const taken = document.removed?.length ?? 0;

  const savedDetails = (edited: EditedDocument) => {
    onMetadata(edited);
    const saved = edited.document;
    const reference = articleReferenceDate(saved.metadata);
    if (!reference || saved.metadata.publishedDate === document.metadata.publishedDate) return setOpen(null);
    const readAgain = datesReadAgain(annotations, types, reference, { language: saved.metadata.language });
    setOpen(readAgain.length > 0 ? { dialog: 'dates', published: saved.metadata.publishedDate ?? '', readAgain } : null);
  };

  return (
    <div className="document-details">
      {document.metadata.titleDerived ? (
        <p className="derived-title">
          No headline was found: the title “{document.metadata.title}” was made from the first paragraph.
        </p>
      ) : null}
      <div className="document-details-buttons">
        <button type="button" disabled={!editable} onClick={() => setOpen({ dialog: 'details' })}>
          Details…
        </button>
        <button type="button" disabled={!editable} onClick={() => void flush().then(() => setOpen({ dialog: 'lines' }))}>
          {taken > 0 ? `Lines of the page (${taken} taken out)…` : 'Lines of the page…'}
        </button>
        {children}
      </div>
      {open?.dialog === 'details' ? <DocumentDetailsDialog document={document} onSaved={savedDetails} onClose={() => setOpen(null)} /> : null}
      {open?.dialog === 'lines' ? (
        <PageLinesDialog
          document={document}
          annotated={annotations.length > 0}
          onEdited={(edited, textChanged) => (textChanged ? onText(edited) : onMetadata(edited))}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.dialog === 'dates' ? (
        <DatesAgainDialog
          published={open.published}
          annotations={annotations}
          readAgain={open.readAgain}
          onConfirm={() => {
            const modified = new Date().toISOString();
            act({ kind: 'update-many', annotations: open.readAgain.map((annotation) => ({ ...annotation, modified })) });
            setOpen(null);
          }}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}
