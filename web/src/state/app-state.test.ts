import { describe, expect, it } from "vitest";
import { DEFAULT_URL_STATE, parseUrlState } from "./url-state.ts";
import {
  expandNeighbors,
  focusOnZone,
  initialAppState,
  receivePath,
  receiveTied,
  selectEntity,
  setLang,
  tiedFailed,
  toUrlState,
  truncate,
} from "./app-state.ts";

describe("app state", () => {
  it("opens the view a link describes", () => {
    const state = initialAppState(parseUrlState("?entity=weifeng&zone=shihezi&lang=en"));
    expect(state.selection.selected).toBe("weifeng");
    expect(state.filters.zoneId).toBe("shihezi");
    expect(state.lang).toBe("en");
    expect(state.tied).toBe("loading");
  });

  it("writes back the same link", () => {
    const url = parseUrlState("?entity=weifeng&zone=shihezi&lang=en");
    expect(toUrlState(initialAppState(url))).toEqual(url);
  });

  it("follows selection, language and zone into the URL", () => {
    let state = initialAppState(DEFAULT_URL_STATE);
    state = focusOnZone("z")(setLang("en")(selectEntity("c")(state)));
    expect(toUrlState(state)).toMatchObject({ entity: "c", zone: "z", lang: "en" });
  });

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

  it("highlights a found path and says when there is none", () => {
    const state = initialAppState(DEFAULT_URL_STATE);
    const found = receivePath({
      entities: [{ id: "a", type: "ZONE", name: "a", nameEn: null }],
      relations: [],
    })(state);
    expect(found.selection.path?.nodes).toEqual(["a"]);
    expect(receivePath(null)(state).pathTool.result).toBe("none");
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
