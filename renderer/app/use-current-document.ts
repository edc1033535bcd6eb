import { useState } from 'react';
import type { SessionSummary } from '../../core/api/contract';

/**
 * Which document the reader shows: the one the analyst chose, else the one
 * the workspace was last left at. Opening another workspace forgets the
 * choice (state adjusted while rendering, as React advises for a changed prop).
 */
export function useCurrentDocument(session: SessionSummary | null) {
  const workspacePath = session?.workspace?.path;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [chosenIn, setChosenIn] = useState(workspacePath);
  if (chosenIn !== workspacePath) {
    setChosenIn(workspacePath);
    setChosenId(null);
  }
  const currentId = (chosenIn === workspacePath ? chosenId : null) ?? session?.lastDocumentId ?? null;
  return { currentId, choose: setChosenId };
}
