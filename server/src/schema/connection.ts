/**
 * What every paged list of the API shares (entities, relations, tiedToZone, Zone.tied, search):
 * the `first` bound MAX_FIRST, offset paging between opaque cursors forward (`first`/`after`) and
 * backward (`last`/`before`), and Relay's PageInfo. Bad arguments are BAD_USER_INPUT naming
 * `first`, `last`, `after` or `before`.
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

/** The paging arguments of a connection (Relay: forward with first/after, backward with last/before). */
export interface PageArgs {
  first?: number | null | undefined;
  last?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
}

/** Description of the `last` argument of every connection. */
export const LAST_DESCRIPTION = `Page backward: the last \`last\` items before \`before\` (or the end), 0..${MAX_FIRST}; \`first\` is not applied then.`;
/** Description of the `before` argument of every connection. */
export const BEFORE_DESCRIPTION =
  "Cursor of the first item of the next page (`pageInfo.startCursor`): only items before it.";

/** The position of cursor `cursor` (`name`: after or before) among `totalCount`, or BAD_USER_INPUT saying `hint`. */
function positionOf(
  kind: CursorKind,
  cursor: string,
  totalCount: number,
  name: string,
  hint: string,
): number {
  const position = decodeCursor(cursor, kind);
  if (position === null || position >= totalCount) throw badInput(name, hint);
  return position;
}

/**
 * The page of a connection of `kind` among `totalCount` items (Relay's cursor algorithm on
 * positions): items after `after` and before `before`, then the first `first` (default
 * `fallback`) of them, or with `last` the last `last` (`first` not applied; the complexity budget
 * counts such a page by `last`). A cursor of another connection, or past the
 * end, is BAD_USER_INPUT on `after`/`before`, saying `hint`.
 */
export function pageWindow(
  kind: CursorKind,
  totalCount: number,
  args: PageArgs,
  hint: string,
  fallback = DEFAULT_FIRST,
): PageWindow {
  const first = checkFirst(args.first, fallback);
  let offset = 0;
  let end = totalCount;
  if (args.after != null) offset = positionOf(kind, args.after, totalCount, "after", hint) + 1;
  if (args.before != null)
    end = Math.max(
      offset,
      positionOf(kind, args.before, totalCount, "before", hint.replace("endCursor", "startCursor")),
    );
  if (args.last == null) end = Math.min(end, offset + first);
  else {
    const last = checkRange("last", args.last, 0, MAX_FIRST);
    offset = Math.max(offset, end - last);
  }
  return { kind, offset, end, totalCount };
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
