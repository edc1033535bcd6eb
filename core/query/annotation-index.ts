import { aliasKey } from '../entities/alias-key';
import { isDateValue } from '../fields/field-values';
import type { StoredAnnotation } from '../model/annotation';
import type { Entity } from '../model/entity';
import type { AnnotationChangeRequest } from '../model/annotation-changes';
import { compareAnnotations } from '../model/annotation-order';
import { isoDay } from './iso-day';
import { quotedText } from '../formats/field-text';
import type { QueryRow } from './query-rows';

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

/**
 * A filter's starting rows: one posting list or several (which the query
 * merges), each the rows' places in allRows() in ascending order. Places
 * rather than rows: four bytes an entry, a million annotations' lists stay small.
 */
export type PostingLists = readonly Int32Array[];

/** The entities a row links to, as its posting keys: entity ids as saved (through a field, its words or a span it links to), and its free-text values folded. */
function linkKeys(row: IndexedAnnotation, index: AnnotationIndex): string[] {
  const { annotation, document } = row;
  const keys: string[] = [];
  if (annotation.entity !== undefined) keys.push(annotation.entity);
  for (const value of Object.values(annotation.fields)) {
    if (typeof value === 'string') keys.push(freeTextKey(value));
    else if (typeof value === 'object' && 'entity' in value) keys.push(value.entity);
    else if (typeof value === 'object' && 'ref' in value) {
      const linked = index.annotation(document.id, value.ref)?.entity;
      if (linked !== undefined) keys.push(linked);
    }
  }
  return keys;
}

/** The posting key of a free-text value (a speaker typed as a name): apart from entity ids, which hold no NUL. */
export const freeTextKey = (text: string) => `\u0000${aliasKey(text)}`;

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

/** Rows read out and kept at most: about 40 MB of answers, however large the workspace. */
const READOUTS_KEPT = 100_000;

const NONE = new Int32Array(0);

/** Each key's rows, as their places in `rows` (ascending); a row listed once per key however often `keysOf` names it. */
function postingLists(rows: readonly IndexedAnnotation[], keysOf: (row: IndexedAnnotation) => readonly string[]): Map<string, Int32Array> {
  const places = new Map<string, number[]>();
  rows.forEach((row, place) => {
    for (const key of keysOf(row)) {
      let list = places.get(key);
      if (!list) places.set(key, (list = []));
      if (list.at(-1) !== place) list.push(place);
    }
  });
  return new Map([...places].map(([key, list]) => [key, Int32Array.from(list)]));
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
  /** Rows by type and by set, in the flat order: a query naming a type reads only that type's rows. Made with the flat list. */
  private byType = new Map<string, Int32Array>();
  private bySet = new Map<string, Int32Array>();
  /** Rows by the entities they link to (see linkKeys), made on the first entity query after a change. */
  private byLink: Map<string, Int32Array> | null = null;
  /**
   * Rows as answers give them, kept once read out: the view reads the same
   * rows again and again as the analyst narrows a query. Dropped with their
   * document's changes, all of them when the entities change (their names
   * are in the rows) or past READOUTS_KEPT (memory stays bounded on a large
   * workspace).
   */
  private readouts = new Map<IndexedAnnotation, QueryRow>();
  private readoutEntities: readonly Entity[] | null = null;

  /** Adds a document, or replaces everything known of it. */
  setDocument(document: IndexedDocument, annotations: Iterable<StoredAnnotation>): void {
    const byId = new Map<string, IndexedAnnotation>();
    for (const annotation of annotations) byId.set(annotation.id, indexed(annotation, document));
    this.forgetReadouts(document.id);
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
    this.forgetReadouts(document.id);
    this.order = null;
    this.flat = null;
  }

  /** The ids of the documents it holds. */
  documentIds(): string[] {
    return [...this.documents.keys()];
  }

  removeDocument(id: string): void {
    this.forgetReadouts(id);
    if (this.documents.delete(id)) {
      this.order = null;
      this.flat = null;
    }
  }

  /** Applies one save's changes to a document the index holds; false when it holds no such document. */
  applyChanges(documentId: string, changes: AnnotationChangeRequest): boolean {
    const rows = this.documents.get(documentId);
    if (!rows) return false;
    // Every row of the document: a span field reads the words of the annotation it links to, which may be the one changed.
    this.forgetReadouts(documentId);
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
    this.byType = postingLists(flat, (row) => [row.annotation.type]);
    this.bySet = postingLists(flat, (row) => [row.annotation.set]);
    this.byLink = null;
    return flat;
  }

  /** The rows of each type named, in order: one list per type. */
  ofTypes(types: readonly string[]): PostingLists {
    this.allRows();
    return [...new Set(types)].map((type) => this.byType.get(type) ?? NONE);
  }

  /** The rows of one set, in order. */
  ofSet(set: string): PostingLists {
    this.allRows();
    return [this.bySet.get(set) ?? NONE];
  }

  /** The rows linking to any of these keys (entity ids, or freeTextKey of a name), one list per key, each in order. */
  linkedTo(keys: readonly string[]): PostingLists {
    const byLink = (this.byLink ??= postingLists(this.allRows(), (row) => linkKeys(row, this)));
    return [...new Set(keys)].map((key) => byLink.get(key) ?? NONE);
  }

  /** A row as last read out, while its document, its links and the entities (`entities`, compared by identity) are as they were. */
  readout(row: IndexedAnnotation, entities: readonly Entity[], read: (row: IndexedAnnotation) => QueryRow): QueryRow {
    if (this.readoutEntities !== entities) {
      this.readouts.clear();
      this.readoutEntities = entities;
    }
    let answer = this.readouts.get(row);
    if (answer === undefined) {
      if (this.readouts.size >= READOUTS_KEPT) this.readouts.clear();
      this.readouts.set(row, (answer = read(row)));
    }
    return answer;
  }

  private forgetReadouts(documentId: string): void {
    const rows = this.documents.get(documentId);
    if (rows) for (const row of rows.byId.values()) this.readouts.delete(row);
  }
}
