/**
 * zod shapes of a loaded graph's attributes, exactly the types of types.ts with the ontology's
 * lists as the allowed values: what readers of graph files (JSON exports, snapshots) check every
 * entity, relation and source against, so what is served always fits the GraphQL schema.
 */
import { z } from "zod";
import {
  ENTITY_TYPE_IDS,
  LEVELS,
  METRIC_KEYS,
  ORGANIZATION_KINDS,
  PLATFORM_KINDS,
  PROJECT_STATUSES,
  QUALIFIERS,
  RELATION_TYPE_IDS,
  UNITS,
} from "./ontology.ts";

/** A string that must be one of `ids` ("not <what> of the ontology" otherwise, e.g. "a unit"). */
function oneOf(ids: readonly string[], what: string): z.ZodString {
  const allowed = new Set(ids);
  return z.string().refine((v) => allowed.has(v), `not ${what} of the ontology`);
}

const count = z.number().int().nonnegative();
const Inference = z.strictObject({ reason: z.string() });

/** Evidence as a graph holds it (its consistency with the sources is checked apart). */
export const EvidenceSchema = z.strictObject({
  sourceId: z.string(),
  quote: z.string(),
  start: count,
  end: count,
});

/** Evidence as a snapshot stores a metric's: [source index, start, end]. */
export const PackedEvidenceSchema = z.tuple([count, count, count]);

function metricSchema<E extends z.ZodType>(evidence: E) {
  return z.strictObject({
    key: oneOf(
      METRIC_KEYS.map((k) => k.id),
      "a metric key",
    ),
    label: z.strictObject({ zh: z.string(), en: z.string() }),
    value: z.number().finite(),
    unit: oneOf(
      UNITS.map((u) => u.id),
      "a unit",
    ),
    period: z.string().optional(),
    qualifier: oneOf(
      QUALIFIERS.map((q) => q.id),
      "a qualifier",
    ).optional(),
    note: z.string().optional(),
    evidence: z.array(evidence),
  });
}

function designationSchema<E extends z.ZodType>(evidence: E) {
  return z.strictObject({
    name: z.string(),
    level: oneOf(
      LEVELS.map((l) => l.id),
      "a level",
    ).optional(),
    year: z.number().int().optional(),
    evidence: z.array(evidence),
  });
}

/** The optional attributes of an entity (EntityDetails, description, inferred), but designations. */
const detailShape = {
  description: z.string().optional(),
  inferred: Inference.optional(),
  level: oneOf(
    LEVELS.map((l) => l.id),
    "a level",
  ).optional(),
  established: z.string().optional(),
  upgraded: z.string().optional(),
  kind: oneOf(
    PLATFORM_KINDS.map((k) => k.id),
    "a platform kind",
  ).optional(),
  investmentYuan: z.number().finite().optional(),
  capacity: z
    .array(
      z.strictObject({
        value: z.number().finite(),
        unit: oneOf(
          UNITS.map((u) => u.id),
          "a unit",
        ),
      }),
    )
    .optional(),
  status: oneOf(
    PROJECT_STATUSES.map((s) => s.id),
    "a project status",
  ).optional(),
  year: z.number().int().optional(),
  fundSizeYuan: z.number().finite().optional(),
  orgKind: oneOf(
    ORGANIZATION_KINDS.map((k) => k.id),
    "an organisation kind",
  ).optional(),
  regionKind: z.string().optional(),
};

/** Every attribute of an entity node. */
export const EntityAttributesSchema = z.strictObject({
  id: z.string(),
  type: oneOf(ENTITY_TYPE_IDS, "an entity type"),
  name: z.string(),
  nameEn: z.string(),
  aliases: z.array(z.string()),
  evidence: z.array(EvidenceSchema),
  metrics: z.array(metricSchema(EvidenceSchema)),
  designations: z.array(designationSchema(EvidenceSchema)).optional(),
  ...detailShape,
});

/** A snapshot's nodeExtra item: the attributes beyond the columns, metrics' and designations' evidence packed. */
export const PackedEntityExtraSchema = z.strictObject({
  ...detailShape,
  metrics: z.array(metricSchema(PackedEvidenceSchema)).optional(),
  designations: z.array(designationSchema(PackedEvidenceSchema)).optional(),
});

/** Every attribute of a relation edge. */
export const RelationAttributesSchema = z.strictObject({
  id: z.string(),
  type: oneOf(RELATION_TYPE_IDS, "a relation type"),
  title: z.string().optional(),
  evidence: z.array(EvidenceSchema),
  inferred: Inference.optional(),
});

/** A snapshot's edgeExtra item: a relation's title and inference. */
export const RelationExtraSchema = RelationAttributesSchema.pick({ title: true, inferred: true });

/** A source (article) of the graph. */
export const SourceSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().optional(),
  publication: z.string(),
  section: z.string().optional(),
  date: z.string().optional(),
  authors: z.array(z.string()),
  zoneId: z.string(),
  start: count,
  end: count,
  text: z.string(),
});

/** The graph's attributes: its name and sources. */
export const GraphAttributesSchema = z.strictObject({ name: z.string(), sources: z.array(SourceSchema) });
