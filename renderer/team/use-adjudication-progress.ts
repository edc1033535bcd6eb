import { useEffect, useState } from 'react';
import type { ApiResponse } from '../../core/api/contract';
import { glossApi } from '../api/gloss';

type Progress = ApiResponse<'adjudicationProgress'>['documents'][number];

/** Typing a gold set's name asks again only once the typing pauses. */
const ASK_AFTER_MS = 250;

/**
 * Every document's adjudication progress into `gold`, as saved (the services
 * derive it: core/agreement adjudicationProgress), asked again when the gold
 * set, the sets left out or the open document change: the document left has
 * its decisions saved first (`flush`), so its figure is the one just shown.
 */
export function useAdjudicationProgress(gold: string, leftOut: readonly string[], openId: string, flush: () => Promise<void>) {
  const [progress, setProgress] = useState<ReadonlyMap<string, Progress> | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const leftOutKey = JSON.stringify(leftOut);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void flush()
        .then(() => glossApi().adjudicationProgress({ gold, leftOut: JSON.parse(leftOutKey) as string[] }))
        .then((result) => {
          if (!current) return;
          setProgress(result.ok ? new Map(result.value.documents.map((document) => [document.documentId, document])) : new Map());
          setProblems(result.ok ? result.value.problems : [`Progress could not be worked out: ${result.error.message}`]);
        });
    }, ASK_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [gold, leftOutKey, openId, flush]);

  return { progress, problems };
}
