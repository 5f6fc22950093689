import { describe, expect, it } from "vitest";
import { initialAppState } from "./app-state.ts";
import { toggleEntityType } from "./filter-producers.ts";
import { graphReady } from "./load-producers.ts";
import { revealAndSelect, selectEntity } from "./selection-producers.ts";
import { focusOnZone, receiveTied } from "./zone-producers.ts";
import { DEFAULT_URL_STATE, parseUrlState } from "./url-state.ts";

describe("selection producers", () => {
  it("loads the details of a linked entity, and of each entity selected after it", () => {
    let state = initialAppState(parseUrlState("?entity=weifeng"));
    expect(state.details).toEqual({ id: "weifeng", loading: true });
    state = selectEntity("baotou")(state);
    expect(state.details).toEqual({ id: "baotou", loading: true });
    expect(selectEntity(null)(state).details).toBeNull();
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
});
