import type { DocumentSummary } from '../../core/api/contract';
import type { DocumentStatus } from '../../core/model/document-status';

export type DocumentSort = 'added' | 'title' | 'source' | 'status' | 'annotations';

export const SORT_LABELS: Record<DocumentSort, string> = {
  added: 'Date added',
  title: 'Title',
  source: 'Source',
  status: 'Status',
  annotations: 'Most annotated',
};

export const STATUS_LABELS: Record<DocumentStatus, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
};

const STATUS_ORDER: DocumentStatus[] = ['in-progress', 'todo', 'done'];
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function total(doc: DocumentSummary): number {
  return Object.values(doc.annotationCounts).reduce((sum, n) => sum + n, 0);
}

const COMPARE: Record<DocumentSort, (a: DocumentSummary, b: DocumentSummary) => number> = {
  added: (a, b) => b.addedAt.localeCompare(a.addedAt),
  title: (a, b) => collator.compare(a.title, b.title),
  source: (a, b) => collator.compare(a.source ?? '', b.source ?? ''),
  status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
  annotations: (a, b) => total(b) - total(a),
};

/** The documents the list shows: those matching the text and status filters, in the chosen order. */
export function visibleDocuments(
  documents: readonly DocumentSummary[],
  options: { query: string; status: DocumentStatus | 'all'; sort: DocumentSort },
): DocumentSummary[] {
  const words = options.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const matches = (doc: DocumentSummary) => {
    const haystack = `${doc.title} ${doc.source ?? ''} ${doc.published ?? ''}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word)) && (options.status === 'all' || doc.status === options.status);
  };
  const compare = COMPARE[options.sort];
  return documents.filter(matches).sort((a, b) => compare(a, b) || collator.compare(a.title, b.title));
}
