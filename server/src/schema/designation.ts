/**
 * The Designation type: a title a zone holds (称号, e.g. 省级科技成果转化示范区 since 2022) with its
 * level, year and evidence; and `Zone.designations`. A designation is a title of the zone, not a
 * member platform, so it is a field of the zone rather than an entity of its own.
 */
import type { Designation } from "@zonegraph/graph-data";
import { builder } from "../builder.ts";
import { LevelEnum } from "./ontology-enums.ts";
import { EvidenceRef, ZoneRef } from "./refs.ts";

/** The Designation object type. */
export const DesignationRef = builder.objectRef<Designation>("Designation");

DesignationRef.implement({
  description:
    "A title the zone holds (称号), e.g. 省级科技成果转化示范区 or 国家级双创示范基地: a designation of the zone, not a member platform.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The title as printed, e.g. 省级科技成果转化示范区." }),
    level: t.field({
      type: LevelEnum,
      nullable: true,
      description: "The level of the title (国家级, 省级 …), when the text states it; null otherwise.",
      resolve: (d) => d.level ?? null,
    }),
    year: t.int({
      nullable: true,
      description: "The year the zone obtained the title, when the text states it; null otherwise.",
      resolve: (d) => d.year ?? null,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "Quotes that state the zone holds the title.",
      resolve: (d) => d.evidence,
    }),
  }),
});

builder.objectField(ZoneRef, "designations", (t) =>
  t.field({
    type: [DesignationRef],
    description:
      "The zone's own titles (称号: demonstration zone, pilot park, logistics hub …), each with its level, year and evidence; empty when the text names none.",
    resolve: (zone) => zone.designations ?? [],
  }),
);
