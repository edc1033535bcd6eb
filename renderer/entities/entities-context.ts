import { createContext, useContext } from 'react';
import type { EntityEdit } from '../../core/entities/entity-edits';
import type { Entity, EntityId } from '../../core/model/entity';

export interface WorkspaceEntities {
  entities: readonly Entity[];
  /** What a link's id means: the entity itself, or the one it was merged into. */
  lookup: ReadonlyMap<EntityId, Entity>;
  /** Why entities cannot be changed, when they cannot. */
  readOnly: string | null;
  /** Sends edits to the services; resolves true when they were saved (a refusal is shown as a notice). */
  edit: (edits: readonly EntityEdit[]) => Promise<boolean>;
  /** Reads them again, after the services made some (running the suggestions engine). */
  reload: () => void;
}

const NONE: WorkspaceEntities = { entities: [], lookup: new Map(), readOnly: 'no workspace is open', edit: async () => false, reload: () => {} };

/** The open workspace's entities, for every place that shows or links them. */
export const EntitiesContext = createContext<WorkspaceEntities>(NONE);

export const useEntities = () => useContext(EntitiesContext);
