import type { FieldValue } from '../model/annotation';
import type { FieldDefinition, LabelType } from '../model/label-types';
import type { BundleDocument } from './bundle';

const PALETTE = ['#f2b134', '#3aa6dd', '#e0607e', '#8a6fd1', '#4caf7a', '#c98b4a', '#5b8def', '#d96c3f'];

function kindOf(value: FieldValue): FieldDefinition {
  const base = { id: '', name: '' };
  if (typeof value === 'number') return { ...base, kind: 'number' };
  if (typeof value === 'boolean') return { ...base, kind: 'boolean' };
  if (typeof value === 'string') return { ...base, kind: 'text' };
  if ('date' in value) return { ...base, kind: 'date' };
  return { ...base, kind: 'span', targetTypes: [], ...('entity' in value ? { entityKind: 'other' as const } : {}) };
}

/**
 * The given types plus a type for every annotation type, and a field for every
 * field, that the documents use but the types do not define: imports add to
 * the schema rather than drop what they do not know.
 */
export function completeTypes(types: readonly LabelType[], documents: readonly BundleDocument[]): LabelType[] {
  const byId = new Map(types.map((type) => [type.id, { ...type, fields: [...type.fields] }]));
  for (const document of documents) {
    for (const annotation of document.annotations) {
      let type = byId.get(annotation.type);
      if (!type) {
        const color = PALETTE[byId.size % PALETTE.length] as string;
        type = { id: annotation.type, name: annotation.type, color, fields: [] };
        byId.set(type.id, type);
      }
      for (const [fieldId, value] of Object.entries(annotation.fields)) {
        if (!type.fields.some((field) => field.id === fieldId)) type.fields.push({ ...kindOf(value), id: fieldId, name: fieldId });
      }
    }
  }
  return [...byId.values()];
}
