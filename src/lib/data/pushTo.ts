/**
 * Appends `item` to the list under `key`, starting the list when missing. Grouping with
 * `map.set(key, [...(map.get(key) ?? []), item])` copies the list for every item: quadratic in a group's size.
 */
export function pushTo<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else list.push(item);
}
