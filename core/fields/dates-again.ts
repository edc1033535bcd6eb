import { annotationWords } from '../annotations/annotation-queries';
import type { StoredAnnotation } from '../model/annotation';
import type { LabelType } from '../model/label-types';
import { isDateValue } from './field-values';
import { normaliseDate, type DateReading } from './natural-date';

function dateFieldsOf(types: readonly LabelType[]): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(types.map((type) => [type.id, new Set(type.fields.filter((field) => field.kind === 'date').map((field) => field.id))]));
}

/**
 * The annotations whose date fields read differently from a new publication
 * date, with those fields read again from it: a date counted from the old
 * date, and wording kept as text because the document had no date then.
 * Wording that names its own day ("3 April 2024") reads the same and is left.
 * Plain text that holds no date stays text.
 */
export function datesReadAgain(
  annotations: readonly StoredAnnotation[],
  types: readonly LabelType[],
  reference: Date,
  reading: Pick<DateReading, 'language'> = {},
): StoredAnnotation[] {
  const dateFields = dateFieldsOf(types);
  const changed: StoredAnnotation[] = [];
  for (const annotation of annotations) {
    const keys = dateFields.get(annotation.type);
    if (!keys) continue;
    const fields = { ...annotation.fields };
    let differs = false;
    for (const key of keys) {
      const value = fields[key];
      const wording = isDateValue(value) ? value.wording : typeof value === 'string' ? value : null;
      if (wording === null) continue;
      const read = normaliseDate(wording, reference, { ...reading, context: annotationWords(annotation) });
      // A date that reads the same from the new day is left as it is, with the day it was counted from.
      if (!read || (isDateValue(value) && read.date === value.date)) continue;
      fields[key] = read;
      differs = true;
    }
    if (differs) changed.push({ ...annotation, fields });
  }
  return changed;
}
