import { describe, expect, it } from "vitest";
import { initialAppState, toUrlState } from "./app-state.ts";
import { applyUrl } from "./navigation-producers.ts";
import { focusOnZone } from "./zone-producers.ts";
import { DEFAULT_URL_STATE, parseUrlState } from "./url-state.ts";

describe("navigation producers", () => {
  it("restores the view a URL describes, and the same URL comes back out", () => {
    const start = focusOnZone("z1")(initialAppState(DEFAULT_URL_STATE));
    const url = parseUrlState("?entity=c&zone=z2&lang=en&hide=PERSON&from=a&to=b");
    const restored = applyUrl(url)(start);
    expect(restored.filters.zoneId).toBe("z2");
    expect(restored.selection.selected).toBe("c");
    expect(restored.pathTool.result).toBe("loading");
    expect(toUrlState(restored)).toEqual(url);
  });

  it("goes back to the plain view: no zone, no selection, no path", () => {
    const busy = applyUrl(parseUrlState("?entity=c&zone=z2&from=a&to=b"))(initialAppState(DEFAULT_URL_STATE));
    const plain = applyUrl(DEFAULT_URL_STATE)(busy);
    expect(toUrlState(plain)).toEqual(DEFAULT_URL_STATE);
    expect(applyUrl(DEFAULT_URL_STATE)(plain)).toBe(plain);
  });
});
