import type { StoredAnnotation } from '../model/annotation';
import { comparableValue } from './field-comparison';
import { addCandidates, CandidatePairs, matchUnits, NO_MEMBER, prepare, type PreparedSet } from './span-matching';

/** How the versions of one item differ; each is false (or empty) where every set that has one agrees. */
interface Differences {
  /** Some source set has no annotation here. */
  missing: boolean;
  /** The fragments' starts or ends differ. */
  boundaries: boolean;
  type: boolean;
  /** Fields whose values differ, a value missing in some version included. */
  fields: string[];
}

/** One place in the document where the sets annotated something: each set's version, aligned by span, and what the gold set holds there. */
export interface AdjudicationItem {
  /** The ids of the source versions, in the order of their sets, joined by "+" (a gold annotation's own id when no source has one): the same while the sources do not change, whatever is decided. */
  key: string;
  /** Where it starts (the earliest version), for reading order. */
  start: number;
  /** One per source set, in the order given; undefined where the set has none here. */
  versions: (StoredAnnotation | undefined)[];
  /** The gold set's annotation aligned with this item, once the adjudicator decided. */
  gold: StoredAnnotation | undefined;
  differences: Differences;
}

const fragmentsKey = (annotation: StoredAnnotation) => annotation.fragments.map((f) => `${f.start}-${f.end}`).join(',');
const distinct = (values: readonly string[]) => new Set(values).size > 1;

function differencesOf(versions: readonly (StoredAnnotation | undefined)[], byId: ReadonlyMap<string, StoredAnnotation>): Differences {
  const present = versions.filter((version) => version !== undefined);
  const fieldIds = [...new Set(present.flatMap((version) => Object.keys(version.fields)))].sort();
  return {
    missing: present.length < versions.length,
    boundaries: distinct(present.map(fragmentsKey)),
    type: distinct(present.map((version) => version.type)),
    fields: fieldIds.filter((field) =>
      distinct(present.map((version) => { const value = version.fields[field]; return value === undefined ? '' : `=${comparableValue(value, byId)}`; })),
    ),
  };
}

/** Reading order, then id: the same annotations align the same way whatever order they come in. */
const byPosition = (a: StoredAnnotation, b: StoredAnnotation) => {
  const x = a.fragments[0];
  const y = b.fragments[0];
  return (x?.start ?? 0) - (y?.start ?? 0) || (x?.end ?? 0) - (y?.end ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
};

/** An item's key: its source versions' ids in the order of their sets (ItemKeySchema). */
const itemKey = (members: readonly StoredAnnotation[]) => members.map((member) => member.id).join('+');

/**
 * Aligns two or more sets' annotations of one document for adjudication, by
 * span and regardless of type (a quote one analyst called a claim is one item
 * with a type difference): the rule agreement uses, one-to-one by largest
 * overlap (span-matching.ts). Items come in reading order.
 *
 * The gold set is aligned afterwards, each gold annotation with the item
 * whose versions it overlaps most (one to one): what the adjudicator decides
 * never regroups the sources, so an item keeps its key (its versions' ids)
 * through every decision and session, and a rejection kept by key stays
 * with its item. A gold annotation matching no item is an item of its own.
 */
export function alignForAdjudication(annotations: readonly StoredAnnotation[], sets: readonly string[], gold: string): AdjudicationItem[] {
  const bySet = sets.map((set) => annotations.filter((annotation) => annotation.set === set).sort(byPosition));
  const golds = annotations.filter((annotation) => annotation.set === gold).sort(byPosition);
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const prepared = bySet.map(prepare);
  const found = new CandidatePairs();
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) addCandidates(found, prepared[i] as PreparedSet, prepared[j] as PreparedSet, i, j);
  }
  const units = matchUnits(
    bySet.map((list) => list.length),
    found,
    found.strongestFirst(),
  );
  const goldOf = goldPerUnit(units.count, units.members, prepared, golds);
  const items = Array.from({ length: units.count }, (_, u): AdjudicationItem => {
    const versions = sets.map((_, set) => {
      const index = units.members[u * sets.length + set] as number;
      return index === NO_MEMBER ? undefined : bySet[set]?.[index];
    });
    const goldAt = goldOf[u] as number;
    const goldVersion = goldAt === NO_MEMBER ? undefined : golds[goldAt];
    const present = versions.filter((version) => version !== undefined);
    return { key: itemKey(present), start: startOf([...present, ...(goldVersion ? [goldVersion] : [])]), versions, gold: goldVersion, differences: differencesOf(versions, byId) };
  });
  const placed = new Set(goldOf);
  golds.forEach((annotation, index) => {
    if (placed.has(index)) return;
    const versions = sets.map(() => undefined);
    items.push({ key: itemKey([annotation]), start: startOf([annotation]), versions, gold: annotation, differences: differencesOf(versions, byId) });
  });
  return items.sort((a, b) => a.start - b.start || a.key.localeCompare(b.key));
}

const startOf = (members: readonly StoredAnnotation[]) => Math.min(...members.flatMap((member) => member.fragments.map((f) => f.start)));

/**
 * For each unit, the index of the gold annotation aligned with it, or
 * NO_MEMBER: pairs of a gold annotation and a unit's version, strongest
 * first (span-matching.ts's order), each gold annotation and each unit
 * taken once.
 */
function goldPerUnit(count: number, members: Int32Array, sources: readonly PreparedSet[], golds: readonly StoredAnnotation[]): Int32Array {
  const sets = sources.length;
  const unitOf = sources.map((set) => new Int32Array(set.items.length));
  for (let u = 0; u < count; u++) {
    for (let set = 0; set < sets; set++) {
      const index = members[u * sets + set] as number;
      if (index !== NO_MEMBER) (unitOf[set] as Int32Array)[index] = u;
    }
  }
  const goldSet = prepare(golds);
  const pairs = new CandidatePairs();
  sources.forEach((source, set) => addCandidates(pairs, source, goldSet, set, sets));
  const goldOf = new Int32Array(count).fill(NO_MEMBER);
  const taken = new Uint8Array(golds.length);
  for (const row of pairs.strongestFirst()) {
    const unit = (unitOf[pairs.setA[row] as number] as Int32Array)[pairs.indexA[row] as number] as number;
    const index = pairs.indexB[row] as number;
    if (goldOf[unit] !== NO_MEMBER || taken[index]) continue;
    goldOf[unit] = index;
    taken[index] = 1;
  }
  return goldOf;
}

/** Decided: the gold set holds something for the item, or it was rejected. */
export function isDecided(item: AdjudicationItem, rejected: ReadonlySet<string>): boolean {
  return item.gold !== undefined || rejected.has(item.key);
}

/** The sets adjudicated in a document: those present in it but the gold set and those the adjudicator left out, by name. */
export function adjudicatedSets(annotations: readonly StoredAnnotation[], gold: string, leftOut: ReadonlySet<string>): string[] {
  return [...new Set(annotations.map((annotation) => annotation.set))].filter((set) => set !== gold && !leftOut.has(set)).sort();
}

/** How far one document is: its items and how many are decided; no items while fewer than two sets are there to compare. */
export function adjudicationProgress(annotations: readonly StoredAnnotation[], gold: string, leftOut: ReadonlySet<string>, rejected: ReadonlySet<string>): { sets: number; items: number; decided: number } {
  const sets = adjudicatedSets(annotations, gold, leftOut);
  if (sets.length < 2) return { sets: sets.length, items: 0, decided: 0 };
  const items = alignForAdjudication(annotations, sets, gold);
  return { sets: sets.length, items: items.length, decided: items.filter((item) => isDecided(item, rejected)).length };
}

/** The gold copy of a version: the same span, type, fields and note, in the gold set, with its own id. */
export function goldCopy(version: StoredAnnotation, gold: string, id: string, now: string): StoredAnnotation {
  return { ...version, id, set: gold, created: now, modified: now };
}
