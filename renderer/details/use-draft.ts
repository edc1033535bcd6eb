import { useState } from 'react';

/**
 * Text being typed that becomes a change only when committed (Enter or blur),
 * so one edit is one undo step. A new committed text (after undo, say)
 * replaces the draft.
 */
export function useDraft(committed: string, onCommit: (text: string) => void) {
  const [draft, setDraft] = useState(committed);
  const [shown, setShown] = useState(committed);
  if (shown !== committed) {
    // Adjusting state while rendering, as React recommends over an effect.
    setShown(committed);
    setDraft(committed);
  }
  return {
    draft,
    setDraft,
    commit: () => {
      if (draft !== committed) onCommit(draft);
    },
    revert: () => setDraft(committed),
  };
}
