import { useCallback, useState } from 'react';
import type { ImportedSet } from '../../core/api/contract';
import { DEFAULT_SET } from '../../core/model/annotation';
import { glossApi } from '../api/gloss';
import { counted } from '../notices/counted';
import type { Adoption } from './AdoptSetDialog';

function describeImportedSet({ set, annotations, documents, newDocuments, addedToSchema }: ImportedSet): string {
  const added = addedToSchema.length > 0 ? ` Added to the schema: ${addedToSchema.join(', ')}.` : '';
  return `Imported ${counted(annotations, 'annotation')} into ${counted(documents, 'document')} (${newDocuments} new) as the set “${set}”.${added}`;
}

/**
 * What the analyst does to sets as a whole: name their own, import one,
 * remove one. After an import or a removal the document list, the schema and
 * the open document are read again, since every file may have changed.
 */
export function useSetActions(props: {
  /** The set new annotations go into now. */
  own: string;
  onOwnSet: (annotationSet: string, analystName: string | null) => void;
  reloadSession: () => void;
  reloadDocument: () => void;
  onNotice: (message: string) => void;
}) {
  const { own, onOwnSet, reloadSession, reloadDocument, onNotice } = props;
  const [removing, setRemoving] = useState<string | null>(null);
  const closeRemoving = useCallback(() => setRemoving(null), []);
  const [adopting, setAdopting] = useState<Adoption | null>(null);
  const closeAdopting = useCallback(() => setAdopting(null), []);

  const rename = useCallback(
    async (name: string) => {
      const api = glossApi();
      const result = await api.setAnalystName({ name });
      if (!result.ok) return onNotice(result.error.message);
      const next = result.value.annotationSet;
      onOwnSet(next, name || null);
      // A first name given: the work done so far without one is most likely the analyst's own.
      if (own !== DEFAULT_SET || next === DEFAULT_SET) return;
      const sets = await api.listAnnotationSets({});
      const annotations = sets.ok ? (sets.value.sets.find((set) => set.name === DEFAULT_SET)?.annotations ?? 0) : 0;
      if (annotations > 0) setAdopting({ from: DEFAULT_SET, to: next, annotations });
    },
    [own, onOwnSet, onNotice],
  );
  const afterChange = useCallback(
    (message: string) => {
      reloadSession();
      reloadDocument();
      onNotice(message);
    },
    [reloadSession, reloadDocument, onNotice],
  );
  const imported = useCallback((set: ImportedSet) => afterChange(describeImportedSet(set)), [afterChange]);
  return { rename: (name: string) => void rename(name), imported, removed: afterChange, removing, setRemoving, closeRemoving, adopting, closeAdopting };
}
