import type { StoredAnnotation } from '../model/annotation';
import { comparableValue, type AnnotationLookup } from './field-comparison';
import type { LabelType } from '../model/label-types';
import { cohenKappa, fleissKappa, krippendorffAlpha } from './coefficients';
import { addCandidates, CandidatePairs, matchPair, matchUnits, NO_MEMBER, ordersByPair, prepare, type MatchedUnits, type PreparedSet } from './span-matching';
import { unitizingAlphaOf, unitizingParts, type Stretch, type UnitizingParts } from './unitizing-alpha';
import type { AgreementReport, DocumentRow, FieldAgreement, PairRow, TypeAgreement } from './agreement-report';

/** One document as agreement reads it: the length of its text and its annotations of every set. */
export interface AgreementDocument {
  id: string;
  title: string;
  /** Code points in the text: the continuum αᵤ divides. */
  length: number;
  annotations: readonly StoredAnnotation[];
}

export interface AgreementInput {
  /** The sets to compare, in order (two or more). */
  sets: readonly string[];
  /** The types to compare, with the fields whose values are compared on matched spans. */
  types: readonly LabelType[];
  documents: readonly AgreementDocument[];
}

/** Span F1 as a tally: matched pairs and spans on each side, so pairs and documents add up before dividing. */
interface F1Tally {
  exact: number;
  overlap: number;
  spans: number;
}

const f1 = (matches: number, spans: number): number | null => (spans === 0 ? null : (2 * matches) / spans);
const addTally = (into: F1Tally, from: F1Tally) => {
  into.exact += from.exact;
  into.overlap += from.overlap;
  into.spans += from.spans;
};

/** A document's annotations grouped once, by type and then by set (in the order of the sets compared). */
interface IndexedDocument {
  byType: Map<string, StoredAnnotation[][]>;
  byId: AnnotationLookup;
}

/** The document's annotations by id, made only if a span field asks (most documents' fields point at no span). */
function lookupWhenAsked(annotations: readonly StoredAnnotation[]): AnnotationLookup {
  let byId: Map<string, StoredAnnotation> | null = null;
  return { get: (id) => (byId ??= new Map(annotations.map((annotation) => [annotation.id, annotation]))).get(id) };
}

function indexDocument(document: AgreementDocument, sets: readonly string[]): IndexedDocument {
  const setIndex = new Map(sets.map((set, i) => [set, i]));
  const byType = new Map<string, StoredAnnotation[][]>();
  for (const annotation of document.annotations) {
    const i = setIndex.get(annotation.set);
    if (i === undefined) continue;
    let bySet = byType.get(annotation.type);
    if (!bySet) byType.set(annotation.type, (bySet = sets.map(() => [])));
    bySet[i]?.push(annotation);
  }
  return { byType, byId: lookupWhenAsked(document.annotations) };
}

/** One document and type: each set's annotations, the pairs between them that share characters (strongest first) and each field's values. */
interface Slice {
  bySet: StoredAnnotation[][];
  prepared: PreparedSet[];
  order: Int32Array;
  /** The same rows split by pair of sets (ordersByPair). */
  byPair: Int32Array[];
  /** Per field, per set, each annotation's value as compared (comparableValue), undefined where it has none. */
  values: Map<string, (string | undefined)[][]>;
}

/** Each annotation's value of each field, worked out once however many sets it is compared with. */
function fieldValues(bySet: readonly StoredAnnotation[][], fieldIds: readonly string[], byId: AnnotationLookup) {
  return new Map(
    fieldIds.map((field) => [
      field,
      bySet.map((list) =>
        list.map((annotation) => {
          const stored = annotation.fields[field];
          return stored === undefined ? undefined : comparableValue(stored, byId);
        }),
      ),
    ]),
  );
}

/** `pairs` is emptied and filled again: one table serves every document and type, so it grows only once. */
function slice({ byType, byId }: IndexedDocument, type: LabelType, sets: readonly string[], pairs: CandidatePairs): Slice {
  const bySet = byType.get(type.id) ?? sets.map(() => []);
  const prepared = bySet.map(prepare);
  pairs.clear();
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) addCandidates(pairs, prepared[i] as PreparedSet, prepared[j] as PreparedSet, i, j);
  }
  const order = pairs.strongestFirst();
  const values = fieldValues(bySet, type.fields.map((field) => field.id), byId);
  return { bySet, prepared, order, byPair: ordersByPair(pairs, order, sets.length), values };
}

/** Every fragment of a list of annotations, as a loop (flatMap is several times slower on a team's hundreds of thousands). */
function fragmentsOf(annotations: readonly StoredAnnotation[]): Stretch[] {
  const fragments: Stretch[] = [];
  for (const annotation of annotations) for (const fragment of annotation.fragments) fragments.push(fragment);
  return fragments;
}

/** Field values of matched pairs, per field, gathered over documents for one pair of sets. */
type PairValues = Map<string, [string, string][]>;

/** Adds to `rows` each unit's values of one field, one per set (undefined where none), for the units where two or more sets gave one: no other unit counts. */
function addUnitValues({ count, sets, members }: MatchedUnits, values: readonly (readonly (string | undefined)[])[], rows: (string | undefined)[][]): void {
  for (let unit = 0; unit < count; unit++) {
    let valued = 0;
    for (let set = 0; set < sets; set++) {
      const index = members[unit * sets + set] as number;
      if (index !== NO_MEMBER && values[set]?.[index] !== undefined) valued++;
    }
    if (valued < 2) continue;
    const row = new Array<string | undefined>(sets);
    for (let set = 0; set < sets; set++) {
      const index = members[unit * sets + set] as number;
      row[set] = index === NO_MEMBER ? undefined : values[set]?.[index];
    }
    rows.push(row);
  }
}

/**
 * Agreement between two or more sets: span F1 (exact and by overlap) and,
 * on matched spans, each field's κ and α for every pair of sets; κ, α and
 * αᵤ over all sets; and a row per document and type. Pure: it reads only
 * what it is given.
 */
export function computeAgreement({ sets, types, documents }: AgreementInput): AgreementReport {
  const pairKeys: [number, number][] = [];
  for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) pairKeys.push([i, j]);
  const pairs: PairRow[] = [];
  const overallTypes: TypeAgreement[] = [];
  const documentRows: DocumentRow[] = [];
  const indexed = documents.map((document) => indexDocument(document, sets));
  const found = new CandidatePairs();
  for (const type of types) {
    const fieldIds = type.fields.map((field) => field.id);
    const pairTallies = pairKeys.map((): F1Tally => ({ exact: 0, overlap: 0, spans: 0 }));
    const pairUnits = pairKeys.map(() => 0);
    const pairValues = pairKeys.map((): PairValues => new Map(fieldIds.map((id) => [id, []])));
    const unitValues = new Map<string, (string | undefined)[][]>(fieldIds.map((id) => [id, []]));
    const continua: UnitizingParts[] = [];
    const overallTally: F1Tally = { exact: 0, overlap: 0, spans: 0 };
    for (const [d, document] of documents.entries()) {
      const { bySet, prepared, order, byPair, values } = slice(indexed[d] as IndexedDocument, type, sets, found);
      const documentTally: F1Tally = { exact: 0, overlap: 0, spans: 0 };
      pairKeys.forEach(([i, j], p) => {
        const a = prepared[i] as PreparedSet;
        const b = prepared[j] as PreparedSet;
        const matched = matchPair(found, byPair[i * sets.length + j] as Int32Array, a, b);
        const spans = a.items.length + b.items.length;
        const taken = matched.pairs.length / 2;
        const tally = { exact: matched.exact, overlap: taken, spans };
        addTally(pairTallies[p] as F1Tally, tally);
        addTally(documentTally, tally);
        // A matched pair is one unit, each span left over one.
        pairUnits[p] = (pairUnits[p] as number) + spans - taken;
        for (const field of fieldIds) {
          const column = values.get(field) ?? [];
          const [first, second] = [column[i] ?? [], column[j] ?? []];
          const valued = (pairValues[p] as PairValues).get(field) as [string, string][];
          for (let k = 0; k < matched.pairs.length; k += 2) {
            const x = first[matched.pairs[k] as number];
            const y = second[matched.pairs[k + 1] as number];
            if (x !== undefined && y !== undefined) valued.push([x, y]);
          }
        }
      });
      addTally(overallTally, documentTally);
      if (sets.length > 2) {
        const units = matchUnits(bySet.map((list) => list.length), found, order);
        for (const field of fieldIds) addUnitValues(units, values.get(field) ?? [], unitValues.get(field) as (string | undefined)[][]);
      }
      const parts = unitizingParts({ length: document.length, coders: bySet.map(fragmentsOf) });
      continua.push(parts);
      documentRows.push({
        document: document.id,
        title: document.title,
        type: type.id,
        f1Exact: f1(documentTally.exact, documentTally.spans),
        f1Overlap: f1(documentTally.overlap, documentTally.spans),
        alphaU: unitizingAlphaOf([parts]).value,
        annotations: Object.fromEntries(sets.map((set, i) => [set, bySet[i]?.length ?? 0])),
      });
    }
    pairKeys.forEach(([i, j], p) => {
      const tally = pairTallies[p] as F1Tally;
      const spanFigures = { a: sets[i] as string, b: sets[j] as string, type: type.id, f1Exact: f1(tally.exact, tally.spans), f1Overlap: f1(tally.overlap, tally.spans) };
      pairs.push({ ...spanFigures, units: pairUnits[p] as number });
      for (const field of fieldIds) {
        const values = (pairValues[p] as PairValues).get(field) as [string, string][];
        const kappa = cohenKappa(values);
        pairs.push({ ...spanFigures, field, kappa: kappa.value, alpha: krippendorffAlpha(values).value, units: kappa.units });
      }
    });
    const fields = fieldIds.map((field): FieldAgreement => {
      if (sets.length === 2) {
        const values = (pairValues[0] as PairValues).get(field) as [string, string][];
        const kappa = cohenKappa(values);
        const alpha = krippendorffAlpha(values);
        return { field, kappa: kappa.value, kappaKind: 'cohen', kappaUnits: kappa.units, alpha: alpha.value, alphaUnits: alpha.units };
      }
      const rows = unitValues.get(field) ?? [];
      const complete = rows.filter((row) => row.every((v) => v !== undefined)) as string[][];
      const kappa = fleissKappa(complete);
      const alpha = krippendorffAlpha(rows);
      return { field, kappa: kappa.value, kappaKind: 'fleiss', kappaUnits: kappa.units, alpha: alpha.value, alphaUnits: alpha.units };
    });
    const alphaU = unitizingAlphaOf(continua);
    overallTypes.push({
      type: type.id,
      f1Exact: f1(overallTally.exact, overallTally.spans),
      f1Overlap: f1(overallTally.overlap, overallTally.spans),
      alphaU: alphaU.value,
      alphaUUnits: alphaU.units,
      fields,
    });
  }
  return { pairs, overall: { sets: [...sets], documents: documents.length, types: overallTypes }, documents: documentRows };
}

