import { useCallback, useMemo, useState } from 'react';
import type { StoredAnnotation } from '../../core/model/annotation';
import { SUGGESTIONS_SET } from '../../core/model/suggestions';
import type { AnnotationAction } from '../annotations/annotation-state';
import { glossApi } from '../api/gloss';
import { counted } from '../notices/counted';

/** What a run made, in the analyst's words. */
function summary(run: { documents: number; suggested: number; leftOut: number; entitiesCreated: number }): string {
  const made = run.suggested === 0 ? 'No new suggestions' : `${counted(run.suggested, 'suggestion')} made`;
  const where = run.documents === 1 ? '' : ` in ${counted(run.documents, 'document')}`;
  const left = run.leftOut > 0 ? `; ${run.leftOut} left out, rejected before or already there` : '';
  const entities = run.entitiesCreated > 0 ? `; ${run.entitiesCreated === 1 ? '1 new entity' : `${run.entitiesCreated} new entities`}` : '';
  return `${made}${where}${left}${entities}.`;
}

/**
 * Runs the suggestion engine on documents through the services, after the
 * open document's pending changes are saved (the services write the
 * suggestions beside them). The open document's new suggestions join its
 * annotations as one step, so the undo history stays and Ctrl+Z takes the
 * run back; the entities are read again, and the suggestions set is shown.
 */
export function useSuggest(props: {
  openId: string | null;
  annotations: readonly StoredAnnotation[];
  act: (action: AnnotationAction) => void;
  flush: () => Promise<void>;
  reloadEntities: () => void;
  showSet: (set: string) => void;
  onNotice: (message: string) => void;
}) {
  const { openId, annotations, act, flush, reloadEntities, showSet, onNotice } = props;
  const [running, setRunning] = useState(false);
  const run = useCallback(
    async (documentIds: readonly string[]) => {
      if (documentIds.length === 0) return;
      setRunning(true);
      try {
        await flush();
        const result = await glossApi().suggestAnnotations({ documentIds: [...documentIds], replace: false });
        if (!result.ok) return onNotice(`No suggestions were made: ${result.error.message}`);
        if (openId && documentIds.includes(openId)) {
          const read = await glossApi().loadDocument({ documentId: openId });
          if (!read.ok) return onNotice(`The suggestions were made but could not be shown: ${read.error.message}`);
          const known = new Set(annotations.map((annotation) => annotation.id));
          act({ kind: 'add-many', annotations: read.value.annotations.filter((annotation) => !known.has(annotation.id)) });
        }
        if (result.value.entitiesCreated > 0) reloadEntities();
        showSet(SUGGESTIONS_SET);
        const problems = result.value.problems.map((problem) => `${problem.file}: ${problem.message}`);
        onNotice([summary(result.value), ...problems].join(' '));
      } finally {
        setRunning(false);
      }
    },
    [openId, annotations, act, flush, reloadEntities, showSet, onNotice],
  );
  return useMemo(() => ({ run, running }), [run, running]);
}
