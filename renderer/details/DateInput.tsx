import { isDateValue } from '../../core/fields/field-values';
import { isRelativeWording, normaliseDate, type DateReading } from '../../core/fields/natural-date';
import { CommitOnBlurInput } from './CommitOnBlurInput';
import type { FieldProps } from './field-props';

/** How a date field reads relative wording: from the article's date (null when it has none), in its language. */
export interface Dating extends DateReading {
  reference: Date | null;
}

/** "Thursday 27 October 2022": the article's date as the analyst would say it, weekday included. */
function describeDay(day: Date): string {
  return day.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * A date in the article's own words ("last Friday", "3 April"), read relative
 * to the article's date and stored as the ISO date, the wording and the day
 * it counted from. A document without a date says so rather than counting
 * from today.
 */
export function DateInput(props: FieldProps<'date'> & { dating: Dating }) {
  const { value, inputId, disabled, onChange, dating } = props;
  const wording = isDateValue(value) ? value.wording : typeof value === 'string' ? value : '';
  const hintId = `${inputId}-hint`;
  const undated = dating.reference === null;
  return (
    <>
      <CommitOnBlurInput
        id={inputId}
        type="text"
        placeholder={undated ? 'e.g. 3 April 2024' : 'e.g. last Friday, 3 April'}
        aria-describedby={hintId}
        committed={wording}
        disabled={disabled}
        onCommit={(text) => {
          if (text.trim() === '') onChange(undefined);
          // Wording with no date in it is kept as plain text rather than thrown away.
          else onChange(normaliseDate(text, dating.reference, dating) ?? text.trim());
        }}
      />
      <p id={hintId} className="field-hint">
        <DateHint value={value} dating={dating} />
      </p>
    </>
  );
}

function DateHint({ value, dating }: { value: FieldProps<'date'>['value']; dating: Dating }) {
  const { reference } = dating;
  if (isDateValue(value)) {
    return (
      <>
        Normalised: <time dateTime={value.date}>{value.date}</time>
        {value.reference ? ` (counted from ${value.reference})` : null}
      </>
    );
  }
  if (typeof value === 'string') {
    const relative = reference === null && isRelativeWording(value, dating.language);
    return (
      <span className="field-warning">
        {relative
          ? 'A relative date needs the article’s date: set it in the header above and this wording is read again.'
          : 'No date found in this wording; kept as text.'}
      </span>
    );
  }
  if (reference === null) {
    return <span className="field-warning">This article has no date: set it in the header above to count relative dates (“Thursday”) from it.</span>;
  }
  return <>Relative dates count from the article’s date, {describeDay(reference)}.</>;
}
