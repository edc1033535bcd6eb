import { useDeferredValue, useMemo, useState } from 'react';
import type { StoredAnnotation } from '../../core/model/annotation';
import { compareAnnotations } from '../../core/model/annotation-order';
import type { LabelType } from '../../core/model/label-types';
import { useEntities } from '../entities/entities-context';
import { annotationText, keyFieldText } from './annotation-text';

/** Annotations are immutable, so the text of each is worked out once, not on every change of any. */
const textOf = new WeakMap<StoredAnnotation, string>();
function cachedText(annotation: StoredAnnotation): string {
  let text = textOf.get(annotation);
  if (text === undefined) textOf.set(annotation, (text = annotationText(annotation)));
  return text;
}

export interface SidebarRow {
  annotation: StoredAnnotation;
  text: string;
  key: string | null;
}

/**
 * The sidebar's rows in reading order, filtered by type and by text (the
 * annotated words or the key field). Rows are rebuilt only when the
 * annotations change; the text filter is deferred so typing stays responsive
 * with thousands of annotations.
 */
export function useAnnotationFilter(annotations: readonly StoredAnnotation[], types: readonly LabelType[]) {
  const [typeFilter, setTypeFilter] = useState('');
  const [textFilter, setTextFilter] = useState('');
  const deferredText = useDeferredValue(textFilter);
  const { lookup: entities } = useEntities();

  const rows = useMemo(() => {
    const byId = new Map(annotations.map((a) => [a.id, a]));
    const typeById = new Map(types.map((t) => [t.id, t]));
    const row = (annotation: StoredAnnotation): SidebarRow => ({
      annotation,
      text: cachedText(annotation),
      key: keyFieldText(annotation, typeById.get(annotation.type), byId, entities),
    });
    return [...annotations].sort(compareAnnotations).map(row);
  }, [annotations, types, entities]);

  const shown = useMemo(() => {
    const needle = deferredText.trim().toLocaleLowerCase();
    if (!typeFilter && !needle) return rows;
    return rows.filter(
      (row) =>
        (!typeFilter || row.annotation.type === typeFilter) &&
        (!needle || row.text.toLocaleLowerCase().includes(needle) || Boolean(row.key?.toLocaleLowerCase().includes(needle))),
    );
  }, [rows, typeFilter, deferredText]);

  return { shown, typeFilter, setTypeFilter, textFilter, setTextFilter };
}
