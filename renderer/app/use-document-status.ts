import { useCallback } from 'react';
import type { DocumentSummary } from '../../core/api/contract';
import type { DocumentStatus } from '../../core/model/document-status';
import { glossApi } from '../api/gloss';

/** Setting a document's status (to do, in progress, done): the list changes once the services have saved it. */
export function useDocumentStatus(
  updateDocument: (id: string, change: (doc: DocumentSummary) => DocumentSummary) => void,
  onNotice: (message: string) => void,
) {
  return useCallback(
    (id: string, status: DocumentStatus) =>
      void glossApi()
        .setDocumentStatus({ documentId: id, status })
        .then((result) => (result.ok ? updateDocument(id, (doc) => ({ ...doc, status })) : onNotice(result.error.message))),
    [updateDocument, onNotice],
  );
}
