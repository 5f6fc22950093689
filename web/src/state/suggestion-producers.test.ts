import { describe, expect, it } from "vitest";
import type { SearchHitItem } from "../api/api-types.ts";
import { initialAppState } from "./app-state.ts";
import {
  chooseFirstWhenLoaded,
  closeSuggestions,
  moveSuggestion,
  receiveSuggestions,
  suggestionChosen,
  suggestionsFailed,
  typeQuery,
} from "./suggestion-producers.ts";
import { DEFAULT_URL_STATE } from "./url-state.ts";

const hit = (id: string): SearchHitItem => ({
  score: 1,
  matched: id,
  entity: { id, type: "COMPANY", name: id, nameEn: null, aliases: [] },
});
const start = initialAppState(DEFAULT_URL_STATE);

describe("suggestion producers", () => {
  it("asks for suggestions of the text typed, trimmed, and of nothing for blank text", () => {
    const typed = typeQuery("search", " bao ")(start);
    expect(typed.suggestions.search).toMatchObject({ query: "bao", status: "loading" });
    expect(typed.suggestions["path-from"]).toBe(start.suggestions["path-from"]);
    expect(typeQuery("search", "bao")(typed)).toBe(typed);
    expect(typeQuery("search", "  ")(typed).suggestions.search.status).toBe("idle");
  });

  it("shows the answer to the text still typed and drops an answer to older text", () => {
    const typed = typeQuery("search", "baotou")(typeQuery("search", "bao")(start));
    expect(receiveSuggestions("search", "bao", [hit("old")])(typed)).toBe(typed);
    const shown = receiveSuggestions("search", "baotou", [hit("a"), hit("b")])(typed);
    expect(shown.suggestions.search.status).toBe("ready");
    expect(shown.suggestions.search.list).toMatchObject({ open: true, active: -1 });
    expect(shown.suggestions.search.list.items.map((i) => i.entity.id)).toEqual(["a", "b"]);
  });

  it("moves the active suggestion with the arrows and closes the list on Escape", () => {
    let s = receiveSuggestions("path-to", "x", [hit("a"), hit("b")])(typeQuery("path-to", "x")(start));
    s = moveSuggestion("path-to", 1)(moveSuggestion("path-to", 1)(s));
    expect(s.suggestions["path-to"].list.active).toBe(1);
    s = closeSuggestions("path-to")(s);
    expect(s.suggestions["path-to"].list).toMatchObject({ open: false, active: -1 });
    expect(closeSuggestions("path-to")(s)).toBe(s);
  });

  it("remembers an early Enter until the answer, and forgets it when the answer has no match", () => {
    const early = chooseFirstWhenLoaded("search")(typeQuery("search", "x")(start));
    expect(early.suggestions.search.chooseFirst).toBe(true);
    expect(receiveSuggestions("search", "x", [hit("a")])(early).suggestions.search.chooseFirst).toBe(true);
    expect(receiveSuggestions("search", "x", [])(early).suggestions.search.chooseFirst).toBe(false);
    expect(chooseFirstWhenLoaded("search")(start)).toBe(start);
  });

  it("says a search failed, and shows the chosen name in the box with the list closed", () => {
    const typed = typeQuery("search", "x")(start);
    expect(suggestionsFailed("search", "x")(typed).suggestions.search.status).toBe("failed");
    expect(suggestionsFailed("search", "y")(typed)).toBe(typed);
    const chosen = suggestionChosen(
      "search",
      "包头稀土高新区",
    )(receiveSuggestions("search", "x", [hit("a")])(typed));
    expect(chosen.suggestions.search.query).toBe("包头稀土高新区");
    expect(chosen.suggestions.search.list.open).toBe(false);
  });
});
