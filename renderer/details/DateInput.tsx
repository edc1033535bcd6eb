import { isDateValue } from '../../core/fields/field-values';
import { normaliseDate } from '../../core/fields/natural-date';
import { CommitOnBlurInput } from './CommitOnBlurInput';
import type { FieldProps } from './field-props';

/**
 * A date in the article's own words ("last Friday", "3 April"), read relative
 * to the article's date and stored as both the ISO date and the wording.
 */
export function DateInput(props: FieldProps<'date'> & { reference: Date }) {
  const { value, inputId, disabled, onChange, reference } = props;
  const wording = isDateValue(value) ? value.wording : typeof value === 'string' ? value : '';
  const hintId = `${inputId}-hint`;
  return (
    <>
      <CommitOnBlurInput
        id={inputId}
        type="text"
        placeholder="e.g. last Friday, 3 April"
        aria-describedby={hintId}
        committed={wording}
        disabled={disabled}
        onCommit={(text) => {
          if (text.trim() === '') onChange(undefined);
          // Wording with no date in it is kept as plain text rather than thrown away.
          else onChange(normaliseDate(text, reference) ?? text.trim());
        }}
      />
      <p id={hintId} className="field-hint">
        {isDateValue(value) ? (
          <>
            Normalised: <time dateTime={value.date}>{value.date}</time>
          </>
        ) : typeof value === 'string' ? (
          <span className="field-warning">No date found in this wording; kept as text.</span>
        ) : (
          `Relative dates count from ${reference.toLocaleDateString('en-CA')}.`
        )}
      </p>
    </>
  );
}
