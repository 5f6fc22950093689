/**
 * The Platform type (研发平台: R&D centre, key lab, workstation, institute …) with its kind,
 * level, host and the platforms it relies on.
 */
import { LevelEnum, PlatformKindEnum } from "./ontology-enums.ts";
import { EntityRef, NodeRef, PlatformRef, ZoneRef } from "./refs.ts";
import { relatedEntities, relatedEntity } from "./related.ts";

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
      resolve: relatedEntity("OUT", "HOSTED_BY"),
    }),
    reliesOn: t.field({
      type: [PlatformRef],
      description: "Platforms this one RELIES_ON (is built on).",
      resolve: relatedEntities("OUT", "RELIES_ON"),
    }),
    zone: t.field({
      type: ZoneRef,
      nullable: true,
      description: "The zone the platform is LOCATED_IN (directly).",
      resolve: relatedEntity("OUT", "LOCATED_IN", "ZONE"),
    }),
  }),
});
