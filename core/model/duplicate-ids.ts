import type { FieldValue, StoredAnnotation } from './annotation';

/** Room left for the "-<n>" a renamed copy gets, within the 64 characters an id may have (ids.ts). */
const KEPT_ID_LENGTH = 56;

/** `id` when it is not in `used`; otherwise the first of `<id>-2`, `<id>-3`, … that is not. */
export function unusedId(id: string, used: ReadonlySet<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id.slice(0, KEPT_ID_LENGTH)}-${n}`;
  return candidate;
}

/**
 * Gives every item after the first that shares an id a new one (unusedId),
 * so that an operation on one id acts on one item: with two annotations under
 * one id, deleting one deleted both. Nothing is dropped. Returns the items in
 * their order and the ids that were shared, for the report. The same list
 * always gets the same new ids.
 */
export function renumberDuplicates<T extends { id: string }>(items: readonly T[]): { items: T[]; shared: string[] } {
  const used = new Set(items.map((item) => item.id));
  const seen = new Set<string>();
  const shared = new Set<string>();
  const renumbered = items.map((item) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return item;
    }
    shared.add(item.id);
    const id = unusedId(item.id, used);
    used.add(id);
    return { ...item, id };
  });
  return { items: renumbered, shared: [...shared] };
}

/**
 * Annotations brought into a document, each with an id that neither the
 * document (`taken`) nor an earlier one of them uses: an id in use gets the
 * next unusedId, and links (`{ ref }` fields) to it follow. Ids are given per
 * annotation, so two that came with one id get two (a link to that id goes to
 * the first). Unchanged annotations are returned as they are.
 */
export function withFreshIds(annotations: readonly StoredAnnotation[], taken: ReadonlySet<string>): readonly StoredAnnotation[] {
  const used = new Set(taken);
  const renamed = new Map<string, string>();
  const ids = annotations.map((annotation) => {
    const id = unusedId(annotation.id, used);
    used.add(id);
    if (!renamed.has(annotation.id)) renamed.set(annotation.id, id);
    return id;
  });
  if (ids.every((id, i) => id === annotations[i]?.id)) return annotations;
  const rename = (value: FieldValue): FieldValue => (typeof value === 'object' && 'ref' in value ? { ref: renamed.get(value.ref) ?? value.ref } : value);
  return annotations.map((annotation, i) => ({
    ...annotation,
    id: ids[i] ?? annotation.id,
    fields: Object.fromEntries(Object.entries(annotation.fields).map(([key, value]) => [key, rename(value)])),
  }));
}
