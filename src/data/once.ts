/**
 * A data loader worked out once per key per build: every page and file that asks for the same
 * line's calculator or the same model's charts shares one promise.
 */
export function oncePerKey<T>(build: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (key) => {
    let value = cache.get(key);
    if (!value) cache.set(key, (value = build(key)));
    return value;
  };
}
