/**
 * The Platform type (研发平台: R&D centre, key lab, workstation, institute …) with its kind,
 * level, host and the platforms it relies on.
 */
import { neighborsVia } from "../graph/adjacency.ts";
import { LevelEnum, PlatformKindEnum } from "./ontology-enums.ts";
import { EntityRef, NodeRef, PlatformRef, ZoneRef } from "./refs.ts";

PlatformRef.implement({
  description:
    "An R&D or innovation platform (研发平台): R&D centre, key lab, workstation, institute, incubator, alliance or base.",
  interfaces: [NodeRef, EntityRef],
  fields: (t) => ({
    kind: t.field({
      type: PlatformKindEnum,
      nullable: true,
      description: "What kind of platform.",
      resolve: (p) => p.kind ?? null,
    }),
    level: t.field({
      type: LevelEnum,
      nullable: true,
      description: "Its level (国家级, 省级 …), when known.",
      resolve: (p) => p.level ?? null,
    }),
    established: t.string({
      nullable: true,
      description: "Date approved or founded.",
      resolve: (p) => p.established ?? null,
    }),
    host: t.field({
      type: EntityRef,
      nullable: true,
      description: "The company or organisation it is HOSTED_BY (依托企业).",
      resolve: (p, _a, { store }) => {
        const h = neighborsVia(store, store.indexOfEntity(p), "OUT", "HOSTED_BY")[0];
        return h === undefined ? null : store.entity(h);
      },
    }),
    reliesOn: t.field({
      type: [PlatformRef],
      description: "Platforms this one RELIES_ON (is built on).",
      resolve: (p, _a, { store }) =>
        neighborsVia(store, store.indexOfEntity(p), "OUT", "RELIES_ON").map((i) => store.entity(i)),
    }),
    zone: t.field({
      type: ZoneRef,
      nullable: true,
      description: "The zone the platform is LOCATED_IN (directly).",
      resolve: (p, _a, { store }) => {
        const z = neighborsVia(store, store.indexOfEntity(p), "OUT", "LOCATED_IN", "ZONE")[0];
        return z === undefined ? null : store.entity(z);
      },
    }),
  }),
});
