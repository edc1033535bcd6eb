import type { FieldValue, StoredAnnotation } from '../model/annotation';
import type { Entity } from '../model/entity';
import { readableValue, type ValueContext } from '../formats/field-text';
import { entityLookup } from '../entities/entity-edits';
import type { AnnotationIndex } from './annotation-index';

const lookups = new WeakMap<readonly Entity[], ReadonlyMap<string, Entity>>();

/** The entities by id, merged ids included, made once per list of entities (the store keeps one list until an edit): every query shares it. */
export function entitiesById(entities: readonly Entity[]): ReadonlyMap<string, Entity> {
  let lookup = lookups.get(entities);
  if (!lookup) lookups.set(entities, (lookup = entityLookup(entities)));
  return lookup;
}

/** Where a field value's links are looked up: the entities (merged ids included) and the annotations of its document. */
export interface CellContext {
  lookup: ReadonlyMap<string, Entity>;
  index: AnnotationIndex;
  documentId: string;
}

/** Links resolved as readableValue asks, by methods rather than closures made for every cell: a query reads thousands of cells. */
class CellLinks implements ValueContext {
  constructor(private readonly cells: CellContext) {}
  entity(id: string): Entity | undefined {
    return this.cells.lookup.get(id);
  }
  annotation(id: string): StoredAnnotation | undefined {
    return this.cells.index.annotation(this.cells.documentId, id);
  }
}

/** A field value as the exports read it (readableValue): the entity's name, the linked annotation's entity or words, a date's ISO value. */
export function fieldCell(value: FieldValue, cells: CellContext): string {
  return readableValue(value, new CellLinks(cells)).text;
}
