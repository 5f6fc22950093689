import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, expand, focusZone, isVisible, setTied, toggleType } from "./filters.ts";

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
    const focused = setTied(focusZone(EMPTY_FILTERS, "z1"), "z1", ["c1"]);
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
    expect(setTied(moved, "z1", ["c1"]).tiedIds).toBeNull();
  });

  it("combines zone focus with hidden types", () => {
    const state = toggleType(setTied(focusZone(EMPTY_FILTERS, "z1"), "z1", ["c1", "p1"]), "PERSON");
    expect(isVisible(state, "p1", "PERSON")).toBe(false);
    expect(isVisible(state, "c1", "COMPANY")).toBe(true);
  });

  it("shows an expanded neighbourhood beside the zone's tied entities until the zone changes", () => {
    const focused = expand(setTied(focusZone(EMPTY_FILTERS, "z1"), "z1", ["c1"]), ["n1"]);
    expect(isVisible(focused, "n1", "COMPANY")).toBe(true);
    expect(expand(focused, ["n1"])).toBe(focused);
    expect(isVisible(focusZone(focused, "z2"), "n1", "COMPANY")).toBe(false);
  });

  it("leaves hiding to the drawn graph in overview mode, except for types", () => {
    const scoped = { ...focusZone(EMPTY_FILTERS, "z1"), zoneHides: false };
    expect(isVisible(scoped, "c9", "COMPANY")).toBe(true);
    expect(isVisible(toggleType(scoped, "COMPANY"), "c9", "COMPANY")).toBe(false);
  });
});
