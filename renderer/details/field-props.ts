import type { StoredAnnotation, FieldValue } from '../../core/model/annotation';
import type { FieldDefinition, FieldKind } from '../../core/model/label-types';

/** What every field input gets: its definition, value, ids for labelling, and how to change it. */
export interface FieldProps<K extends FieldKind> {
  field: Extract<FieldDefinition, { kind: K }>;
  value: FieldValue | undefined;
  /** The id the input must carry, so the field's label names it. */
  inputId: string;
  labelId: string;
  disabled: boolean;
  /** Sets the value; undefined clears it. `created` is a new annotation the value links to. */
  onChange: (value: FieldValue | undefined, created?: StoredAnnotation) => void;
}
