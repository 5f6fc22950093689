/**
 * The Zone type (园区: high-tech zone, development zone, industrial park) with its level, dates,
 * region, parks, members by type and `tied(...)`; and the `zones` query field.
 */
import type { EntityAttributes, EntityType } from "@zonegraph/graph-data";
import type { ArgBuilder } from "@pothos/core";
import { builder, type BuilderTypes } from "../builder.ts";
import type { GraphState } from "../state/graph-state.ts";
import { entityTypeCode } from "../graph/store.ts";
import { LevelEnum } from "./ontology-enums.ts";
import {
  CompanyRef,
  EntityRef,
  NodeRef,
  OrganizationRef,
  PersonRef,
  PlatformRef,
  ProjectRef,
  RegionRef,
  TiedEntityConnectionRef,
  ZoneRef,
} from "./refs.ts";
import { TieRoleEnum, tiedArgs, tiedPage } from "./tied-entity.ts";
import { MAX_HOPS, type Tie } from "../graph/tied-to-zone.ts";
import { relatedEntities, relatedEntity } from "./related.ts";

type TieRole = Tie["role"];

/** Entities of one type tied to a zone (within MAX_HOPS, the largest hop bound) in tied order, optionally of one role. */
function tiedOfType(
  ctx: GraphState,
  zone: EntityAttributes,
  type: EntityType,
  role: TieRole | null | undefined,
): EntityAttributes[] {
  const code = entityTypeCode(type);
  return ctx.tied
    .get(ctx.store.indexOfEntity(zone), MAX_HOPS)
    .filter((tie) => (role == null || tie.role === role) && ctx.store.entityType[tie.entity] === code)
    .map((tie) => ctx.store.entity(tie.entity));
}

/** The `role` argument of the convenience lists. */
const roleArg = (arg: ArgBuilder<BuilderTypes>) => ({
  role: arg({
    type: TieRoleEnum,
    description:
      "Only members (located in the zone) or only counterparties (what the zone or its members deal with); both when omitted.",
  }),
});

ZoneRef.implement({
  description:
    "A zone (园区): a high-tech zone (高新区), development zone (开发区) or industrial park (产业园).",
  interfaces: [NodeRef, EntityRef],
  fields: (t) => ({
    level: t.field({
      type: LevelEnum,
      nullable: true,
      description: "Administrative level (国家级 …), when known.",
      resolve: (z) => z.level ?? null,
    }),
    established: t.string({
      nullable: true,
      description: 'Date founded, e.g. "1990-03".',
      resolve: (z) => z.established ?? null,
    }),
    upgraded: t.string({
      nullable: true,
      description: "Date of a later upgrade (e.g. to national status).",
      resolve: (z) => z.upgraded ?? null,
    }),
    region: t.field({
      type: RegionRef,
      nullable: true,
      description: "The region (行政区) the zone is LOCATED_IN.",
      resolve: relatedEntity("OUT", "LOCATED_IN", "REGION"),
    }),
    parentZone: t.field({
      type: ZoneRef,
      nullable: true,
      description: "For a park: the zone it is PART_OF.",
      resolve: relatedEntity("OUT", "PART_OF", "ZONE"),
    }),
    parks: t.field({
      type: [ZoneRef],
      description: "Parks (园区) that are PART_OF this zone.",
      resolve: relatedEntities("IN", "PART_OF", "ZONE"),
    }),
    companies: t.field({
      type: [CompanyRef],
      args: roleArg(t.arg),
      description:
        "Companies tied to the zone: members (located there) and counterparties (companies it cooperates with, outside owners of its projects); `role` picks one. See `tied` for why each is here.",
      resolve: (z, a, ctx) => tiedOfType(ctx, z, "COMPANY", a.role),
    }),
    platforms: t.field({
      type: [PlatformRef],
      args: roleArg(t.arg),
      description: "R&D platforms tied to the zone (members and counterparties; `role` picks one).",
      resolve: (z, a, ctx) => tiedOfType(ctx, z, "PLATFORM", a.role),
    }),
    projects: t.field({
      type: [ProjectRef],
      args: roleArg(t.arg),
      description: "Projects tied to the zone (members and counterparties; `role` picks one).",
      resolve: (z, a, ctx) => tiedOfType(ctx, z, "PROJECT", a.role),
    }),
    people: t.field({
      type: [PersonRef],
      args: roleArg(t.arg),
      description:
        "People with a role at the zone or one of its members (`role` picks members or counterparties).",
      resolve: (z, a, ctx) => tiedOfType(ctx, z, "PERSON", a.role),
    }),
    organizations: t.field({
      type: [OrganizationRef],
      args: roleArg(t.arg),
      description:
        "Organisations tied to the zone, e.g. the bureau that ADMINISTERS it, partner universities (`role` picks one).",
      resolve: (z, a, ctx) => tiedOfType(ctx, z, "ORGANIZATION", a.role),
    }),
    tied: t.field({
      type: TiedEntityConnectionRef,
      description: "Every entity tied to this zone, as `tiedToZone(zoneId: <this zone>)`.",
      args: tiedArgs(t.arg),
      resolve: (z, args, ctx) => tiedPage(ctx, ctx.store.indexOfEntity(z), args),
    }),
  }),
});

builder.queryField("zones", (t) =>
  t.field({
    type: [ZoneRef],
    description: "Every zone of the graph, by name.",
    resolve: (_root, _args, { store }) => {
      const zone = entityTypeCode("ZONE");
      return Array.from(store.nameOrder)
        .filter((i) => store.entityType[i] === zone)
        .map((i) => store.entity(i));
    },
  }),
);
