import { randomUUID } from 'node:crypto';
import { placeAnnotation, type Relocate } from '../../../core/anchoring/place-annotation';
import {
  ANNOTATIONS_FILE,
  SET_ANNOTATIONS_FILE,
  StoredAnnotationSchema,
  UnplacedSchema,
  type StoredAnnotation,
  type Unplaced,
} from '../../../core/model/annotation';
import { isStoredAnnotation } from '../../../core/model/annotation-check';
import type { DocumentId } from '../../../core/model/ids';
import { readVersioned } from '../../../core/model/versioned';
import { renumberDuplicates } from '../../../core/model/duplicate-ids';
import { LIMITS } from '../../../core/model/limits';
import { clip } from '../../../core/text/clip';
import type { CodePointIndex } from '../../../core/text/code-points';
import { sha256 } from './hash';
import { readRawJson, type ReadBytes } from './json-file';

/** What one annotations file holds as read, salvaged where damaged, before anything is placed in the text. */
interface StoredReading {
  annotations: StoredAnnotation[];
  unplaced: Unplaced[];
  /** What was wrong, for the analyst; null when the file was fine. */
  trouble: string | null;
  /** The file must not be written (it comes from a newer Gloss, or cannot be read). */
  readOnly: boolean;
  /** The file was damaged: its bytes, to be kept aside before anything is written. */
  damaged: Buffer | null;
}

const EMPTY: StoredReading = { annotations: [], unplaced: [], trouble: null, readOnly: false, damaged: null };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One file as read: a set file says whose set it is (null when that cannot be read from it); the older layout's file holds every set. */
export interface FileReading extends StoredReading {
  set: string | null;
  /** The file is on disk (a missing file reads as empty). */
  present: boolean;
  /** The SHA-256 of its bytes, when asked for (what a change journal names as its base); null otherwise or when it is missing. */
  sha256: string | null;
  size: number;
}

/**
 * Reads one annotations file as fully as it can, without its text: a set
 * file (`annotations/<document>/<set>.json`) or the older layout's file of
 * every set (`annotations/<document>.json`). A damaged file is salvaged item
 * by item; items that cannot be read go to the review list with their raw
 * JSON. Nothing is dropped and nothing is written here.
 */
export async function readAnnotationsFile(path: string, documentId: DocumentId, read: ReadBytes, kind: 'set' | 'legacy', digest = false): Promise<FileReading> {
  const raw = await readRawJson(path, read);
  if (raw.kind === 'missing') return { ...EMPTY, set: null, present: false, sha256: null, size: 0 };
  if (raw.kind === 'unreadable') return { ...EMPTY, set: null, present: true, sha256: null, size: 0, trouble: raw.trouble, readOnly: true };
  const { bytes } = raw;
  const file = { set: null, present: true, sha256: digest ? sha256(bytes) : null, size: bytes.length };
  if (raw.kind === 'not-json') return { ...EMPTY, ...file, trouble: raw.trouble, damaged: bytes };
  const { data } = raw;
  const named = isObject(data) && typeof data['set'] === 'string' && StoredAnnotationSchema.shape.set.safeParse(data['set']).success ? data['set'] : null;
  const set = kind === 'set' ? named : null;
  const whole = kind === 'set' ? readVersioned(SET_ANNOTATIONS_FILE, data) : readVersioned(ANNOTATIONS_FILE, data);
  if (whole.ok) {
    if (whole.value.value.documentId !== documentId) {
      return { ...EMPTY, ...file, trouble: `belongs to document "${whole.value.value.documentId}"`, damaged: bytes };
    }
    return { ...withUniqueIds(whole.value.value.annotations, whole.value.value.unplaced, { trouble: null, bytes }), ...file, set };
  }
  if (/newer Gloss/.test(whole.error)) return { ...EMPTY, ...file, set, trouble: whole.error, readOnly: true };
  return { ...salvage(data, whole.error, bytes), ...file, set };
}

/**
 * A review item whose strings fit the schema it will be read back with. A
 * reason quoting a very long passage, or the raw copy of a huge item, is cut
 * to the limit: written whole, it made the file fail its own schema on the
 * next load. (The raw copy only matters when the item could not be read; the
 * damaged file's bytes are then kept whole in damaged/.)
 */
function unplacedItem(reason: string, annotation: StoredAnnotation | null, raw: string): Unplaced {
  return { id: randomUUID(), reason: clip(reason, LIMITS.fieldText), annotation, raw: clip(raw, LIMITS.quote) };
}

/** Ids shown in a report before "and N more". */
const LISTED_IDS = 5;

function sharedIdsTrouble(shared: readonly string[], what: string): string {
  const listed = shared.slice(0, LISTED_IDS).join(', ') + (shared.length > LISTED_IDS ? ` and ${shared.length - LISTED_IDS} more` : '');
  return `holds ${what} ids used more than once (${listed}); each copy after the first got a new id, and nothing was dropped`;
}

/**
 * Gives a new id to every copy of an id used twice (an annotation or a review
 * item), so no operation acts on two. When anything was wrong with the file,
 * its bytes are returned to be kept aside before the first write changes it.
 */
function withUniqueIds(annotations: readonly StoredAnnotation[], unplaced: readonly Unplaced[], file: { trouble: string | null; bytes: Buffer }): StoredReading {
  const unique = renumberDuplicates(annotations);
  const uniqueReview = renumberDuplicates(unplaced);
  const troubles = [
    file.trouble,
    unique.shared.length > 0 ? sharedIdsTrouble(unique.shared, 'annotation') : null,
    uniqueReview.shared.length > 0 ? sharedIdsTrouble(uniqueReview.shared, 'review item') : null,
  ].filter((trouble) => trouble !== null);
  const trouble = troubles.length > 0 ? troubles.join('; ') : null;
  return { annotations: unique.items, unplaced: uniqueReview.items, trouble, readOnly: false, damaged: trouble ? file.bytes : null };
}

/** Keeps every item that is a valid annotation (and every review item that is one); the rest become unplaced with their raw JSON. */
function salvage(data: unknown, error: string, bytes: Buffer): StoredReading {
  const items = isObject(data) && Array.isArray(data['annotations']) ? data['annotations'] : [];
  const readable: StoredAnnotation[] = [];
  const unreadable: Unplaced[] = [];
  const review = isObject(data) && Array.isArray(data['unplaced']) ? data['unplaced'] : [];
  for (const item of review) {
    const parsed = UnplacedSchema.safeParse(item);
    if (parsed.success) unreadable.push(parsed.data);
  }
  items.forEach((item: unknown, i) => {
    // The plain-code check first (see annotation-check.ts); zod for what it does not pass, and for the reason.
    const parsed = isStoredAnnotation(item) ? { success: true as const, data: item } : StoredAnnotationSchema.safeParse(item);
    if (parsed.success) readable.push(parsed.data);
    else unreadable.push(unplacedItem(`item ${i + 1} could not be read: ${parsed.error.issues[0]?.message ?? 'invalid'}`, null, JSON.stringify(item)));
  });
  return withUniqueIds(readable, unreadable, { trouble: error, bytes });
}

/**
 * Places a file's annotations in its document's text: one whose offsets no
 * longer fit is found again by its quote when that is unambiguous, else it
 * waits in the review list.
 */
export function placeAll(
  stored: { annotations: readonly StoredAnnotation[]; unplaced: readonly Unplaced[] },
  index: CodePointIndex,
  relocate: Relocate,
): { annotations: StoredAnnotation[]; unplaced: Unplaced[]; relocated: number } {
  const placed: StoredAnnotation[] = [];
  const waiting: Unplaced[] = [...stored.unplaced];
  let relocated = 0;
  for (const annotation of stored.annotations) {
    const placement = placeAnnotation(index, annotation, relocate);
    if (placement.kind === 'placed') {
      placed.push(placement.annotation);
      if (placement.moved) relocated++;
    } else {
      waiting.push(unplacedItem(placement.reason, annotation, JSON.stringify(annotation)));
    }
  }
  return { annotations: placed, unplaced: waiting, relocated };
}
