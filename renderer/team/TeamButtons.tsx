import { useState } from 'react';
import type { DocumentSummary } from '../../core/api/contract';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { LabelType } from '../../core/model/label-types';
import { SUGGESTIONS_SET } from '../../core/model/suggestions';
import type { AnnotationAction } from '../annotations/annotation-state';
import { AdjudicationDialog } from './AdjudicationDialog';
import { AgreementDialog } from './AgreementDialog';

/** The toolbar's ways into the team views: agreement for the workspace, adjudication of the open document. */
export function TeamButtons(props: {
  documents: readonly DocumentSummary[];
  types: readonly LabelType[];
  /** The open document, when one is open: its id, title and all its annotations, of every set. */
  open: { id: string; title: string; annotations: readonly StoredAnnotation[] } | null;
  editable: boolean;
  act: (action: AnnotationAction) => void;
  /** Saves what is still pending, so agreement reads every change. */
  flush: () => Promise<void>;
  onEditAnnotation: (id: string) => void;
  /** Opens a document in the reader (the Adjudicate view's documents). */
  onOpenDocument: (id: string) => void;
}) {
  const { documents, types, open, editable, act, flush, onEditAnnotation, onOpenDocument } = props;
  const [view, setView] = useState<'agreement' | 'adjudication' | null>(null);
  // The gold set and the sets left out hold for the session, across documents and each time the view opens.
  const [gold, setGold] = useState('gold');
  // The engine's suggestions are no analyst's coding: left out until checked.
  const [leftOut, setLeftOut] = useState<string[]>([SUGGESTIONS_SET]);
  // The document asked for in the view, until it is open: deciding meanwhile would act on the one being left.
  const [asked, setAsked] = useState<string | null>(null);
  const close = () => setView(null);
  return (
    <>
      <button
        type="button"
        className="tag-button"
        onClick={() => {
          void flush().then(() => setView('agreement'));
        }}
      >
        Agreement…
      </button>
      <button type="button" className="tag-button" disabled={!open} onClick={() => setView('adjudication')}>
        Adjudicate…
      </button>
      {view === 'agreement' ? <AgreementDialog documents={documents} types={types} onClose={close} /> : null}
      {view === 'adjudication' && open ? (
        <AdjudicationDialog
          documentId={open.id}
          title={open.title}
          annotations={open.annotations}
          documents={documents}
          types={types}
          editable={editable && (asked === null || asked === open.id)}
          act={act}
          gold={gold}
          setGold={setGold}
          leftOut={leftOut}
          setLeftOut={setLeftOut}
          flush={flush}
          onOpenDocument={(id) => {
            setAsked(id);
            onOpenDocument(id);
          }}
          onEdit={(id) => {
            close();
            onEditAnnotation(id);
          }}
          onClose={close}
        />
      ) : null}
    </>
  );
}
