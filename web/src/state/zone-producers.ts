/**
 * Producers of the zone in focus and what its view shows: the focus, its tied answer (or why it
 * failed), neighbourhoods opened by double-click, and the cuts of a view ("showing N of M").
 */
import type { TiedResult } from "../api/api-types.ts";
import type { AppState } from "./app-state.ts";
import { expand, focusZone, setTied } from "./filters.ts";
import { typeQuery } from "./suggestion-producers.ts";
import { clearTruncations, noteTruncation, type TruncationKind } from "./truncation.ts";

/** Focuses a zone (null: show everything); its tied entities load next. */
export const focusOnZone =
  (zoneId: string | null) =>
  (s: AppState): AppState => {
    if (s.filters.zoneId === zoneId) return s;
    return {
      ...s,
      filters: focusZone(s.filters, zoneId),
      tied: zoneId === null ? null : "loading",
      truncation: clearTruncations(s.truncation, ["tied", "neighbors"]),
      loadingMore: false,
    };
  };

/** Records the tied answer for a zone (ignored if the focus moved on). */
export const receiveTied =
  (result: TiedResult) =>
  (s: AppState): AppState => {
    if (s.filters.zoneId !== result.zoneId) return s;
    return {
      ...s,
      tied: result,
      filters: setTied(
        s.filters,
        result.zoneId,
        result.items.map((i) => ({ id: i.entity.id, role: i.role, hops: i.hops, type: i.entity.type })),
      ),
    };
  };

/**
 * Records that the tied entities of a zone could not be loaded (e.g. a link naming an unknown
 * zone), with the reason; the view then shows none of them and zones named alike are looked up to
 * suggest (ignored if the focus moved on).
 */
export const tiedFailed =
  (zoneId: string, reason: string) =>
  (s: AppState): AppState => {
    if (s.filters.zoneId !== zoneId) return s;
    // Zones named like the one asked for are looked up to suggest.
    return typeQuery(
      "lookup",
      zoneId,
    )({ ...s, tied: { zoneId, failed: reason }, filters: setTied(s.filters, zoneId, []) });
  };

/** Shows the neighbourhood a double-click opened. */
export const expandNeighbors =
  (ids: Iterable<string>) =>
  (s: AppState): AppState => {
    const filters = expand(s.filters, ids);
    return filters === s.filters ? s : { ...s, filters };
  };

/** Forgets the overview's cuts (zones, links) when a zone's view replaces it. */
export const clearOverviewCuts = (s: AppState): AppState => {
  const truncation = clearTruncations(s.truncation, ["zones", "links"]);
  return truncation === s.truncation ? s : { ...s, truncation };
};

/** Records that the view shows `shown` of `total` things of a kind. */
export const truncate =
  (kind: TruncationKind, shown: number, total: number) =>
  (s: AppState): AppState => {
    const truncation = noteTruncation(s.truncation, kind, shown, total);
    return truncation === s.truncation ? s : { ...s, truncation };
  };

/** Marks the loading of more of a truncated view as started or done. */
export const setLoadingMore =
  (loadingMore: boolean) =>
  (s: AppState): AppState =>
    s.loadingMore === loadingMore ? s : { ...s, loadingMore };
