/**
 * Says, before an export, what the chosen format will not carry (from
 * core/formats/losses.ts, the list docs/formats.md shows), and is read out
 * when the format changes.
 */
export function LossWarning(props: { warning: string | null }) {
  return (
    <p className="export-losses" aria-live="polite" hidden={props.warning === null}>
      {props.warning}
    </p>
  );
}
