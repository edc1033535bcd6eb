import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef } from 'react';
import type { LabelType } from '../../core/model/label-types';
import type { QueryRow } from '../../core/query/query-rows';
import { useRovingFocus } from '../lists/use-roving-focus';
import { typeTint } from '../schema/type-tint';
import { excerpt } from '../sidebar/annotation-text';

/** Every row has this height (analysis.css clamps its text), so the virtualiser never measures. */
const ROW_HEIGHT = 84;

/** A row's id in the list: annotation ids are unique only within their document. */
const rowKey = (row: QueryRow) => `${row.document}/${row.id}`;

const ResultRow = memo(function ResultRow(props: { row: QueryRow; type: LabelType | undefined; tabbable: boolean; onOpen: (row: QueryRow) => void }) {
  const { row, type, tabbable, onOpen } = props;
  const keyField = type?.keyField;
  const keyValue = keyField ? row.fields[keyField] : undefined;
  const keyName = type?.fields.find((field) => field.id === keyField)?.name;
  return (
    <button type="button" className="query-result" data-roving-id={rowKey(row)} tabIndex={tabbable ? 0 : -1} onClick={() => onOpen(row)}>
      <span className="query-result-head">
        <span className="annotation-type" style={typeTint(type)}>
          {type?.name ?? row.type}
        </span>
        <span className="query-result-date">{row.date ?? 'undated'}</span>
        <span className="query-result-title">{row.title}</span>
      </span>
      {keyValue ? (
        <span className="query-result-key">
          {keyName}: {excerpt(keyValue, 60)}
        </span>
      ) : null}
      <span className="query-result-text">{excerpt(row.text, 160)}</span>
    </button>
  );
});

/**
 * The query's answer, one row per annotation: its type, date, article and
 * words with the type's key field (the speaker of a quote). Only the rows in
 * view are rendered; arrows, Home and End move, Enter or a click opens the
 * article at the span.
 */
export function ResultsList(props: { rows: readonly QueryRow[]; types: readonly LabelType[]; onOpen: (row: QueryRow) => void }) {
  const { rows, types, onOpen } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The rows are read from the virtualiser on every render and nothing here memoises them, so the compiler's skip costs nothing.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => (rows[i] ? rowKey(rows[i]) : i),
    overscan: 8,
  });
  const ids = useMemo(() => rows.map(rowKey), [rows]);
  const roving = useRovingFocus(ids, null, (_id, index) => virtualizer.scrollToIndex(index, { align: 'auto' }));
  const typeById = new Map(types.map((type) => [type.id, type]));
  return (
    <div className="query-results" ref={scrollRef}>
      <div className="query-results-inner" role="list" aria-label="Query results" style={{ height: virtualizer.getTotalSize() }} {...roving.listProps}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div key={item.key} role="listitem" className="query-result-slot" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
              <ResultRow row={row} type={typeById.get(row.type)} tabbable={roving.active === rowKey(row)} onOpen={onOpen} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
