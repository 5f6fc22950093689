/**
 * The Relation type (implements Node): a directed, typed fact between two entities with its
 * evidence; and the Direction enum used to ask for an entity's relations.
 */
import { builder } from "../builder.ts";
import { globalIdOf } from "./global-id.ts";
import { RelationTypeEnum } from "./ontology-enums.ts";
import { EntityRef, EvidenceRef, NodeRef, RelationRef } from "./refs.ts";

/** Direction of relations relative to an entity. */
export const DirectionEnum = builder.enumType("Direction", {
  description: "Direction of relations relative to an entity.",
  values: {
    OUT: { description: "Relations from this entity to another." },
    IN: { description: "Relations from another entity to this one." },
    BOTH: { description: "Relations in either direction." },
  } as const,
});

RelationRef.implement({
  description: "A directed, typed relation between two entities, with the quotes that attest it (关系).",
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.id({
      description: "Global id (Relay): base64 of `Relation:rawId`.",
      resolve: (r) => globalIdOf("Relation", r),
    }),
    rawId: t.exposeString("id", { description: "The plain relation id of the graph." }),
    type: t.expose("type", { type: RelationTypeEnum, description: "What the relation says." }),
    from: t.field({
      type: EntityRef,
      description: "The entity the relation points from (e.g. the company LOCATED_IN a zone).",
      resolve: (r, _args, { store }) => store.entity(store.edgeSrc[store.edgeIndexOfRelation(r)]!),
    }),
    to: t.field({
      type: EntityRef,
      description: "The entity the relation points to (e.g. the zone a company is LOCATED_IN).",
      resolve: (r, _args, { store }) => store.entity(store.edgeDst[store.edgeIndexOfRelation(r)]!),
    }),
    title: t.string({
      nullable: true,
      description: "ROLE_AT: the person's title (e.g. 局长); otherwise an optional qualifier.",
      resolve: (r) => r.title ?? null,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "Quotes from the sources that attest this relation.",
      resolve: (r) => r.evidence,
    }),
    inferred: t.boolean({
      description: "True when the relation is inferred rather than stated by the text.",
      resolve: (r) => r.inferred !== undefined,
    }),
    inferenceReason: t.string({
      nullable: true,
      description: "Why the relation is inferred, when it is.",
      resolve: (r) => r.inferred?.reason ?? null,
    }),
  }),
});
