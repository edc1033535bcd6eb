import { describeValue } from '../../core/fields/field-values';
import { CommitOnBlurInput } from './CommitOnBlurInput';
import type { FieldProps } from './field-props';

/** Text shown for a value of another kind (a schema edited by hand), so nothing is hidden. */
const asText = (value: FieldProps<'text'>['value']) =>
  value === undefined ? '' : typeof value === 'string' ? value : describeValue(value);

export function TextInput({ value, inputId, disabled, onChange }: FieldProps<'text'>) {
  return (
    <CommitOnBlurInput
      id={inputId}
      type="text"
      committed={asText(value)}
      disabled={disabled}
      onCommit={(text) => onChange(text.trim() === '' ? undefined : text)}
    />
  );
}

export function NumberInput({ value, inputId, disabled, onChange }: FieldProps<'number'>) {
  return (
    <CommitOnBlurInput
      id={inputId}
      type="number"
      step="any"
      committed={typeof value === 'number' ? String(value) : ''}
      disabled={disabled}
      onCommit={(text) => {
        const number = Number(text);
        onChange(text.trim() === '' || !Number.isFinite(number) ? undefined : number);
      }}
    />
  );
}

export function BooleanInput({ value, inputId, disabled, onChange }: FieldProps<'boolean'>) {
  return (
    <input
      id={inputId}
      type="checkbox"
      checked={value === true}
      disabled={disabled}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}

export function ChoiceInput({ field, value, inputId, disabled, onChange }: FieldProps<'choice'>) {
  const current = value === undefined ? '' : typeof value === 'string' ? value : describeValue(value);
  // A value whose option was removed from the schema stays selectable, so it is never lost silently.
  const orphan = current !== '' && !field.options.includes(current);
  return (
    <select id={inputId} value={current} disabled={disabled} onChange={(event) => onChange(event.currentTarget.value || undefined)}>
      <option value="">— not set —</option>
      {field.options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
      {orphan ? <option value={current}>{current} (no longer an option)</option> : null}
    </select>
  );
}
