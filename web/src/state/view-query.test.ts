import { describe, expect, it } from "vitest";
import { initialAppState } from "./app-state.ts";
import { parseUrlState } from "./url-state.ts";
import { viewQuery } from "./view-query.ts";

describe("viewQuery", () => {
  it("asks for the zone's tied entities when a zone is in focus", () => {
    const q = viewQuery(initialAppState(parseUrlState("?zone=shihezi&entity=x")));
    expect(q.query).toContain("tiedToZone");
    expect(q.variables).toMatchObject({ zoneId: "shihezi" });
  });

  it("asks for the selected entity", () => {
    const q = viewQuery(initialAppState(parseUrlState("?entity=weifeng")));
    expect(q.query).toContain("entity(id: $id)");
    expect(q.variables).toEqual({ id: "weifeng" });
  });

  it("asks for the whole graph otherwise", () => {
    expect(viewQuery(initialAppState(parseUrlState(""))).query).toContain("entities(");
  });
});
