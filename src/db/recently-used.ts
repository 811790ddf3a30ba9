/**
 * A value kept in a bounded map, least recently used dropped first: `make` runs only for a key the map does not
 * hold, and a key read again moves to the end, so a working set of keys stays and a flood of new ones cannot
 * grow memory past `limit`.
 */
export function recentlyUsed<K, V>(map: Map<K, V>, key: K, limit: number, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    if (map.size >= limit) map.delete(map.keys().next().value!);
  } else {
    map.delete(key);
  }
  map.set(key, value);
  return value;
}
