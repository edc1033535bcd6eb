import { lstat, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DEFAULT_SET, type StoredAnnotation, type Unplaced } from '../../../core/model/annotation';
import { renumberDuplicates } from '../../../core/model/duplicate-ids';
import type { DocumentId } from '../../../core/model/ids';
import { describeFsError } from '../files/fs-error';
import { isTemporaryFileName } from '../files/verified-write';
import { readAnnotationsFile, type FileReading } from './annotations-file';
import { FileRefused, type ConfinedFiles } from './confined-files';
import { JOURNAL_SUFFIX, journaledFileName, journalFileName, setFileName, type WorkspaceLayout } from './layout';
import { holdsEvery, readJournal, replay, type JournalReading } from './set-journal';

/** What was wrong with one file of a document, and how many annotations could still be read from it. */
interface FileTrouble {
  path: string;
  trouble: string;
  /** Annotations read from a damaged file; null when the file was not damaged (read-only, or fine but misplaced). */
  salvaged: number | null;
}

/**
 * A document's annotations as stored, every set's file read and put
 * together, before anything is placed in its text. `homes` says which set
 * (and so which file) each review item belongs to.
 */
export interface DocumentStored {
  annotations: StoredAnnotation[];
  unplaced: Unplaced[];
  homes: Map<string, string>;
  troubles: FileTrouble[];
  /** Why the document's annotations may not be written (a file from a newer Gloss, or unreadable), naming the file; null when they may. */
  readOnly: string | null;
  /** Damaged files' bytes, to be kept aside before anything is written in their place. */
  damaged: { path: string; bytes: Buffer }[];
  /** The sets that have a file on disk. */
  sets: Set<string>;
  /**
   * Files that must go once every set has been written whole: the older
   * layout's file (migrated) and set files under another name than their set's.
   */
  strays: string[];
  /** The older layout's file was read (it is the truth for its sets until it is migrated). */
  legacy: boolean;
  /**
   * Per set, the file a new journal line applies to and the journal's size:
   * for every set whose file was read with its digest or that has a journal
   * in use.
   */
  journals: Map<string, JournalState>;
}

/** Where a set's change journal stands: the set file it applies to (its SHA-256 and size; null and 0 when there is none) and its own size on disk. */
export interface JournalState {
  base: string | null;
  baseBytes: number;
  bytes: number;
}

/** The set a review item belongs to: its annotation's, else the one its raw JSON names, else the default set. */
function setOfRaw(item: Unplaced): string {
  if (item.annotation) return item.annotation.set;
  try {
    const raw: unknown = JSON.parse(item.raw);
    if (typeof raw === 'object' && raw !== null && 'set' in raw && typeof raw.set === 'string' && raw.set.length > 0) return raw.set;
  } catch {
    // Not JSON: it came from a file that could not be read; the default set keeps it.
  }
  return DEFAULT_SET;
}

/** The names of the set files and of their change journals in a document's folder, without temporary files. */
interface SetFolderListing {
  names: string[];
  journals: string[];
  trouble: string | null;
}

const NOTHING_LISTED: SetFolderListing = { names: [], journals: [], trouble: null };

/** A document's folder listed (a folder that is a link, or lies outside the workspace, is refused). */
async function setFileNames(dir: string, files: ConfinedFiles): Promise<SetFolderListing> {
  try {
    await files.assertWritable(dir);
  } catch (error) {
    if (error instanceof FileRefused) return { ...NOTHING_LISTED, trouble: error.message };
    // The annotations folder itself is missing: no document has annotations yet.
    return NOTHING_LISTED;
  }
  const info = await lstat(dir).catch(() => null);
  if (!info) return NOTHING_LISTED;
  if (info.isSymbolicLink()) return { ...NOTHING_LISTED, trouble: 'is a symbolic link; Gloss reads only files inside the workspace' };
  if (!info.isDirectory()) return { ...NOTHING_LISTED, trouble: 'is not a folder' };
  try {
    const names = (await readdir(dir)).sort();
    return {
      names: names.filter((name) => name.endsWith('.json') && !isTemporaryFileName(name)),
      journals: names.filter((name) => name.endsWith(JOURNAL_SUFFIX)),
      trouble: null,
    };
  } catch (error) {
    return { ...NOTHING_LISTED, trouble: `cannot be read (${describeFsError(error)})` };
  }
}

/**
 * What a document's annotations folder holds, by name alone (no file read):
 * its set files, whether a change journal or the older layout's file is
 * there (then its sets must be written whole before one is added), and
 * what makes it unwritable.
 */
export async function listDocumentFiles(
  layout: WorkspaceLayout,
  files: ConfinedFiles,
  id: DocumentId,
): Promise<{ names: string[]; unsettled: boolean; trouble: string | null }> {
  const listing = await setFileNames(layout.documentAnnotations(id), files);
  const legacy = await lstat(layout.legacyAnnotations(id)).then(
    () => true,
    () => false,
  );
  return { names: listing.names, unsettled: legacy || listing.journals.length > 0, trouble: listing.trouble };
}

/** A set's annotations and review items, as put together from its files. */
type SetHeld = Map<string, { annotations: StoredAnnotation[]; unplaced: Unplaced[] }>;

/**
 * Applies a set's change journal to what its file holds, when the journal
 * was written against exactly that file (its header names the file's
 * SHA-256). Whatever is wrong is reported by name, its bytes kept aside, and
 * the journal goes once the set is next written whole (so the document's
 * next save writes it whole):
 * - lines that could not be read were left out (readJournal);
 * - a journal whose base is another file: when the file already holds every
 *   change (written whole just before a stop kept the journal from being
 *   removed), it is spent and dropped quietly; otherwise (the file was
 *   changed by another program) its changes are not applied, and reported.
 */
function applyJournal(
  stored: DocumentStored,
  journal: { path: string; display: string; base: FileReading | null },
  reading: JournalReading,
  bySet: SetHeld,
): void {
  if (reading.kind === 'none') return;
  const { path, display, base } = journal;
  const spoilt = (trouble: string, damaged: Buffer | null) => {
    stored.troubles.push({ path, trouble, salvaged: null });
    if (damaged) stored.damaged.push({ path, bytes: damaged });
    stored.strays.push(path);
  };
  if (reading.kind === 'unusable') {
    if (reading.readOnly) {
      stored.troubles.push({ path, trouble: reading.trouble, salvaged: null });
      stored.readOnly ??= `${display} ${reading.trouble}`;
    } else spoilt(reading.trouble, reading.damaged);
    return;
  }
  const { header, changes } = reading;
  if (journalFileName(setFileName(header.set)) !== basename(path)) {
    spoilt(`holds changes of the set "${header.set}", whose journal is ${journalFileName(setFileName(header.set))}; they were not applied`, reading.bytes);
    return;
  }
  const held = bySet.get(header.set) ?? { annotations: [], unplaced: [] };
  if ((base?.sha256 ?? null) !== header.base) {
    if (holdsEvery(held.annotations, changes)) stored.strays.push(path);
    else spoilt(`was written against another version of ${setFileName(header.set)} (changed since by another program?); its ${changes.length} change(s) were not applied`, reading.bytes);
    return;
  }
  if (reading.trouble) {
    stored.troubles.push({ path, trouble: reading.trouble, salvaged: null });
    stored.damaged.push({ path, bytes: reading.bytes });
  }
  bySet.set(header.set, { ...held, annotations: replay(held.annotations, changes) });
  stored.sets.add(header.set);
  stored.journals.set(header.set, { base: header.base, baseBytes: base?.size ?? 0, bytes: reading.bytes.length });
}

/**
 * Reads every set file of a document (annotations/<document>/*.json), and
 * the older layout's file (annotations/<document>.json) when it is still
 * there: a migration not yet done, or stopped half-way. That file is then
 * the truth for every set it holds (a set file beside it can only be a
 * half-written copy of it); sets only in their own files are read from them.
 * An annotation id used in two files gets a new id in the second, as within
 * one file. Nothing is written here.
 */
export async function readDocumentAnnotations(layout: WorkspaceLayout, files: ConfinedFiles, id: DocumentId, digest = false): Promise<DocumentStored> {
  const dir = layout.documentAnnotations(id);
  const listing = await setFileNames(dir, files);
  const stored: DocumentStored = {
    annotations: [],
    unplaced: [],
    homes: new Map(),
    troubles: [],
    readOnly: null,
    damaged: [],
    sets: new Set(),
    strays: [],
    legacy: false,
    journals: new Map(),
  };
  if (listing.trouble) {
    stored.troubles.push({ path: dir, trouble: listing.trouble, salvaged: null });
    stored.readOnly = `${layout.display(dir)} ${listing.trouble}`;
  }
  const bySet: SetHeld = new Map();
  const note = (path: string, reading: FileReading) => {
    if (reading.trouble) stored.troubles.push({ path, trouble: reading.trouble, salvaged: reading.damaged ? reading.annotations.length : null });
    if (reading.readOnly) stored.readOnly ??= `${layout.display(path)} ${reading.trouble ?? 'cannot be written'}`;
    if (reading.damaged) stored.damaged.push({ path, bytes: reading.damaged });
  };
  const add = (set: string, annotations: readonly StoredAnnotation[], unplaced: readonly Unplaced[]) => {
    const held = bySet.get(set) ?? { annotations: [], unplaced: [] };
    held.annotations.push(...annotations);
    held.unplaced.push(...unplaced);
    bySet.set(set, held);
  };
  const journaled = new Set(listing.journals.map(journaledFileName));
  const readings = await Promise.all(
    listing.names.map(async (name) => ({ path: join(dir, name), reading: await readAnnotationsFile(join(dir, name), id, files.read, 'set', digest || journaled.has(name)) })),
  );
  for (const { path, reading } of readings) {
    note(path, reading);
    // A file whose set cannot be read from it (not JSON) is kept aside as damaged; its name alone tells its set only when that is the set's own name.
    const set = reading.set ?? (setFileName(basename(path, '.json')) === basename(path) ? basename(path, '.json') : null);
    if (set === null) continue;
    stored.sets.add(set);
    if (setFileName(set) !== basename(path)) {
      stored.troubles.push({ path, trouble: `holds the set "${set}", whose file is ${setFileName(set)}; it is moved there on the next save`, salvaged: null });
      stored.strays.push(path);
    }
    for (const annotation of reading.annotations) add(annotation.set, [annotation], []);
    for (const item of reading.unplaced) add(item.annotation?.set ?? set, [], [item]);
    if (reading.sha256 !== null) stored.journals.set(set, { base: reading.sha256, baseBytes: reading.size, bytes: 0 });
  }
  const byName = new Map(readings.map(({ path, reading }) => [basename(path), reading]));
  for (const name of listing.journals) {
    const path = join(dir, name);
    applyJournal(stored, { path, display: layout.display(path), base: byName.get(journaledFileName(name)) ?? null }, await readJournal(path, files.read, id), bySet);
  }
  const legacyPath = layout.legacyAnnotations(id);
  const legacy = await readAnnotationsFile(legacyPath, id, files.read, 'legacy');
  if (legacy.present) {
    stored.legacy = true;
    note(legacyPath, legacy);
    if (!legacy.readOnly) stored.strays.push(legacyPath);
    const sets = new Set([...legacy.annotations.map((annotation) => annotation.set), ...legacy.unplaced.map(setOfRaw)]);
    for (const set of sets) bySet.delete(set);
    for (const annotation of legacy.annotations) add(annotation.set, [annotation], []);
    for (const item of legacy.unplaced) add(setOfRaw(item), [], [item]);
  }
  for (const [set, held] of [...bySet].sort(([a], [b]) => a.localeCompare(b))) {
    stored.annotations.push(...held.annotations);
    for (const item of held.unplaced) {
      stored.unplaced.push(item);
      stored.homes.set(item.id, set);
    }
  }
  // Ids used in two files (one annotation copied into another set's file by hand): the second copy gets a new id, as within one file.
  const unique = renumberDuplicates(stored.annotations);
  if (unique.shared.length > 0) {
    stored.annotations = unique.items;
    stored.troubles.push({ path: dir, trouble: `holds annotation ids used in more than one file (${unique.shared.slice(0, 5).join(', ')}); each copy after the first got a new id`, salvaged: null });
  }
  return stored;
}
