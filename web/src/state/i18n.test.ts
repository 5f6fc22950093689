import { describe, expect, it } from "vitest";
import { ontologyLabel, t, tf } from "./i18n.ts";

describe("i18n", () => {
  it("has every UI string in both languages", () => {
    expect(t("zh", "appTitle")).toBe("园区图谱");
    expect(t("en", "appTitle")).toBe("ZoneGraph");
  });

  it("takes entity type labels from the ontology", () => {
    expect(ontologyLabel("zh", "entity", "COMPANY")).toBe("企业");
    expect(ontologyLabel("en", "entity", "COMPANY")).toBe("Company");
    expect(ontologyLabel("en", "relation", "LOCATED_IN")).toBe("located in");
  });

  it("falls back to the id for an unknown value", () => {
    expect(ontologyLabel("en", "status", "ON_HOLD")).toBe("ON_HOLD");
  });

  it("fills in the numbers of a message", () => {
    expect(tf("zh", "truncTied", { n: 5000, m: 6682 })).toBe("显示 5000 / 6682 个相关实体");
    expect(tf("en", "truncTied", { n: 1 })).toBe("Showing 1 of {m} tied entities");
  });
});
