import type { FieldValue } from '../model/annotation';
import type { Entity } from '../model/entity';
import { readableValue } from '../formats/field-text';
import type { AnnotationIndex } from './annotation-index';

/** Where a field value's links are looked up: the entities (merged ids included) and the annotations of its document. */
export interface CellContext {
  lookup: ReadonlyMap<string, Entity>;
  index: AnnotationIndex;
  documentId: string;
}

/** A field value as the exports read it (readableValue): the entity's name, the linked annotation's entity or words, a date's ISO value. */
export function fieldCell(value: FieldValue, { lookup, index, documentId }: CellContext): string {
  return readableValue(value, { entity: (id) => lookup.get(id), annotation: (id) => index.annotation(documentId, id) }).text;
}
