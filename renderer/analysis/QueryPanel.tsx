import { useState } from 'react';
import type { LabelType } from '../../core/model/label-types';
import type { Query } from '../../core/query/query';
import type { QueryRow } from '../../core/query/query-rows';
import { rowsToCsv, rowsToJsonl } from '../../core/query/rows-table';
import { download } from './download';
import { QueryFilters } from './QueryFilters';
import { ResultsList } from './ResultsList';
import { allRows, type QueryAnswerState } from './use-query-view';
import './analysis.css';
import { annotationCount } from './annotation-count';

/** The query view's column: the filters, how many annotations they keep, the export and the results. */
export function QueryPanel(props: {
  query: Query;
  answer: QueryAnswerState;
  types: readonly LabelType[];
  sets: readonly string[];
  onChange: (query: Query) => void;
  onOpen: (row: QueryRow) => void;
  onNotice: (message: string) => void;
}) {
  const { query, answer, types, sets, onChange, onOpen, onNotice } = props;
  const [exporting, setExporting] = useState(false);
  // Cleared filters start afresh, the field filter's draft too.
  const [generation, setGeneration] = useState(0);
  const exportAs = async (format: 'csv' | 'jsonl') => {
    setExporting(true);
    try {
      const rows = await allRows(query);
      const data = format === 'csv' ? rowsToCsv(rows, types) : rowsToJsonl(rows);
      download(`gloss-query.${format}`, new Blob([data], { type: format === 'csv' ? 'text/csv' : 'application/jsonl' }));
    } catch (error) {
      onNotice(`The list was not exported: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setExporting(false);
    }
  };
  const shown = answer.rows.length;
  return (
    <aside className="query-panel" aria-label="Query">
      <h2 className="pane-heading">
        Query{' '}
        <span className="pane-count" role="status">
          {shown === answer.total ? annotationCount(answer.total) : `first ${shown} of ${annotationCount(answer.total)}`}
        </span>
      </h2>
      <QueryFilters key={generation} query={query} types={types} sets={sets} onChange={onChange} />
      <div className="query-actions">
        <button type="button" disabled={exporting || answer.total === 0} onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" disabled={exporting || answer.total === 0} onClick={() => void exportAs('jsonl')}>
          Export JSONL
        </button>
        {Object.keys(query).length > 0 ? (
          <button
            type="button"
            onClick={() => {
              onChange({});
              setGeneration((n) => n + 1);
            }}
          >
            Clear
          </button>
        ) : null}
      </div>
      {answer.failure ? <p className="query-problem" role="alert">{answer.failure}</p> : null}
      {answer.problems.map((problem) => (
        <p key={problem} className="query-problem">
          {problem}; what could be read of it is searched.
        </p>
      ))}
      {answer.total === 0 && !answer.failure ? <p className="empty">No annotation matches.</p> : <ResultsList rows={answer.rows} types={types} onOpen={onOpen} />}
    </aside>
  );
}
