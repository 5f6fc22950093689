// Tied-to-zone semantics on the two-zone fixture: members, counterparties, paths, hops, limits.
import { describe, expect, it } from "vitest";
import { GraphStore } from "../src/graph/store.ts";
import { tiedToZone, type Tie } from "../src/graph/tied-to-zone.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const store = GraphStore.fromGraph(twoZoneGraph());
const zoneA = store.indexOf("zone-a");
const byId = (ties: Tie[]): Map<string, Tie> => new Map(ties.map((t) => [store.entity(t.entity).id, t]));
const pathIds = (t: Tie | undefined): string[] => (t?.path ?? []).map((e) => store.relation(e).id);

describe("tiedToZone (algorithm)", () => {
  const ties = byId(tiedToZone(store, zoneA, 4));

  it("finds members through chains of membership relations", () => {
    expect(ties.get("company-a")).toMatchObject({ role: "MEMBER", hops: 1 });
    expect(ties.get("bureau-a")).toMatchObject({ role: "MEMBER", hops: 1 });
    expect(ties.get("project-a")).toMatchObject({ role: "MEMBER", hops: 2 });
    expect(ties.get("person-a")).toMatchObject({ role: "MEMBER", hops: 2 });
    expect(ties.get("platform-b")).toMatchObject({ role: "MEMBER", hops: 3 });
  });

  it("includes a park that is PART_OF the zone and expands it", () => {
    expect(ties.get("park-a")).toMatchObject({ role: "MEMBER", hops: 1 });
    expect(ties.get("company-park")).toMatchObject({ role: "MEMBER", hops: 2 });
    expect(pathIds(ties.get("company-park"))).toEqual([
      "r05-located_in-company-park-park-a",
      "r02-part_of-park-a-zone-a",
    ]);
  });

  it("lists counterparties one step out and never expands them", () => {
    expect(ties.get("investor-shared")).toMatchObject({ role: "COUNTERPARTY", hops: 3 });
    expect(ties.get("university-u")).toMatchObject({ role: "COUNTERPARTY", hops: 3 });
    expect(ties.get("partner-x")).toMatchObject({ role: "COUNTERPARTY", hops: 1 });
    expect(ties.get("partner-in")).toMatchObject({ role: "COUNTERPARTY", hops: 2 });
    expect(ties.get("group-g")).toMatchObject({ role: "COUNTERPARTY", hops: 2 });
  });

  it("never leaks another zone's entities through a shared investor, a region or a cooperating zone", () => {
    for (const id of ["zone-b", "company-b", "project-b", "person-b", "region-r", "loner"])
      expect(ties.has(id), id).toBe(false);
    expect(ties.has("zone-a")).toBe(false);
  });

  it("gives paths from the tied entity toward the zone", () => {
    expect(pathIds(ties.get("investor-shared"))).toEqual([
      "r10-funded_by-project-a-investor-shared",
      "r09-owned_by-project-a-company-a",
      "r04-located_in-company-a-zone-a",
    ]);
    for (const tie of ties.values()) {
      expect(tie.path).toHaveLength(tie.hops);
      const first = store.relation(tie.path[0]!);
      const last = tie.path[tie.path.length - 1]!;
      expect([store.edgeSrc[tie.path[0]!], store.edgeDst[tie.path[0]!]]).toContain(tie.entity);
      expect([store.edgeSrc[last], store.edgeDst[last]]).toContain(zoneA);
      expect(first).toBeDefined();
    }
  });

  it("breaks ties between equally short paths by the lowest relation index", () => {
    expect(pathIds(ties.get("platform-a"))).toEqual([
      "r06-hosted_by-platform-a-company-a",
      "r04-located_in-company-a-zone-a",
    ]);
  });

  it("respects maxHops", () => {
    const one = byId(tiedToZone(store, zoneA, 1));
    expect([...one.keys()].sort()).toEqual(["bureau-a", "company-a", "park-a", "partner-x"]);
    const two = byId(tiedToZone(store, zoneA, 2));
    expect(two.has("investor-shared")).toBe(false);
    expect(two.get("project-a")?.hops).toBe(2);
  });

  it("orders members first, then by hops, type and name", () => {
    const list = tiedToZone(store, zoneA, 4);
    const firstCounterparty = list.findIndex((t) => t.role === "COUNTERPARTY");
    expect(list.slice(firstCounterparty).every((t) => t.role === "COUNTERPARTY")).toBe(true);
    const members = list.slice(0, firstCounterparty);
    for (let k = 1; k < members.length; k++) {
      const a = members[k - 1]!;
      const b = members[k]!;
      expect(
        a.hops < b.hops || (a.hops === b.hops && store.entityType[a.entity]! <= store.entityType[b.entity]!),
      ).toBe(true);
    }
    expect(list.slice(0, 3).map((t) => store.entity(t.entity).id)).toEqual([
      "park-a",
      "company-a",
      "bureau-a",
    ]);
  });

  it("does not tie zone B's members to zone A but finds its own", () => {
    const b = byId(tiedToZone(store, store.indexOf("zone-b"), 4));
    expect(b.get("company-b")).toMatchObject({ role: "MEMBER", hops: 1 });
    expect(b.get("person-b")).toMatchObject({ role: "MEMBER", hops: 1 });
    expect(b.get("investor-shared")).toMatchObject({ role: "COUNTERPARTY", hops: 3 });
    expect(b.get("company-a")).toMatchObject({ role: "COUNTERPARTY", hops: 1 });
    expect(b.has("project-a")).toBe(false);
  });
});
