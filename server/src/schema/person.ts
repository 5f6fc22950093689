/**
 * The Person type (人物) with their roles, and the Role type: a title at an organisation,
 * company, platform or government (a ROLE_AT relation).
 */
import { edgesOf } from "../graph/adjacency.ts";
import { relationTypeCode } from "../graph/store.ts";
import { EntityRef, NodeRef, PersonRef, RelationRef, RoleRef } from "./refs.ts";

const ROLE_AT = new Set([relationTypeCode("ROLE_AT")]);

RoleRef.implement({
  description: "A person's role: their title at an organisation, company, platform or government (ROLE_AT).",
  fields: (t) => ({
    title: t.string({
      nullable: true,
      description: "The title, e.g. 局长, 总工程师.",
      resolve: (r) => r.title ?? null,
    }),
    at: t.field({
      type: EntityRef,
      description: "Where the person holds the title.",
      resolve: (r, _a, { store }) => store.entity(store.edgeDst[store.edgeIndexOfRelation(r)]!),
    }),
    relation: t.field({
      type: RelationRef,
      description: "The ROLE_AT relation, with its evidence.",
      resolve: (r) => r,
    }),
  }),
});

PersonRef.implement({
  description: "A named person (人物); their titles are ROLE_AT relations.",
  interfaces: [NodeRef, EntityRef],
  fields: (t) => ({
    roles: t.field({
      type: [RoleRef],
      description: "The person's roles (任职).",
      resolve: (p, _a, { store }) =>
        edgesOf(store, store.indexOfEntity(p), "OUT", ROLE_AT).map((e) => store.relation(e)),
    }),
  }),
});
