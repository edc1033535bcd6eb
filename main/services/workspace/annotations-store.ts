import { mkdir, readdir, rm, unlink } from 'node:fs/promises';
import type { Relocate } from '../../../core/anchoring/place-annotation';
import { fragmentFits } from '../../../core/anchoring/fragment';
import type { LoadedDocument, Problem } from '../../../core/api/contract';
import {
  compareAnnotations,
  DEFAULT_SET,
  SET_ANNOTATIONS_FILE,
  SET_ANNOTATIONS_FORMAT,
  SET_ANNOTATIONS_VERSION,
  type StoredAnnotation,
  type Unplaced,
} from '../../../core/model/annotation';
import type { AnnotationChangeRequest } from '../../../core/model/annotation-changes';
import type { SetJournalChange } from '../../../core/model/set-journal';
import type { DocumentFile } from '../../../core/model/document';
import { SAFE_ID_PATTERN, type AnnotationId, type DocumentId } from '../../../core/model/ids';
import { err, ok, type Result } from '../../../core/result';
import { CodePointIndex } from '../../../core/text/code-points';
import { CONCURRENT_READS, mapConcurrent } from '../files/concurrent';
import { AppendTargetChanged, isTemporaryFileName } from '../files/verified-write';
import { countByType, countsAfter } from './annotation-counts';
import { placeAll } from './annotations-file';
import type { ConfinedFiles } from './confined-files';
import type { Backups, DamagedCopies } from './damaged-copies';
import { listDocumentFiles, readDocumentAnnotations, type DocumentStored, type JournalState } from './document-annotations';
import { JOURNAL_SUFFIX, setFileName, type WorkspaceLayout } from './layout';
import { journalHeader, journalLine } from './set-journal';
import type { WorkspaceError, WorkspaceWriter, WrittenFile } from './workspace-writer';

/** A document's stored annotations placed in its text. */
type PlacedReading = DocumentStored & {
  /** Annotations whose quote had moved and was found again. */
  relocated: number;
  /** What was wrong with its files, naming each; null when they were fine. */
  problem: Problem | null;
};

/** A document and its annotations as read from disk and placed in its text, before anything is remembered or written. */
export interface DocumentReading {
  document: DocumentFile;
  index: CodePointIndex;
  reading: PlacedReading;
}

/** A document's stored annotations as every reader gets them: exports, set lists, counts. */
export interface StoredAnnotations {
  annotations: readonly StoredAnnotation[];
  unplaced: readonly Unplaced[];
  /** What was wrong with its files and what was made of them, naming them; null when they were fine. */
  problem: Problem | null;
}

/** A document's annotations in memory, as the files of its sets are written from them. */
interface Held {
  annotations: Iterable<StoredAnnotation>;
  unplaced: readonly Unplaced[];
  /** The set (so the file) of each review item. */
  homes: ReadonlyMap<string, string>;
}

/** What the store keeps in memory for each document opened this session. */
interface CachedDocument {
  sha256: string;
  index: CodePointIndex;
  unplaced: Unplaced[];
  homes: Map<string, string>;
  /**
   * The annotations as last read or saved, by id: a save applies its changes
   * here and writes the touched sets' files from here, so it never needs the
   * whole document from the renderer.
   */
  annotations: Map<AnnotationId, StoredAnnotation>;
  /** Why its annotations may not be written, if they may not. */
  readOnly: string | null;
  /** The sets that have a file on disk. */
  sets: Set<string>;
  /**
   * Files to remove once every set is written whole (the older layout's file,
   * a misnamed set file, a spent journal); null when a save may write only
   * the sets it touches.
   */
  rewrite: { strays: string[] } | null;
  /**
   * Each set's change journal: the file its lines apply to and its size. A
   * set with a file but no entry here (read without its digest, or after an
   * append that failed) is written whole on its next save, which starts it again.
   */
  journals: Map<string, JournalState>;
}

/**
 * A journal is folded into its set file once it would grow past the file's
 * own size (at least this much): a save then costs what its change costs,
 * plus, now and then, one write of the set file, never more than the
 * appends since the last one, so a save's cost does not grow with the set.
 */
const JOURNAL_FLOOR_BYTES = 64 * 1024;

/** Where a new set's journal stands: no file, no journal. */
const NO_JOURNAL: JournalState = { base: null, baseBytes: 0, bytes: 0 };

/** One document's set files to write as part of one change. */
interface WritePlan {
  id: DocumentId;
  sha256: string;
  /** The sets whose files are written. */
  sets: ReadonlySet<string>;
  /** The annotations as they will be, asked for when each file is written. */
  held: () => Held;
  /** Files that go once the sets are written, after a copy is kept in backup/. */
  strays: readonly string[];
}

/** The set of a review item: where it lives (its file), else its annotation's. */
function homeOf(item: Unplaced, homes: ReadonlyMap<string, string>): string {
  return homes.get(item.id) ?? item.annotation?.set ?? DEFAULT_SET;
}

/** The sets that have anything in a document's annotations. */
function setsIn(held: Held): Set<string> {
  const sets = new Set<string>();
  for (const annotation of held.annotations) sets.add(annotation.set);
  for (const item of held.unplaced) sets.add(homeOf(item, held.homes));
  return sets;
}

/** An open document's annotations as its files are written from them. */
function heldOf(open: CachedDocument): Held {
  return { annotations: open.annotations.values(), unplaced: open.unplaced, homes: open.homes };
}

/** One set's part of a document's annotations. */
function ofSet(held: Held, set: string): { annotations: StoredAnnotation[]; unplaced: Unplaced[] } {
  const annotations: StoredAnnotation[] = [];
  for (const annotation of held.annotations) if (annotation.set === set) annotations.push(annotation);
  return { annotations: annotations.sort(compareAnnotations), unplaced: held.unplaced.filter((item) => homeOf(item, held.homes) === set) };
}

/**
 * A save's changes to each set it touches, worked out before they are
 * applied: each upserted annotation goes to its set; a removed one, and one
 * that moves to another set, leaves the set it was in.
 */
function changesBySet(open: CachedDocument, changes: AnnotationChangeRequest): Map<string, SetJournalChange> {
  const sets = new Map<string, SetJournalChange>();
  const of = (set: string) => {
    const change = sets.get(set) ?? { upsert: [], remove: [] };
    sets.set(set, change);
    return change;
  };
  for (const id of changes.remove) {
    const set = open.annotations.get(id)?.set;
    if (set !== undefined) of(set).remove.push(id);
  }
  for (const annotation of changes.upsert) {
    of(annotation.set).upsert.push(annotation);
    const before = open.annotations.get(annotation.id)?.set;
    if (before !== undefined && before !== annotation.set) of(before).remove.push(annotation.id);
  }
  return sets;
}

/**
 * The one owner of annotations files: every read and write of them goes
 * through here, with one policy for a damaged file. Each set's annotations of
 * a document live in their own file (annotations/<document>/<set>.json), so
 * a save writes only the files of the sets it touched, and two analysts
 * never write the same file. A damaged file is salvaged item by item (what
 * cannot be read waits in the review list with its raw JSON) and reported by
 * name to whoever reads it; before anything is written in its place its bytes
 * are copied to damaged/. Documents opened for editing are kept in memory, so
 * a save applies what changed and writes from there. The older layout's file
 * of every set (annotations/<document>.json) is read as long as it is there,
 * and replaced by set files (a copy kept in backup/) whenever its document
 * is written, or all at once by `migrate`.
 */
export class AnnotationsStore {
  private readonly open = new Map<DocumentId, CachedDocument>();
  /** Annotations per type of each document, counted when first asked and kept up to date by every write. */
  private readonly counts = new Map<DocumentId, Record<string, number>>();

  constructor(
    private readonly layout: WorkspaceLayout,
    private readonly files: ConfinedFiles,
    private readonly writer: WorkspaceWriter,
    private readonly damaged: DamagedCopies,
    private readonly backups: Backups,
    /** The SHA-256 of a document's text as the manifest lists it. */
    private readonly textSha256: (id: DocumentId) => string | undefined,
  ) {}

  /** Reads a document's annotations and places them in its text; remembers and writes nothing. */
  async readPlaced(document: DocumentFile, relocate: Relocate, digest = false): Promise<DocumentReading> {
    const index = new CodePointIndex(document.text);
    const stored = await readDocumentAnnotations(this.layout, this.files, document.id, digest);
    const placed = placeAll(stored, index, relocate);
    const homes = new Map(stored.homes);
    for (const item of placed.unplaced) if (!homes.has(item.id)) homes.set(item.id, item.annotation?.set ?? DEFAULT_SET);
    return { document, index, reading: { ...stored, ...placed, homes, problem: this.report(document.id, stored) } };
  }

  /**
   * A document's annotations as stored, without its text: from memory when it
   * is open, else from its files, salvaged where damaged and reported by name.
   */
  async readStored(id: DocumentId): Promise<StoredAnnotations> {
    const open = this.open.get(id);
    if (open) return { annotations: [...open.annotations.values()], unplaced: open.unplaced, problem: null };
    const stored = await this.readFiles(id);
    return { annotations: stored.annotations, unplaced: stored.unplaced, problem: this.report(id, stored) };
  }

  /** Annotations per type of each document (the document list's counts): kept from the last write, else counted from the files. */
  async countsOf(ids: readonly DocumentId[]): Promise<{ counts: Map<DocumentId, Record<string, number>>; problems: Problem[] }> {
    const problems: Problem[] = [];
    const missing = ids.filter((id) => !this.counts.has(id));
    await mapConcurrent(missing, CONCURRENT_READS, async (id) => {
      const stored = await this.readStored(id);
      if (stored.problem) problems.push(stored.problem);
      this.counts.set(id, countByType(stored.annotations));
    });
    return { counts: new Map(ids.map((id) => [id, this.counts.get(id) ?? {}])), problems };
  }

  /** Whether a document has any annotation or review item, or a file that cannot be read whole (which may hold some). */
  async holdsAnything(id: DocumentId): Promise<boolean> {
    const stored = await this.readFiles(id);
    return stored.annotations.length + stored.unplaced.length + stored.troubles.length > 0;
  }

  /** Remembers a document opened for editing; a damaged file is copied aside now, before any save can replace it. */
  async remember({ document, index, reading }: DocumentReading): Promise<LoadedDocument> {
    const id = document.id;
    const notes: string[] = [];
    const { problem } = reading;
    if (problem) notes.push(problem.message);
    for (const { path, bytes } of reading.damaged) notes.push(`the damaged file was kept as ${await this.damaged.keep(path, bytes)}`);
    if (reading.relocated > 0) notes.push(`${reading.relocated} annotation(s) whose text had moved were placed again`);
    const annotations = new Map(reading.annotations.map((annotation) => [annotation.id, annotation]));
    const whole = reading.legacy || reading.troubles.length > 0 || reading.strays.length > 0;
    this.open.set(id, {
      sha256: document.textSha256,
      index,
      unplaced: reading.unplaced,
      homes: reading.homes,
      annotations,
      readOnly: reading.readOnly,
      sets: new Set(reading.sets),
      rewrite: whole ? { strays: reading.strays } : null,
      journals: reading.journals,
    });
    this.counts.set(id, countByType(annotations.values()));
    return {
      document,
      annotations: reading.annotations,
      unplaced: reading.unplaced,
      problem: notes.length > 0 ? { file: problem?.file ?? this.display(id), message: notes.join('; ') } : null,
      readOnly: reading.readOnly !== null,
    };
  }

  /**
   * Starts a document's annotations afresh for its new text (a line brought
   * back or taken out): called only while it has none, inside the caller's
   * guarded write. Its (empty) set files go, and what was kept in memory for
   * the old text is forgotten.
   */
  async startOver(document: DocumentFile): Promise<void> {
    await rm(this.layout.documentAnnotations(document.id), { recursive: true, force: true });
    this.open.delete(document.id);
    this.counts.set(document.id, {});
  }

  /**
   * Applies one save's changes to an open document: each upserted annotation
   * replaces the one with its id (or is added), each removed id goes. Checked
   * before anything changes. A change to one set is appended to that set's
   * journal (one verified line, so its cost does not grow with the set);
   * a change to several sets, or one the journal cannot take, writes the
   * files of the sets it touched from the annotations kept in memory, as one
   * change. Applying the same changes twice gives the same annotations, so a
   * failed save can be retried.
   */
  async saveChanges(id: DocumentId, changes: AnnotationChangeRequest): Promise<Result<void, WorkspaceError>> {
    const open = this.writableOpen(id);
    if (!open.ok) return open;
    const misfit = this.misfit(id, open.value, changes.upsert);
    if (misfit) return err(misfit);
    const bySet = changesBySet(open.value, changes);
    const gone = [...changes.remove, ...changes.upsert.map((annotation) => annotation.id)].flatMap((removed) => open.value.annotations.get(removed) ?? []);
    for (const removed of changes.remove) open.value.annotations.delete(removed);
    for (const annotation of changes.upsert) open.value.annotations.set(annotation.id, annotation);
    const [only, ...others] = bySet;
    if (only && others.length === 0 && !open.value.rewrite) {
      let appended = false;
      const journaled = await this.writer.guarded(this.layout.setJournal(id, only[0]), async () => {
        appended = await this.append(id, open.value, ...only);
      });
      // Counted by what changed, not again over the document: a save's cost stays the change's.
      if (appended) this.counts.set(id, countsAfter(this.counts.get(id) ?? {}, gone, changes.upsert));
      if (!journaled.ok || appended) return journaled;
    }
    return this.writeOpen(id, open.value, new Set(bySet.keys()));
  }

  /**
   * Folds every journal into its set file (on close, and before a sync
   * commits): each set with a journal is written whole and its journal
   * removed, whether its document is open here or not.
   */
  async compact(listed: ReadonlySet<DocumentId>): Promise<Result<void, WorkspaceError>> {
    // Journals of documents not open here (left by a session that did not close) are folded in as on open-to-write.
    for (const id of await this.unsettled(listed)) {
      const settled = await this.settle(id);
      if (!settled.ok) return settled;
    }
    for (const [id, open] of this.open) {
      const sets = [...open.journals].flatMap(([set, state]) => (state.bytes > 0 ? [set] : []));
      if (sets.length === 0 || open.readOnly) continue;
      const written = await this.writeOpen(id, open, new Set(sets));
      if (!written.ok) return written;
    }
    return ok(undefined);
  }

  /**
   * Appends one set's change to its journal, in the set file's turn (so after
   * any write of it already queued); answers false, appending nothing, when
   * the set must be written whole instead: its journal is not known (or an
   * append failed), the line would take it past its bound, or the journal on
   * disk is not the one this store last wrote.
   */
  private append(id: DocumentId, open: CachedDocument, set: string, change: SetJournalChange): Promise<boolean> {
    const line = journalLine(change, set);
    return this.writer.run(this.layout.setAnnotations(id, set), async () => {
      const state = open.journals.get(set) ?? (open.sets.has(set) ? null : NO_JOURNAL);
      if (!state || line === null) return false;
      const text = (state.bytes === 0 ? journalHeader(id, set, state.base) : '') + line;
      const bytes = Buffer.byteLength(text);
      if (state.bytes + bytes > Math.max(JOURNAL_FLOOR_BYTES, state.baseBytes)) return false;
      const journal = this.layout.setJournal(id, set);
      await this.writer.assertWritable(this.layout.documentAnnotations(id), journal);
      await mkdir(this.layout.documentAnnotations(id), { recursive: true });
      // Whatever happens next, the set is known to have a journal or a file: a failed append makes its next save a whole write.
      open.journals.delete(set);
      open.sets.add(set);
      try {
        await this.writer.append(journal, text, state.bytes);
      } catch (error) {
        if (error instanceof AppendTargetChanged) return false;
        throw error;
      }
      open.journals.set(set, { ...state, bytes: state.bytes + bytes });
      return true;
    });
  }

  /**
   * Replaces the annotations of several open documents as one change: every
   * set is checked first (so nothing is written if one does not fit), then all
   * files are written or none is (a full disk half-way leaves every file as it
   * was), then what is kept in memory follows.
   */
  async replace(saves: readonly (readonly [DocumentId, readonly StoredAnnotation[]])[]): Promise<Result<void, WorkspaceError>> {
    const plans: (WritePlan & { open: CachedDocument; annotations: readonly StoredAnnotation[] })[] = [];
    for (const [id, annotations] of saves) {
      const open = this.writableOpen(id);
      if (!open.ok) return open;
      const misfit = this.misfit(id, open.value, annotations);
      if (misfit) return err(misfit);
      const { unplaced, homes } = open.value;
      const held = { annotations, unplaced, homes };
      const sets = new Set([...open.value.sets, ...setsIn(held), ...setsIn(heldOf(open.value))]);
      plans.push({ id, sha256: open.value.sha256, sets, held: () => held, strays: open.value.rewrite?.strays ?? [], open: open.value, annotations });
    }
    const written = await this.writer.guarded(this.layout.annotationsDir, () => this.persist(plans));
    if (!written.ok) return written;
    for (const { id, open, annotations } of plans) {
      open.annotations = new Map(annotations.map((annotation) => [annotation.id, annotation]));
      this.written(id, open);
    }
    return ok(undefined);
  }

  /**
   * Adds annotations in sets that each document does not hold yet (an
   * import's new set), writing only those sets' files, as one change (all of
   * them or none): the files of the sets a document already holds are not
   * read or written again, and nothing is kept in memory for a document that
   * is not open, so an import costs what it brings, not what the workspace
   * holds. An open document takes them into what is kept for it. A document
   * whose files must first be written whole (a change journal, the older
   * layout's file) is read and written whole, as `settle` does. Refused
   * before any write when a set is already there or a document may not be
   * written. The caller has checked that they fit their document's text (an
   * import checks every fragment against it); an open document's are checked again here.
   */
  async addSets(additions: readonly (readonly [DocumentId, readonly StoredAnnotation[]])[]): Promise<Result<void, WorkspaceError>> {
    const plans: (WritePlan & { annotations: readonly StoredAnnotation[] })[] = [];
    for (const [id, annotations] of additions) {
      const added = setsIn({ annotations, unplaced: [], homes: new Map() });
      const plan = await this.additionPlan(id, annotations, added);
      if (!plan.ok) return plan;
      plans.push({ ...plan.value, annotations });
    }
    const written = await this.writer.guarded(this.layout.annotationsDir, () => this.persist(plans));
    if (!written.ok) return written;
    for (const { id, annotations } of plans) {
      const open = this.open.get(id);
      if (open) {
        for (const annotation of annotations) open.annotations.set(annotation.id, annotation);
        this.written(id, open);
      } else {
        const counts = this.counts.get(id);
        // Counted by what was added; a document not yet counted is counted from its files when first asked.
        if (counts) this.counts.set(id, countsAfter(counts, [], annotations));
      }
    }
    return ok(undefined);
  }

  /** How addSets writes one document's new sets, or why it may not. */
  private async additionPlan(id: DocumentId, annotations: readonly StoredAnnotation[], added: ReadonlySet<string>): Promise<Result<WritePlan, WorkspaceError>> {
    const already = (sets: Iterable<string>) => {
      const held = [...sets].find((set) => added.has(set));
      return held === undefined ? null : err<WorkspaceError>({ code: 'failed', file: this.display(id), message: `Not saved: document "${id}" already holds the set "${held}"` });
    };
    const open = this.open.get(id);
    if (open) {
      const writable = this.writableOpen(id);
      if (!writable.ok) return writable;
      const misfit = this.misfit(id, open, annotations);
      if (misfit) return err(misfit);
      const refused = already([...open.sets, ...setsIn(heldOf(open))]);
      if (refused) return refused;
      const held = { annotations: [...open.annotations.values(), ...annotations], unplaced: open.unplaced, homes: open.homes };
      const sets = open.rewrite ? new Set([...open.sets, ...setsIn(held)]) : added;
      return ok({ id, sha256: open.sha256, sets, held: () => held, strays: open.rewrite?.strays ?? [] });
    }
    const listing = await listDocumentFiles(this.layout, this.files, id);
    if (listing.trouble) return err({ code: 'read-only', file: this.display(id), message: `Not saved: ${this.display(id)} ${listing.trouble}` });
    const named = new Set(listing.names);
    const refused = already([...added].filter((set) => named.has(setFileName(set))));
    if (refused) return refused;
    const sha256 = this.textSha256(id) ?? '';
    if (!listing.unsettled) return ok({ id, sha256, sets: added, held: () => ({ annotations, unplaced: [], homes: new Map() }), strays: [] });
    const current = await this.current(id);
    if (current.readOnly) return err({ code: 'read-only', file: this.display(id), message: `Not saved: ${current.readOnly}` });
    const alsoRefused = already([...current.sets, ...setsIn(current)]);
    if (alsoRefused) return alsoRefused;
    for (const { path, bytes } of current.damaged) await this.damaged.keep(path, bytes);
    const held = { annotations: [...current.annotations, ...annotations], unplaced: current.unplaced, homes: current.homes };
    return ok({ id, sha256, sets: new Set([...current.sets, ...setsIn(held)]), held: () => held, strays: current.strays });
  }

  /**
   * Drops an item from a document's review list, keeping its annotations as
   * they are; with `placed`, the annotation placed in its stead is written in
   * the same change (saved apart, the item's set file would be written empty
   * first, and removed, leaving the annotation nowhere on disk until the next save).
   */
  async discardUnplaced(id: DocumentId, unplacedId: string, placed?: StoredAnnotation): Promise<Result<void, WorkspaceError>> {
    const open = this.open.get(id);
    if (!open) return err({ code: 'failed', file: id, message: `document "${id}" is not open` });
    if (open.readOnly) return err({ code: 'read-only', file: id, message: `${id}: ${open.readOnly}` });
    const misfit = placed ? this.misfit(id, open, [placed]) : null;
    if (misfit) return err(misfit);
    const item = open.unplaced.find((unplaced) => unplaced.id === unplacedId);
    const sets = new Set(item ? [homeOf(item, open.homes)] : []);
    open.unplaced = open.unplaced.filter((unplaced) => unplaced.id !== unplacedId);
    if (placed) {
      const before = open.annotations.get(placed.id);
      if (before) sets.add(before.set);
      sets.add(placed.set);
      open.annotations.set(placed.id, placed);
    }
    if (sets.size === 0) return ok(undefined);
    return this.writeOpen(id, open, sets);
  }

  /**
   * Rewrites annotations across the given documents, open or not, without
   * reading their texts: `change` gives each annotation as it should be (the
   * same object when it stays), or null to remove it, with any review item
   * holding it. All or nothing: every document is read first, and if one
   * cannot be read or may not be written (it might hold such annotations),
   * nothing is; then the files of the sets touched are written as one change
   * (all of them, or none).
   */
  async rewriteWhere(
    ids: readonly DocumentId[],
    change: (annotation: StoredAnnotation) => StoredAnnotation | null,
  ): Promise<Result<{ annotations: number; documents: number }, string[]>> {
    const problems: string[] = [];
    const plans: (WritePlan & { kept: StoredAnnotation[]; unplaced: Unplaced[]; homes: Map<string, string> })[] = [];
    let changed = 0;
    for (const { id, current } of await mapConcurrent(ids, CONCURRENT_READS, async (id) => ({ id, current: await this.current(id) }))) {
      // A file that cannot be read or written (from a newer Gloss) may hold such annotations unseen.
      if (current.readOnly) problems.push(current.readOnly);
      const touched = new Set<string>();
      const rewrite = (annotation: StoredAnnotation) => {
        const next = change(annotation);
        if (next !== annotation) {
          touched.add(annotation.set);
          if (next) touched.add(next.set);
        }
        return next;
      };
      let count = 0;
      const kept = current.annotations.flatMap((annotation) => {
        const next = rewrite(annotation);
        if (next !== annotation) count++;
        return next ?? [];
      });
      const homes = new Map(current.homes);
      const unplaced = current.unplaced.flatMap((item) => {
        if (item.annotation === null) return [item];
        const next = rewrite(item.annotation);
        if (next === item.annotation) return [item];
        count++;
        if (!next) return [];
        homes.set(item.id, next.set);
        return [{ ...item, annotation: next }];
      });
      if (count === 0) continue;
      changed += count;
      const held = { annotations: kept, unplaced, homes };
      const sets = current.rewrite ? new Set([...current.sets, ...setsIn(held), ...touched]) : touched;
      for (const { path, bytes } of current.damaged) await this.damaged.keep(path, bytes);
      plans.push({ id, sha256: current.sha256, sets, held: () => held, strays: current.rewrite?.strays ?? [], kept, unplaced, homes });
    }
    if (problems.length > 0) return err(problems);
    const written = await this.writer.guarded(this.layout.annotationsDir, () => this.persist(plans));
    if (!written.ok) return err([written.error.message]);
    for (const { id, kept, unplaced, homes } of plans) {
      const open = this.open.get(id);
      if (open) {
        open.annotations = new Map(kept.map((annotation) => [annotation.id, annotation]));
        open.unplaced = unplaced;
        open.homes = homes;
        this.written(id, open);
      } else {
        this.counts.set(id, countByType(kept));
      }
    }
    return ok({ annotations: changed, documents: plans.length });
  }

  /**
   * The documents whose files must be written whole before the workspace is
   * used: those still in the older layout's file (annotations/<document>.json)
   * and those with a change journal (a session that did not close).
   */
  async unsettled(listed: ReadonlySet<DocumentId>): Promise<DocumentId[]> {
    const entries = await readdir(this.layout.annotationsDir, { withFileTypes: true }).catch(() => []);
    const older = entries.flatMap((entry) => {
      const id = entry.isFile() && entry.name.endsWith('.json') && !isTemporaryFileName(entry.name) ? entry.name.slice(0, -'.json'.length) : '';
      return SAFE_ID_PATTERN.test(id) && listed.has(id) ? [id] : [];
    });
    const folders = entries.filter((entry) => entry.isDirectory() && listed.has(entry.name)).map((entry) => entry.name);
    const journaled = await mapConcurrent(folders, CONCURRENT_READS, async (id) => {
      const names = await readdir(this.layout.documentAnnotations(id)).catch(() => [] as string[]);
      return names.some((name) => name.endsWith(JOURNAL_SUFFIX)) ? [id] : [];
    });
    return [...new Set([...older, ...journaled.flat()])];
  }

  /**
   * Writes every set file of a document whole from what its files say now,
   * when it is not open. Moves the older layout's file into one file per set:
   * the old file is copied to backup/, every set's file is written (all or
   * none), and only then is the old file removed. Until that last step the
   * old file is what every reader reads, so a migration stopped at any moment
   * is done again from it on the next open, and nothing is lost. Folds change
   * journals into their set files the same way (each journal goes once its
   * file is written). A damaged file is salvaged as on any read and reported;
   * one that cannot be read or comes from a newer Gloss is left as it is.
   */
  async settle(id: DocumentId): Promise<Result<Problem | null, WorkspaceError>> {
    if (this.open.has(id)) return ok(null);
    const current = await this.current(id);
    const problem = this.report(id, current);
    if (current.readOnly) return ok(problem);
    for (const { path, bytes } of current.damaged) await this.damaged.keep(path, bytes);
    const held = { annotations: current.annotations, unplaced: current.unplaced, homes: current.homes };
    const plan = { id, sha256: current.sha256, sets: new Set([...current.sets, ...setsIn(held)]), held: () => held, strays: current.strays };
    const written = await this.writer.guarded(this.layout.annotationsDir, () => this.persist([plan]));
    if (!written.ok) return written;
    this.counts.set(id, countByType(current.annotations));
    return ok(problem);
  }

  /** A document's annotations as they are now, from memory or its files, with why they may not be written. */
  private async current(id: DocumentId): Promise<Held & {
    annotations: StoredAnnotation[];
    unplaced: readonly Unplaced[];
    homes: ReadonlyMap<string, string>;
    readOnly: string | null;
    damaged: DocumentStored['damaged'];
    troubles: DocumentStored['troubles'];
    sets: ReadonlySet<string>;
    strays: readonly string[];
    rewrite: { strays: readonly string[] } | null;
    sha256: string;
  }> {
    const open = this.open.get(id);
    if (open) {
      const { unplaced, homes, readOnly, sets, rewrite, sha256 } = open;
      return { annotations: [...open.annotations.values()], unplaced, homes, readOnly, damaged: [], troubles: [], sets, strays: rewrite?.strays ?? [], rewrite, sha256 };
    }
    const stored = await this.readFiles(id);
    const whole = stored.legacy || stored.troubles.length > 0 || stored.strays.length > 0;
    return { ...stored, rewrite: whole ? { strays: stored.strays } : null, sha256: this.textSha256(id) ?? '' };
  }

  private readFiles(id: DocumentId): Promise<DocumentStored> {
    return readDocumentAnnotations(this.layout, this.files, id);
  }

  /** What was wrong with a document's files as read, naming each; null when nothing was. */
  private report(id: DocumentId, stored: Pick<DocumentStored, 'troubles'>): Problem | null {
    const [first] = stored.troubles;
    if (!first) return null;
    const messages = stored.troubles.map(({ path, trouble, salvaged }) => {
      const file = this.layout.display(path);
      return `${file} ${trouble}${salvaged !== null ? `; ${salvaged} annotation(s) could be read from it` : ''}`;
    });
    return { file: this.layout.display(first.path), message: messages.join('; ') };
  }

  /** An open document whose annotations may be written, or why not. */
  private writableOpen(id: DocumentId): Result<CachedDocument, WorkspaceError> {
    const open = this.open.get(id);
    if (!open) return err({ code: 'failed', file: id, message: `document "${id}" must be opened before its annotations are saved` });
    if (open.readOnly) return err({ code: 'read-only', file: this.display(id), message: `Not saved: ${open.readOnly}` });
    return ok(open);
  }

  /** The first annotation that does not fit the document's text, as an error; null when all fit. */
  private misfit(id: DocumentId, open: CachedDocument, annotations: readonly StoredAnnotation[]): WorkspaceError | null {
    const misfit = annotations.find((annotation) => !annotation.fragments.every((f) => fragmentFits(open.index, f)));
    if (!misfit) return null;
    return { code: 'failed', file: this.display(id), message: `Not saved: annotation ${misfit.id} does not fit the text of document "${id}"` };
  }

  /**
   * Writes the files of the given sets of an open document from what is kept
   * in memory (as it is when the write's turn comes); every set when the
   * document must first be written whole (read from the older layout, or damaged).
   */
  private async writeOpen(id: DocumentId, open: CachedDocument, touched: ReadonlySet<string>): Promise<Result<void, WorkspaceError>> {
    const sets = open.rewrite ? new Set([...open.sets, ...setsIn(heldOf(open)), ...touched]) : touched;
    if (sets.size === 0) return ok(undefined);
    const plan = { id, sha256: open.sha256, sets, held: () => heldOf(open), strays: open.rewrite?.strays ?? [] };
    const written = await this.writer.guarded(this.layout.setAnnotations(id, [...sets][0] ?? DEFAULT_SET), () => this.persist([plan]));
    if (written.ok) this.written(id, open);
    return written;
  }

  /** After an open document's files were written: no longer written whole, and its counts follow. */
  private written(id: DocumentId, open: CachedDocument): void {
    open.rewrite = null;
    this.counts.set(id, countByType(open.annotations.values()));
  }

  /**
   * Writes the planned set files as one change (files/verified-write.ts: all
   * of them or none), then removes the files of sets left empty (an empty
   * file read back holds nothing, so a stop before this is harmless) and the
   * strays, each copied to backup/ first.
   */
  private async persist(plans: readonly WritePlan[]): Promise<void> {
    for (const plan of plans) for (const stray of plan.strays) await this.backups.keep(stray);
    for (const { id, sets } of plans) {
      // Never make a folder through a link that leads out of the workspace (writeAll would refuse the files, but the folder would be made).
      await this.writer.assertWritable(this.layout.documentAnnotations(id), this.layout.setAnnotations(id, [...sets][0] ?? DEFAULT_SET));
      await mkdir(this.layout.documentAnnotations(id), { recursive: true });
    }
    await this.writer.writeAll(
      plans.flatMap((plan) => {
        const open = this.open.get(plan.id);
        return [...plan.sets].map((set) => ({
          path: this.layout.setAnnotations(plan.id, set),
          kind: SET_ANNOTATIONS_FILE,
          value: () => ({ format: SET_ANNOTATIONS_FORMAT, version: SET_ANNOTATIONS_VERSION, documentId: plan.id, set, textSha256: plan.sha256, ...ofSet(plan.held(), set) }),
          // The file now holds what its journal said: the journal goes, and the next change starts one against this file.
          then: async ({ sha256, bytes }: WrittenFile) => {
            await unlink(this.layout.setJournal(plan.id, set)).catch(() => undefined);
            open?.journals.set(set, { base: sha256, baseBytes: bytes, bytes: 0 });
          },
          digest: open !== undefined,
        }));
      }),
    );
    for (const plan of plans) {
      const open = this.open.get(plan.id);
      for (const set of plan.sets) {
        const path = this.layout.setAnnotations(plan.id, set);
        await this.writer.run(path, async () => {
          const now = ofSet(plan.held(), set);
          // A change appended since is a change to the empty file written: that file stays as its journal's base.
          if (now.annotations.length + now.unplaced.length > 0 || (open?.journals.get(set)?.bytes ?? 0) > 0) {
            open?.sets.add(set);
            return;
          }
          await unlink(path).catch(() => undefined);
          open?.sets.delete(set);
          open?.journals.set(set, NO_JOURNAL);
        });
      }
      for (const stray of plan.strays) await unlink(stray).catch(() => undefined);
    }
  }

  /** A document's folder of set files, as shown to the analyst. */
  private display(id: DocumentId): string {
    return this.layout.display(this.layout.documentAnnotations(id));
  }
}
