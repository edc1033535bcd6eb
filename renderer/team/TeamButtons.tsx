import { useCallback, useState } from 'react';
import type { DocumentSummary } from '../../core/api/contract';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { LabelType } from '../../core/model/label-types';
import type { AnnotationAction } from '../annotations/annotation-state';
import { AdjudicationDialog } from './AdjudicationDialog';
import { AgreementDialog } from './AgreementDialog';

const NONE: ReadonlySet<string> = new Set();

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
}) {
  const { documents, types, open, editable, act, flush, onEditAnnotation } = props;
  const [view, setView] = useState<'agreement' | 'adjudication' | null>(null);
  // Rejections leave nothing in the gold set, so they are remembered here, per document, for the session.
  const [rejected, setRejected] = useState<ReadonlyMap<string, ReadonlySet<string>>>(new Map());
  const close = () => setView(null);
  const openId = open?.id;
  const setRejectedHere = useCallback(
    (change: (old: ReadonlySet<string>) => ReadonlySet<string>) => {
      if (openId) setRejected((old) => new Map(old).set(openId, change(old.get(openId) ?? NONE)));
    },
    [openId],
  );
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
          title={open.title}
          annotations={open.annotations}
          types={types}
          editable={editable}
          act={act}
          rejected={rejected.get(open.id) ?? NONE}
          setRejected={setRejectedHere}
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
