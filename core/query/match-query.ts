import { aliasKey, entityByName, namesOf } from '../entities/alias-key';
import { entityLookup } from '../entities/entity-edits';
import type { FieldValue } from '../model/annotation';
import type { Entity } from '../model/entity';
import type { LabelType } from '../model/label-types';
import { searchableText, type AnnotationIndex, type IndexedAnnotation, type IndexedDocument } from './annotation-index';
import { fieldCell } from './field-cells';
import { isoDay } from './iso-day';
import type { FieldFilter, Query } from './query';

/** What a query is answered against besides the index: the entities names resolve to, the types fields are named by. */
export interface QueryContext {
  entities: readonly Entity[];
  types: readonly LabelType[];
}

type Test = (row: IndexedAnnotation) => boolean;

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
function entityTest(name: string, role: Query['entityRole'], context: QueryContext, index: AnnotationIndex): Test {
  const entity = entityByName(context.entities, name);
  const lookup = entityLookup(context.entities);
  const keys = new Set((entity ? namesOf(entity) : [name]).map(aliasKey));
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
  const lookup = entityLookup(context.entities);
  return (row) => {
    const ids = fieldIds.get(row.annotation.type) ?? [filter.key];
    return ids.some((id) => {
      const value = row.annotation.fields[id];
      return value !== undefined && aliasKey(fieldCell(value, { lookup, index, documentId: row.document.id })).includes(wanted);
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

/** The query as one test per row; the parts it leaves out cost nothing. */
function compileQuery(query: Query, context: QueryContext, index: AnnotationIndex): Test {
  const tests: Test[] = [];
  if (query.types && query.types.length > 0) {
    const types = new Set(query.types);
    tests.push((row) => types.has(row.annotation.type));
  }
  if (query.set) {
    const set = query.set;
    tests.push((row) => row.annotation.set === set);
  }
  if (query.document) {
    const words = aliasKey(query.document);
    const id = query.document;
    tests.push(perDocument((document) => document.id === id || aliasKey(document.title).includes(words)));
  }
  if (query.outlet) {
    const words = aliasKey(query.outlet);
    tests.push(perDocument((document) => document.outlet !== null && aliasKey(document.outlet).includes(words)));
  }
  const dates = dateTest(query);
  if (dates) tests.push(dates);
  if (query.text && aliasKey(query.text) !== '') {
    const words = aliasKey(query.text);
    tests.push((row) => searchableText(row).includes(words));
  }
  if (query.entity && aliasKey(query.entity) !== '') tests.push(entityTest(query.entity, query.entityRole, context, index));
  for (const filter of query.fields ?? []) tests.push(fieldTest(filter, context, index));
  const [only] = tests;
  if (tests.length === 0) return () => true;
  if (tests.length === 1 && only) return only;
  return (row) => tests.every((test) => test(row));
}

/** Calls `visit` with every row the query keeps, in the index's order (articles by date, each in reading order). */
export function forEachMatch(query: Query, context: QueryContext, index: AnnotationIndex, visit: (row: IndexedAnnotation) => void): void {
  const keep = compileQuery(query, context, index);
  for (const row of index.allRows()) if (keep(row)) visit(row);
}
