import { useId } from 'react';
import type { FieldValue, StoredAnnotation } from '../../core/model/annotation';
import type { FieldDefinition } from '../../core/model/label-types';
import { DateInput, type Dating } from './DateInput';
import { BooleanInput, ChoiceInput, NumberInput, TextInput } from './simple-inputs';
import { SpanInput, type SpanContext } from './SpanInput';

/** One field of the details form: its name as the label, and the input for its kind. */
export function FieldRow(props: {
  field: FieldDefinition;
  value: FieldValue | undefined;
  disabled: boolean;
  dating: Dating;
  spanContext: SpanContext;
  onChange: (value: FieldValue | undefined, created?: StoredAnnotation) => void;
}) {
  const { field, dating, spanContext, ...rest } = props;
  const inputId = useId();
  const labelId = `${inputId}-label`;
  const common = { ...rest, inputId, labelId };
  return (
    <div className={`details-field details-field-${field.kind}`}>
      <label id={labelId} htmlFor={inputId}>
        {field.name}
      </label>
      {field.kind === 'text' ? <TextInput field={field} {...common} /> : null}
      {field.kind === 'number' ? <NumberInput field={field} {...common} /> : null}
      {field.kind === 'boolean' ? <BooleanInput field={field} {...common} /> : null}
      {field.kind === 'choice' ? <ChoiceInput field={field} {...common} /> : null}
      {field.kind === 'date' ? <DateInput field={field} {...common} dating={dating} /> : null}
      {field.kind === 'span' ? <SpanInput field={field} {...common} context={spanContext} /> : null}
    </div>
  );
}
