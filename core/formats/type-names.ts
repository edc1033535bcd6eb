import type { FieldDefinition, LabelType } from '../model/label-types';

/**
 * The schema as an export names it: a type by its name (what the other
 * tool's users see), a field by its definition. Types or fields the schema
 * lacks (a removed field whose values stay) are named by their ids.
 */
export class TypeNames {
  private readonly types: Map<string, LabelType>;
  constructor(types: readonly LabelType[]) {
    this.types = new Map(types.map((type) => [type.id, type]));
  }

  name(typeId: string): string {
    return this.types.get(typeId)?.name ?? typeId;
  }

  field(typeId: string, fieldId: string): FieldDefinition | undefined {
    return this.types.get(typeId)?.fields.find((field) => field.id === fieldId);
  }
}
