import { aliasKey } from '../entities/alias-key';
import { isDateValue } from '../fields/field-values';
import type { StoredAnnotation } from '../model/annotation';
import type { AnnotationChangeRequest } from '../model/annotation-changes';
import { compareAnnotations } from '../model/annotation-order';
import { isoDay } from './iso-day';
import { quotedText } from '../formats/field-text';

/** What the index knows of a document: enough to filter and to show a result without opening it. */
export interface IndexedDocument {
  id: string;
  title: string;
  /** The outlet (the document's source), when known. */
  outlet: string | null;
  /** The publication day (YYYY-MM-DD), when known. */
  published: string | null;
}

/** One annotation as the index holds it, with what filters look at worked out once. */
export interface IndexedAnnotation {
  annotation: StoredAnnotation;
  document: IndexedDocument;
  /**
   * The words and the note, folded as names are (case, accents, spaces):
   * what a text filter searches. Folded on the first text query, not while
   * the index is built, so opening a workspace does not wait for it.
   */
  searchable: string | null;
  /** The day of its first date field (an event's date), or null. */
  eventDate: string | null;
}

interface DocumentRows {
  document: IndexedDocument;
  byId: Map<string, IndexedAnnotation>;
  /** The rows in reading order, sorted again only after a change. */
  ordered: IndexedAnnotation[] | null;
}

function indexed(annotation: StoredAnnotation, document: IndexedDocument): IndexedAnnotation {
  const dated = Object.values(annotation.fields).find(isDateValue);
  return { annotation, document, searchable: null, eventDate: dated ? isoDay(dated.date) : null };
}

/** The row's words and note as a text filter compares them, folded once and kept. */
export function searchableText(row: IndexedAnnotation): string {
  if (row.searchable === null) {
    const words = quotedText(row.annotation);
    row.searchable = aliasKey(row.annotation.note ? `${words}\n${row.annotation.note}` : words);
  }
  return row.searchable;
}

/** Articles by publication day (undated last), then title: the order results are listed in. */
function compareDocuments(a: DocumentRows, b: DocumentRows): number {
  const [da, db] = [a.document.published, b.document.published];
  if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
  return a.document.title.localeCompare(b.document.title) || (a.document.id < b.document.id ? -1 : 1);
}

/**
 * Every annotation of a workspace, by document, kept up to date change by
 * change: a save's upserts and removals touch only the annotations they name,
 * so the index is never rebuilt while the workspace is open.
 */
export class AnnotationIndex {
  private readonly documents = new Map<string, DocumentRows>();
  private order: DocumentRows[] | null = null;
  /** Every row in order, as one array: a query is one tight loop. Made again after a change, on the next query. */
  private flat: IndexedAnnotation[] | null = null;

  /** Adds a document, or replaces everything known of it. */
  setDocument(document: IndexedDocument, annotations: Iterable<StoredAnnotation>): void {
    const byId = new Map<string, IndexedAnnotation>();
    for (const annotation of annotations) byId.set(annotation.id, indexed(annotation, document));
    this.documents.set(document.id, { document, byId, ordered: null });
    this.order = null;
    this.flat = null;
  }

  /** Takes a document's new title, outlet or date (its annotations stay as they are). */
  describeDocument(document: IndexedDocument): void {
    const rows = this.documents.get(document.id);
    if (!rows) return;
    // Each row points at this one object: changed in place, every row follows.
    Object.assign(rows.document, document);
    this.order = null;
    this.flat = null;
  }

  /** The ids of the documents it holds. */
  documentIds(): string[] {
    return [...this.documents.keys()];
  }

  removeDocument(id: string): void {
    if (this.documents.delete(id)) {
      this.order = null;
      this.flat = null;
    }
  }

  /** Applies one save's changes to a document the index holds; false when it holds no such document. */
  applyChanges(documentId: string, changes: AnnotationChangeRequest): boolean {
    const rows = this.documents.get(documentId);
    if (!rows) return false;
    for (const id of changes.remove) rows.byId.delete(id);
    for (const annotation of changes.upsert) rows.byId.set(annotation.id, indexed(annotation, rows.document));
    rows.ordered = null;
    this.flat = null;
    return true;
  }

  has(documentId: string): boolean {
    return this.documents.has(documentId);
  }

  get size(): number {
    let count = 0;
    for (const rows of this.documents.values()) count += rows.byId.size;
    return count;
  }

  /** One annotation of a document, as saved: what a span link points at. */
  annotation(documentId: string, id: string): StoredAnnotation | undefined {
    return this.documents.get(documentId)?.byId.get(id)?.annotation;
  }

  /** Every annotation: articles by publication day, each in reading order. */
  allRows(): readonly IndexedAnnotation[] {
    if (this.flat) return this.flat;
    this.order ??= [...this.documents.values()].sort(compareDocuments);
    const flat: IndexedAnnotation[] = [];
    for (const rows of this.order) {
      rows.ordered ??= [...rows.byId.values()].sort((a, b) => compareAnnotations(a.annotation, b.annotation));
      for (const row of rows.ordered) flat.push(row);
    }
    this.flat = flat;
    return flat;
  }
}
