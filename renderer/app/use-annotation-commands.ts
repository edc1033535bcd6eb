import { useCallback, useMemo } from 'react';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { AnnotationAction } from '../annotations/annotation-state';
import { revealSpan } from '../reader/reveal';
import type { DomTextMap } from '../reader/dom-text-map';

/**
 * What the panels do to one annotation: select it, show it (select it and
 * scroll the article to it), remove it, or add one (placed from the review list).
 * Each is a stable callback, so the memoised panels do not re-render.
 */
export function useAnnotationCommands(
  annotations: readonly StoredAnnotation[],
  map: DomTextMap | null,
  act: (action: AnnotationAction) => void,
) {
  const select = useCallback((id: string | null) => act({ kind: 'select', id }), [act]);
  const show = useCallback(
    (id: string) => {
      act({ kind: 'select', id });
      const fragment = annotations.find((a) => a.id === id)?.fragments[0];
      if (fragment && map) revealSpan(map, fragment);
    },
    [annotations, map, act],
  );
  const remove = useCallback((id: string) => act({ kind: 'remove', id }), [act]);
  const add = useCallback((annotation: StoredAnnotation) => act({ kind: 'add', annotation }), [act]);
  return useMemo(() => ({ select, show, remove, add }), [select, show, remove, add]);
}
