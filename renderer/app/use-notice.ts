import { useCallback, useState } from 'react';

/** The one line of news at the foot of the window (a refusal, an import's summary), until dismissed. */
export function useNotice() {
  const [notice, setNotice] = useState<string | null>(null);
  const dismissNotice = useCallback(() => setNotice(null), []);
  return { notice, setNotice, dismissNotice };
}
