import { entityLookup } from '../entities/entity-edits';
import type { FieldValue, StoredAnnotation } from '../model/annotation';
import type { Entity } from '../model/entity';
import type { BundleDocument } from './bundle';

/**
 * What a field value reads as, for anyone outside Gloss: the name of the
 * entity it links to, the words of the annotation it links to, a date's ISO
 * value with the analyst's wording beside it. The id a link points at is kept
 * apart, so a table can show "CSTO" and still join on the id.
 */
export interface ReadableValue {
  /** The entity's name, the linked annotation's words, a date's ISO value, or the value itself as text ("" when a link cannot be resolved). */
  text: string;
  /** What a link points at: an entity id or an annotation id; null for a plain value or a date. */
  id: string | null;
  link: 'entity' | 'annotation' | null;
  /** A date's wording as the analyst wrote it ("last Friday"); null for anything else. */
  wording: string | null;
}

/** What a field value's links are resolved against: the workspace's entities and the annotations of its document. */
export interface ValueContext {
  entity(id: string): Entity | undefined;
  annotation(id: string): StoredAnnotation | undefined;
}

/**
 * Contexts over the workspace's entities (a merged id finds the entity it was
 * merged into), one per document: the entities are indexed once per export.
 */
export function valueContexts(entities: readonly Entity[]): (document: Pick<BundleDocument, 'annotations' | 'linkable'>) => ValueContext {
  const byEntityId = entityLookup(entities);
  return ({ annotations, linkable = [] }) => {
    let byAnnotationId: Map<string, StoredAnnotation> | null = null;
    return {
      entity: (id) => byEntityId.get(id),
      annotation: (id) => {
        // Built on first use: most documents' exports never follow a link.
        byAnnotationId ??= new Map([...annotations, ...linkable].map((a) => [a.id, a]));
        return byAnnotationId.get(id);
      },
    };
  };
}

/** An annotation's words as one line: its fragments joined by an ellipsis. */
export function quotedText(annotation: Pick<StoredAnnotation, 'fragments'>): string {
  return annotation.fragments.map((fragment) => fragment.exact).join(' … ');
}

/** The name an annotation is known by: the entity its words name, else its words. */
function annotationName(annotation: StoredAnnotation, context: ValueContext): string {
  const named = annotation.entity !== undefined ? context.entity(annotation.entity) : undefined;
  return named?.name ?? quotedText(annotation);
}

/** The one way Gloss turns a field value into readable text; every export and the query engine go through it. */
export function readableValue(value: FieldValue, context: ValueContext): ReadableValue {
  if (typeof value !== 'object') return { text: String(value), id: null, link: null, wording: null };
  if ('entity' in value) return { text: context.entity(value.entity)?.name ?? '', id: value.entity, link: 'entity', wording: null };
  if ('ref' in value) {
    const linked = context.annotation(value.ref);
    return { text: linked ? annotationName(linked, context) : '', id: value.ref, link: 'annotation', wording: null };
  }
  return { text: value.date, id: null, link: null, wording: value.wording };
}
