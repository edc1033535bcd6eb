import { lstat, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DEFAULT_SET, type StoredAnnotation, type Unplaced } from '../../../core/model/annotation';
import { renumberDuplicates } from '../../../core/model/duplicate-ids';
import type { DocumentId } from '../../../core/model/ids';
import { describeFsError } from '../files/fs-error';
import { isTemporaryFileName } from '../files/verified-write';
import { readAnnotationsFile, type FileReading } from './annotations-file';
import { FileRefused, type ConfinedFiles } from './confined-files';
import { setFileName, type WorkspaceLayout } from './layout';

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

/** A set file's names in a document's folder, without temporary files; a folder that is a link, or lies outside the workspace, is refused. */
async function setFileNames(dir: string, files: ConfinedFiles): Promise<{ names: string[]; trouble: string | null }> {
  try {
    await files.assertWritable(dir);
  } catch (error) {
    if (error instanceof FileRefused) return { names: [], trouble: error.message };
    // The annotations folder itself is missing: no document has annotations yet.
    return { names: [], trouble: null };
  }
  const info = await lstat(dir).catch(() => null);
  if (!info) return { names: [], trouble: null };
  if (info.isSymbolicLink()) return { names: [], trouble: 'is a symbolic link; Gloss reads only files inside the workspace' };
  if (!info.isDirectory()) return { names: [], trouble: 'is not a folder' };
  try {
    const names = await readdir(dir);
    return { names: names.filter((name) => name.endsWith('.json') && !isTemporaryFileName(name)).sort(), trouble: null };
  } catch (error) {
    return { names: [], trouble: `cannot be read (${describeFsError(error)})` };
  }
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
export async function readDocumentAnnotations(layout: WorkspaceLayout, files: ConfinedFiles, id: DocumentId): Promise<DocumentStored> {
  const dir = layout.documentAnnotations(id);
  const listing = await setFileNames(dir, files);
  const stored: DocumentStored = { annotations: [], unplaced: [], homes: new Map(), troubles: [], readOnly: null, damaged: [], sets: new Set(), strays: [], legacy: false };
  if (listing.trouble) {
    stored.troubles.push({ path: dir, trouble: listing.trouble, salvaged: null });
    stored.readOnly = `${layout.display(dir)} ${listing.trouble}`;
  }
  const bySet = new Map<string, { annotations: StoredAnnotation[]; unplaced: Unplaced[] }>();
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
  const readings = await Promise.all(listing.names.map(async (name) => ({ path: join(dir, name), reading: await readAnnotationsFile(join(dir, name), id, files.read, 'set') })));
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
