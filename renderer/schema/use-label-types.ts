import { useMemo, useState } from 'react';
import type { LabelType } from '../../core/model/label-types';

/**
 * The label types in use: the session's, until the schema editor saves new
 * ones. Kept here rather than re-reading the session, which would reload the
 * document list for a change that does not touch it.
 */
export function useLabelTypes(sessionTypes: readonly LabelType[] | undefined) {
  const [saved, setSaved] = useState<{ from: readonly LabelType[] | undefined; types: readonly LabelType[] } | null>(null);
  // Saved types belong to the session they were saved in; a new session (another workspace) brings its own.
  const types = useMemo(
    () => (saved && saved.from === sessionTypes ? saved.types : (sessionTypes ?? [])),
    [saved, sessionTypes],
  );
  return { types, replaceTypes: (next: readonly LabelType[]) => setSaved({ from: sessionTypes, types: next }) };
}
