import type { StoredAnnotation } from '../model/annotation';
import { comparableValue } from './field-comparison';
import type { LabelType } from '../model/label-types';
import { cohenKappa, fleissKappa, krippendorffAlpha } from './coefficients';
import { addCandidates, CandidatePairs, exactMatches, matchPair, matchUnits, ordersByPair, prepare, type PreparedSet } from './span-matching';
import { unitizingAlphaOf, unitizingParts, type UnitizingParts } from './unitizing-alpha';
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
  byId: Map<string, StoredAnnotation>;
}

function indexDocument(document: AgreementDocument, sets: readonly string[]): IndexedDocument {
  const setIndex = new Map(sets.map((set, i) => [set, i]));
  const byType = new Map<string, StoredAnnotation[][]>();
  const byId = new Map<string, StoredAnnotation>();
  for (const annotation of document.annotations) {
    byId.set(annotation.id, annotation);
    const i = setIndex.get(annotation.set);
    if (i === undefined) continue;
    let bySet = byType.get(annotation.type);
    if (!bySet) byType.set(annotation.type, (bySet = sets.map(() => [])));
    bySet[i]?.push(annotation);
  }
  return { byType, byId };
}

/** One document and type: each set's annotations, the pairs between them that share characters (strongest first) and the value of each field. */
interface Slice {
  bySet: StoredAnnotation[][];
  prepared: PreparedSet[];
  pairs: CandidatePairs;
  order: Int32Array;
  /** The same rows split by pair of sets (ordersByPair). */
  byPair: Int32Array[];
  value: (set: number, index: number, field: string) => string | undefined;
}

function slice({ byType, byId }: IndexedDocument, type: string, sets: readonly string[]): Slice {
  const bySet = byType.get(type) ?? sets.map(() => []);
  const prepared = bySet.map(prepare);
  const pairs = new CandidatePairs();
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) addCandidates(pairs, prepared[i] as PreparedSet, prepared[j] as PreparedSet, i, j);
  }
  const order = pairs.strongestFirst();
  // Each value is compared in every pair of sets it is in: worked out once (null: no value).
  const known = bySet.map(() => new Map<string, (string | null | undefined)[]>());
  const value = (set: number, index: number, field: string) => {
    const byField = known[set] as Map<string, (string | null | undefined)[]>;
    let values = byField.get(field);
    if (!values) byField.set(field, (values = []));
    let found = values[index];
    if (found === undefined) {
      const stored = bySet[set]?.[index]?.fields[field];
      found = values[index] = stored === undefined ? null : comparableValue(stored, byId);
    }
    return found ?? undefined;
  };
  return { bySet, prepared, pairs, order, byPair: ordersByPair(pairs, order, sets.length), value };
}

/** Field values of matched pairs, per field, gathered over documents for one pair of sets. */
type PairValues = Map<string, [string, string][]>;

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
  for (const type of types) {
    const fieldIds = type.fields.map((field) => field.id);
    const pairTallies = pairKeys.map((): F1Tally => ({ exact: 0, overlap: 0, spans: 0 }));
    const pairUnits = pairKeys.map(() => 0);
    const pairValues = pairKeys.map((): PairValues => new Map(fieldIds.map((id) => [id, []])));
    const unitValues = new Map<string, (string | undefined)[][]>(fieldIds.map((id) => [id, []]));
    const continua: UnitizingParts[] = [];
    const overallTally: F1Tally = { exact: 0, overlap: 0, spans: 0 };
    for (const [d, document] of documents.entries()) {
      const { bySet, prepared, pairs: found, order, byPair, value } = slice(indexed[d] as IndexedDocument, type.id, sets);
      const documentTally: F1Tally = { exact: 0, overlap: 0, spans: 0 };
      const sizes = bySet.map((list) => list.length);
      pairKeys.forEach(([i, j], p) => {
        const a = prepared[i] as PreparedSet;
        const b = prepared[j] as PreparedSet;
        const matched = matchPair(found, byPair[i * sets.length + j] as Int32Array, a.items.length, b.items.length);
        const spans = a.items.length + b.items.length;
        const tally = { exact: exactMatches(a, b), overlap: matched.length, spans };
        addTally(pairTallies[p] as F1Tally, tally);
        addTally(documentTally, tally);
        // A matched pair is one unit, each span left over one.
        pairUnits[p] = (pairUnits[p] as number) + spans - matched.length;
        for (const field of fieldIds) {
          const values = (pairValues[p] as PairValues).get(field) as [string, string][];
          for (const [x, y] of matched) {
            const first = value(i, x, field);
            const second = value(j, y, field);
            if (first !== undefined && second !== undefined) values.push([first, second]);
          }
        }
      });
      addTally(overallTally, documentTally);
      if (sets.length > 2) {
        const units = matchUnits(sizes, found, order);
        for (const field of fieldIds) {
          const rows = unitValues.get(field) as (string | undefined)[][];
          for (const unit of units) if (unit.filter((index) => index !== undefined).length > 1) rows.push(unit.map((index, set) => (index === undefined ? undefined : value(set, index, field))));
        }
      }
      const parts = unitizingParts({ length: document.length, coders: bySet.map((list) => list.flatMap((annotation) => annotation.fragments)) });
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

