import { useDeferredValue, useMemo } from 'react';
import type { StoredAnnotation } from '../../core/model/annotation';

/**
 * The annotation the details panel shows. Switching the panel to another
 * annotation follows a render later (deferred, so a keystroke's frame carries
 * only the new highlight); what it edits is always read from the current
 * annotations, so a quick second edit never starts from a stale annotation.
 */
export function useSelectedAnnotation(annotations: readonly StoredAnnotation[], selectedId: string | null): StoredAnnotation | null {
  const panelId = useDeferredValue(selectedId);
  return useMemo(() => annotations.find((a) => a.id === (selectedId && panelId)) ?? null, [annotations, selectedId, panelId]);
}
