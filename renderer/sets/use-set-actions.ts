import { useCallback, useState } from 'react';
import type { ImportedSet } from '../../core/api/contract';
import { glossApi } from '../api/gloss';
import { counted } from '../notices/counted';

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
  onOwnSet: (annotationSet: string, analystName: string | null) => void;
  reloadSession: () => void;
  reloadDocument: () => void;
  onNotice: (message: string) => void;
}) {
  const { onOwnSet, reloadSession, reloadDocument, onNotice } = props;
  const [removing, setRemoving] = useState<string | null>(null);
  const closeRemoving = useCallback(() => setRemoving(null), []);

  const rename = useCallback(
    (name: string) =>
      void glossApi()
        .setAnalystName({ name })
        .then((result) => (result.ok ? onOwnSet(result.value.annotationSet, name || null) : onNotice(result.error.message))),
    [onOwnSet, onNotice],
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
  return { rename, imported, removed: afterChange, removing, setRemoving, closeRemoving };
}
