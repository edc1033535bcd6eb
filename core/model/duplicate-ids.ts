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
