import { useCallback, useEffect, useRef, useState } from 'react';
import type { Query } from '../../core/query/query';
import type { QueryRow } from '../../core/query/query-rows';
import { glossApi } from '../api/gloss';

/** The most rows the view reads out at once: the list and the pictures draw these; exports ask for all. */
const VIEW_ROWS = 20_000;

/** How long typing settles before the query runs and is remembered. */
const SETTLE_MS = 250;

export type PictureTab = 'article' | 'timeline' | 'network' | 'counts';

export interface QueryAnswerState {
  rows: readonly QueryRow[];
  total: number;
  problems: readonly string[];
  /** Why the query could not be answered, when it could not. */
  failure: string | null;
}

const EMPTY: QueryAnswerState = { rows: [], total: 0, problems: [], failure: null };

/**
 * The query view's state: whether it is open and which picture it shows,
 * the query (kept per workspace by the services' preferences, restored when
 * the workspace opens) and its answer, asked again after every save so the
 * list follows the analyst's edits.
 */
export function useQueryView(workspacePath: string | undefined, savedRevision: unknown) {
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<PictureTab>('article');
  const [query, setQueryState] = useState<Query>({});
  const [answer, setAnswer] = useState<QueryAnswerState>(EMPTY);
  const [loaded, setLoaded] = useState<string | undefined>(undefined);
  const changed = useRef(false);

  useEffect(() => {
    if (!workspacePath) return;
    let live = true;
    void glossApi()
      .savedQuery({})
      .then((saved) => {
        if (!live) return;
        setQueryState(saved.ok ? saved.value.query : {});
        setLoaded(workspacePath);
      });
    return () => {
      live = false;
    };
  }, [workspacePath]);

  const setQuery = useCallback((next: Query) => {
    changed.current = true;
    setQueryState(next);
  }, []);

  useEffect(() => {
    if (!open || loaded !== workspacePath) return;
    let live = true;
    const timer = setTimeout(() => {
      if (changed.current) {
        changed.current = false;
        void glossApi().rememberQuery({ query });
      }
      void glossApi()
        .queryAnnotations({ query, limit: VIEW_ROWS })
        .then((result) => {
          if (!live) return;
          setAnswer(result.ok ? { ...result.value, failure: null } : { ...EMPTY, failure: result.error.message });
        });
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, query, loaded, workspacePath, savedRevision]);

  /** Opens a result's article at its span, showing the article rather than a picture. */
  const openRow = useCallback(
    (openAt: (documentId: string, annotationId: string) => void) => (row: QueryRow) => {
      setTab('article');
      openAt(row.document, row.id);
    },
    [],
  );

  return { open, setOpen, tab, setTab, query, setQuery, answer, openRow };
}

/** Every row the query keeps, not only those the view shows: for an export. */
export async function allRows(query: Query): Promise<QueryRow[]> {
  const result = await glossApi().queryAnnotations({ query });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.rows;
}
