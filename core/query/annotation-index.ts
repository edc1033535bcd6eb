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
  /** The day of its first date field (an event's date), or null. */
  eventDate: string | null;
}

/** The entities a row links to, as link keys: entity ids as saved (through a field, its words or a span it links to), and its free-text values folded. */
function linkKeys(annotation: StoredAnnotation, byId: ReadonlyMap<string, IndexedAnnotation>): string[] {
  const keys: string[] = [];
  if (annotation.entity !== undefined) keys.push(annotation.entity);
  for (const value of Object.values(annotation.fields)) {
    if (typeof value === 'string') keys.push(freeTextKey(value));
    else if (typeof value === 'object' && 'entity' in value) keys.push(value.entity);
    else if (typeof value === 'object' && 'ref' in value) {
      const linked = byId.get(value.ref)?.annotation.entity;
      if (linked !== undefined) keys.push(linked);
    }
  }
  return keys;
}

/** The link key of a free-text value (a speaker typed as a name): apart from entity ids, which hold no NUL. */
export const freeTextKey = (text: string) => `\u0000${aliasKey(text)}`;

/** Between two rows' folded words in a document's text: a NUL, which folded words of a query cannot match across. */
const ROW_BREAK = '\u0000';

/**
 * One document's rows as a query reads them, made again whenever the
 * document changes (a save touches one document: a few hundred rows, not
 * the workspace).
 */
export interface DocumentRows {
  readonly document: IndexedDocument;
  /** Its rows in reading order. */
  readonly rows: readonly IndexedAnnotation[];
  /** Each type's rows, by their places in `rows` (ascending): a query for one type reads only those rows. */
  readonly byType: ReadonlyMap<string, Int32Array>;
  /** The link keys (see linkKeys) any of its rows holds: an entity query passes over documents holding none of its keys. */
  readonly links: ReadonlySet<string>;
  /**
   * Every row's words and note, folded as names are (case, accents, spaces),
   * joined by ROW_BREAK, and where each row starts in it (one more entry,
   * past the end, closes the last row): a text filter searches one string
   * per document. Null until folded: folding every document costs about as
   * much as reading them, so the workspace opens without waiting for it
   * (see foldSome).
   */
  folded: FoldedText | null;
}

interface FoldedText {
  text: string;
  starts: Int32Array;
}

function indexed(annotation: StoredAnnotation, document: IndexedDocument): IndexedAnnotation {
  const dated = Object.values(annotation.fields).find(isDateValue);
  return { annotation, document, eventDate: dated ? isoDay(dated.date) : null };
}

/** A row's words and note, as a text filter reads them. */
function rowText(annotation: StoredAnnotation): string {
  const words = quotedText(annotation);
  return annotation.note ? `${words}\n${annotation.note}` : words;
}

/**
 * Rows' words folded as names are (aliasKey), joined by ROW_BREAK, and where
 * each row starts. Folded in one piece, one call for the whole document
 * rather than one per row (a tenth of the time): folding leaves a NUL as it
 * is and joins no whitespace across it, so a row's piece differs from its
 * own key only by a space at either end, which no folded query (trimmed)
 * can begin or end with. Rows holding a NUL themselves are folded one by one.
 */
function foldTexts(texts: readonly string[]): FoldedText {
  const starts = new Int32Array(texts.length + 1);
  if (texts.some((text) => text.includes(ROW_BREAK))) {
    const folded = texts.map(aliasKey);
    let at = 0;
    folded.forEach((text, i) => {
      starts[i] = at;
      at += text.length + ROW_BREAK.length;
    });
    starts[texts.length] = at;
    return { text: folded.join(ROW_BREAK), starts };
  }
  const text = aliasKey(texts.join(ROW_BREAK));
  let at = 0;
  for (let i = 1; i < texts.length; i++) {
    at = text.indexOf(ROW_BREAK, at) + 1;
    starts[i] = at;
  }
  starts[texts.length] = text.length + ROW_BREAK.length;
  return { text, starts };
}

/** True when the rows are in reading order already: the store writes them so, and a sort is then not needed. */
function inReadingOrder(rows: readonly IndexedAnnotation[]): boolean {
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    if (a && b && compareAnnotations(a.annotation, b.annotation) > 0) return false;
  }
  return true;
}

/** A document's rows in order, their link keys and their folded text. */
function documentRows(document: IndexedDocument, byId: ReadonlyMap<string, IndexedAnnotation>): DocumentRows {
  const rows = [...byId.values()];
  if (!inReadingOrder(rows)) rows.sort((a, b) => compareAnnotations(a.annotation, b.annotation));
  const links = new Set<string>();
  const places = new Map<string, number[]>();
  rows.forEach((row, i) => {
    for (const key of linkKeys(row.annotation, byId)) links.add(key);
    const ofType = places.get(row.annotation.type);
    if (ofType) ofType.push(i);
    else places.set(row.annotation.type, [i]);
  });
  const byType = new Map([...places].map(([type, list]) => [type, Int32Array.from(list)]));
  return { document, rows, byType, links, folded: null };
}

/**
 * Marks in `hits` the places of the document's rows whose folded words
 * contain `words` (folded); one pass of indexOf over the document's text,
 * each row's remaining words skipped once it is found.
 */
export function markTextHits(rows: DocumentRows, words: string, hits: Uint8Array): void {
  const { text, starts } = (rows.folded ??= foldTexts(rows.rows.map((row) => rowText(row.annotation))));
  const count = rows.rows.length;
  hits.fill(0, 0, count);
  if (words.includes(ROW_BREAK)) {
    // Folded words hold no break of their own unless a row's do: compared row by row.
    for (let i = 0; i < count; i++) hits[i] = text.slice(starts[i], (starts[i + 1] ?? 0) - ROW_BREAK.length).includes(words) ? 1 : 0;
    return;
  }
  let row = 0;
  let at = text.indexOf(words);
  while (at !== -1) {
    while (row < count && (starts[row + 1] ?? 0) <= at) row++;
    if (row >= count) return;
    hits[row] = 1;
    at = text.indexOf(words, starts[row + 1] ?? text.length);
  }
}

/** Rows read out and kept at most: about 40 MB of answers, however large the workspace. */
const READOUTS_KEPT = 100_000;

/** Titles in the order localeCompare gives, without making a collator per comparison. */
const titleOrder = new Intl.Collator();

/** Articles by publication day (undated last), then title: the order results are listed in. */
function compareDocuments(a: IndexedDocument, b: IndexedDocument): number {
  const [da, db] = [a.published, b.published];
  if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
  return titleOrder.compare(a.title, b.title) || (a.id < b.id ? -1 : 1);
}

interface Held {
  byId: Map<string, IndexedAnnotation>;
  rows: DocumentRows;
}

/**
 * Every annotation of a workspace, by document, kept up to date change by
 * change: a save's upserts and removals touch only the document they are
 * in, so the index is never rebuilt while the workspace is open. A save
 * only notes its annotations; the document's rows, links and folded text
 * are made again when a query next reads them, so an autosave's cost does
 * not grow with the document, and ten saves between two queries cost one
 * remaking.
 */
export class AnnotationIndex {
  private readonly documents = new Map<string, Held>();
  /** Documents changed since their rows were made: made again before the next query reads them. */
  private readonly stale = new Set<string>();
  /** The documents in the order results are listed in; sorted again only when a document comes, goes or is retitled or redated. */
  private order: DocumentRows[] | null = null;
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
    this.documents.set(document.id, { byId, rows: documentRows(document, byId) });
    this.stale.delete(document.id);
    this.order = null;
  }

  /** Takes a document's new title, outlet or date (its annotations stay as they are). */
  describeDocument(document: IndexedDocument): void {
    const held = this.documents.get(document.id);
    if (!held) return;
    // Each row points at this one object: changed in place, every row follows.
    Object.assign(held.rows.document, document);
    this.forgetReadouts(document.id);
    this.order = null;
  }

  /** The ids of the documents it holds. */
  documentIds(): string[] {
    return [...this.documents.keys()];
  }

  removeDocument(id: string): void {
    this.forgetReadouts(id);
    this.stale.delete(id);
    if (this.documents.delete(id)) this.order = null;
  }

  /** Applies one save's changes to a document the index holds; false when it holds no such document. */
  applyChanges(documentId: string, changes: AnnotationChangeRequest): boolean {
    const held = this.documents.get(documentId);
    if (!held) return false;
    // Every row of the document: a span field reads the words of the annotation it links to, which may be the one changed.
    this.forgetReadouts(documentId);
    const document = held.rows.document;
    for (const id of changes.remove) held.byId.delete(id);
    for (const annotation of changes.upsert) held.byId.set(annotation.id, indexed(annotation, document));
    this.stale.add(documentId);
    return true;
  }

  /** Makes the rows of every document changed since they were made; each keeps its place in the order. */
  private refresh(): void {
    for (const id of this.stale) {
      const held = this.documents.get(id);
      if (!held) continue;
      const rows = documentRows(held.rows.document, held.byId);
      if (this.order) this.order[this.order.indexOf(held.rows)] = rows;
      held.rows = rows;
    }
    this.stale.clear();
  }

  has(documentId: string): boolean {
    return this.documents.has(documentId);
  }

  get size(): number {
    let count = 0;
    for (const held of this.documents.values()) count += held.byId.size;
    return count;
  }

  /** A document's annotations as saved, in reading order; undefined when it holds no such document. */
  annotationsOf(documentId: string): StoredAnnotation[] | undefined {
    this.refresh();
    return this.documents.get(documentId)?.rows.rows.map((row) => row.annotation);
  }

  /** How many annotations each set holds over every document. */
  setSizes(): Map<string, number> {
    const sizes = new Map<string, number>();
    for (const held of this.documents.values()) {
      for (const { annotation } of held.byId.values()) sizes.set(annotation.set, (sizes.get(annotation.set) ?? 0) + 1);
    }
    return sizes;
  }

  /** One annotation of a document, as saved: what a span link points at. */
  annotation(documentId: string, id: string): StoredAnnotation | undefined {
    return this.documents.get(documentId)?.byId.get(id)?.annotation;
  }

  /** Every document's rows: articles by publication day (undated last), then title. */
  inOrder(): readonly DocumentRows[] {
    this.refresh();
    this.order ??= [...this.documents.values()].map((held) => held.rows).sort((a, b) => compareDocuments(a.document, b.document));
    return this.order;
  }

  /**
   * Folds the words of up to `documents` documents not yet folded (what a
   * text filter searches), so that the first text query need not; false
   * once every document is folded.
   */
  foldSome(documents: number): boolean {
    this.refresh();
    let left = documents;
    for (const { rows } of this.documents.values()) {
      if (rows.folded !== null) continue;
      if (left-- === 0) return true;
      rows.folded = foldTexts(rows.rows.map((row) => rowText(row.annotation)));
    }
    return false;
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
    const held = this.documents.get(documentId);
    if (held) for (const row of held.byId.values()) this.readouts.delete(row);
  }
}
