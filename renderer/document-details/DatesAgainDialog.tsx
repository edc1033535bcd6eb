import { isDateValue } from '../../core/fields/field-values';
import type { StoredAnnotation } from '../../core/model/annotation';
import { ModalDialog } from '../dialogs/ModalDialog';
import { counted } from '../notices/counted';

/** "Thursday → 2022-11-10": each date field that reads differently, as the analyst will see it change. */
function changedDates(before: readonly StoredAnnotation[], after: readonly StoredAnnotation[]): string[] {
  const old = new Map(before.map((annotation) => [annotation.id, annotation]));
  return after.flatMap((annotation) =>
    Object.entries(annotation.fields).flatMap(([key, value]) => {
      const was = old.get(annotation.id)?.fields[key];
      if (!isDateValue(value) || JSON.stringify(was) === JSON.stringify(value)) return [];
      return [`“${value.wording}”: ${isDateValue(was) ? was.date : 'no date'} → ${value.date}`];
    }),
  );
}

/**
 * Offered after the publication date changed: the document's relative dates
 * counted from the old date (or from none) read again from the new one, as one
 * undoable step. Keeping them as they are is always possible.
 */
export function DatesAgainDialog(props: {
  published: string;
  annotations: readonly StoredAnnotation[];
  readAgain: readonly StoredAnnotation[];
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { published, annotations, readAgain, onConfirm, onClose } = props;
  return (
    <ModalDialog
      title="Read the dates again?"
      className="dates-again-dialog"
      onClose={onClose}
      problems={null}
      confirm={{ label: 'Read again', disabled: false, onClick: onConfirm }}
    >
      <p>
        {counted(readAgain.length, 'annotation')} of this document {readAgain.length === 1 ? 'has a date' : 'have dates'} that
        read differently from the new publication date, {published}:
      </p>
      <ul className="dates-again-list">
        {changedDates(annotations, readAgain).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="field-hint">Cancel keeps them as they are. Reading them again can be undone.</p>
    </ModalDialog>
  );
}
