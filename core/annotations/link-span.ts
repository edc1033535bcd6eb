import type { Span } from '../anchoring/trim-span';
import type { StoredAnnotation } from '../model/annotation';
import type { FieldDefinition, LabelType } from '../model/label-types';

type SpanField = Extract<FieldDefinition, { kind: 'span' }>;

/**
 * The types a picked span may be tagged as, in the field's order (its first
 * target is the likeliest): those the schema still has, or every type when
 * the field names none.
 */
export function pickableTypes(field: SpanField, types: readonly LabelType[]): LabelType[] {
  const targets = field.targetTypes.flatMap((id) => types.filter((type) => type.id === id));
  return targets.length > 0 ? targets : [...types];
}

const coversExactly = (annotation: StoredAnnotation, span: Span) =>
  annotation.fragments.length === 1 && annotation.fragments[0]?.start === span.start && annotation.fragments[0]?.end === span.end;

/**
 * What a field links to when the analyst picks `span`: an annotation of an
 * allowed type that already covers exactly that span (so "Kovalenko" tagged
 * once is one actor however many quotes name her), else a new one of `typeId`
 * made by `create` (the caller gives it its id, time and set).
 */
export function linkTargetFor(
  annotations: readonly StoredAnnotation[],
  span: Span,
  allowed: readonly LabelType[],
  typeId: string,
  create: (span: Span, typeId: string) => StoredAnnotation,
): { ref: string; created?: StoredAnnotation } {
  const allowedIds = new Set(allowed.map((type) => type.id));
  const existing =
    annotations.find((a) => a.type === typeId && coversExactly(a, span)) ??
    annotations.find((a) => allowedIds.has(a.type) && coversExactly(a, span));
  if (existing) return { ref: existing.id };
  const created = create(span, typeId);
  return { ref: created.id, created };
}
