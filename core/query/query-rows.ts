import { z } from 'zod';
import { isEntityRef } from '../entities/entity-links';
import { isSpanRef } from '../fields/field-values';
import type { Entity } from '../model/entity';
import type { AnnotationIndex, IndexedAnnotation } from './annotation-index';
import { entitiesById, fieldCell } from './field-cells';
import { quotedText } from '../formats/field-text';
import { forEachMatch, type QueryContext } from './match-query';
import type { Query } from './query';

/** One annotation as a query answers it: where it is, what it says, and each field's value as words. */
export const QueryRowSchema = z.object({
  document: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  /** The article's publication day (YYYY-MM-DD), when known. */
  published: z.string().nullable(),
  /** The day it counts on: its own date (an event's), else its article's. */
  date: z.string().nullable(),
  id: z.string(),
  type: z.string(),
  set: z.string(),
  start: z.int(),
  end: z.int(),
  text: z.string(),
  note: z.string().nullable(),
  /** Field id → its readable value (an entity's name, a linked annotation's words, a date). */
  fields: z.record(z.string(), z.string()),
  /**
   * The entities it links to, each once, as the entity they now are (a merged
   * id as the one it went into): through a field (`field`), a span field's
   * linked annotation, or its own words (`field` null). The network's nodes.
   */
  entities: z.array(z.object({ id: z.string(), name: z.string(), field: z.string().nullable() })),
});
export type QueryRow = z.infer<typeof QueryRowSchema>;

/** A query's answer: the first `limit` rows in order, and how many matched in all. */
export interface QueryAnswer {
  rows: QueryRow[];
  total: number;
}

/** Adds the entity an id names (as the entity it now is) to a row's entities, once. */
function addEntity(entities: QueryRow['entities'], lookup: ReadonlyMap<string, Entity>, entityId: string | undefined, field: string | null): void {
  const entity = entityId === undefined ? undefined : lookup.get(entityId);
  if (entity === undefined) return;
  for (const known of entities) if (known.id === entity.id) return;
  entities.push({ id: entity.id, name: entity.name, field });
}

/** Turns index rows into answers, resolving each field's links. Called for thousands of rows: it makes no function per row. */
function rowReader(context: QueryContext, index: AnnotationIndex): (row: IndexedAnnotation) => QueryRow {
  const lookup = entitiesById(context.entities);
  return ({ annotation, document, eventDate }) => {
    const cells = { lookup, index, documentId: document.id };
    const fields: Record<string, string> = {};
    const entities: QueryRow['entities'] = [];
    addEntity(entities, lookup, annotation.entity, null);
    for (const id in annotation.fields) {
      const value = annotation.fields[id];
      if (value === undefined) continue;
      fields[id] = fieldCell(value, cells);
      if (isEntityRef(value)) addEntity(entities, lookup, value.entity, id);
      else if (isSpanRef(value)) addEntity(entities, lookup, index.annotation(document.id, value.ref)?.entity, id);
    }
    return {
      document: document.id,
      title: document.title,
      outlet: document.outlet,
      published: document.published,
      date: eventDate ?? document.published,
      id: annotation.id,
      type: annotation.type,
      set: annotation.set,
      start: annotation.fragments[0]?.start ?? 0,
      end: annotation.fragments.at(-1)?.end ?? 0,
      text: quotedText(annotation),
      note: annotation.note ?? null,
      fields,
      entities,
    };
  };
}

/** Answers a query: every matching annotation counted, the first `limit` of them read out. */
export function answerQuery(query: Query, context: QueryContext, index: AnnotationIndex, limit = Number.POSITIVE_INFINITY): QueryAnswer {
  const read = rowReader(context, index);
  const rows: QueryRow[] = [];
  let total = 0;
  forEachMatch(query, context, index, (row) => {
    if (total < limit) rows.push(index.readout(row, context.entities, read));
    total++;
  });
  return { rows, total };
}

