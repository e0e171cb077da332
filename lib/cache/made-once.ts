/**
 * `make` called once per key, its result kept for the life of the process. For objects that are
 * costly to construct and cheap to use, such as Intl formatters (tens of microseconds to build, one
 * to format with), keyed by something of which there are only a few (a locale).
 */
export function madeOnce<Key, Value>(make: (key: Key) => Value): (key: Key) => Value {
  const made = new Map<Key, Value>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key) as Value;
  };
}
