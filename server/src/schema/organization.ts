/**
 * The Organization type (机构: government body, university, research institution) with its
 * kind, the people with a role at it and the zones it administers.
 */
import { neighborsVia } from "../graph/adjacency.ts";
import { OrganizationKindEnum } from "./ontology-enums.ts";
import { EntityRef, NodeRef, OrganizationRef, PersonRef, ZoneRef } from "./refs.ts";

OrganizationRef.implement({
  description: "A government body, university or research institution (机构).",
  interfaces: [NodeRef, EntityRef],
  fields: (t) => ({
    orgKind: t.field({
      type: OrganizationKindEnum,
      nullable: true,
      description: "What kind of organisation.",
      resolve: (o) => o.orgKind ?? null,
    }),
    people: t.field({
      type: [PersonRef],
      description: "People with a role (ROLE_AT) at it.",
      resolve: (o, _a, { store }) =>
        neighborsVia(store, store.indexOfEntity(o), "IN", "ROLE_AT", "PERSON").map((i) => store.entity(i)),
    }),
    administers: t.field({
      type: [ZoneRef],
      description: "Zones it ADMINISTERS (管理).",
      resolve: (o, _a, { store }) =>
        neighborsVia(store, store.indexOfEntity(o), "OUT", "ADMINISTERS", "ZONE").map((i) => store.entity(i)),
    }),
  }),
});
