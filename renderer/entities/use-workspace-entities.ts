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
  // Kept with the workspace they came from, so another workspace never shows them while its own load.
  const [loaded, setLoaded] = useState<{ path: string; entities: readonly Entity[]; readOnly: string | null } | null>(null);
  const current = loaded && loaded.path === workspacePath ? loaded : null;
  const entities = useMemo(() => current?.entities ?? [], [current]);
  const readOnly = current ? current.readOnly : 'the entities are still loading';
  // Bumped to read them again.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (!workspacePath) return;
    let live = true;
    void glossApi()
      .listEntities({})
      .then((result) => {
        if (!live) return;
        if (!result.ok) return onNotice(`Entities could not be read: ${result.error.message}`);
        setLoaded({ path: workspacePath, entities: result.value.entities, readOnly: result.value.readOnly });
        if (result.value.problem) onNotice(result.value.problem.message);
      });
    return () => {
      live = false;
    };
  }, [workspacePath, generation, onNotice]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  const edit = useCallback(
    async (edits: readonly EntityEdit[]) => {
      const result = await glossApi().editEntities({ edits: [...edits] });
      if (!result.ok) {
        onNotice(result.error.message);
        return false;
      }
      setLoaded((before) => before && { ...before, entities: result.value.entities });
      return true;
    },
    [onNotice],
  );
  const lookup = useMemo(() => entityLookup(entities), [entities]);
  return useMemo(() => ({ entities, lookup, readOnly, edit, reload }), [entities, lookup, readOnly, edit, reload]);
}
