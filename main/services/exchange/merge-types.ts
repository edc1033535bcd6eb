import type { LabelType } from '../../../core/model/label-types';

/** The workspace's types, plus the types and fields an import brings that it lacks. Existing definitions win. */
export function mergeTypes(existing: readonly LabelType[], imported: readonly LabelType[]): { types: LabelType[]; added: string[] } {
  const added: string[] = [];
  const types = existing.map((type) => ({ ...type, fields: [...type.fields] }));
  for (const incoming of imported) {
    const type = types.find((t) => t.id === incoming.id);
    if (!type) {
      types.push(incoming);
      added.push(incoming.id);
      continue;
    }
    for (const field of incoming.fields) {
      if (type.fields.some((f) => f.id === field.id)) continue;
      type.fields.push(field);
      added.push(`${type.id}.${field.id}`);
    }
  }
  return { types, added };
}
