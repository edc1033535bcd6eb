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
  /** Stable while the sources do not change (deciding does not change it): the ids of the versions. */
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

/**
 * Aligns two or more sets' annotations of one document for adjudication, by
 * span and regardless of type (a quote one analyst called a claim is one item
 * with a type difference): the rule agreement uses, one-to-one by largest
 * overlap (span-matching.ts). The gold set is aligned with them too, so an
 * item already decided shows what gold holds. Items come in reading order;
 * a gold annotation matching no source is an item of its own.
 */
export function alignForAdjudication(annotations: readonly StoredAnnotation[], sets: readonly string[], gold: string): AdjudicationItem[] {
  const all = [...sets, gold];
  const bySet = all.map((set) => annotations.filter((annotation) => annotation.set === set));
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const prepared = bySet.map(prepare);
  const found = new CandidatePairs();
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) addCandidates(found, prepared[i] as PreparedSet, prepared[j] as PreparedSet, i, j);
  }
  const goldIndex = sets.length;
  const units = matchUnits(
    bySet.map((list) => list.length),
    found,
    found.strongestFirst(),
  );
  const items = Array.from({ length: units.count }, (_, u): AdjudicationItem => {
    const unit = Array.from(units.members.subarray(u * all.length, (u + 1) * all.length), (index) => (index === NO_MEMBER ? undefined : index));
    const versions = sets.map((_, set) => (unit[set] === undefined ? undefined : bySet[set]?.[unit[set]]));
    const goldAt = unit[goldIndex];
    const goldVersion = goldAt === undefined ? undefined : bySet[goldIndex]?.[goldAt];
    const members = [...versions, goldVersion].filter((version) => version !== undefined);
    const sources = versions.filter((version) => version !== undefined);
    return {
      key: (sources.length > 0 ? sources : members).map((member) => member.id).join('+'),
      start: Math.min(...members.flatMap((member) => member.fragments.map((f) => f.start))),
      versions,
      gold: goldVersion,
      differences: differencesOf(versions, byId),
    };
  });
  return items.sort((a, b) => a.start - b.start || a.key.localeCompare(b.key));
}

/** The gold copy of a version: the same span, type, fields and note, in the gold set, with its own id. */
export function goldCopy(version: StoredAnnotation, gold: string, id: string, now: string): StoredAnnotation {
  return { ...version, id, set: gold, created: now, modified: now };
}
