/**
 * The Draft type — one article under review: its source, and the proposer's entities, relations and
 * metrics, each a proposal with the curator's decision, evidence (spans of the source text), rule
 * and confidence — with the `draft(id)` and `drafts(status)` queries. Drafts are unpublished work:
 * reading them needs the curator token (use-curation.ts).
 */
import type {
  Draft,
  DraftEntity,
  DraftMetric,
  DraftRelation,
  DraftSource,
} from "@zonegraph/graph-data/curation/index";
import { CurationError } from "@zonegraph/graph-data/curation/index";
import { builder, type BuilderTypes } from "../../builder.ts";
import { curationCall } from "../../curation/curation-call.ts";
import { grantOf } from "../../curation/curation-grant.ts";
import { DRAFTS_FIRST } from "../../limits/list-sizes.ts";
import { EntityTypeEnum, LevelEnum, RelationTypeEnum } from "../ontology-enums.ts";

/** Most drafts one `drafts` answer lists. */
const DRAFTS_MAX = 200;

type Span = DraftEntity["evidence"][number];
type Candidate = DraftEntity["linksTo"][number];
type ProposedDesignation = NonNullable<DraftEntity["designations"]>[number];

/** DecisionState: a proposal's verdict. */
export const DecisionStateEnum = builder.enumType("DecisionState", {
  description: "A curator's verdict on a proposal.",
  values: {
    PROPOSED: { description: "Not decided yet: publishing leaves it out." },
    ACCEPTED: { description: "Accepted (as proposed, edited or linked): publishing writes it." },
    REJECTED: {
      description: "Rejected: publishing leaves it out, and it stays rejected until decided again.",
    },
  } as const,
});

/** DraftStatus: OPEN or PUBLISHED. */
export const DraftStatusEnum = builder.enumType("DraftStatus", {
  description: "Where a draft is in its life.",
  values: {
    OPEN: { description: "Under review: decisions and added facts change it." },
    PUBLISHED: { description: "Its accepted facts are in the curated folder; it can no longer change." },
  } as const,
});

/** ProposalOrigin: who proposed a fact. */
export const ProposalOriginEnum = builder.enumType("ProposalOrigin", {
  description: "Who proposed a fact.",
  values: {
    PROPOSER: { description: "The proposer's rules (pnpm ingest)." },
    CURATOR: { description: "A curator added it (addFact)." },
  } as const,
});

/** TextSpan: a quote with its offsets in the draft's text. */
export const TextSpanRef = builder.objectRef<Span>("TextSpan");
TextSpanRef.implement({
  description:
    "A quote of the draft's text with its [start, end) offsets: `source.text.slice(start, end) == quote`.",
  fields: (t) => ({
    quote: t.exposeString("quote", { description: "The quoted text." }),
    start: t.exposeInt("start", { description: "Offset of the first character (UTF-16 code units)." }),
    end: t.exposeInt("end", { description: "Offset just past the last character." }),
  }),
});

/** LinkCandidate: an existing entity a proposed entity may be. */
export const LinkCandidateRef = builder.objectRef<Candidate>("LinkCandidate");
LinkCandidateRef.implement({
  description: "An existing graph entity a proposed entity may be (link it with a LINK decision), and why.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The existing entity's raw id (pass it as `linkTo`)." }),
    name: t.exposeString("name", { description: "The existing entity's name." }),
    type: t.field({
      type: EntityTypeEnum,
      description: "The existing entity's type.",
      resolve: (c) => c.type,
    }),
    reason: t.exposeString("reason", { description: "Why the proposer thinks they are the same." }),
  }),
});

const ProposedDesignationRef = builder.objectRef<ProposedDesignation>("ProposedDesignation");
ProposedDesignationRef.implement({
  description: "A title the text says a proposed zone holds (称号), published as a designation of the zone.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The title as printed." }),
    level: t.field({
      type: LevelEnum,
      nullable: true,
      description: "Its level, when stated.",
      resolve: (d) => d.level ?? null,
    }),
    year: t.int({
      nullable: true,
      description: "The year obtained, when stated.",
      resolve: (d) => d.year ?? null,
    }),
    evidence: t.field({ type: [TextSpanRef], description: "Quotes stating it.", resolve: (d) => d.evidence }),
  }),
});

/** The fields every proposal has (entity, relation, metric). */
interface ProposalShape {
  id: string;
  decision: Draft["entities"][number]["decision"];
  origin: Draft["entities"][number]["origin"];
  rule: string;
  confidence: number;
  evidence: Span[];
}

function proposalFields<T extends ProposalShape>(t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, T>) {
  return {
    id: t.id({
      description: "The proposal's id within its draft (pass it as `proposalId`).",
      resolve: (p) => p.id,
    }),
    decision: t.field({
      type: DecisionStateEnum,
      description: "The curator's verdict so far.",
      resolve: (p) => p.decision,
    }),
    origin: t.field({ type: ProposalOriginEnum, description: "Who proposed it.", resolve: (p) => p.origin }),
    rule: t.string({
      description: 'The proposer rule that made it ("curator" for added facts).',
      resolve: (p) => p.rule,
    }),
    confidence: t.float({
      description: "The proposer's confidence, 0..1 (1 for added facts).",
      resolve: (p) => p.confidence,
    }),
    evidence: t.field({
      type: [TextSpanRef],
      description: "The spans of the text that state it.",
      resolve: (p) => p.evidence,
    }),
  };
}

/** EntityProposal. */
export const EntityProposalRef = builder.objectRef<DraftEntity>("EntityProposal");
EntityProposalRef.implement({
  description: "A proposed entity of a draft.",
  fields: (t) => ({
    ...proposalFields(t),
    name: t.exposeString("name", { description: "The name as printed." }),
    nameEn: t.string({
      nullable: true,
      description: "The English name, when a curator gave one.",
      resolve: (e) => e.nameEn ?? null,
    }),
    type: t.field({ type: EntityTypeEnum, description: "The entity type.", resolve: (e) => e.type }),
    aliases: t.exposeStringList("aliases", { description: "Short names and variants found in the text." }),
    linksTo: t.field({
      type: [LinkCandidateRef],
      description: "Existing entities it may be, best first.",
      resolve: (e) => e.linksTo,
    }),
    linkTo: t.id({
      nullable: true,
      description:
        "The existing entity it was linked to (a LINK decision): publishing adds no new entity for it.",
      resolve: (e) => e.linkTo ?? null,
    }),
    flags: t.exposeStringList("flags", { description: "Problems a reviewer should look at." }),
    level: t.field({
      type: LevelEnum,
      nullable: true,
      description: "Level of a zone or platform, when stated.",
      resolve: (e) => e.level ?? null,
    }),
    designations: t.field({
      type: [ProposedDesignationRef],
      description: "Titles of a proposed zone (称号).",
      resolve: (e) => e.designations ?? [],
    }),
  }),
});

/** RelationProposal. */
export const RelationProposalRef = builder.objectRef<DraftRelation>("RelationProposal");
RelationProposalRef.implement({
  description:
    "A proposed relation of a draft; its ends are entity proposals of the draft or existing entities.",
  fields: (t) => ({
    ...proposalFields(t),
    type: t.field({ type: RelationTypeEnum, description: "The relation type.", resolve: (r) => r.type }),
    from: t.id({
      description: "Where it starts: an entity proposal's id, or an existing entity's raw id.",
      resolve: (r) => r.from,
    }),
    to: t.id({
      description: "Where it points: an entity proposal's id, or an existing entity's raw id.",
      resolve: (r) => r.to,
    }),
    title: t.string({
      nullable: true,
      description: "A person's title (ROLE_AT).",
      resolve: (r) => r.title ?? null,
    }),
    inferred: t.exposeBoolean("inferred", {
      description: "Whether the text implies it rather than states it.",
    }),
    reason: t.string({
      nullable: true,
      description: "Why it is inferred.",
      resolve: (r) => r.reason ?? null,
    }),
  }),
});

/** MetricProposal. */
export const MetricProposalRef = builder.objectRef<DraftMetric>("MetricProposal");
MetricProposalRef.implement({
  description: "A proposed figure of a draft, in base units (yuan, not 亿元).",
  fields: (t) => ({
    ...proposalFields(t),
    entity: t.id({
      description: "The entity it is about: an entity proposal's id, or an existing entity's raw id.",
      resolve: (m) => m.entity,
    }),
    key: t.string({
      nullable: true,
      description: "The ontology metric key (e.g. rd_staff); null when none fits: edit it before publishing.",
      resolve: (m) => m.key,
    }),
    attribute: t.string({
      nullable: true,
      description: "The project or fund attribute it fills instead (investmentYuan, capacity, fundSizeYuan).",
      resolve: (m) => m.attribute ?? null,
    }),
    label: t.exposeString("label", { description: "What was measured, as printed." }),
    value: t.exposeFloat("value", { description: "The value in base units." }),
    valueMax: t.float({
      nullable: true,
      description: "The upper end of a range.",
      resolve: (m) => m.valueMax ?? null,
    }),
    unit: t.exposeString("unit", { description: "The unit (yuan, person, count, MW …)." }),
    period: t.string({
      nullable: true,
      description: "The period it covers.",
      resolve: (m) => m.period ?? null,
    }),
  }),
});

/** DraftSource: the article of a draft. */
export const DraftSourceRef = builder.objectRef<DraftSource>("DraftSource");
DraftSourceRef.implement({
  description: "The article of a draft: metadata and the normalised text every offset points into.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The article's id (its published source id is derived from it)." }),
    title: t.string({ nullable: true, description: "The title.", resolve: (s) => s.title ?? null }),
    publication: t.string({
      nullable: true,
      description: "The newspaper or site.",
      resolve: (s) => s.publication ?? null,
    }),
    date: t.string({
      nullable: true,
      description: "The publication date as given.",
      resolve: (s) => s.date ?? null,
    }),
    authors: t.exposeStringList("authors", { description: "The reporters." }),
    url: t.string({
      nullable: true,
      description: "Where it was published online.",
      resolve: (s) => s.url ?? null,
    }),
    text: t.exposeString("text", { description: "The normalised text." }),
  }),
});

/** Draft. */
export const DraftRef = builder.objectRef<Draft>("Draft");
DraftRef.implement({
  description: "An article under review: what the proposer found in it, and the curators' decisions.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The draft's id." }),
    version: t.exposeInt("version", {
      description: "Bumped by every change; pass it as `expectedVersion` (a stale one is CONFLICT).",
    }),
    status: t.field({ type: DraftStatusEnum, description: "OPEN or PUBLISHED.", resolve: (d) => d.status }),
    proposerVersion: t.exposeString("proposerVersion", { description: "The proposer that made it." }),
    source: t.field({ type: DraftSourceRef, description: "The article.", resolve: (d) => d.source }),
    entities: t.field({
      type: [EntityProposalRef],
      description: "Proposed entities, in text order.",
      resolve: (d) => d.entities,
    }),
    relations: t.field({
      type: [RelationProposalRef],
      description: "Proposed relations.",
      resolve: (d) => d.relations,
    }),
    metrics: t.field({
      type: [MetricProposalRef],
      description: "Proposed figures.",
      resolve: (d) => d.metrics,
    }),
    createdBy: t.exposeString("createdBy", { description: "The curator who ingested it." }),
    createdAt: t.exposeString("createdAt", { description: "When (ISO 8601)." }),
    updatedBy: t.exposeString("updatedBy", { description: "The curator who changed it last." }),
    updatedAt: t.exposeString("updatedAt", { description: "When (ISO 8601)." }),
    publishedGraphVersion: t.int({
      nullable: true,
      description: "The graph version its publish made; null while OPEN.",
      resolve: (d) => d.published?.graphVersion ?? null,
    }),
    publishedSourceId: t.id({
      nullable: true,
      description: "The raw id of the Source its publish added; null while OPEN.",
      resolve: (d) => d.published?.sourceId ?? null,
    }),
  }),
});

builder.queryField("draft", (t) =>
  t.field({
    type: DraftRef,
    nullable: true,
    description:
      "The draft `id`, or null when there is none. Needs the curator token (drafts are unpublished).",
    args: { id: t.arg.id({ required: true, description: "The draft's id." }) },
    resolve: (_root, { id }, context) =>
      curationCall(() => {
        try {
          return grantOf(context).service.draft(String(id));
        } catch (error) {
          if (error instanceof CurationError && error.code === "NOT_FOUND") return null;
          throw error;
        }
      }),
  }),
);

builder.queryField("drafts", (t) =>
  t.field({
    type: [DraftRef],
    description:
      "The drafts (with `status`: those only), newest first, at most `first`. Needs the curator token.",
    args: {
      status: t.arg({ type: DraftStatusEnum, required: false, description: "Only drafts in this status." }),
      first: t.arg.int({
        required: false,
        defaultValue: DRAFTS_FIRST,
        description: `How many of the newest drafts to return (default ${DRAFTS_FIRST}, at most ${DRAFTS_MAX}).`,
      }),
    },
    resolve: (_root, { status, first }, context) =>
      curationCall(() => {
        const n = first ?? DRAFTS_FIRST;
        if (n < 0 || n > DRAFTS_MAX)
          throw new CurationError("BAD_INPUT", `must be between 0 and ${DRAFTS_MAX}, not ${n}`, "first");
        return grantOf(context)
          .service.drafts(status ?? undefined)
          .slice(0, n);
      }),
  }),
);
