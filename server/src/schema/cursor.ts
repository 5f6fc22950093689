/**
 * Opaque connection cursors: base64 of "tied:<position>", validated on the way back in.
 */

const PREFIX = "tied:";

/** The cursor of a position in a connection. */
export const encodeCursor = (position: number): string => Buffer.from(`${PREFIX}${position}`, "utf8").toString("base64");

/** The position a cursor encodes, or null when it is not one of ours. */
export function decodeCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9+/]+=*$/u.test(cursor)) return null;
  const text = Buffer.from(cursor, "base64").toString("utf8");
  if (!text.startsWith(PREFIX)) return null;
  const digits = text.slice(PREFIX.length);
  if (!/^\d{1,9}$/u.test(digits)) return null;
  return Number(digits);
}
