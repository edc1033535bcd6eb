import { aliasKey, entityByName, namesOf } from '../entities/alias-key';
import type { FieldValue } from '../model/annotation';
import type { Entity } from '../model/entity';
import type { LabelType } from '../model/label-types';
import { freeTextKey, markTextHits, type AnnotationIndex, type IndexedAnnotation, type IndexedDocument } from './annotation-index';
import { entitiesById, fieldCell } from './field-cells';
import { isoDay } from './iso-day';
import type { FieldFilter, Query } from './query';

/** What a query is answered against besides the index: the entities names resolve to, the types fields are named by. */
export interface QueryContext {
  entities: readonly Entity[];
  types: readonly LabelType[];
}

type Test = (row: IndexedAnnotation) => boolean;

/** The day range of a query, each end as an ISO day, or null when it has none. */
function dayRange(query: Query): { from: string | null; to: string | null } | null {
  const from = query.from ? isoDay(query.from) : null;
  const to = query.to ? isoDay(query.to) : null;
  return from === null && to === null ? null : { from, to };
}

const inRange = (day: string | null, { from, to }: { from: string | null; to: string | null }) => day !== null && (from === null || day >= from) && (to === null || day <= to);

/**
 * Rows that link to the entity named (by its name or any alias): through an
 * entity field, through the words naming it (an Actor span), through a span
 * field whose linked annotation names it, or a free-text field holding one of
 * its names. A name no entity answers to still finds free-text values.
 */
function entityFilter(name: string, role: Query['entityRole'], context: QueryContext, index: AnnotationIndex): { keys: string[]; test: Test } {
  const entity = entityByName(context.entities, name);
  const names = (entity ? namesOf(entity) : [name]).map(aliasKey);
  const test = entityTest(entity, new Set(names), role, context, index);
  return { test, keys: [...(entity ? [entity.id, ...entity.mergedIds] : []), ...names.map(freeTextKey)] };
}

function entityTest(entity: Entity | undefined, keys: ReadonlySet<string>, role: Query['entityRole'], context: QueryContext, index: AnnotationIndex): Test {
  const lookup = entitiesById(context.entities);
  const isIt = (id: string | undefined) => entity !== undefined && id !== undefined && lookup.get(id) === entity;
  const names = (row: IndexedAnnotation, value: FieldValue): boolean => {
    if (typeof value === 'string') return keys.has(aliasKey(value));
    if (typeof value !== 'object') return false;
    if ('entity' in value) return isIt(value.entity);
    return 'ref' in value && isIt(index.annotation(row.document.id, value.ref)?.entity);
  };
  if (role === 'key') {
    const keyFields = new Map(context.types.map((type) => [type.id, type.keyField]));
    return (row) => {
      const key = keyFields.get(row.annotation.type);
      const value = key === undefined ? undefined : row.annotation.fields[key];
      return isIt(row.annotation.entity) || (value !== undefined && names(row, value));
    };
  }
  return (row) => isIt(row.annotation.entity) || Object.values(row.annotation.fields).some((value) => names(row, value));
}

function fieldTest(filter: FieldFilter, context: QueryContext, index: AnnotationIndex): Test {
  const key = aliasKey(filter.key);
  const wanted = aliasKey(filter.value);
  const fieldIds = new Map(context.types.map((type) => [type.id, type.fields.filter((f) => f.id === filter.key || aliasKey(f.name) === key).map((f) => f.id)]));
  const lookup = entitiesById(context.entities);
  // Field values repeat (a kind, a stance, an entity's name): each readable value is folded and compared once.
  const answers = new Map<string, boolean>();
  const holds = (cell: string) => {
    let answer = answers.get(cell);
    if (answer === undefined) answers.set(cell, (answer = aliasKey(cell).includes(wanted)));
    return answer;
  };
  const unknownType = [filter.key];
  // A loop rather than closures made per row: this test runs on every row of a large workspace.
  return (row) => {
    const ids = fieldIds.get(row.annotation.type) ?? unknownType;
    const fields = row.annotation.fields;
    for (const id of ids) {
      const value = fields[id];
      if (value === undefined) continue;
      // A choice or a number reads as itself (readableValue): no links to resolve.
      if (holds(typeof value === 'object' ? fieldCell(value, { lookup, index, documentId: row.document.id }) : String(value))) return true;
    }
    return false;
  };
}

/**
 * A query as the work each document and row needs; the parts it leaves out
 * cost nothing. What a document answers for all its rows (its title, outlet,
 * publication date, the entities it links to) is asked once per document,
 * and a document that fails is passed over whole.
 */
interface Plan {
  documents: ((document: IndexedDocument) => boolean)[];
  /** Link keys (entity ids, free-text names) of which a document must hold one, or null. */
  links: readonly string[] | null;
  /** Folded words a row's text or note must hold, or null. */
  text: string | null;
  /** The one type asked for, whose rows a document lists apart: only they are read. */
  type: string | null;
  /** Tests of each row, cheapest first. */
  rows: Test[];
}

function planQuery(query: Query, context: QueryContext, index: AnnotationIndex): Plan {
  const plan: Plan = { documents: [], links: null, text: null, type: null, rows: [] };
  const types = new Set(query.types);
  if (types.size === 1) plan.type = query.types?.[0] ?? null;
  else if (types.size > 1) plan.rows.push((row) => types.has(row.annotation.type));
  if (query.set) {
    const set = query.set;
    plan.rows.push((row) => row.annotation.set === set);
  }
  if (query.document) {
    const words = aliasKey(query.document);
    const id = query.document;
    plan.documents.push((document) => document.id === id || aliasKey(document.title).includes(words));
  }
  if (query.outlet) {
    const words = aliasKey(query.outlet);
    plan.documents.push((document) => document.outlet !== null && aliasKey(document.outlet).includes(words));
  }
  const range = dayRange(query);
  if (range && query.dateBasis === 'published') plan.documents.push((document) => inRange(document.published, range));
  else if (range) plan.rows.push((row) => inRange(row.eventDate ?? row.document.published, range));
  if (query.text && aliasKey(query.text) !== '') plan.text = aliasKey(query.text);
  if (query.entity && aliasKey(query.entity) !== '') {
    const filter = entityFilter(query.entity, query.entityRole, context, index);
    plan.links = filter.keys;
    plan.rows.push(filter.test);
  }
  for (const filter of query.fields ?? []) plan.rows.push(fieldTest(filter, context, index));
  return plan;
}

const NONE = new Int32Array(0);

/** Calls `visit` with every row the query keeps, in the index's order (articles by date, each in reading order). */
export function forEachMatch(query: Query, context: QueryContext, index: AnnotationIndex, visit: (row: IndexedAnnotation) => void): void {
  const plan = planQuery(query, context, index);
  const tests = plan.rows;
  const [only] = tests;
  const keep: Test = tests.length === 0 ? () => true : tests.length === 1 && only ? only : (row) => tests.every((test) => test(row));
  let hits = new Uint8Array(0);
  for (const rows of index.inOrder()) {
    if (!plan.documents.every((test) => test(rows.document))) continue;
    if (plan.links && !plan.links.some((key) => rows.links.has(key))) continue;
    const count = rows.rows.length;
    if (plan.text !== null) {
      if (hits.length < count) hits = new Uint8Array(count * 2);
      markTextHits(rows, plan.text, hits);
    }
    if (plan.type !== null) {
      for (const i of rows.byType.get(plan.type) ?? NONE) {
        const row = rows.rows[i];
        if (row !== undefined && (plan.text === null || hits[i] === 1) && keep(row)) visit(row);
      }
      continue;
    }
    for (let i = 0; i < count; i++) {
      const row = rows.rows[i];
      if (row !== undefined && (plan.text === null || hits[i] === 1) && keep(row)) visit(row);
    }
  }
}
