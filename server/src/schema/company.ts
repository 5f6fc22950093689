/**
 * The Company type (企业) with the platforms it hosts, the projects it carries out, the people
 * with a role at it, and the zone it is located in.
 */
import { neighborsVia } from "../graph/adjacency.ts";
import { CompanyRef, EntityRef, NodeRef, PersonRef, PlatformRef, ProjectRef, ZoneRef } from "./refs.ts";

CompanyRef.implement({
  description: "An enterprise (企业), by its full registered name; short names are aliases.",
  interfaces: [NodeRef, EntityRef],
  fields: (t) => ({
    platforms: t.field({
      type: [PlatformRef],
      description: "R&D platforms HOSTED_BY this company.",
      resolve: (c, _a, { store }) =>
        neighborsVia(store, store.indexOfEntity(c), "IN", "HOSTED_BY", "PLATFORM").map((i) =>
          store.entity(i),
        ),
    }),
    projects: t.field({
      type: [ProjectRef],
      description: "Projects OWNED_BY (carried out by) this company.",
      resolve: (c, _a, { store }) =>
        neighborsVia(store, store.indexOfEntity(c), "IN", "OWNED_BY", "PROJECT").map((i) => store.entity(i)),
    }),
    people: t.field({
      type: [PersonRef],
      description: "People with a role (ROLE_AT) at this company.",
      resolve: (c, _a, { store }) =>
        neighborsVia(store, store.indexOfEntity(c), "IN", "ROLE_AT", "PERSON").map((i) => store.entity(i)),
    }),
    zone: t.field({
      type: ZoneRef,
      nullable: true,
      description: "The zone the company is LOCATED_IN (directly).",
      resolve: (c, _a, { store }) => {
        const z = neighborsVia(store, store.indexOfEntity(c), "OUT", "LOCATED_IN", "ZONE")[0];
        return z === undefined ? null : store.entity(z);
      },
    }),
  }),
});
