import { LabelSchemaFileSchema, namingProblems, SCHEMA_FORMAT, SCHEMA_VERSION, type FieldDefinition, type FieldKind, type LabelType } from '../../core/model/label-types';
import { addToGroup } from '../../core/grouping';

/** Colours a new type cycles through, distinct from the defaults' and readable as a tint. */
const NEW_TYPE_COLOURS = ['#5b8def', '#d1605e', '#59a14f', '#b07aa1', '#edc948', '#76b7b2', '#ff9da7', '#9c755f'];

export const FIELD_KIND_NAMES: Record<FieldKind, string> = {
  text: 'Text',
  number: 'Number',
  boolean: 'Yes/no',
  date: 'Date',
  choice: 'Choice',
  span: 'Span reference',
};

/**
 * A stable id from a name ("Event type" → "event-type"), unique among
 * `taken`. Ids never change after creation: renaming a type or a field
 * changes only its name, so stored annotations keep pointing at it.
 */
export function idFor(name: string, taken: ReadonlySet<string>): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents off: "Área" → "area"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24);
  const base = /^[a-z]/.test(slug) ? slug : `x-${slug}`.replace(/-+$/, '');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function newType(types: readonly LabelType[]): LabelType {
  const id = idFor('New type', new Set(types.map((type) => type.id)));
  const color = NEW_TYPE_COLOURS[types.length % NEW_TYPE_COLOURS.length] ?? '#5b8def';
  return { id, name: 'New type', color, fields: [] };
}

export function newField(kind: FieldKind, fields: readonly FieldDefinition[]): FieldDefinition {
  const name = `New ${FIELD_KIND_NAMES[kind].toLowerCase()} field`;
  const id = idFor(name, new Set(fields.map((field) => field.id)));
  switch (kind) {
    case 'choice':
      return { id, name, kind, options: ['yes', 'no'] };
    case 'span':
      return { id, name, kind, targetTypes: [] };
    default:
      return { id, name, kind };
  }
}

/** The list with the item at `from` moved to `to` (clamped). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

/** What stops the draft from being saved, in words for the analyst; empty when it can be saved. */
export function schemaProblems(types: readonly LabelType[]): string[] {
  const problems: string[] = [];
  const parsed = LabelSchemaFileSchema.safeParse({ format: SCHEMA_FORMAT, version: SCHEMA_VERSION, types });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [, typeAt, , fieldAt] = issue.path;
      const type = typeof typeAt === 'number' ? types[typeAt] : undefined;
      const field = type && typeof fieldAt === 'number' ? type.fields[fieldAt] : undefined;
      const where = [type && (type.name || type.id), field && (field.name || field.id)].filter(Boolean).join(' › ');
      problems.push(`${where ? `${where} › ` : ''}${String(issue.path.at(-1) ?? 'schema')}: ${issue.message}`);
    }
  }
  problems.push(...namingProblems(types));
  const byKey = new Map<string, string[]>();
  for (const type of types) {
    if (type.shortcut) addToGroup(byKey, type.shortcut, type.name || type.id);
  }
  for (const [key, names] of byKey) {
    if (names.length > 1) problems.push(`The key ${key.toUpperCase()} is the shortcut of ${names.join(' and ')}.`);
  }
  return problems;
}

/** New ids for the items not in `saved`, from their names, unique among `saved` and each other. */
function idsFromNames(items: readonly { id: string; name: string }[], saved: ReadonlySet<string>): Map<string, string> {
  const taken = new Set(saved);
  const renamed = new Map<string, string>();
  for (const item of items) {
    if (saved.has(item.id)) continue;
    const id = idFor(item.name, taken);
    taken.add(id);
    renamed.set(item.id, id);
  }
  return renamed;
}

/**
 * The draft as it will be saved: types and fields added in this editing
 * session take their ids from their final names ("Infrastructure" →
 * "infrastructure", not "new-type"); saved ids never change, so stored
 * annotations keep their types and values. References (span targets, the
 * key field) follow the new ids.
 */
export function withIdsFromNames(draft: readonly LabelType[], saved: readonly LabelType[]): LabelType[] {
  const typeIds = idsFromNames(draft, new Set(saved.map((type) => type.id)));
  const typeId = (id: string) => typeIds.get(id) ?? id;
  return draft.map((type) => {
    const savedFields = saved.find((t) => t.id === type.id)?.fields ?? [];
    const fieldIds = idsFromNames(type.fields, new Set(savedFields.map((field) => field.id)));
    const fieldId = (id: string) => fieldIds.get(id) ?? id;
    const fields = type.fields.map((field): FieldDefinition =>
      field.kind === 'span'
        ? { ...field, id: fieldId(field.id), targetTypes: field.targetTypes.map(typeId) }
        : { ...field, id: fieldId(field.id) },
    );
    return { ...type, id: typeId(type.id), fields, ...(type.keyField ? { keyField: fieldId(type.keyField) } : {}) };
  });
}
