import { describe, expect, it } from "vitest";
import { zoneGroups, groupKey, type TieInfo } from "../state/zone-groups.ts";
import { zoneLayout } from "./zone-layout.ts";

/** A tied answer: `n` companies one hop away, two people two hops away, one counterparty investor. */
function tied(n: number): Map<string, TieInfo> {
  const m = new Map<string, TieInfo>();
  for (let i = 0; i < n; i++) m.set(`c${i}`, { role: "MEMBER", hops: 1, type: "COMPANY" });
  m.set("p1", { role: "MEMBER", hops: 2, type: "PERSON" });
  m.set("p2", { role: "MEMBER", hops: 2, type: "PERSON" });
  m.set("i1", { role: "COUNTERPARTY", hops: 2, type: "INVESTOR" });
  return m;
}
const dist = (p: { x: number; y: number } | undefined) => (p ? Math.hypot(p.x, p.y) : NaN);

describe("zone layout", () => {
  it("puts the zone at the centre, members on rings by hops, counterparties further out", () => {
    const layout = zoneLayout("z", zoneGroups(tied(5)), new Set(), () => 1);
    expect(layout.positions.get("z")).toEqual({ x: 0, y: 0 });
    const company = dist(layout.positions.get("c0"));
    const person = dist(layout.positions.get("p1"));
    const investor = dist(layout.positions.get("i1"));
    expect(company).toBeLessThan(person);
    expect(person).toBeLessThan(investor);
    expect(layout.rings.map((r) => `${r.role}:${r.hops}`)).toEqual([
      "MEMBER:1",
      "MEMBER:2",
      "COUNTERPARTY:2",
    ]);
  });

  it("gives the same picture for the same answer, whatever order it came in", () => {
    const a = zoneLayout("z", zoneGroups(tied(8)), new Set(), () => 1);
    const reversed = new Map([...tied(8)].reverse());
    const b = zoneLayout("z", zoneGroups(reversed), new Set(), () => 1);
    expect([...b.positions].sort()).toEqual([...a.positions].sort());
  });

  it("draws a collapsed group as one node and none of its entities", () => {
    const key = groupKey("MEMBER", 1, "COMPANY");
    const layout = zoneLayout("z", zoneGroups(tied(100)), new Set([key]), () => 1);
    expect(layout.groups.has(key)).toBe(true);
    expect(layout.positions.has("c0")).toBe(false);
    expect(layout.positions.has("p1")).toBe(true);
  });

  it("keeps nodes of a crowded ring apart on sub-rings", () => {
    const layout = zoneLayout("z", zoneGroups(tied(300)), new Set(), () => 1);
    const points = [...layout.positions].filter(([id]) => id.startsWith("c")).map(([, p]) => p);
    let closest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i];
        const b = points[j];
        if (a && b) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
      }
    expect(closest).toBeGreaterThan(0.5);
  });
});
