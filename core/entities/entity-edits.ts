import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { LIMITS } from '../model/limits';
import {
  EntityIdSchema,
  EntityKindSchema,
  MAX_ALIASES,
  NewEntityNameSchema,
  type Entity,
  type EntityId,
} from '../model/entity';
import { omitKey } from '../fields/omit-key';
import { aliasKey, entityByName, namesOf } from './alias-key';

/**
 * Changes to the workspace's entities, each a pure function from the list to
 * the next list, or a message saying why not. The store applies them to
 * entities.json; the messages are shown to the analyst as they are. A new
 * entity's id is chosen by whoever creates it, so it can be linked at once.
 */
export const EntityEditSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('create'), id: EntityIdSchema, entityKind: EntityKindSchema, name: NewEntityNameSchema }).strict(),
  z.object({ kind: z.literal('rename'), id: EntityIdSchema, name: NewEntityNameSchema }).strict(),
  z.object({ kind: z.literal('add-alias'), id: EntityIdSchema, alias: NewEntityNameSchema }).strict(),
  z.object({ kind: z.literal('remove-alias'), id: EntityIdSchema, alias: z.string().max(LIMITS.name) }).strict(),
  z.object({ kind: z.literal('set-kind'), id: EntityIdSchema, entityKind: EntityKindSchema }).strict(),
  z.object({ kind: z.literal('set-note'), id: EntityIdSchema, note: z.string().max(LIMITS.note) }).strict(),
  z.object({ kind: z.literal('merge'), keepId: EntityIdSchema, mergeId: EntityIdSchema }).strict(),
  z.object({ kind: z.literal('delete'), id: EntityIdSchema }).strict(),
]);
export type EntityEdit = z.infer<typeof EntityEditSchema>;

type Edited = Result<Entity[], string>;

/** Refuses a name that already belongs to another entity: one name, one entity, so typing it is never ambiguous. */
function nameTaken(entities: readonly Entity[], name: string, self: EntityId | null): string | null {
  const owner = entityByName(entities, name);
  if (!owner || owner.id === self) return null;
  return `“${name}” is already a name of “${owner.name}”; merge the two if they are one`;
}

/** Names without those equal (ignoring case and accents) to `name` or to each other, first kept. */
function withoutName(names: readonly string[], name: string): string[] {
  const gone = aliasKey(name);
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = aliasKey(n);
    if (key === gone || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function change(entities: readonly Entity[], id: EntityId, now: string, edit: (entity: Entity) => Result<Entity, string>): Edited {
  const entity = entities.find((e) => e.id === id);
  if (!entity) return err(`there is no entity with id ${id}`);
  const next = edit(entity);
  if (!next.ok) return next;
  return ok(entities.map((e) => (e.id === id ? { ...next.value, modified: now } : e)));
}

/** Applies edits in order, all or none: the first refusal is the answer. */
export function applyEntityEdits(entities: readonly Entity[], edits: readonly EntityEdit[], now: string): Edited {
  let next: Entity[] = [...entities];
  for (const edit of edits) {
    const edited = applyEntityEdit(next, edit, now);
    if (!edited.ok) return edited;
    next = edited.value;
  }
  return ok(next);
}

export function applyEntityEdit(entities: readonly Entity[], edit: EntityEdit, now: string): Edited {
  switch (edit.kind) {
    case 'create': {
      const name = edit.name.trim();
      const taken = nameTaken(entities, name, null);
      if (taken) return err(taken);
      if (entities.some((e) => e.id === edit.id || e.mergedIds.includes(edit.id))) return err(`the entity id ${edit.id} is taken`);
      return ok([...entities, { id: edit.id, kind: edit.entityKind, name, aliases: [], mergedIds: [], created: now, modified: now }]);
    }
    case 'rename':
      return change(entities, edit.id, now, (entity) => {
        const name = edit.name.trim();
        const taken = nameTaken(entities, name, entity.id);
        if (taken) return err(taken);
        // The old name stays an alias: the articles still say it, and typing it must still find the entity.
        return ok({ ...entity, name, aliases: withoutName([entity.name, ...entity.aliases], name) });
      });
    case 'add-alias':
      return change(entities, edit.id, now, (entity) => {
        const alias = edit.alias.trim();
        const taken = nameTaken(entities, alias, entity.id);
        if (taken) return err(taken);
        if (namesOf(entity).some((n) => aliasKey(n) === aliasKey(alias))) return ok(entity);
        if (entity.aliases.length >= MAX_ALIASES) return err(`“${entity.name}” has the most aliases an entity may have (${MAX_ALIASES})`);
        return ok({ ...entity, aliases: [...entity.aliases, alias] });
      });
    case 'remove-alias':
      return change(entities, edit.id, now, (entity) => ok({ ...entity, aliases: entity.aliases.filter((a) => a !== edit.alias) }));
    case 'set-kind':
      return change(entities, edit.id, now, (entity) => ok({ ...entity, kind: edit.entityKind }));
    case 'set-note':
      return change(entities, edit.id, now, (entity) => {
        return ok(edit.note.trim() === '' ? omitKey(entity, 'note') : { ...entity, note: edit.note });
      });
    case 'merge':
      return merge(entities, edit.keepId, edit.mergeId, now);
    case 'delete':
      if (!entities.some((e) => e.id === edit.id)) return err(`there is no entity with id ${edit.id}`);
      return ok(entities.filter((e) => e.id !== edit.id));
  }
}

/**
 * One entity takes in another: its names become aliases, its notes are
 * joined, and its id (and any merged into it) joins `mergedIds`, so every
 * link to it now means the one kept.
 */
function merge(entities: readonly Entity[], keepId: EntityId, mergeId: EntityId, now: string): Edited {
  if (keepId === mergeId) return err('an entity cannot be merged with itself');
  const gone = entities.find((e) => e.id === mergeId);
  if (!gone) return err(`there is no entity with id ${mergeId}`);
  const rest = entities.filter((e) => e.id !== mergeId);
  return change(rest, keepId, now, (kept) => {
    const aliases = withoutName([...kept.aliases, ...namesOf(gone)], kept.name);
    if (aliases.length > MAX_ALIASES) return err(`together they would have more than ${MAX_ALIASES} aliases`);
    const notes = [kept.note, gone.note].filter((note): note is string => note !== undefined && note.trim() !== '');
    return ok({
      ...omitKey(kept, 'note'),
      aliases,
      mergedIds: [...kept.mergedIds, gone.id, ...gone.mergedIds],
      ...(notes.length > 0 ? { note: notes.join('\n\n') } : {}),
    });
  });
}

/** What each link's id means: the entity with that id, or the one it was merged into. */
export function entityLookup(entities: readonly Entity[]): ReadonlyMap<EntityId, Entity> {
  const lookup = new Map<EntityId, Entity>();
  for (const entity of entities) {
    lookup.set(entity.id, entity);
    for (const id of entity.mergedIds) lookup.set(id, entity);
  }
  return lookup;
}
