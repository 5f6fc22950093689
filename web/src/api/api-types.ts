/**
 * The shapes the explorer reads from /graphql, as selected by the documents in documents.ts.
 * GraphQL's schema types the responses; these interfaces mirror the selections, nothing more.
 */
import type { EntityType, RelationType } from "@zonegraph/graph-data/ontology";

/** An entity as drawn on the canvas. */
export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  nameEn: string | null;
}

/** A relation as drawn on the canvas: its ends by id, its title, and whether it is inferred. */
export interface RelationSummary {
  id: string;
  type: RelationType;
  title: string | null;
  inferred: boolean;
  from: { id: string };
  to: { id: string };
}

/** Everything the canvas draws. */
export interface GraphData {
  entities: EntitySummary[];
  relations: RelationSummary[];
}

/** One piece of evidence: a quote, its offsets, the sentence around it, and the article. */
export interface EvidenceItem {
  quote: string;
  start: number;
  end: number;
  /** The sentence(s) around the quote; it starts at `contextStart` in the source text. */
  context: string | null;
  contextStart: number | null;
  source: { id: string; title: string; authors: string[]; date: string | null; publication: string | null };
}

/** A figure reported about an entity, in base units. */
export interface MetricItem {
  key: string;
  label: string;
  labelEn: string | null;
  value: number;
  unit: string;
  period: string | null;
  qualifier: string | null;
  note: string | null;
  evidence: EvidenceItem[];
}

/** A relation of the details panel, with both ends named. */
export interface RelationItem extends PathRelation {
  evidence: EvidenceItem[];
}

/** Everything the details panel shows about one entity. */
export interface EntityDetails extends EntitySummary {
  aliases: string[];
  description: string | null;
  evidence: EvidenceItem[];
  metrics: MetricItem[];
  relations: RelationItem[];
  level?: string | null;
  established?: string | null;
  upgraded?: string | null;
  platformKind?: string | null;
  orgKind?: string | null;
  status?: string | null;
  year?: number | null;
  investmentYuan?: number | null;
  capacity?: { value: number; unit: string }[] | null;
  fundSizeYuan?: number | null;
  regionKind?: string | null;
}

/** One search suggestion. */
export interface SearchHitItem {
  score: number;
  matched: string;
  entity: EntitySummary & { aliases: string[] };
}

/** A relation on a "why is it here?" path. */
export interface PathRelation {
  id: string;
  type: RelationType;
  title: string | null;
  /** True when the relation is inferred rather than stated by the text; `inferenceReason` says why. */
  inferred: boolean;
  inferenceReason: string | null;
  from: EntitySummary;
  to: EntitySummary;
}

/** One entity tied to a zone. */
export interface TiedItem {
  role: "MEMBER" | "COUNTERPARTY";
  hops: number;
  entity: EntitySummary;
  path: PathRelation[];
}

/** All entities tied to one zone, with the server's total. */
export interface TiedResult {
  zoneId: string;
  totalCount: number;
  items: TiedItem[];
}

/** A zone of the overview with the size of what is tied to it. */
export interface OverviewZone {
  zone: EntitySummary;
  memberCount: number;
  counterpartyCount: number;
}

/** The overview of a large graph: zones linked where they share counterparties. */
export interface ZoneOverview {
  zoneCount: number;
  linkCount: number;
  zones: OverviewZone[];
  links: { sharedCounterparties: number; from: { id: string }; to: { id: string } }[];
}

/** A neighbourhood: entities near one, the relations among them, and how many there were in all. */
export interface NeighborhoodResult extends GraphData {
  totalEntities: number;
  truncated: boolean;
}

/** A shortest path between two entities. */
export interface PathResult {
  entities: EntitySummary[];
  relations: PathRelation[];
}

/** Up to k shortest paths between two ends, and the ends themselves (null: no such entity). */
export interface PathsAnswer {
  from: EntitySummary | null;
  to: EntitySummary | null;
  paths: PathResult[];
}
