import { useCallback, useEffect, useRef } from 'react';

/**
 * Opens a document at one of its annotations (from a list that spans the
 * workspace): chooses the document, then, once it is open and laid out,
 * shows the annotation. The wanted annotation waits in a ref, so nothing
 * renders twice for it.
 */
export function useOpenAt(choose: (documentId: string) => void, openId: string | undefined, ready: boolean, show: (annotationId: string) => void) {
  const wanted = useRef<{ documentId: string; annotationId: string } | null>(null);
  const openAt = useCallback(
    (documentId: string, annotationId: string) => {
      wanted.current = { documentId, annotationId };
      if (documentId === openId && ready) {
        wanted.current = null;
        show(annotationId);
      } else choose(documentId);
    },
    [choose, openId, ready, show],
  );
  useEffect(() => {
    const target = wanted.current;
    if (!target || target.documentId !== openId || !ready) return;
    wanted.current = null;
    show(target.annotationId);
  }, [openId, ready, show]);
  return openAt;
}
