import { useId } from 'react';
import { FORMAT_DESCRIPTIONS, type ExportFormatName } from '../../core/formats/catalogue';

/** The formats as radio buttons, each with a line on who reads it. */
export function FormatChoice<F extends ExportFormatName>(props: { formats: readonly F[]; value: F; onChange: (format: F) => void }) {
  const { formats, value, onChange } = props;
  const group = useId();
  return (
    <fieldset className="format-choice">
      <legend>Format</legend>
      {formats.map((name) => (
        <label key={name}>
          <input type="radio" name={group} checked={value === name} onChange={() => onChange(name)} />
          <span className="format-label">{FORMAT_DESCRIPTIONS[name].label}</span>
          <span className="format-purpose">{FORMAT_DESCRIPTIONS[name].purpose}</span>
        </label>
      ))}
    </fieldset>
  );
}
