import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary, EventPayload, SessionSummary } from '../../core/api/contract';
import { glossApi } from '../api/gloss';

function describeImport({ outcomes }: EventPayload<'importFinished'>): string {
  const imported = outcomes.filter((outcome) => outcome.documentId !== null).length;
  const skipped = outcomes.filter((outcome) => outcome.documentId === null);
  const head = `Imported ${imported} of ${outcomes.length} file${outcomes.length === 1 ? '' : 's'}.`;
  return [head, ...skipped.map((outcome) => `${outcome.file}: ${outcome.message}`)].join(' ');
}

/**
 * The open workspace: its document list, label types and any problems found.
 * Reloaded whenever the services say another workspace was opened or closed.
 */
export function useSession(onNotice: (message: string) => void) {
  const [session, setSession] = useState<SessionSummary | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // Once a workspace is shown, a failed refresh is news, not a reason to take the window away.
  const shown = useRef(false);
  const reload = useCallback(() => {
    void glossApi()
      .getSession({})
      .then((result) => {
        if (!result.ok) {
          if (shown.current) onNotice(result.error.message);
          else setFailure(result.error.message);
          return;
        }
        shown.current = true;
        setFailure(null);
        setSession(result.value);
        if (result.value.problems.length > 0) {
          onNotice(`Some files could not be read: ${result.value.problems.map((p) => p.message).join('; ')}`);
        }
      });
  }, [onNotice]);

  useEffect(() => {
    reload();
    const api = glossApi();
    const stops = [
      api.on('workspaceChanged', reload),
      api.on('notice', ({ message }) => onNotice(message)),
      api.on('importFinished', (payload) => {
        setSession((current) => (current ? { ...current, documents: payload.documents } : current));
        onNotice(describeImport(payload));
      }),
    ];
    return () => stops.forEach((stop) => stop());
  }, [reload, onNotice]);

  const updateDocument = useCallback((id: string, change: (doc: DocumentSummary) => DocumentSummary) => {
    setSession((current) =>
      current ? { ...current, documents: current.documents.map((doc) => (doc.id === id ? change(doc) : doc)) } : current,
    );
  }, []);

  const setAnnotationSet = useCallback((annotationSet: string, analystName: string | null) => {
    setSession((current) => (current ? { ...current, annotationSet, analystName } : current));
  }, []);

  return { session, failure, updateDocument, setAnnotationSet, reload };
}
