/**
 * The text cut to at most `max` UTF-16 units (how the schemas' limits count,
 * core/model/limits.ts), ending in "…" when cut. A cut never splits a
 * surrogate pair, so no half character is written.
 */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = max - 1;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${value.slice(0, end)}…`;
}
