import { describe, expect, it } from "vitest";
import { initialAppState } from "./app-state.ts";
import {
  setMaxHops,
  setRelationKind,
  toggleEntityType,
  toggleRelation,
  toggleTieRole,
  toggleZoneGroup,
} from "./filter-producers.ts";
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

describe("zone filter producers", () => {
  const start = initialAppState(DEFAULT_URL_STATE);

  it("sets hops, roles, relation types and kinds, unchanged when nothing changes", () => {
    const near = setMaxHops(2)(start);
    expect(near.filters.maxHops).toBe(2);
    expect(setMaxHops(2)(near)).toBe(near);
    expect(toggleTieRole("COUNTERPARTY")(start).filters.hiddenRoles).toEqual(["COUNTERPARTY"]);
    expect(toggleRelation("ROLE_AT")(start).filters.hiddenRelationTypes).toEqual(["ROLE_AT"]);
    const stated = setRelationKind("stated")(start);
    expect(stated.filters.relationKind).toBe("stated");
    expect(setRelationKind("stated")(stated)).toBe(stated);
  });

  it("opens a group and folds it again", () => {
    const opened = toggleZoneGroup("group:MEMBER:1:COMPANY")(start);
    expect(opened.filters.openGroups.has("group:MEMBER:1:COMPANY")).toBe(true);
    expect(toggleZoneGroup("group:MEMBER:1:COMPANY")(opened).filters.openGroups.size).toBe(0);
  });
});
