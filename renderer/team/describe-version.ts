import type { z } from 'zod';
import { StoredAnnotationSchema } from '../../core/model/annotation';
import { EntitySchema } from '../../core/model/entity';
import { LabelTypeSchema } from '../../core/model/label-types';
import type { ConflictKind } from '../../core/model/sync-conflicts';
import { DocumentEntrySchema } from '../../core/model/workspace';
import { STATUS_LABELS } from '../documents/document-order';

const MAX_RAW = 300;

/** A version read by its kind's schema and put in words, or null when it is not one. */
function inWords<S extends z.ZodType>(schema: S, words: (value: z.infer<S>) => string): (value: unknown) => string | null {
  return (value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? words(parsed.data) : null;
  };
}

/** Each kind's version in the words the analyst knows it by elsewhere in Gloss. */
const DESCRIBERS: Partial<Record<ConflictKind, (value: unknown) => string | null>> = {
  annotation: inWords(StoredAnnotationSchema, (annotation) => {
    const fields = Object.entries(annotation.fields).map(([key, field]) => `${key}: ${typeof field === 'object' ? JSON.stringify(field) : String(field)}`);
    return [`${annotation.type} “${annotation.fragments.map((f) => f.exact).join(' … ')}”`, ...fields, ...(annotation.note ? [`note: ${annotation.note}`] : [])].join('; ');
  }),
  entity: inWords(EntitySchema, (entity) =>
    [`${entity.kind} “${entity.name}”`, ...(entity.aliases.length > 0 ? [`also ${entity.aliases.map((alias) => `“${alias}”`).join(', ')}`] : []), ...(entity.note ? [`note: ${entity.note}`] : [])].join('; '),
  ),
  type: inWords(LabelTypeSchema, (type) =>
    [`type “${type.name}”`, ...(type.shortcut ? [`key ${type.shortcut.toUpperCase()}`] : []), `colour ${type.color}`, `fields: ${type.fields.map((field) => field.name).join(', ') || 'none'}`].join('; '),
  ),
  'document-entry': inWords(DocumentEntrySchema, (entry) => `“${entry.title}”; status: ${STATUS_LABELS[entry.status]}`),
};

/**
 * One version of a conflicting item, in words: an annotation by its type,
 * words, fields and note; an entity by its name and aliases; a type by its
 * name, key, colour and fields; a document by its title and status. Anything
 * else (a whole file) is shown as its JSON, cut short.
 */
export function describeVersion(kind: ConflictKind, value: unknown): string {
  if (value === null || value === undefined) return 'deleted';
  const words = DESCRIBERS[kind]?.(value);
  if (words) return words;
  const text = JSON.stringify(value);
  return text.length > MAX_RAW ? `${text.slice(0, MAX_RAW)}…` : text;
}
