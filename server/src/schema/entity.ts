/**
 * The Entity interface (implements Node) with the fields every entity has, the helper that
 * implements an entity object type, and the `entity(id)` query field.
 */
import type { EntityAttributes } from "@zonegraph/graph-data";
import { builder } from "../builder.ts";
import { edgesOf } from "../graph/adjacency.ts";
import { relationTypeCode } from "../graph/store.ts";
import { ENTITY_TYPENAMES, resolveEntityId, type IdLookup } from "../ids.ts";
import { globalIdOf } from "./global-id.ts";
import { EntityTypeEnum, RelationTypeEnum } from "./ontology-enums.ts";
import { DirectionEnum } from "./relation.ts";
import { EntityRef, EvidenceRef, MetricRef, NodeRef, RelationRef } from "./refs.ts";

EntityRef.implement({
  description:
    "Anything the graph knows about: a zone, region, company, platform, project, investor, person or organisation (实体).",
  interfaces: [NodeRef],
  resolveType: (e) => ENTITY_TYPENAMES[e.type],
  fields: (t) => ({
    id: t.id({
      description:
        "Global id (Relay): base64 of `Type:rawId`. `node`, `entity` and every id argument also accept the raw id or an exact name/alias.",
      resolve: (e) => globalIdOf(ENTITY_TYPENAMES[e.type], e),
    }),
    rawId: t.exposeString("id", {
      description: 'The plain entity id of the graph, e.g. "baotou-rare-earth-hi-tech-zone".',
    }),
    type: t.expose("type", { type: EntityTypeEnum, description: "What kind of entity this is." }),
    name: t.exposeString("name", {
      description: "Canonical name as printed (Chinese); for companies the full registered name.",
    }),
    nameEn: t.string({
      nullable: true,
      description: "English name, when known.",
      resolve: (e) => e.nameEn || null,
    }),
    aliases: t.exposeStringList("aliases", {
      description: "Short names and variants (简称), e.g. 威丰电磁.",
    }),
    description: t.string({
      nullable: true,
      description: "A short English description, when the curator wrote one.",
      resolve: (e) => e.description ?? null,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "Quotes from the sources that attest this entity.",
      resolve: (e) => e.evidence,
    }),
    metrics: t.field({
      type: [MetricRef],
      description: "Figures reported about this entity (指标).",
      resolve: (e) => e.metrics,
    }),
    inferred: t.boolean({
      description: "True when the entity is inferred rather than stated by the text.",
      resolve: (e) => e.inferred !== undefined,
    }),
    inferenceReason: t.string({
      nullable: true,
      description: "Why the entity is inferred, when it is.",
      resolve: (e) => e.inferred?.reason ?? null,
    }),
    relations: t.field({
      type: [RelationRef],
      description: "This entity's relations, in graph order.",
      args: {
        direction: t.arg({
          type: DirectionEnum,
          defaultValue: "BOTH",
          description: "OUT: from this entity; IN: to it; BOTH: either.",
        }),
        types: t.arg({
          type: [RelationTypeEnum],
          description: "Only relations of these types (all when omitted).",
        }),
      },
      resolve: (e, args, { store }) => {
        const codes = args.types ? new Set(args.types.map(relationTypeCode)) : undefined;
        return edgesOf(store, store.indexOfEntity(e), args.direction ?? "BOTH", codes).map((r) =>
          store.relation(r),
        );
      },
    }),
  }),
});

/** Finds an entity by global or raw id (null when unknown). */
export function findEntity(lookup: IdLookup, id: string): EntityAttributes | null {
  const i = resolveEntityId(lookup, id);
  return i >= 0 ? lookup.store.entity(i) : null;
}

builder.queryField("entity", (t) =>
  t.field({
    type: EntityRef,
    nullable: true,
    description:
      'An entity by id: its global id or, for convenience, its raw id (e.g. "baotou-rare-earth-hi-tech-zone") or its exact name or alias (e.g. "包头稀土高新区"). Null when unknown.',
    args: {
      id: t.arg.id({ required: true, description: "Global id, raw entity id, or exact name or alias." }),
    },
    resolve: (_root, args, ctx) => findEntity(ctx, String(args.id)),
  }),
);
