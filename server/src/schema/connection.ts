/**
 * What every paged list of the API shares (entities, relations, tiedToZone, Zone.tied, search):
 * the `first` bound MAX_FIRST, offset paging after an opaque cursor, and Relay's PageInfo. Bad
 * arguments are BAD_USER_INPUT naming `first` or `after`.
 */
import { badInput, checkRange } from "../errors.ts";
import { decodeCursor, encodeCursor, type CursorKind } from "./cursor.ts";

/** Largest `first` of any list argument. */
export const MAX_FIRST = 1000;
/** The page size of a connection when `first` is not given. */
export const DEFAULT_FIRST = 100;

/** The `first` argument checked to be within 0..MAX_FIRST (`fallback` when not given). */
export function checkFirst(first: number | null | undefined, fallback = DEFAULT_FIRST): number {
  return checkRange("first", first ?? fallback, 0, MAX_FIRST);
}

/** The positions [offset, end) of a page of `size` after cursor `after` among `totalCount` items. */
export interface PageWindow {
  kind: CursorKind;
  offset: number;
  end: number;
  totalCount: number;
}

/**
 * The page of `size` items after `after` (a cursor of this `kind` of connection) among
 * `totalCount`; an unknown cursor is BAD_USER_INPUT on `after`, saying `hint`.
 */
export function pageWindow(
  kind: CursorKind,
  totalCount: number,
  size: number,
  after: string | null | undefined,
  hint: string,
): PageWindow {
  let offset = 0;
  if (after != null) {
    const position = decodeCursor(after, kind);
    if (position === null || position >= totalCount) throw badInput("after", hint);
    offset = position + 1;
  }
  return { kind, offset, end: Math.min(totalCount, offset + size), totalCount };
}

/** The cursor of the k-th item of a page. */
export const cursorAt = (page: PageWindow, k: number): string => encodeCursor(page.offset + k, page.kind);

/** Relay PageInfo of a page. */
export function pageInfoOf(page: PageWindow) {
  const count = page.end - page.offset;
  return {
    hasNextPage: page.end < page.totalCount,
    hasPreviousPage: page.offset > 0,
    startCursor: count > 0 ? cursorAt(page, 0) : null,
    endCursor: count > 0 ? cursorAt(page, count - 1) : null,
  };
}
