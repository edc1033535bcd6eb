import { describeFragment } from '../anchoring/fragment';
import { entityByName } from '../entities/alias-key';
import type { EntityEdit } from '../entities/entity-edits';
import type { FieldValue, StoredAnnotation } from '../model/annotation';
import type { Entity } from '../model/entity';
import { SUGGESTIONS_SET } from '../model/suggestions';
import { CodePointIndex } from '../text/code-points';
import type { Named } from './resolve';
import type { Suggestion } from './suggestion';

/**
 * What a suggestion is, whatever its id: its type and its spans. A rejected
 * suggestion is remembered by it, and the same suggestion made again (by a
 * later run on the same text) has the same key.
 */
export function suggestionKey(annotation: Pick<StoredAnnotation, 'type' | 'fragments'>): string {
  return `${annotation.type}:${annotation.fragments.map((fragment) => `${fragment.start}-${fragment.end}`).join(',')}`;
}

export interface SuggestedAnnotations {
  annotations: StoredAnnotation[];
  /** Entities to create first: speakers, actors and claimants the workspace does not know yet. */
  creates: Extract<EntityEdit, { kind: 'create' }>[];
}

interface Options {
  /** Ids for new annotations and entities (the services make them random). */
  newId: () => string;
  now: string;
  /** Keys of suggestions not to make: rejected ones, and those already in the workspace. */
  skip: ReadonlySet<string>;
}

/**
 * Turns the engine's suggestions into annotations of the `suggestions` set,
 * with the default schema's fields: a quote's speaker (an entity), cue (its
 * words) and kind; an event's date (with its wording and the publication
 * date it counts from) and actor; a claim's claimant and stance. Names link
 * to the workspace's entity of that name (or alias), or to a new one. The
 * engine's reason is the annotation's note, for the analyst to check.
 */
export function suggestionsToAnnotations(text: string, suggestions: readonly Suggestion[], entities: readonly Entity[], options: Options): SuggestedAnnotations {
  const index = new CodePointIndex(text);
  const creates: SuggestedAnnotations['creates'] = [];
  const known = [...entities];
  const link = (named: Named | null): FieldValue | undefined => {
    if (!named) return undefined;
    const found = entityByName(known, named.name);
    if (found) return { entity: found.id };
    const id = options.newId();
    creates.push({ kind: 'create', id, entityKind: named.entityKind, name: named.name });
    known.push({ id, kind: named.entityKind, name: named.name, aliases: [], mergedIds: [], created: options.now, modified: options.now });
    return { entity: id };
  };
  const annotations: StoredAnnotation[] = [];
  for (const suggestion of suggestions) {
    const fragments = suggestion.fragments.map((span) => describeFragment(index, span.start, span.end));
    if (options.skip.has(suggestionKey({ type: suggestion.type, fragments }))) continue;
    const fields: Record<string, FieldValue | undefined> =
      suggestion.type === 'quote'
        ? { speaker: link(suggestion.speaker), cue: suggestion.cue?.text, kind: suggestion.kind }
        : suggestion.type === 'event'
          ? { date: suggestion.date, actor: link(suggestion.actor) }
          : { claimant: link(suggestion.claimant), stance: suggestion.stance };
    annotations.push({
      id: options.newId(),
      type: suggestion.type,
      set: SUGGESTIONS_SET,
      fragments,
      fields: Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, FieldValue] => entry[1] !== undefined)),
      note: `Suggested: ${suggestion.why}`,
      created: options.now,
      modified: options.now,
    });
  }
  return { annotations, creates };
}
