import { useEffect, useMemo, useRef } from 'react';
import type { DocumentSummary } from '../../core/api/contract';
import type { StoredAnnotation } from '../../core/model/annotation';
import { countByType } from '../../core/annotations/annotation-queries';

/**
 * The document list with the open document's annotation counts up to date.
 * They are derived while it is open, rather than written into the session on
 * every change (which re-rendered everything once more per tag), and written
 * back when it is left. `listed` is the deferred copy of the annotations, so
 * the counts follow a keystroke a render later.
 */
export function useDocumentCounts(props: {
  documents: readonly DocumentSummary[] | undefined;
  openId: string | undefined;
  listed: { annotations: readonly StoredAnnotation[]; revision: number };
  updateDocument: (id: string, change: (doc: DocumentSummary) => DocumentSummary) => void;
}): readonly DocumentSummary[] {
  const { documents, openId, listed, updateDocument } = props;
  const counts = useMemo(() => countByType(listed.annotations), [listed.annotations]);
  const changed = listed.revision > 0;
  // What to write back when the document is left: the counts of the last render committed for it.
  const latestCounts = useRef<Record<string, number> | null>(null);
  useEffect(() => {
    latestCounts.current = changed ? counts : null;
  }, [changed, counts]);
  useEffect(
    () => () => {
      const final = latestCounts.current;
      if (openId && final) updateDocument(openId, (doc) => ({ ...doc, annotationCounts: final }));
    },
    [openId, updateDocument],
  );
  return useMemo(
    () =>
      documents && openId && changed
        ? documents.map((doc) => (doc.id === openId ? { ...doc, annotationCounts: counts } : doc))
        : (documents ?? []),
    [documents, openId, changed, counts],
  );
}
