/**
 * The Region type (行政区: province, city, prefecture, XPCC division) with its parent region
 * and the zones located in it.
 */
import { EntityRef, NodeRef, RegionRef, ZoneRef } from "./refs.ts";
import { relatedEntities, relatedEntity } from "./related.ts";

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
      resolve: relatedEntity("OUT", "PART_OF", "REGION"),
    }),
    zones: t.field({
      type: [ZoneRef],
      description: "Zones LOCATED_IN this region.",
      resolve: relatedEntities("IN", "LOCATED_IN", "ZONE"),
    }),
  }),
});
