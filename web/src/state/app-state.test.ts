import { describe, expect, it } from "vitest";
import { initialAppState, toUrlState } from "./app-state.ts";
import { selectEntity } from "./selection-producers.ts";
import { setLang } from "./set-lang.ts";
import { focusOnZone } from "./zone-producers.ts";
import { DEFAULT_URL_STATE, parseUrlState } from "./url-state.ts";

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
});
