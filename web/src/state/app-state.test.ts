import { describe, expect, it } from "vitest";
import { DEFAULT_URL_STATE, parseUrlState } from "./url-state.ts";
import {
  clearPath,
  detailsFailed,
  expandNeighbors,
  focusOnZone,
  graphReady,
  initialAppState,
  receiveDetails,
  receivePath,
  receiveTied,
  requestPath,
  revealAndSelect,
  selectEntity,
  setLang,
  setPathEnd,
  tiedFailed,
  toggleEntityType,
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

  it("loads the details of a linked entity, and of each entity selected after it", () => {
    let state = initialAppState(parseUrlState("?entity=weifeng"));
    expect(state.details).toEqual({ id: "weifeng", loading: true });
    state = selectEntity("baotou")(state);
    expect(state.details).toEqual({ id: "baotou", loading: true });
    expect(selectEntity(null)(state).details).toBeNull();
  });

  it("keeps the details of the entity still selected and drops a late answer for another", () => {
    const details = { id: "b", type: "COMPANY" as const, name: "b", nameEn: null, aliases: [] };
    const entity = { ...details, description: null, evidence: [], metrics: [], relations: [] };
    const state = selectEntity("b")(selectEntity("a")(initialAppState(DEFAULT_URL_STATE)));
    expect(receiveDetails("a", null)(state)).toBe(state);
    expect(detailsFailed("a", "down")(state)).toBe(state);
    expect(receiveDetails("b", entity)(state).details).toEqual({ id: "b", entity });
    expect(detailsFailed("b", "server down")(state).details).toEqual({ id: "b", failed: "server down" });
  });

  it("shows an entity chosen in a panel: its type switched back on, a zone focus hiding it cleared", () => {
    let state = graphReady("full", false)(initialAppState(DEFAULT_URL_STATE));
    state = focusOnZone("z")(toggleEntityType("PERSON")(state));
    state = receiveTied({ zoneId: "z", totalCount: 0, items: [] })(state);
    const chosen = revealAndSelect("p", "PERSON", true)(state);
    expect(chosen.filters.hiddenTypes).toEqual([]);
    expect(chosen.filters.zoneId).toBeNull();
    expect(chosen.selection.selected).toBe("p");
  });

  it("opens a zone not drawn on the overview, and only selects anything else not drawn", () => {
    const overview = graphReady("overview", false)(initialAppState(DEFAULT_URL_STATE));
    const zone = revealAndSelect("z", "ZONE", false)(overview);
    expect(zone.filters.zoneId).toBe("z");
    expect(zone.selection.selected).toBe("z");
    const company = revealAndSelect("c", "COMPANY", false)(overview);
    expect(company.filters.zoneId).toBeNull();
    expect(company.selection.selected).toBe("c");
  });

  it("asks for a path only once both ends are chosen, and puts it in the link once found", () => {
    let state = setPathEnd("from", "a")(initialAppState(DEFAULT_URL_STATE));
    expect(requestPath(state)).toBe(state);
    state = requestPath(setPathEnd("to", "b")(state));
    expect(state.pathTool.result).toBe("loading");
    expect(toUrlState(state).pathFrom).toBeNull();
    state = receivePath({ entities: [], relations: [] })(state);
    expect(toUrlState(state)).toMatchObject({ pathFrom: "a", pathTo: "b" });
    const cleared = clearPath(state);
    expect(cleared.pathTool).toEqual({ from: null, to: null, result: null });
    expect(clearPath(cleared)).toBe(cleared);
  });
});
