/**
 * The Project type (项目) with investment, capacity, status and year, who carries it out
 * (owner) and who funds it (investors); and the Capacity type.
 */
import { ProjectStatusEnum } from "./ontology-enums.ts";
import { CapacityRef, EntityRef, NodeRef, ProjectRef, ZoneRef } from "./refs.ts";
import { relatedEntities, relatedEntity } from "./related.ts";

CapacityRef.implement({
  description: "A capacity figure of a project: value with unit (e.g. 100 MW, 200 MWh, 12500 tonne/year).",
  fields: (t) => ({
    value: t.exposeFloat("value", { description: "The value, in `unit`." }),
    unit: t.exposeString("unit", { description: "The unit: MW, MWh, tonne/year …" }),
  }),
});

ProjectRef.implement({
  description: "An investment or R&D project (项目), with investment in yuan, capacity and status.",
  interfaces: [NodeRef, EntityRef],
  fields: (t) => ({
    investmentYuan: t.float({
      nullable: true,
      description: "Total investment in yuan (4.1亿元 is 410000000).",
      resolve: (p) => p.investmentYuan ?? null,
    }),
    capacity: t.field({
      type: [CapacityRef],
      description: "Capacities (several when the text gives power and energy).",
      resolve: (p) => p.capacity ?? [],
    }),
    status: t.field({
      type: ProjectStatusEnum,
      nullable: true,
      description: "Where the project is in its lifecycle.",
      resolve: (p) => p.status ?? null,
    }),
    year: t.int({
      nullable: true,
      description: "The year of the status, or the expected year.",
      resolve: (p) => p.year ?? null,
    }),
    owner: t.field({
      type: EntityRef,
      nullable: true,
      description: "The company (or organisation) that carries it out: the target of OWNED_BY (承担主体).",
      resolve: relatedEntity("OUT", "OWNED_BY"),
    }),
    investors: t.field({
      type: [EntityRef],
      description: "Who funds it: targets of FUNDED_BY (investors, companies or organisations).",
      resolve: relatedEntities("OUT", "FUNDED_BY"),
    }),
    zone: t.field({
      type: ZoneRef,
      nullable: true,
      description: "The zone the project is LOCATED_IN (directly).",
      resolve: relatedEntity("OUT", "LOCATED_IN", "ZONE"),
    }),
  }),
});
