/**
 * The Region type (行政区: province, city, prefecture, XPCC division) with its parent region
 * and the zones located in it.
 */
import { neighborsVia } from "../graph/adjacency.ts";
import { EntityRef, NodeRef, RegionRef, ZoneRef } from "./refs.ts";

RegionRef.implement({
  description: "A region (行政区): province, city, prefecture or XPCC division (兵团师市).",
  interfaces: [NodeRef, EntityRef],
  fields: (t) => ({
    regionKind: t.string({
      nullable: true,
      description: '"province", "city", "division" …',
      resolve: (r) => r.regionKind ?? null,
    }),
    parent: t.field({
      type: RegionRef,
      nullable: true,
      description: "The larger region this one is PART_OF.",
      resolve: (r, _a, { store }) => {
        const p = neighborsVia(store, store.indexOfEntity(r), "OUT", "PART_OF", "REGION")[0];
        return p === undefined ? null : store.entity(p);
      },
    }),
    zones: t.field({
      type: [ZoneRef],
      description: "Zones LOCATED_IN this region.",
      resolve: (r, _a, { store }) =>
        neighborsVia(store, store.indexOfEntity(r), "IN", "LOCATED_IN", "ZONE").map((i) => store.entity(i)),
    }),
  }),
});
