/**
 * The Company type (企业) with the platforms it hosts, the projects it carries out, the people
 * with a role at it, and the zone it is located in.
 */
import { CompanyRef, EntityRef, NodeRef, PersonRef, PlatformRef, ProjectRef, ZoneRef } from "./refs.ts";
import { relatedEntities, relatedEntity } from "./related.ts";

CompanyRef.implement({
  description: "An enterprise (企业), by its full registered name; short names are aliases.",
  interfaces: [NodeRef, EntityRef],
  fields: (t) => ({
    platforms: t.field({
      type: [PlatformRef],
      description: "R&D platforms HOSTED_BY this company.",
      resolve: relatedEntities("IN", "HOSTED_BY", "PLATFORM"),
    }),
    projects: t.field({
      type: [ProjectRef],
      description: "Projects OWNED_BY (carried out by) this company.",
      resolve: relatedEntities("IN", "OWNED_BY", "PROJECT"),
    }),
    people: t.field({
      type: [PersonRef],
      description: "People with a role (ROLE_AT) at this company.",
      resolve: relatedEntities("IN", "ROLE_AT", "PERSON"),
    }),
    zone: t.field({
      type: ZoneRef,
      nullable: true,
      description: "The zone the company is LOCATED_IN (directly).",
      resolve: relatedEntity("OUT", "LOCATED_IN", "ZONE"),
    }),
  }),
});
