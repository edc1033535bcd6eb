/**
 * A copy without one optional property, for clearing a value so that the
 * stored JSON has no key at all rather than `"key": undefined`.
 */
export function omitKey<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key)) as Omit<T, K>;
}
