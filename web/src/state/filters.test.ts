import { describe, expect, it } from "vitest";
import type { EntityType } from "@zonegraph/graph-data/ontology";
import {
  collapsedGroups,
  EMPTY_FILTERS,
  expand,
  focusZone,
  isGroupVisible,
  isRelationVisible,
  isVisible,
  setTied,
  toggleGroup,
  toggleRelationType,
  toggleRole,
  toggleType,
  type TiedEntry,
} from "./filters.ts";
import { COLLAPSE_AT, groupKey } from "./zone-groups.ts";

/** Tied entries of these ids: members one hop away, typed by their first letter (c: company, p: person, n: company). */
const ties = (ids: readonly string[], extra: Partial<TiedEntry> = {}): TiedEntry[] =>
  ids.map((id) => ({
    id,
    role: "MEMBER",
    hops: 1,
    type: (id.startsWith("p") ? "PERSON" : "COMPANY") as EntityType,
    ...extra,
  }));

describe("filters", () => {
  it("shows everything without a filter", () => {
    expect(isVisible(EMPTY_FILTERS, "c1", "COMPANY")).toBe(true);
  });

  it("hides a type switched off in the legend, and shows it again when switched back on", () => {
    const off = toggleType(EMPTY_FILTERS, "PERSON");
    expect(isVisible(off, "p1", "PERSON")).toBe(false);
    expect(isVisible(off, "c1", "COMPANY")).toBe(true);
    expect(isVisible(toggleType(off, "PERSON"), "p1", "PERSON")).toBe(true);
  });

  it("keeps hidden types in ontology order", () => {
    const state = toggleType(toggleType(EMPTY_FILTERS, "PERSON"), "ZONE");
    expect(state.hiddenTypes).toEqual(["ZONE", "PERSON"]);
  });

  it("shows only the zone and its tied entities when a zone is in focus", () => {
    const focused = setTied(focusZone(EMPTY_FILTERS, "z1"), "z1", ties(["c1"]));
    expect(isVisible(focused, "z1", "ZONE")).toBe(true);
    expect(isVisible(focused, "c1", "COMPANY")).toBe(true);
    expect(isVisible(focused, "c2", "COMPANY")).toBe(false);
  });

  it("shows the zone alone while its tied entities load", () => {
    const loading = focusZone(EMPTY_FILTERS, "z1");
    expect(isVisible(loading, "z1", "ZONE")).toBe(true);
    expect(isVisible(loading, "c1", "COMPANY")).toBe(false);
  });

  it("ignores a tied answer for a zone no longer in focus", () => {
    const moved = focusZone(focusZone(EMPTY_FILTERS, "z1"), "z2");
    expect(setTied(moved, "z1", ties(["c1"])).tiedIds).toBeNull();
  });

  it("combines zone focus with hidden types", () => {
    const state = toggleType(setTied(focusZone(EMPTY_FILTERS, "z1"), "z1", ties(["c1", "p1"])), "PERSON");
    expect(isVisible(state, "p1", "PERSON")).toBe(false);
    expect(isVisible(state, "c1", "COMPANY")).toBe(true);
  });

  it("shows an expanded neighbourhood beside the zone's tied entities until the zone changes", () => {
    const focused = expand(setTied(focusZone(EMPTY_FILTERS, "z1"), "z1", ties(["c1"])), ["n1"]);
    expect(isVisible(focused, "n1", "COMPANY")).toBe(true);
    expect(expand(focused, ["n1"])).toBe(focused);
    expect(isVisible(focusZone(focused, "z2"), "n1", "COMPANY")).toBe(false);
  });

  it("leaves hiding to the drawn graph in overview mode, except for types", () => {
    const scoped = { ...focusZone(EMPTY_FILTERS, "z1"), zoneHides: false };
    expect(isVisible(scoped, "c9", "COMPANY")).toBe(true);
    expect(isVisible(toggleType(scoped, "COMPANY"), "c9", "COMPANY")).toBe(false);
  });

  it("filters a zone's tied entities by hops and role", () => {
    const focused = setTied(focusZone(EMPTY_FILTERS, "z1"), "z1", [
      ...ties(["c1"]),
      ...ties(["c2"], { hops: 3 }),
      ...ties(["i1"], { role: "COUNTERPARTY", hops: 2 }),
    ]);
    const near = { ...focused, maxHops: 2 };
    expect(isVisible(near, "c1", "COMPANY")).toBe(true);
    expect(isVisible(near, "c2", "COMPANY")).toBe(false);
    const membersOnly = toggleRole(focused, "COUNTERPARTY");
    expect(isVisible(membersOnly, "i1", "COMPANY")).toBe(false);
    expect(isVisible(membersOnly, "c2", "COMPANY")).toBe(true);
    expect(isVisible(membersOnly, "z1", "ZONE")).toBe(true);
  });

  it("folds a large group into its node until it is opened", () => {
    const many = Array.from({ length: COLLAPSE_AT + 1 }, (_, i) => `c${i}`);
    const focused = setTied(focusZone(EMPTY_FILTERS, "z1"), "z1", [...ties(many), ...ties(["p1"])]);
    const key = groupKey("MEMBER", 1, "COMPANY");
    const folded = collapsedGroups(focused);
    expect([...folded]).toEqual([key]);
    expect(isVisible(focused, "c0", "COMPANY")).toBe(false);
    expect(isVisible(focused, "p1", "PERSON")).toBe(true);
    expect(isGroupVisible(focused, { key, role: "MEMBER", hops: 1, type: "COMPANY" }, folded)).toBe(true);
    const opened = toggleGroup(focused, key);
    expect(isVisible(opened, "c0", "COMPANY")).toBe(true);
    expect(collapsedGroups(opened).size).toBe(0);
  });

  it("shows relations by type and by stated or inferred", () => {
    const noRoles = toggleRelationType(EMPTY_FILTERS, "ROLE_AT");
    expect(isRelationVisible(noRoles, "ROLE_AT", false)).toBe(false);
    expect(isRelationVisible(noRoles, "LOCATED_IN", false)).toBe(true);
    const stated = { ...EMPTY_FILTERS, relationKind: "stated" as const };
    expect(isRelationVisible(stated, "LOCATED_IN", true)).toBe(false);
    expect(isRelationVisible(stated, "LOCATED_IN", false)).toBe(true);
    expect(isRelationVisible({ ...EMPTY_FILTERS, relationKind: "inferred" }, "LOCATED_IN", false)).toBe(
      false,
    );
  });
});
