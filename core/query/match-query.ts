import { aliasKey, entityByName, namesOf } from '../entities/alias-key';
import type { FieldValue } from '../model/annotation';
import type { Entity } from '../model/entity';
import type { LabelType } from '../model/label-types';
import { freeTextKey, searchableText, type AnnotationIndex, type IndexedAnnotation, type IndexedDocument, type PostingLists } from './annotation-index';
import { entitiesById, fieldCell } from './field-cells';
import { isoDay } from './iso-day';
import type { FieldFilter, Query } from './query';

/** What a query is answered against besides the index: the entities names resolve to, the types fields are named by. */
export interface QueryContext {
  entities: readonly Entity[];
  types: readonly LabelType[];
}

type Test = (row: IndexedAnnotation) => boolean;

/** A filter as a test of each row and, where the index keeps them, the posting lists holding every row it can keep. */
interface Filter {
  test: Test;
  among?: () => PostingLists;
}

/** The day a row counts on for a date range: its own date (an event's) or its article's, as the query asks. */
function rowDate(row: IndexedAnnotation, basis: Query['dateBasis']): string | null {
  return basis === 'published' ? row.document.published : (row.eventDate ?? row.document.published);
}

function dateTest(query: Query): Test | null {
  const from = query.from ? isoDay(query.from) : null;
  const to = query.to ? isoDay(query.to) : null;
  if (from === null && to === null) return null;
  return (row) => {
    const day = rowDate(row, query.dateBasis);
    return day !== null && (from === null || day >= from) && (to === null || day <= to);
  };
}

/**
 * Rows that link to the entity named (by its name or any alias): through an
 * entity field, through the words naming it (an Actor span), through a span
 * field whose linked annotation names it, or a free-text field holding one of
 * its names. A name no entity answers to still finds free-text values.
 */
function entityFilter(name: string, role: Query['entityRole'], context: QueryContext, index: AnnotationIndex): Filter {
  const entity = entityByName(context.entities, name);
  const names = (entity ? namesOf(entity) : [name]).map(aliasKey);
  const test = entityTest(entity, new Set(names), role, context, index);
  return { test, among: () => index.linkedTo([...(entity ? [entity.id, ...entity.mergedIds] : []), ...names.map(freeTextKey)]) };
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
  return (row) => {
    const ids = fieldIds.get(row.annotation.type) ?? [filter.key];
    return ids.some((id) => {
      const value = row.annotation.fields[id];
      return value !== undefined && holds(fieldCell(value, { lookup, index, documentId: row.document.id }));
    });
  };
}

/** A test of the row's document, worked out once per document rather than once per row. */
function perDocument(test: (document: IndexedDocument) => boolean): Test {
  const answers = new Map<IndexedDocument, boolean>();
  return (row) => {
    let answer = answers.get(row.document);
    if (answer === undefined) answers.set(row.document, (answer = test(row.document)));
    return answer;
  };
}

/** The query as filters; the parts it leaves out cost nothing. */
function compileQuery(query: Query, context: QueryContext, index: AnnotationIndex): Filter[] {
  const filters: Filter[] = [];
  if (query.types && query.types.length > 0) {
    const types = new Set(query.types);
    const listed = query.types;
    filters.push({ test: (row) => types.has(row.annotation.type), among: () => index.ofTypes(listed) });
  }
  if (query.set) {
    const set = query.set;
    filters.push({ test: (row) => row.annotation.set === set, among: () => index.ofSet(set) });
  }
  if (query.document) {
    const words = aliasKey(query.document);
    const id = query.document;
    filters.push({ test: perDocument((document) => document.id === id || aliasKey(document.title).includes(words)) });
  }
  if (query.outlet) {
    const words = aliasKey(query.outlet);
    filters.push({ test: perDocument((document) => document.outlet !== null && aliasKey(document.outlet).includes(words)) });
  }
  const dates = dateTest(query);
  if (dates) filters.push({ test: dates });
  if (query.text && aliasKey(query.text) !== '') {
    const words = aliasKey(query.text);
    filters.push({ test: (row) => searchableText(row).includes(words) });
  }
  if (query.entity && aliasKey(query.entity) !== '') filters.push(entityFilter(query.entity, query.entityRole, context, index));
  for (const filter of query.fields ?? []) filters.push({ test: fieldTest(filter, context, index) });
  return filters;
}

const sizeOf = (lists: PostingLists) => lists.reduce((sum, list) => sum + list.length, 0);

/**
 * The places (in allRows) of the rows a query need look at, ascending: the
 * shortest posting lists a filter offers (a type's rows, a set's, an
 * entity's), or null for every row.
 */
function candidates(filters: readonly Filter[]): Int32Array | null {
  let shortest: PostingLists | null = null;
  for (const filter of filters) {
    const lists = filter.among?.();
    if (lists && (shortest === null || sizeOf(lists) < sizeOf(shortest))) shortest = lists;
  }
  if (shortest === null) return null;
  if (shortest.length === 1 && shortest[0]) return shortest[0];
  // A row can be on several lists (an entity's id and its name in free text): each once, in order.
  const merged = new Int32Array(sizeOf(shortest));
  let filled = 0;
  for (const list of shortest) {
    merged.set(list, filled);
    filled += list.length;
  }
  return Int32Array.from(new Set(merged.sort()));
}

/** Calls `visit` with every row the query keeps, in the index's order (articles by date, each in reading order). */
export function forEachMatch(query: Query, context: QueryContext, index: AnnotationIndex, visit: (row: IndexedAnnotation) => void): void {
  const filters = compileQuery(query, context, index);
  const places = candidates(filters);
  const rows = index.allRows();
  const tests = filters.map((filter) => filter.test);
  const [only] = tests;
  const keep: Test = tests.length === 0 ? () => true : tests.length === 1 && only ? only : (row) => tests.every((test) => test(row));
  if (places === null) {
    for (const row of rows) if (keep(row)) visit(row);
    return;
  }
  for (const place of places) {
    const row = rows[place];
    if (row !== undefined && keep(row)) visit(row);
  }
}
