import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { LabelType } from '../../core/model/label-types';
import { useRovingFocus } from '../lists/use-roving-focus';
import { focusDetails } from '../keys/focus';
import { SHORTCUTS } from '../keys/shortcuts';
import { typeTint } from '../schema/type-tint';
import { excerpt } from '../sidebar/annotation-text';
import { useAnnotationFilter, type SidebarRow } from '../sidebar/use-annotation-filter';
import '../sidebar/sidebar.css';

/**
 * Every row has this height (sidebar.css clamps its text to fit), so the
 * virtualiser never measures rows: measuring forces a layout of the whole
 * page after each change, which is what made tagging slow.
 */
const ROW_HEIGHT = 92;

const Row = memo(function Row(props: {
  row: SidebarRow;
  type: LabelType | undefined;
  typeName: string;
  keyFieldName: string | undefined;
  showSet: boolean;
  selected: boolean;
  tabbable: boolean;
  onSelect: (id: string) => void;
  onDelete: (id: string) => void;
}) {
  const { row, type, typeName, keyFieldName, showSet, selected, tabbable, onSelect, onDelete } = props;
  const { annotation } = row;
  return (
    <div className="annotation-item">
      <button
        type="button"
        className="annotation-select"
        aria-current={selected ? 'true' : undefined}
        data-roving-id={annotation.id}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => onSelect(annotation.id)}
        onKeyDown={(event) => {
          if (!SHORTCUTS.listOpen.matches(event)) return;
          // Enter edits: the annotation is selected and its first field takes focus.
          event.preventDefault();
          onSelect(annotation.id);
          focusDetails(annotation.id);
        }}
      >
        <span className="annotation-head">
          <span className="annotation-type" data-type={annotation.type} style={typeTint(type)}>
            {typeName}
          </span>
          {showSet ? <span className="annotation-set">{annotation.set}</span> : null}
        </span>
        {row.key ? (
          <span className="annotation-key">
            {keyFieldName}: {excerpt(row.key, 60)}
          </span>
        ) : null}
        <span className="annotation-text">{excerpt(row.text)}</span>
      </button>
      <button
        type="button"
        className="annotation-delete"
        // Out of the tab order: Delete removes the selected annotation (the list is one tab stop).
        tabIndex={-1}
        aria-label={`Delete ${typeName} annotation`}
        onClick={() => onDelete(annotation.id)}
      >
        ×
      </button>
    </div>
  );
});

/** What to do first, naming this schema's types and their keys: "press Quote (Q), Event (E) or Claim (C)". */
function emptyHint(types: readonly LabelType[]): string {
  const named = types.map((type) => (type.shortcut ? `${type.name} (${type.shortcut.toUpperCase()})` : type.name));
  const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} or ${named.at(-1)}` : (named[0] ?? 'a type');
  return `Select text in the article, then press ${list}.`;
}

/**
 * The open document's annotations in reading order, filterable by type and
 * text. Only the rows in view are rendered (@tanstack/react-virtual), so ten
 * thousand annotations scroll and update like ten.
 */
// Memoised: the reader re-renders on every selection change; this need not.
export const AnnotationSidebar = memo(function AnnotationSidebar(props: {
  annotations: readonly StoredAnnotation[];
  types: readonly LabelType[];
  selectedId: string | null;
  /** Whether to say which set each annotation is in (when the document has several). */
  showSets: boolean;
  onSelect: (id: string) => void;
  onDelete: (id: string) => void;
}) {
  const { annotations, types, selectedId, showSets } = props;
  const { shown, typeFilter, setTypeFilter, textFilter, setTextFilter } = useAnnotationFilter(annotations, types);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => shown[i]?.annotation.id ?? i,
    overscan: 12,
  });

  // Rows are memoised; the latest handlers are read through a ref so they stay stable.
  const handlers = useRef(props);
  handlers.current = props;
  const onSelect = useCallback((id: string) => handlers.current.onSelect(id), []);
  const onDelete = useCallback((id: string) => handlers.current.onDelete(id), []);

  const ids = useMemo(() => shown.map((row) => row.annotation.id), [shown]);
  // Arrow keys select as they move, as in a file list: the article and Details follow.
  const roving = useRovingFocus(ids, selectedId, onSelect);
  const selectedIndex = selectedId ? shown.findIndex((row) => row.annotation.id === selectedId) : -1;
  useEffect(() => {
    if (selectedIndex < 0) return;
    // Off the keystroke's path: the virtualiser measures (forcing a layout of the
    // whole page) while it scrolls, which would delay painting the new highlight.
    const idle = requestIdleCallback(() => virtualizer.scrollToIndex(selectedIndex, { align: 'auto' }), { timeout: 300 });
    return () => cancelIdleCallback(idle);
  }, [selectedIndex, virtualizer]);

  const typeById = new Map(types.map((t) => [t.id, t]));
  return (
    <aside className="sidebar sidebar-virtual" aria-label="Annotations">
      <h2 className="pane-heading">
        Annotations{' '}
        <span className="pane-count">
          {shown.length === annotations.length ? annotations.length : `${shown.length} of ${annotations.length}`}
        </span>
      </h2>
      <div className="sidebar-filters">
        <select aria-label="Filter by type" value={typeFilter} onChange={(event) => setTypeFilter(event.target.value)}>
          <option value="">All types</option>
          {types.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}
            </option>
          ))}
        </select>
        <input
          type="search"
          aria-label="Filter by text"
          placeholder="Filter…"
          value={textFilter}
          onChange={(event) => setTextFilter(event.target.value)}
        />
      </div>
      {annotations.length === 0 ? (
        <p className="empty">{emptyHint(types)}</p>
      ) : shown.length === 0 ? (
        <p className="empty">No annotation matches the filter.</p>
      ) : null}
      <div ref={scrollRef} className="annotation-scroll">
        <ul
          {...roving.listProps}
          role="list"
          className="annotation-list"
          aria-label="Annotation list"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = shown[item.index] as SidebarRow;
            const type = typeById.get(row.annotation.type);
            const keyField = type?.fields.find((field) => field.id === type.keyField);
            return (
              <li
                key={item.key}
                data-index={item.index}
                className="annotation-row"
                data-selected={row.annotation.id === selectedId}
                aria-setsize={shown.length}
                aria-posinset={item.index + 1}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <Row
                  row={row}
                  type={type}
                  typeName={type?.name ?? row.annotation.type}
                  keyFieldName={keyField?.name}
                  showSet={showSets}
                  selected={row.annotation.id === selectedId}
                  tabbable={row.annotation.id === roving.active}
                  onSelect={onSelect}
                  onDelete={onDelete}
                />
              </li>
            );
          })}
        </ul>
      </div>
    </aside>
  );
});
