import { describe, expect, it } from "vitest";
import { initialAppState } from "./app-state.ts";
import { toggleEntityType } from "./filter-producers.ts";
import { setLang } from "./set-lang.ts";
import { DEFAULT_URL_STATE } from "./url-state.ts";

describe("filter producers and the language", () => {
  const start = initialAppState(DEFAULT_URL_STATE);

  it("hides a type from the legend and shows it again", () => {
    const hidden = toggleEntityType("PERSON")(start);
    expect(hidden.filters.hiddenTypes).toEqual(["PERSON"]);
    expect(toggleEntityType("PERSON")(hidden).filters.hiddenTypes).toEqual([]);
  });

  it("switches the language, unchanged when it already is", () => {
    expect(setLang("en")(start).lang).toBe("en");
    expect(setLang("zh")(start)).toBe(start);
  });
});
