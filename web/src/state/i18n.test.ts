import { describe, expect, it } from "vitest";
import { ontologyLabel, t } from "./i18n.ts";

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
});
