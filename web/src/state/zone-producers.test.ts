import { describe, expect, it } from "vitest";
import { initialAppState } from "./app-state.ts";
import { expandNeighbors, focusOnZone, receiveTied, tiedFailed, truncate } from "./zone-producers.ts";
import { DEFAULT_URL_STATE } from "./url-state.ts";

describe("zone producers", () => {
  it("shows the tied entities of the zone in focus only", () => {
    const state = focusOnZone("z")(initialAppState(DEFAULT_URL_STATE));
    const tied = {
      zoneId: "z",
      totalCount: 1,
      items: [
        {
          role: "MEMBER" as const,
          hops: 1,
          entity: { id: "c", type: "COMPANY" as const, name: "c", nameEn: null },
          path: [],
        },
      ],
    };
    expect(receiveTied(tied)(state).filters.tiedIds?.has("c")).toBe(true);
    expect(receiveTied({ ...tied, zoneId: "other" })(state)).toBe(state);
  });

  it("says why the tied entities of a zone could not be loaded, and shows none of them", () => {
    const state = focusOnZone("z")(initialAppState(DEFAULT_URL_STATE));
    const failed = tiedFailed("z", "no zone with id z")(state);
    expect(failed.tied).toEqual({ zoneId: "z", failed: "no zone with id z" });
    expect([...(failed.filters.tiedIds ?? [])]).toEqual(["z"]);
    expect(tiedFailed("other", "x")(state)).toBe(state);
  });

  it("forgets a zone's cut and expansions when the focus moves on, but keeps the overview's", () => {
    let state = truncate("zones", 500, 2500)(focusOnZone("z")(initialAppState(DEFAULT_URL_STATE)));
    state = expandNeighbors(["n"])(truncate("tied", 5000, 6682)(state));
    expect(state.truncation.map((t) => t.kind)).toEqual(["zones", "tied"]);
    expect(state.filters.expandedIds.has("n")).toBe(true);
    state = focusOnZone(null)(state);
    expect(state.truncation.map((t) => t.kind)).toEqual(["zones"]);
    expect(state.filters.expandedIds.size).toBe(0);
  });
});
