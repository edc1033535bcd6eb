import { useCallback, useEffect, useMemo, useState } from 'react';
import { entityLookup, type EntityEdit } from '../../core/entities/entity-edits';
import type { Entity } from '../../core/model/entity';
import { glossApi } from '../api/gloss';
import type { WorkspaceEntities } from './entities-context';

/**
 * Loads the workspace's entities when it opens (telling the analyst what was
 * wrong with entities.json, if anything) and keeps them as the services last
 * answered, after each edit.
 */
export function useWorkspaceEntities(workspacePath: string | undefined, onNotice: (message: string) => void): WorkspaceEntities {
  const [entities, setEntities] = useState<readonly Entity[]>([]);
  const [readOnly, setReadOnly] = useState<string | null>(null);
  useEffect(() => {
    setEntities([]);
    if (!workspacePath) return;
    let live = true;
    void glossApi()
      .listEntities({})
      .then((result) => {
        if (!live) return;
        if (!result.ok) return onNotice(`Entities could not be read: ${result.error.message}`);
        setEntities(result.value.entities);
        setReadOnly(result.value.readOnly);
        if (result.value.problem) onNotice(result.value.problem.message);
      });
    return () => {
      live = false;
    };
  }, [workspacePath, onNotice]);

  const edit = useCallback(
    async (edits: readonly EntityEdit[]) => {
      const result = await glossApi().editEntities({ edits: [...edits] });
      if (!result.ok) {
        onNotice(result.error.message);
        return false;
      }
      setEntities(result.value.entities);
      return true;
    },
    [onNotice],
  );
  const lookup = useMemo(() => entityLookup(entities), [entities]);
  return useMemo(() => ({ entities, lookup, readOnly, edit }), [entities, lookup, readOnly, edit]);
}
