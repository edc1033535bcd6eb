import { useEffect, useState } from 'react';
import type { ApiResponse } from '../../core/api/contract';
import { glossApi } from '../api/gloss';

export type WorkspaceSet = ApiResponse<'listAnnotationSets'>['sets'][number];

/**
 * Every set in the workspace with its size, read from the services when
 * `wanted` turns true (a dialog opens); null until they answer.
 */
export function useWorkspaceSets(wanted: boolean): readonly WorkspaceSet[] | null {
  const [sets, setSets] = useState<readonly WorkspaceSet[] | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void glossApi()
      .listAnnotationSets({})
      .then((result) => {
        if (live && result.ok) setSets(result.value.sets);
      });
    return () => {
      live = false;
    };
  }, [wanted]);
  return sets;
}
