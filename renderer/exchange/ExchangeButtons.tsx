import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { DocumentSummary, ImportedSet } from '../../core/api/contract';
import type { LabelType } from '../../core/model/label-types';
import { glossApi } from '../api/gloss';
import { useWorkspaceSets } from '../sets/use-workspace-sets';
import { onDialogRequest } from './dialog-requests';

// Loaded when first opened: the first screen needs neither.
const ExportDialog = lazy(() => import('./ExportDialog').then((module) => ({ default: module.ExportDialog })));
const ImportAnnotationsDialog = lazy(() =>
  import('./ImportAnnotationsDialog').then((module) => ({ default: module.ImportAnnotationsDialog })),
);

type Shown = 'export' | 'import-annotations' | null;

/** The toolbar's Import Annotations… and Export… buttons and their dialogs, also opened from the File menu. */
export function ExchangeButtons(props: {
  documents: readonly DocumentSummary[];
  openId: string | null;
  types: readonly LabelType[];
  /** The sets of the open document, the analyst's own first (the workspace's others are added when a dialog opens). */
  sets: readonly string[];
  canImport: boolean;
  /** Saves what is pending before the services read or write the annotation files. */
  flush: () => Promise<void>;
  onImported: (imported: ImportedSet) => void;
  onNotice: (message: string) => void;
}) {
  const { documents, openId, types, sets, canImport, flush, onImported, onNotice } = props;
  const [shown, setShown] = useState<Shown>(null);
  useEffect(() => {
    // The sync dialog is the Sync button's.
    const show = (dialog: Shown | 'sync') => setShown(dialog === 'sync' ? null : dialog);
    const fromMenu = glossApi().on('showDialog', ({ dialog }) => show(dialog));
    const fromKeys = onDialogRequest(show);
    return () => {
      fromMenu();
      fromKeys();
    };
  }, []);
  const close = () => setShown(null);
  const inWorkspace = useWorkspaceSets(shown !== null);
  const allSets = useMemo(() => [...new Set([...sets, ...(inWorkspace ?? []).map((set) => set.name)])], [sets, inWorkspace]);
  return (
    <>
      <button type="button" className="tag-button" disabled={!canImport} onClick={() => setShown('import-annotations')}>
        Import Annotations…
      </button>
      <button type="button" className="tag-button" disabled={documents.length === 0} onClick={() => setShown('export')}>
        Export…
      </button>
      <Suspense fallback={null}>
        {shown === 'export' ? (
          <ExportDialog
            documents={documents}
            openId={openId}
            types={types}
            sets={allSets}
            beforeExport={flush}
            onExported={onNotice}
            onClose={close}
          />
        ) : null}
        {shown === 'import-annotations' && canImport ? (
          <ImportAnnotationsDialog sets={allSets} beforeImport={flush} onImported={onImported} onClose={close} />
        ) : null}
      </Suspense>
    </>
  );
}
