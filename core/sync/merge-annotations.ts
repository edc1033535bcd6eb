import type { StoredAnnotation } from '../model/annotation';

/** Anything merged item by item: annotations, manifest entries, entities, types. */
export interface Identified {
  id: string;
}

/**
 * Why an item could not be merged by itself. "Here" is this workspace (ours),
 * "there" the remote's version (theirs).
 */
export type ConflictReason = 'changed-both' | 'added-both' | 'deleted-here' | 'deleted-there';

/** One item both sides changed in different ways: ours stays in place, theirs is kept here for review. */
interface ItemConflict<T> {
  id: string;
  reason: ConflictReason;
  /** The version kept in the merged file; null when this side deleted the item (and it stays deleted). */
  ours: T | null;
  /** The remote's version, not in the merged file; null when the remote deleted the item. */
  theirs: T | null;
}

export interface ItemMerge<T> {
  merged: T[];
  conflicts: ItemConflict<T>[];
}

/** Deep equality of JSON values, whatever the order of object keys (files written by different tools differ in order only). */
/** The items with the one of that id put in place of `item` (added at the end where it was not there), or taken out where `item` is null. */
export function replaceById<T extends Identified>(items: readonly T[], id: string, item: T | null): T[] {
  const at = items.findIndex((candidate) => candidate.id === id);
  if (!item) return items.filter((candidate) => candidate.id !== id);
  return at < 0 ? [...items, item] : items.map((candidate, i) => (i === at ? item : candidate));
}

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  if (keys.length !== Object.keys(right).filter((key) => right[key] !== undefined).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && sameJson(left[key], right[key]));
}

/** How items of one kind are compared and, where both sides changed one, combined. */
export interface MergeRules<T> {
  /** Whether two versions say the same thing (the default: equal as JSON). */
  same?: (a: T, b: T) => boolean;
  /** Which of two versions that say the same thing is kept (the default: ours). */
  prefer?: (ours: T, theirs: T) => T;
  /** Combines two different changes of one item where they do not touch the same part; null when they do (a conflict). */
  combine?: (base: T, ours: T, theirs: T) => T | null;
}

/**
 * The three-way merge of two changed copies of a list of items with unique
 * ids, against the version both started from. Per id: a change made on one
 * side only is taken; the same change made on both is taken once; different
 * changes, or a deletion on one side and a change on the other, are
 * conflicts: our version stays in the list (or stays deleted) and theirs is
 * returned beside it, so neither side is ever dropped. Ours keep their order;
 * items only the remote has follow, in its order.
 */
export function mergeById<T extends Identified>(base: readonly T[], ours: readonly T[], theirs: readonly T[], rules: MergeRules<T> = {}): ItemMerge<T> {
  const same = rules.same ?? sameJson;
  const prefer = rules.prefer ?? ((kept: T) => kept);
  const baseById = new Map(base.map((item) => [item.id, item]));
  const theirsById = new Map(theirs.map((item) => [item.id, item]));
  const oursIds = new Set(ours.map((item) => item.id));
  const merged: T[] = [];
  const conflicts: ItemConflict<T>[] = [];

  for (const mine of ours) {
    const was = baseById.get(mine.id);
    const other = theirsById.get(mine.id);
    if (other === undefined) {
      // Theirs lacks it: added here (keep), deleted there unchanged here (drop), or deleted there and changed here (conflict, keep ours).
      if (was === undefined) merged.push(mine);
      else if (!same(was, mine)) {
        merged.push(mine);
        conflicts.push({ id: mine.id, reason: 'deleted-there', ours: mine, theirs: null });
      }
      continue;
    }
    if (same(mine, other)) merged.push(prefer(mine, other));
    else if (was !== undefined && same(was, mine)) merged.push(other);
    else if (was !== undefined && same(was, other)) merged.push(mine);
    else {
      const combined = was === undefined ? null : (rules.combine?.(was, mine, other) ?? null);
      merged.push(combined ?? mine);
      if (!combined) conflicts.push({ id: mine.id, reason: was === undefined ? 'added-both' : 'changed-both', ours: mine, theirs: other });
    }
  }
  for (const other of theirs) {
    if (oursIds.has(other.id)) continue;
    const was = baseById.get(other.id);
    // Ours lacks it: added there (take), deleted here and unchanged there (stays deleted), or deleted here and changed there (conflict).
    if (was === undefined) merged.push(other);
    else if (!same(was, other)) conflicts.push({ id: other.id, reason: 'deleted-here', ours: null, theirs: other });
  }
  return { merged, conflicts };
}

/** An annotation without its `modified` time: two analysts who made the same change at different moments made the same change. */
function sameAnnotation(a: StoredAnnotation, b: StoredAnnotation): boolean {
  return sameJson({ ...a, modified: '' }, { ...b, modified: '' });
}

const later = (ours: StoredAnnotation, theirs: StoredAnnotation) => (theirs.modified > ours.modified ? theirs : ours);

/**
 * Merges a document's annotations (in any layout: one file per document or
 * one per set, both hold an `annotations` array) per annotation by id. An
 * annotation changed on both sides is a conflict unless the changes are the
 * same (then the later `modified` is kept).
 */
export function mergeAnnotations(base: readonly StoredAnnotation[], ours: readonly StoredAnnotation[], theirs: readonly StoredAnnotation[]): ItemMerge<StoredAnnotation> {
  return mergeById(base, ours, theirs, { same: sameAnnotation, prefer: later });
}

/**
 * Merges one record key by key: a key changed on one side takes that side's
 * value; null when both changed one key differently. Keys listed in `ignore`
 * are derived (counts) and left out of the result.
 */
export function mergeFields<T extends object>(base: T, ours: T, theirs: T, ignore: readonly string[] = []): T | null {
  const b = base as Record<string, unknown>;
  const o = ours as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(o), ...Object.keys(t)])) {
    if (ignore.includes(key)) continue;
    let value: unknown;
    if (sameJson(o[key], t[key]) || sameJson(b[key], t[key])) value = o[key];
    else if (sameJson(b[key], o[key])) value = t[key];
    else return null;
    if (value !== undefined) result[key] = value;
  }
  return result as T;
}
