/**
 * Starting positions for nodes added to a live view: next to the node that ties them in (their
 * anchor), or on a ring when they have none. Deterministic (hashed from the id), cheap, and done
 * page by page, so ForceAtlas2 starts untangled and no step blocks the page.
 */

/** A deterministic number in [0, 1) from a string (FNV-1a). */
export function hash01(id: string, salt = 0): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 4294967296;
}

/** A point about `spread` away from `center`, in a direction drawn from the id. */
export function placeAround(
  center: { x: number; y: number },
  id: string,
  spread: number,
): { x: number; y: number } {
  const angle = 2 * Math.PI * hash01(id);
  const r = spread * (0.5 + hash01(id, 7));
  return { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
}

/** A point of a golden-angle spiral: the i-th of many nodes spread evenly over a disc. */
export function spiral(i: number, step = 10): { x: number; y: number } {
  const r = step * Math.sqrt(i + 1);
  const angle = i * 2.399963;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}
