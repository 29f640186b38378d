/**
 * `remember(key, make)`: the value made for `key` before, or a new one; only the `limit` most recently
 * used are kept. A promise can be the value, so concurrent callers share one piece of work.
 */
export const lruCache = <V>(limit: number) => {
  const entries = new Map<string, V>();
  return (key: string, make: () => V): V => {
    const known = entries.has(key);
    const value = known ? (entries.get(key) as V) : make();
    // Re-inserting moves the key to the end: the Map's order is the order of use.
    if (known) entries.delete(key);
    entries.set(key, value);
    const oldest = entries.keys().next();
    if (entries.size > limit && !oldest.done) entries.delete(oldest.value);
    return value;
  };
};
