/**
 * Adds an item to its key's list in a map of lists, in place. Copying the
 * list on every add (`[...(groups.get(key) ?? []), item]`) costs time growing
 * with the square of the list: grouping one text's 16,000 annotations by set
 * that way took a Label Studio export 3.4 s.
 */
export function addToGroup<K, V>(groups: Map<K, V[]>, key: K, item: V): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}
