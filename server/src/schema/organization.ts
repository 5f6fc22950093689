/**
 * The Organization type (机构: government body, university, research institution) with its
 * kind, the people with a role at it and the zones it administers.
 */
import { OrganizationKindEnum } from "./ontology-enums.ts";
import { EntityRef, NodeRef, OrganizationRef, PersonRef, ZoneRef } from "./refs.ts";
import { relatedEntities } from "./related.ts";

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
      resolve: relatedEntities("IN", "ROLE_AT", "PERSON"),
    }),
    administers: t.field({
      type: [ZoneRef],
      description: "Zones it ADMINISTERS (管理).",
      resolve: relatedEntities("OUT", "ADMINISTERS", "ZONE"),
    }),
  }),
});
