import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { OpenedDocument } from '../../core/api/contract';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { DocumentFile } from '../../core/model/document';
import { changesBetween, mergeChanges, toChangeRequest, type AnnotationChanges } from '../../core/model/annotation-changes';
import { glossApi } from '../api/gloss';
import { SERVICES_STOPPED } from '../../core/api/client';
import { DocumentText } from '../reader/document-text';
import { annotationReducer, initialAnnotationState, type AnnotationAction } from './annotation-state';
import { Autosaver, type SaveStatus } from './autosaver';

export interface OpenDocument {
  loaded: OpenedDocument;
  text: DocumentText;
}

/**
 * Loads a document and keeps its annotations: every change is undoable and
 * saved automatically, as what changed rather than the whole document;
 * leaving the document or the window saves at once.
 */
export function useOpenDocument(documentId: string | null, onError: (message: string) => void) {
  const [open, setOpen] = useState<OpenDocument | null>(null);
  const [state, dispatch] = useReducer(annotationReducer, initialAnnotationState([]));
  // Each status the saver reports, with the revision last handed to it then.
  const [saveStatus, setSaveStatus] = useState<{ status: SaveStatus; revision: number }>({ status: { kind: 'saved' }, revision: 0 });
  const scheduledRevision = useRef(0);
  const saverRef = useRef<Autosaver<AnnotationChanges> | null>(null);
  // The annotations as last handed to the saver (or as loaded): each change is measured from them.
  const scheduledAnnotations = useRef<readonly StoredAnnotation[]>([]);
  // Bumped to read the document again from disk, after an import added to it.
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!documentId) return;
    let cancelled = false;
    // Services that stopped and came back hold no open documents: the next save opens this one again first.
    let reopen = false;
    const saver = new Autosaver<AnnotationChanges>(
      async (changes) => {
        if (reopen) {
          const reopened = await glossApi().loadDocument({ documentId });
          if (!reopened.ok) return { ok: false, message: reopened.error.message };
          reopen = false;
        }
        const result = await glossApi().saveChanges({ documentId, ...toChangeRequest(changes) });
        if (!result.ok && result.error.message === SERVICES_STOPPED) reopen = true;
        return result.ok ? { ok: true } : { ok: false, message: result.error.message };
      },
      mergeChanges,
      (status) => setSaveStatus({ status, revision: scheduledRevision.current }),
    );
    saverRef.current = saver;
    void glossApi()
      .loadDocument({ documentId })
      .then((result) => {
        if (cancelled) return;
        if (!result.ok) {
          onError(result.error.message);
          return;
        }
        setOpen({ loaded: result.value, text: new DocumentText(result.value.document) });
        dispatch({ kind: 'reset', annotations: result.value.annotations });
        const status: SaveStatus = result.value.readOnly ? { kind: 'failed', message: 'this document’s annotations are read-only' } : { kind: 'saved' };
        setSaveStatus({ status, revision: 0 });
      });
    const flushOnUnload = (event: BeforeUnloadEvent) => {
      // Work not on disk yet (the services stopped, the disk is full): the analyst is asked before it can be lost.
      if (saver.hasUnsaved()) event.preventDefault();
      void saver.flush();
    };
    window.addEventListener('beforeunload', flushOnUnload);
    return () => {
      cancelled = true;
      window.removeEventListener('beforeunload', flushOnUnload);
      void saver.flush();
    };
  }, [documentId, generation, onError]);

  useEffect(() => {
    scheduledRevision.current = state.revision;
    const before = scheduledAnnotations.current;
    scheduledAnnotations.current = state.annotations;
    if (state.revision === 0) return; // as loaded: the services hold exactly these
    // Scheduled even when nothing differs, so the indicator hears about this revision.
    saverRef.current?.schedule(changesBetween(before, state.annotations));
  }, [state.revision, state.annotations]);

  const act = useCallback((action: AnnotationAction) => dispatch(action), []);
  /** Writes what is pending now, so the services see every change (before an export or import). */
  const flush = useCallback(async () => saverRef.current?.flush(), []);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  /** Shows the open document's new metadata (its text is the same): nothing is read again and the undo history stays. */
  const replaceMetadata = useCallback((document: DocumentFile) => {
    setOpen((shown) => (shown && shown.loaded.document.id === document.id ? { ...shown, loaded: { ...shown.loaded, document } } : shown));
  }, []);
  const current = open && open.loaded.document.id === documentId ? open : null;
  return useMemo(() => {
    // A change is rendered a moment before the effect above schedules its save:
    // in between, the indicator must already say "Saving…", never "Saved" over
    // a change that is not on disk yet.
    const unscheduled = state.revision > 0 && state.revision !== saveStatus.revision;
    const shownStatus: SaveStatus = unscheduled ? { kind: 'saving' } : saveStatus.status;
    return { open: current, state, saveStatus: shownStatus, act, flush, reload, replaceMetadata };
  }, [current, state, saveStatus, act, flush, reload, replaceMetadata]);
}
