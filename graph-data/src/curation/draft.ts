/**
 * The draft of one article under review: the proposer's output, each proposal with the curator's
 * decision and edits, the facts the curator added, a version bumped by every change, and who made
 * it and changed it when. Drafts are stored as JSON and read back through `DraftSchema` (zod).
 */
import { z } from "zod";
import {
  ENTITY_TYPES,
  LEVELS,
  METRIC_KEYS,
  ORGANIZATION_KINDS,
  PLATFORM_KINDS,
  PROJECT_STATUSES,
  QUALIFIERS,
  RELATION_TYPES,
  UNITS,
} from "../ontology.ts";

function idEnum<const T extends string>(list: readonly { readonly id: T }[]) {
  return z.enum(list.map((x) => x.id) as [T, ...T[]]);
}

/** Entity types, relation types … as zod enums of their ontology ids. */
export const EntityTypeSchema = idEnum(ENTITY_TYPES);
/** A relation type id. */
export const RelationTypeSchema = idEnum(RELATION_TYPES);
/** A metric key id. */
export const MetricKeySchema = idEnum(METRIC_KEYS);
/** A unit id. */
export const UnitSchema = idEnum(UNITS);
/** A qualifier id. */
export const QualifierSchema = idEnum(QUALIFIERS);
const LevelSchema = idEnum(LEVELS);
const PlatformKindSchema = idEnum(PLATFORM_KINDS);
const OrganizationKindSchema = idEnum(ORGANIZATION_KINDS);
const ProjectStatusSchema = idEnum(PROJECT_STATUSES);

/** A curator's verdict on a proposal. */
export const DecisionSchema = z.enum(["PROPOSED", "ACCEPTED", "REJECTED"]);
/** PROPOSED (undecided), ACCEPTED or REJECTED. */
export type Decision = z.infer<typeof DecisionSchema>;

/** Where a draft fact came from: the proposer, or a curator who added it. */
export const OriginSchema = z.enum(["PROPOSER", "CURATOR"]);

/** A draft's life: OPEN while reviewed, PUBLISHED once its facts are in the folder. */
export const DraftStatusSchema = z.enum(["OPEN", "PUBLISHED"]);
/** OPEN or PUBLISHED. */
export type DraftStatus = z.infer<typeof DraftStatusSchema>;

/** A quote with its [start, end) offsets into the draft's source text. */
export const SpanSchema = z.strictObject({
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const LinkCandidateSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  reason: z.string(),
});

const DesignationSchema = z.strictObject({
  name: z.string(),
  level: LevelSchema.optional(),
  year: z.number().optional(),
  evidence: z.array(SpanSchema),
});

const ProposalCommon = {
  id: z.string().min(1),
  decision: DecisionSchema,
  origin: OriginSchema,
  confidence: z.number(),
  rule: z.string(),
  evidence: z.array(SpanSchema),
};

/** An entity proposal; `linkTo` (set by LINK) makes it the existing graph entity of that id. */
export const DraftEntitySchema = z.strictObject({
  ...ProposalCommon,
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  type: EntityTypeSchema,
  aliases: z.array(z.string().min(1)),
  linksTo: z.array(LinkCandidateSchema),
  flags: z.array(z.string()),
  linkTo: z.string().min(1).optional(),
  kind: PlatformKindSchema.optional(),
  orgKind: OrganizationKindSchema.optional(),
  regionKind: z.string().optional(),
  level: LevelSchema.optional(),
  status: ProjectStatusSchema.optional(),
  designations: z.array(DesignationSchema).optional(),
});
/** An entity of a draft. */
export type DraftEntity = z.infer<typeof DraftEntitySchema>;

/** A relation proposal; `from`/`to` are draft entity ids, or ids of existing graph entities. */
export const DraftRelationSchema = z.strictObject({
  ...ProposalCommon,
  type: RelationTypeSchema,
  from: z.string().min(1),
  to: z.string().min(1),
  title: z.string().min(1).optional(),
  inferred: z.boolean(),
  reason: z.string().optional(),
});
/** A relation of a draft. */
export type DraftRelation = z.infer<typeof DraftRelationSchema>;

/** A figure proposal on an entity (draft id or existing id), in base units. */
export const DraftMetricSchema = z.strictObject({
  ...ProposalCommon,
  entity: z.string().min(1),
  key: MetricKeySchema.nullable(),
  attribute: z.enum(["investmentYuan", "capacity", "fundSizeYuan"]).optional(),
  label: z.string(),
  value: z.number(),
  valueMax: z.number().optional(),
  unit: UnitSchema,
  qualifier: QualifierSchema.optional(),
  period: z.string().optional(),
});
/** A metric of a draft. */
export type DraftMetric = z.infer<typeof DraftMetricSchema>;

/** The article of a draft: metadata and the normalised text every offset points into. */
export const DraftSourceSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().optional(),
  publication: z.string().optional(),
  date: z.string().optional(),
  authors: z.array(z.string()),
  url: z.string().optional(),
  text: z.string(),
});
/** A draft's source. */
export type DraftSource = z.infer<typeof DraftSourceSchema>;

/** A whole draft as stored in drafts/<id>.json. */
export const DraftSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  version: z.number().int().positive(),
  status: DraftStatusSchema,
  proposerVersion: z.string(),
  source: DraftSourceSchema,
  entities: z.array(DraftEntitySchema),
  relations: z.array(DraftRelationSchema),
  metrics: z.array(DraftMetricSchema),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  /** Set by publishing: the graph version and the facts file it wrote. */
  published: z
    .strictObject({ graphVersion: z.number().int(), sourceId: z.string(), factsFile: z.string() })
    .optional(),
});
/** A draft. */
export type Draft = z.infer<typeof DraftSchema>;

/** Who changes a draft and when (ISO time): every change records both. */
export interface Actor {
  curator: string;
  at: string;
}

/** `draft` one version on, stamped with `actor`. */
export function bumped(draft: Draft, actor: Actor): Draft {
  return { ...draft, version: draft.version + 1, updatedBy: actor.curator, updatedAt: actor.at };
}
