import { useEffect, useMemo, useRef } from 'react';
import type { DocumentSummary } from '../../core/api/contract';
import { visibleDocuments } from '../documents/document-order';

/** One document's figures: the sets compared in it, its items, and how many are decided. */
interface Figures {
  sets: number;
  items: number;
  decided: number;
}

function figuresText(figures: Figures | undefined): string {
  if (!figures) return '…';
  if (figures.sets === 0) return 'not annotated';
  if (figures.sets === 1) return 'one set only';
  return `${figures.decided} of ${figures.items} decided`;
}

/**
 * The workspace's documents with how far each one's adjudication is, so the
 * adjudicator sees where work is left without opening each article; choosing
 * one adjudicates it next. The open document shows the view's own figures
 * (ahead of what is saved), the others what the services derive.
 */
export function AdjudicationDocuments(props: {
  documents: readonly DocumentSummary[];
  openId: string;
  live: Figures;
  progress: ReadonlyMap<string, Figures> | null;
  onOpen: (id: string) => void;
}) {
  const { documents, openId, live, progress, onOpen } = props;
  // In the document list's first order (newest first), so both lists read alike.
  const listed = useMemo(() => visibleDocuments(documents, { query: '', status: 'all', sort: 'added' }), [documents]);
  const list = useRef<HTMLUListElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  // The open document is in view, however long the list. The list alone scrolls: scrollIntoView would scroll
  // every box around it too, the app's panes behind the modal dialog included.
  useEffect(() => {
    const box = list.current;
    const button = openButton.current;
    if (!box || !button) return;
    const top = button.offsetTop - box.offsetTop;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + button.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = top + button.offsetHeight - box.clientHeight;
  }, [openId]);
  return (
    <fieldset className="adjudication-documents">
      <legend>Documents</legend>
      <ul ref={list}>
        {listed.map((document) => {
          const figures = document.id === openId ? live : progress?.get(document.id);
          const done = figures !== undefined && figures.sets > 1 && figures.decided === figures.items;
          return (
            <li key={document.id}>
              <button
                ref={document.id === openId ? openButton : undefined}
                type="button"
                title={document.title}
                aria-current={document.id === openId ? 'true' : undefined}
                className={done ? 'done' : undefined}
                onClick={() => onOpen(document.id)}
              >
                <span className="adjudication-document-title">{document.title}</span>
                <span className="adjudication-document-figures">{figuresText(figures)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
