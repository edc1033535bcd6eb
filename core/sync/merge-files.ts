import { ADJUDICATION_FORMAT } from '../agreement/adjudication-file';
import { ANNOTATIONS_FORMAT, SET_ANNOTATIONS_FORMAT, type AnnotationsFile } from '../model/annotation';
import { ENTITIES_FORMAT, type Entity } from '../model/entity';
import { GLOSS_FILE_FORMATS as KINDS } from '../model/file-formats';
import { SCHEMA_FORMAT } from '../model/label-types';
import { REJECTED_FORMAT } from '../model/suggestions';
import { SYNC_CONFLICTS_FORMAT, type ConflictKind } from '../model/sync-conflicts';
import { readVersioned } from '../model/versioned';
import { WORKSPACE_FORMAT } from '../model/workspace';
import { err, ok, type Result } from '../result';
import { mergeAnnotations, mergeById, mergeFields, sameJson, type ConflictReason, type Identified, type ItemMerge } from './merge-annotations';

/** A conflict as a merge finds it; the sync adds the file, the remote commit and the time. */
interface FoundConflict {
  kind: ConflictKind;
  itemId: string;
  reason: ConflictReason;
  ours: unknown;
  theirs: unknown;
}

/** A file's merged content (null: the file is to be removed) and the conflicts left for review. */
export interface FileMerge {
  value: unknown;
  /** The format the merged value is written as, so the store can check it against its schema; null for a file Gloss does not know. */
  format: string | null;
  conflicts: FoundConflict[];
}

type Json = Record<string, unknown>;

function formatOf(value: unknown): string | null {
  return typeof value === 'object' && value !== null && typeof (value as Json)['format'] === 'string' ? ((value as Json)['format'] as string) : null;
}

function items(merge: ItemMerge<Identified>, kind: ConflictKind): FoundConflict[] {
  return merge.conflicts.map(({ id, reason, ours, theirs }) => ({ kind, itemId: id, reason, ours, theirs }));
}

/** The list under `key` of a file's version, empty where the side has no such file. */
function list<T>(file: Json | null, key: string): T[] {
  return file && Array.isArray(file[key]) ? (file[key] as T[]) : [];
}

/** Merges the rest of an envelope (every key but the lists merged item by item): ours where both changed it. */
function envelope(base: Json | null, ours: Json, theirs: Json, lists: readonly string[]): { value: Json; conflicting: boolean } {
  const ignore = [...lists, 'version'];
  const merged = mergeFields(base ?? {}, ours, theirs, ignore);
  const rest = merged ?? Object.fromEntries(Object.entries(ours).filter(([key]) => !ignore.includes(key)));
  return { value: { ...rest, version: ours['version'] }, conflicting: merged === null };
}

/** Three-way merge of two item lists by a derived id (rejected suggestions have none of their own). */
function mergeKeyed<T>(base: readonly T[], ours: readonly T[], theirs: readonly T[], key: (item: T) => string): T[] {
  const wrap = (item: T) => ({ id: key(item), item });
  return mergeById(base.map(wrap), ours.map(wrap), theirs.map(wrap)).merged.map(({ item }) => item);
}

/** A set-like list of strings merged three ways: what either side added is kept, what either side removed goes. */
function mergeStrings(base: readonly string[], ours: readonly string[], theirs: readonly string[]): string[] {
  return mergeKeyed(base, ours, theirs, (name) => name);
}

/** An entity changed on both sides: names, kind and note key by key; aliases and merged ids as sets. */
function combineEntities(base: Entity, ours: Entity, theirs: Entity): Entity | null {
  const rest = mergeFields(base, ours, theirs, ['aliases', 'mergedIds']);
  if (!rest) return null;
  return { ...rest, aliases: mergeStrings(base.aliases, ours.aliases, theirs.aliases), mergedIds: mergeStrings(base.mergedIds, ours.mergedIds, theirs.mergedIds) };
}

/**
 * An entity merged into another on one side and kept (changed) on the other
 * would be listed twice; it goes from the list, its version kept as a conflict.
 */
function entitiesOnce(merge: ItemMerge<Entity>): { merged: Entity[]; conflicts: FoundConflict[] } {
  const absorbed = new Set(merge.merged.flatMap((entity) => entity.mergedIds));
  const dropped = merge.merged.filter((entity) => absorbed.has(entity.id));
  return {
    merged: merge.merged.filter((entity) => !absorbed.has(entity.id)),
    conflicts: dropped.map((entity) => ({ kind: 'entity', itemId: entity.id, reason: 'deleted-there', ours: entity, theirs: null })),
  };
}

/** The merge of one Gloss file's three versions, all read and migrated to the current version; `base` null when the file is new on both sides. */
function mergeKnown(format: string, base: Json | null, ours: Json, theirs: Json): FileMerge {
  switch (format) {
    // One set's file and the older file of every set hold the same two lists.
    case SET_ANNOTATIONS_FORMAT:
    case ANNOTATIONS_FORMAT: {
      const annotations = mergeAnnotations(list(base, 'annotations'), list(ours, 'annotations'), list(theirs, 'annotations'));
      const unplaced = mergeById(list<Identified>(base, 'unplaced'), list<Identified>(ours, 'unplaced'), list<Identified>(theirs, 'unplaced'));
      const rest = envelope(base, ours, theirs, ['annotations', 'unplaced']);
      // A text that changed on both sides differently cannot hold both sides' offsets: ours stays, theirs is listed whole.
      const file: Partial<AnnotationsFile> = { ...rest.value, annotations: annotations.merged, unplaced: unplaced.merged as AnnotationsFile['unplaced'] };
      const conflicts = items(annotations as ItemMerge<Identified>, 'annotation');
      if (rest.conflicting) conflicts.push({ kind: 'file', itemId: String(ours['documentId']), reason: 'changed-both', ours: null, theirs });
      return { value: file, format, conflicts };
    }
    case WORKSPACE_FORMAT: {
      // Counts are derived from the annotations files; left out, they are counted again when the workspace opens.
      const strip = (entries: Json[]) => entries.map(({ annotationCounts: _counts, ...entry }) => entry as Identified & Json);
      const documents = mergeById(strip(list(base, 'documents')), strip(list(ours, 'documents')), strip(list(theirs, 'documents')), {
        combine: (was, mine, other) => mergeFields(was, mine, other),
      });
      const rest = envelope(base, ours, theirs, ['documents']);
      const conflicts = items(documents, 'document-entry');
      if (rest.conflicting) conflicts.push({ kind: 'workspace', itemId: String(ours['id']), reason: base ? 'changed-both' : 'added-both', ours: { ...rest.value }, theirs: { name: theirs['name'], id: theirs['id'] } });
      return { value: { ...rest.value, documents: documents.merged }, format, conflicts };
    }
    case ENTITIES_FORMAT: {
      const merge = mergeById(list<Entity>(base, 'entities'), list<Entity>(ours, 'entities'), list<Entity>(theirs, 'entities'), { combine: combineEntities });
      const once = entitiesOnce(merge);
      const dropped = new Set(once.conflicts.map((conflict) => conflict.itemId));
      const conflicts = [...items(merge, 'entity').filter((conflict) => !dropped.has(conflict.itemId)), ...once.conflicts];
      return { value: { ...envelope(base, ours, theirs, ['entities']).value, entities: once.merged }, format, conflicts };
    }
    case SCHEMA_FORMAT: {
      const types = mergeById(list<Identified>(base, 'types'), list<Identified>(ours, 'types'), list<Identified>(theirs, 'types'), { combine: (was, mine, other) => mergeFields(was, mine, other) });
      return { value: { ...envelope(base, ours, theirs, ['types']).value, types: types.merged }, format, conflicts: items(types, 'type') };
    }
    case REJECTED_FORMAT: {
      type Rejection = { documentId: string; key: string };
      const key = (item: Rejection) => `${item.documentId}\n${item.key}`;
      const rejected = mergeKeyed(list<Rejection>(base, 'rejected'), list<Rejection>(ours, 'rejected'), list<Rejection>(theirs, 'rejected'), key);
      return { value: { ...ours, rejected }, format, conflicts: [] };
    }
    case ADJUDICATION_FORMAT: {
      // The same gold set adjudicated on two machines: rejections as a set of keys (ours where both rejected an item).
      type Rejection = { key: string; rejected: string };
      const rejected = mergeKeyed(list<Rejection>(base, 'rejected'), list<Rejection>(ours, 'rejected'), list<Rejection>(theirs, 'rejected'), (item) => item.key);
      return { value: { ...ours, rejected }, format, conflicts: [] };
    }
    case SYNC_CONFLICTS_FORMAT: {
      // Conflict records are only added or resolved (removed): a record changed on both sides keeps ours.
      const records = mergeById(list<Identified>(base, 'conflicts'), list<Identified>(ours, 'conflicts'), list<Identified>(theirs, 'conflicts'));
      return { value: { ...ours, conflicts: records.merged }, format, conflicts: [] };
    }
    default: {
      // A document: its metadata key by key (one analyst corrects the title, another the date), anything else whole.
      const metadata = base ? mergeFields((base['metadata'] ?? {}) as Json, (ours['metadata'] ?? {}) as Json, (theirs['metadata'] ?? {}) as Json) : null;
      const withMetadata = (file: Json) => (metadata ? { ...file, metadata } : file);
      const merged = base ? mergeFields(withMetadata(base), withMetadata(ours), withMetadata(theirs)) : null;
      if (merged) return { value: merged, format, conflicts: [] };
      return { value: ours, format, conflicts: [{ kind: 'file', itemId: String(ours['id'] ?? format), reason: base ? 'changed-both' : 'added-both', ours: null, theirs }] };
    }
  }
}

/** An empty version of a file of `format` standing for the side that deleted it, so its items count as deleted there. */
function emptyLike(file: Json): Json {
  const lists = Object.entries(file).filter(([, value]) => Array.isArray(value));
  return { ...file, ...Object.fromEntries(lists.map(([key]) => [key, []])) };
}

function hasItems(file: Json): boolean {
  return Object.values(file).some((value) => Array.isArray(value) && value.length > 0);
}

const LISTED = new Set([ANNOTATIONS_FORMAT, WORKSPACE_FORMAT, ENTITIES_FORMAT, SCHEMA_FORMAT, REJECTED_FORMAT, ADJUDICATION_FORMAT, SYNC_CONFLICTS_FORMAT]);

/** Reads one side's version as this Gloss reads the file (migrated to the current version), or says why it cannot. */
function read(side: string, value: unknown): Result<Json | null, string> {
  if (value === undefined) return ok(null);
  const format = formatOf(value);
  const kind = format ? KINDS[format] : undefined;
  if (!kind) return ok(value as Json);
  const read = readVersioned(kind, value);
  return read.ok ? ok(read.value.value as Json) : err(`${side} ${read.error}`);
}

/**
 * Merges the three versions of one workspace file, whatever its path: the
 * version both sides started from (undefined when new on both), ours and
 * theirs (undefined when that side deleted it), each as parsed JSON. Each
 * kind of Gloss file is merged item by item (annotations, manifest entries,
 * entities and types by id; rejected suggestions as a set); a file Gloss
 * does not know is kept as ours with theirs listed. Refused when a version
 * cannot be read (written by a newer Gloss, or damaged): nothing is merged
 * on a guess.
 */
export function mergeWorkspaceFile(base: unknown, ours: unknown, theirs: unknown): Result<FileMerge, string> {
  const [b, o, t] = [read('the common version', base), read('this version', ours), read("the remote's version", theirs)];
  if (!b.ok) return b;
  if (!o.ok) return o;
  if (!t.ok) return t;
  if (sameJson(o.value, t.value)) return ok({ value: o.value, format: formatOf(o.value), conflicts: [] });
  const format = formatOf(o.value ?? t.value);
  const known = format !== null && KINDS[format] !== undefined && (o.value === null || t.value === null || formatOf(o.value) === formatOf(t.value));
  if (known && format && o.value && t.value) return ok(mergeKnown(format, b.value, o.value, t.value));
  if (known && format && LISTED.has(format)) {
    // Deleted on one side: its items count as deleted there; the file goes only when nothing is left in it.
    const present = (o.value ?? t.value) as Json;
    const merged = mergeKnown(format, b.value, o.value ?? emptyLike(present), t.value ?? emptyLike(present));
    return ok(hasItems(merged.value as Json) ? merged : { ...merged, value: null });
  }
  // Deleted on one side and changed on the other, or a file Gloss does not know changed on both: the changed or our version stays, the other is listed.
  const kept = o.value ?? t.value;
  const reason: ConflictReason = o.value === null ? 'deleted-here' : t.value === null ? 'deleted-there' : b.value ? 'changed-both' : 'added-both';
  const itemId = String((kept as Json | null)?.['id'] ?? format ?? 'file');
  return ok({ value: kept, format: formatOf(kept), conflicts: [{ kind: 'file', itemId, reason, ours: o.value, theirs: t.value }] });
}
