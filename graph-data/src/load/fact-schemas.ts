/**
 * zod shapes of a facts file (data/README.md): the structure only. Ontology values (types, keys,
 * units, levels …) are checked afterwards, against the ontology, for messages that list the choices.
 */
import { z } from "zod";

/** A date or year as curators write it: `2013-09` or `2022` (YAML may read the latter as a number). */
const DateLike = z.union([z.string().min(1), z.number()]).transform(String);

/** An evidence item: a bare quote, or a quote with an occurrence and/or another source. */
export const EvidenceItemSchema = z.union([
  z.string().min(1),
  z.strictObject({
    quote: z.string().min(1),
    occurrence: z.number().int().optional(),
    source: z.string().min(1).optional(),
  }),
]);
/** A parsed evidence item. */
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

/** A metric; value and unit stay unknown so their problems get their own messages. */
export const MetricFactSchema = z.strictObject({
  key: z.string().min(1),
  value: z.unknown().optional(),
  unit: z.unknown().optional(),
  period: DateLike.optional(),
  qualifier: z.string().optional(),
  note: z.string().optional(),
  evidence: z.array(EvidenceItemSchema),
});
/** A parsed metric. */
export type MetricFact = z.infer<typeof MetricFactSchema>;

/** A zone's designation: its name as printed, level, year where stated and evidence. */
export const DesignationFactSchema = z.strictObject({
  name: z.string().min(1),
  level: z.string().optional(),
  year: z.number().int().optional(),
  evidence: z.array(EvidenceItemSchema),
});
/** A parsed designation. */
export type DesignationFact = z.infer<typeof DesignationFactSchema>;

/** An entity with its type-specific attributes (see EntityDetails in types.ts). */
export const EntityFactSchema = z.strictObject({
  id: z.string().min(1),
  type: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().optional(),
  level: z.string().optional(),
  established: DateLike.optional(),
  upgraded: DateLike.optional(),
  designations: z.array(DesignationFactSchema).optional(),
  kind: z.string().optional(),
  investmentYuan: z.number().optional(),
  capacity: z.array(z.strictObject({ value: z.number(), unit: z.string() })).optional(),
  status: z.string().optional(),
  year: z.number().int().optional(),
  fundSizeYuan: z.number().optional(),
  orgKind: z.string().optional(),
  regionKind: z.string().optional(),
  inferred: z.string().min(1).optional(),
  evidence: z.array(EvidenceItemSchema),
  metrics: z.array(z.unknown()).default([]),
});
/** A parsed entity. */
export type EntityFact = z.infer<typeof EntityFactSchema>;

/** A relation between two entity ids. */
export const RelationFactSchema = z.strictObject({
  type: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  title: z.string().min(1).optional(),
  inferred: z.string().min(1).optional(),
  evidence: z.array(EvidenceItemSchema),
});
/** A parsed relation. */
export type RelationFact = z.infer<typeof RelationFactSchema>;

/** A facts file: the default source of its quotes, its entities and relations. */
export const FactsFileSchema = z.strictObject({
  source: z.string().min(1).optional(),
  entities: z
    .array(z.unknown())
    .nullish()
    .transform((v) => v ?? []),
  relations: z
    .array(z.unknown())
    .nullish()
    .transform((v) => v ?? []),
});
