import type { FieldDefinition, LabelType } from '../model/label-types';

/**
 * How Gloss types and fields map to brat (https://brat.nlplab.org/standoff.html):
 * a type whose span fields are not relations is an event type (its annotations
 * are a trigger T line plus an E line whose arguments are those fields); span
 * fields whose id starts with `rel-` are R lines and `eq-` fields `*`
 * equivalence lines; booleans and choice values annotation.conf declares are A
 * lines; every other value is an AnnotatorNotes line "<Field>: <value>", as
 * brat users write free text; `norm-` fields and an annotation's entity are N
 * (normalization) lines.
 */
export const RELATION_FIELD_PREFIX = 'rel-';
export const EQUIVALENCE_FIELD_PREFIX = 'eq-';
export const NORMALIZATION_FIELD_PREFIX = 'norm-';
export const NOTES_COMMENT = 'AnnotatorNotes';
/** The normalization database an N line names when it points at one of the workspace's entities. */
export const GLOSS_DATABASE = 'Gloss';

/** What a field written as an AnnotatorNotes line comes back as. */
export type NoteFieldKind = 'text' | 'date';

/** The field that keeps the note on a relation, attribute or normalization line (which has no annotation of its own). */
export const noteFieldOf = (field: string) => `${field.slice(0, 27)}-note`;

/** annotation.conf's comment naming the fields written as notes, so an import reads them back as fields, not as the note. */
export const NOTE_FIELDS_COMMENT = '# Gloss fields written as AnnotatorNotes:';

export function readNoteFields(conf: string): Map<string, NoteFieldKind> {
  const fields = new Map<string, NoteFieldKind>();
  for (const line of conf.split(/\r?\n/)) {
    if (!line.startsWith(NOTE_FIELDS_COMMENT)) continue;
    for (const entry of line.slice(NOTE_FIELDS_COMMENT.length).trim().split(/\s+/)) {
      const [label, kind] = entry.split('=');
      if (label) fields.set(label, kind === 'date' ? 'date' : 'text');
    }
  }
  return fields;
}

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

export function isEquivalenceField(fieldId: string): boolean {
  return fieldId.startsWith(EQUIVALENCE_FIELD_PREFIX);
}

/** Whether annotations of this type are written as brat events. */
export function isEventType(type: LabelType): boolean {
  return type.fields.some((field) => field.kind === 'span' && !isRelationField(field.id) && !isEquivalenceField(field.id));
}

/** A value written as an A line must be one token; anything else goes in a comment. */
export function isAttributeToken(value: string): boolean {
  return value.length > 0 && !/\s/.test(value);
}
