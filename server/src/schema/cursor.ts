/**
 * Opaque connection cursors: base64 of "<kind>:<position>", validated on the way back in, so a
 * cursor of one connection (tied, entities, relations) is refused by another.
 */

/** Which connection a cursor belongs to. */
export type CursorKind = "tied" | "entities" | "relations";

// Cursors of the first positions of each kind, made once (pages ask for them over and over).
const MEMO_SIZE = 4096;
const memo = new Map<CursorKind, string[]>();

/** The cursor of a position in a connection. */
export function encodeCursor(position: number, kind: CursorKind = "tied"): string {
  let list = memo.get(kind);
  if (!list) memo.set(kind, (list = []));
  const hit = position < MEMO_SIZE ? list[position] : undefined;
  if (hit !== undefined) return hit;
  const cursor = Buffer.from(`${kind}:${position}`, "utf8").toString("base64");
  if (position < MEMO_SIZE) list[position] = cursor;
  return cursor;
}

/** The position a cursor encodes, or null when it is not one of this connection's. */
export function decodeCursor(cursor: string, kind: CursorKind = "tied"): number | null {
  if (!/^[A-Za-z0-9+/]+=*$/u.test(cursor)) return null;
  const text = Buffer.from(cursor, "base64").toString("utf8");
  const prefix = `${kind}:`;
  if (!text.startsWith(prefix)) return null;
  const digits = text.slice(prefix.length);
  if (!/^\d{1,9}$/u.test(digits)) return null;
  return Number(digits);
}
