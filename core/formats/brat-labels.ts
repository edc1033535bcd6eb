import type { FieldDefinition, LabelType } from '../model/label-types';

/**
 * How Gloss types and fields map to brat (https://brat.nlplab.org/standoff.html):
 * a type whose span fields are not relations is an event type (its annotations
 * are a trigger T line plus an E line whose arguments are those fields); span
 * fields whose id starts with `rel-` are R lines; other fields are A lines when
 * their value is one token, else `#` comment lines named after the field.
 */
export const RELATION_FIELD_PREFIX = 'rel-';
export const NOTES_COMMENT = 'AnnotatorNotes';

/** brat labels are single tokens; Gloss names may hold spaces. */
function bratLabel(name: string, fallback: string): string {
  const label = name.trim().replace(/[^\p{L}\p{N}_-]+/gu, '_');
  return label.length > 0 ? label : fallback;
}

export const typeLabel = (type: Pick<LabelType, 'id' | 'name'>) => bratLabel(type.name, type.id);
export const fieldLabel = (field: Pick<FieldDefinition, 'id' | 'name'>) => bratLabel(field.name, field.id);

export function isRelationField(fieldId: string): boolean {
  return fieldId.startsWith(RELATION_FIELD_PREFIX);
}

/** Whether annotations of this type are written as brat events. */
export function isEventType(type: LabelType): boolean {
  return type.fields.some((field) => field.kind === 'span' && !isRelationField(field.id));
}

/** A value written as an A line must be one token; anything else goes in a comment. */
export function isAttributeToken(value: string): boolean {
  return value.length > 0 && !/\s/.test(value);
}
