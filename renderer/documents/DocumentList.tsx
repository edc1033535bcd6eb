import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DocumentSummary } from '../../core/api/contract';
import type { LabelType } from '../../core/model/label-types';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../core/model/document-status';
import { SORT_LABELS, STATUS_LABELS, visibleDocuments, type DocumentSort } from './document-order';
import { useRovingFocus } from '../lists/use-roving-focus';
import { focusArticle } from '../keys/focus';
import { SHORTCUTS } from '../keys/shortcuts';
import { typeTint } from '../schema/type-tint';
import './documents.css';
import { importDocuments } from '../import/import-documents';

const SORTS = Object.keys(SORT_LABELS) as DocumentSort[];
/** A row's height before it is measured: a one-line title, the outlet line and the counts. */
const ROW_ESTIMATE = 76;
const STATUSES = DOCUMENT_STATUSES;

function StatusOptions() {
  return STATUSES.map((value) => (
    <option key={value} value={value}>
      {STATUS_LABELS[value]}
    </option>
  ));
}

/** One document; memoised so a change to one document re-renders one row, not hundreds. */
const DocumentRow = memo(function DocumentRow(props: {
  doc: DocumentSummary;
  /** Where the virtualiser puts the row, and how it measures it. */
  index: number;
  top: number;
  measure: (element: HTMLLIElement | null) => void;
  count: number;
  types: readonly LabelType[];
  current: boolean;
  tabbable: boolean;
  canEdit: boolean;
  onOpen: (id: string) => void;
  onStatus: (id: string, status: DocumentStatus) => void;
}) {
  const { doc, index, top, measure, count, types, current, tabbable, canEdit, onOpen, onStatus } = props;
  return (
    <li
      ref={measure}
      data-index={index}
      className="document-row"
      data-status={doc.status}
      aria-setsize={count}
      aria-posinset={index + 1}
      style={{ transform: `translateY(${top}px)` }}
    >
      <button
        type="button"
        className="document-item"
        aria-current={current ? 'page' : undefined}
        data-roving-id={doc.id}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => onOpen(doc.id)}
        onKeyDown={(event) => {
          if (SHORTCUTS.listOpen.matches(event)) {
            // Opened from the keyboard, the article takes focus with its caret, as a reading pane does.
            onOpen(doc.id);
            focusArticle(doc.id);
          } else if (SHORTCUTS.documentStatus.matches(event)) {
            // The row's status is one arrow away, so the list stays one tab stop.
            event.currentTarget.parentElement?.querySelector('select')?.focus();
          } else return;
          event.preventDefault();
        }}
      >
        <span className="document-title">{doc.title}</span>
        {doc.source || doc.published ? (
          <span className="document-meta">{[doc.source, doc.published].filter(Boolean).join(' · ')}</span>
        ) : null}
        <span className="document-counts">
          {types
            .filter((type) => (doc.annotationCounts[type.id] ?? 0) > 0)
            .map((type) => (
              <span
                key={type.id}
                className="count"
                style={typeTint(type)}
                title={`${doc.annotationCounts[type.id]} ${type.name} annotations`}
              >
                {type.name} {doc.annotationCounts[type.id]}
              </span>
            ))}
          {types.every((type) => !doc.annotationCounts[type.id]) ? <span className="no-count">No annotations</span> : null}
        </span>
      </button>
      <select
        className="document-status"
        aria-label={`Status of ${doc.title}`}
        value={doc.status}
        disabled={!canEdit}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          event.currentTarget.parentElement?.querySelector('button')?.focus();
        }}
        onChange={(event) => onStatus(doc.id, event.target.value as DocumentStatus)}
      >
        <StatusOptions />
      </select>
    </li>
  );
});

// Memoised: the reader re-renders on every selection change; this need not.
export const DocumentList = memo(function DocumentList(props: {
  documents: readonly DocumentSummary[];
  types: readonly LabelType[];
  currentId: string | null;
  canEdit: boolean;
  onOpen: (id: string) => void;
  onStatus: (id: string, status: DocumentStatus) => void;
  onNotice: (message: string) => void;
  /** Runs the suggestion engine on the documents the list shows (its filter chooses them); absent when it cannot run. */
  onSuggest: ((ids: readonly string[]) => void) | null;
  /** The engine is running: one run at a time. */
  suggesting: boolean;
}) {
  const { documents, types, currentId, canEdit, onOpen, onStatus, onNotice, onSuggest, suggesting } = props;
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<DocumentStatus | 'all'>('all');
  const [sort, setSort] = useState<DocumentSort>('added');
  const shown = useMemo(() => visibleDocuments(documents, { query, status, sort }), [documents, query, status, sort]);
  const ids = useMemo(() => shown.map((doc) => doc.id), [shown]);
  // Arrows move focus only: opening a document is Enter's job, not every step's.
  const roving = useRovingFocus(ids, currentId);

  // Only the rows in view are in the page: a workspace of thousands of articles opens as fast as one of ten.
  const scrollRef = useRef<HTMLElement | null>(null);
  const listRef = useRef<HTMLUListElement | null>(null);
  const [listTop, setListTop] = useState(0);
  useLayoutEffect(() => setListTop(listRef.current?.offsetTop ?? 0), [documents.length, onSuggest, shown.length]);
  // The rows are read from the virtualiser on every render; the rows themselves are memo components given only stable values, so the compiler's skip costs nothing.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => shown[i]?.id ?? i,
    overscan: 8,
    scrollMargin: listTop,
  });
  const activeIndex = roving.active === null ? -1 : ids.indexOf(roving.active);
  useEffect(() => {
    // The row arrows moved to (or the open document) is brought into view, so the roving focus finds it rendered.
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);
  const { ref: rovingRef, ...rovingProps } = roving.listProps;
  const listElement = useCallback(
    (element: HTMLUListElement | null) => {
      listRef.current = element;
      rovingRef(element);
    },
    [rovingRef],
  );

  return (
    <nav ref={scrollRef} className="document-list" aria-label="Documents">
      <div className="document-list-heading">
        <h2 className="pane-heading">
          Documents <span className="pane-count">{documents.length}</span>
        </h2>
        {canEdit ? (
          <button type="button" className="import-documents" title="Import documents (Ctrl/Cmd+I)" onClick={() => importDocuments(onNotice)}>
            Import…
          </button>
        ) : null}
      </div>
      <div className="document-controls">
        <input
          type="search"
          placeholder="Filter by title or source"
          aria-label="Filter documents"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <div className="document-selects">
          <select aria-label="Show status" value={status} onChange={(event) => setStatus(event.target.value as DocumentStatus | 'all')}>
            <option value="all">All</option>
            <StatusOptions />
          </select>
          <select aria-label="Sort documents" value={sort} onChange={(event) => setSort(event.target.value as DocumentSort)}>
            {SORTS.map((value) => (
              <option key={value} value={value}>
                {SORT_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        {onSuggest && shown.length > 0 ? (
          <button
            type="button"
            className="suggest-documents"
            disabled={suggesting}
            title="Suggest quotes, events and claims in the documents listed here (filter the list to choose them)"
            onClick={() => onSuggest(ids)}
          >
            {shown.length === 1 ? 'Suggest for the one listed' : `Suggest for the ${shown.length} listed`}
          </button>
        ) : null}
      </div>
      {documents.length === 0 ? <p className="empty">No documents yet. Import articles from the File menu.</p> : null}
      {documents.length > 0 && shown.length === 0 ? <p className="empty">No document matches.</p> : null}
      <ul {...rovingProps} ref={listElement} className="document-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const doc = shown[item.index] as DocumentSummary;
          return (
            <DocumentRow
              key={item.key}
              doc={doc}
              index={item.index}
              top={item.start - listTop}
              measure={virtualizer.measureElement}
              count={shown.length}
              types={types}
              current={doc.id === currentId}
              tabbable={doc.id === roving.active}
              canEdit={canEdit}
              onOpen={onOpen}
              onStatus={onStatus}
            />
          );
        })}
      </ul>
    </nav>
  );
});
