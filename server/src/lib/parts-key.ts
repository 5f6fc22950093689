/**
 * partsKey: one cache key for a list of parts, unambiguous whatever the parts hold (NUL, digits,
 * separators): each part is written with its length before it, and a missing part (null or
 * undefined) as "-", so ["a\u0000b", "c"], ["a", "b\u0000c"], [""] and [null] all get other keys.
 */

/** The key of `parts`: `<length>:<part>` for each part, "-" for a missing one. */
export function partsKey(parts: readonly (string | null | undefined)[]): string {
  let key = "";
  for (const part of parts) key += part === null || part === undefined ? "-" : `${part.length}:${part}`;
  return key;
}
