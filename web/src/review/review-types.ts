/**
 * The review page's model of a draft, as the curation API answers it (`Draft` in
 * server/schema.graphql): the article, its entity, relation and figure proposals with their spans,
 * decisions and link candidates, and what a publish answered.
 */
import type { EntityType } from "@zonegraph/graph-data/ontology";

/** A curator's verdict on a proposal. */
export type Decision = "PROPOSED" | "ACCEPTED" | "REJECTED";

/** A span of the draft's text, [start, end) in UTF-16 code units. */
export interface TextSpan {
  start: number;
  end: number;
  quote: string;
}

/** An existing entity a proposed entity may be, and why. */
export interface LinkCandidate {
  id: string;
  name: string;
  type: EntityType;
  reason: string;
}

/** A proposed entity. */
export interface EntityProposal {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  decision: Decision;
  evidence: TextSpan[];
  flags: string[];
  rule: string;
  confidence: number;
  linkTo: string | null;
  linksTo: LinkCandidate[];
}

/** A proposed relation; its ends are entity proposal ids or existing entity ids. */
export interface RelationProposal {
  id: string;
  type: string;
  from: string;
  to: string;
  inferred: boolean;
  reason: string | null;
  title: string | null;
  decision: Decision;
  evidence: TextSpan[];
  rule: string;
  confidence: number;
}

/** A proposed figure, in base units. */
export interface MetricProposal {
  id: string;
  entity: string;
  key: string | null;
  label: string;
  value: number;
  unit: string;
  period: string | null;
  decision: Decision;
  evidence: TextSpan[];
  rule: string;
  confidence: number;
}

/** A draft under review (or published). */
export interface Draft {
  id: string;
  version: number;
  status: "OPEN" | "PUBLISHED";
  publishedSourceId: string | null;
  source: {
    id: string;
    title: string | null;
    publication: string | null;
    date: string | null;
    authors: string[];
    url: string | null;
    text: string;
  };
  entities: EntityProposal[];
  relations: RelationProposal[];
  metrics: MetricProposal[];
}

/** An open draft in the list of work to resume. */
export interface DraftListing {
  id: string;
  version: number;
  updatedAt: string;
  source: { title: string | null };
}

/** What a publish answered. */
export interface PublishAnswer {
  graphVersion: number;
  added: { entities: number; relations: number; metrics: number };
  draft: Draft;
}

/** An article and its metadata, as the curator typed or uploaded it. */
export interface ArticleInput {
  title: string;
  publication: string;
  date: string;
  authors: string[];
  url: string;
  text: string;
}

/** Any proposal, tagged with its kind. */
export type Proposal =
  | { kind: "entity"; p: EntityProposal }
  | { kind: "relation"; p: RelationProposal }
  | { kind: "metric"; p: MetricProposal };
