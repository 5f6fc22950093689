/**
 * The proposer's output shapes (issue 11): a source with its normalised text, and the entities,
 * relations and metrics proposed from it, each with its rule, confidence and evidence whose
 * offsets point into `source.text`.
 */
import type {
  EntityType,
  Level,
  MetricKey,
  OrganizationKind,
  PlatformKind,
  ProjectStatus,
  Qualifier,
  RelationType,
  Unit,
} from "../index.ts";

/** A quote with its [start, end) offsets: `source.text.slice(start, end) === quote`. */
export interface Span {
  quote: string;
  start: number;
  end: number;
}

/** Metadata of the article given on the command line (or read from its byline). */
export interface SourceMeta {
  id: string;
  title?: string;
  publication?: string;
  date?: string;
  authors: string[];
  url?: string;
}

/** The source of a proposal: its metadata and the normalised text all offsets refer to. */
export interface ProposalSource extends SourceMeta {
  text: string;
}

/** An existing graph entity a proposed entity may be, and why. */
export interface LinkCandidate {
  id: string;
  name: string;
  type: EntityType;
  reason: string;
}

/** A zone's own title (省级科技成果转化示范区 …): a designation, not a member platform. */
export interface Designation {
  name: string;
  level?: Level;
  year?: number;
  evidence: Span[];
}

/** A proposed entity. */
export interface ProposedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  confidence: number;
  rule: string;
  evidence: Span[];
  linksTo: LinkCandidate[];
  /** Problems a reviewer should look at, e.g. the same name proposed with another type. */
  flags: string[];
  kind?: PlatformKind;
  orgKind?: OrganizationKind;
  regionKind?: string;
  level?: Level;
  status?: ProjectStatus;
  designations?: Designation[];
}

/** A proposed relation between two proposed entity ids. */
export interface ProposedRelation {
  type: RelationType;
  from: string;
  to: string;
  title?: string;
  inferred: boolean;
  reason?: string;
  confidence: number;
  rule: string;
  evidence: Span[];
}

/** A project attribute a figure fills instead of a metric. */
export type FigureAttribute = "investmentYuan" | "capacity" | "fundSizeYuan";

/** A proposed figure on an entity, in base units. */
export interface ProposedMetric {
  entity: string;
  /** The ontology metric key, or null when no key fits (the label says what was measured). */
  key: MetricKey | null;
  /** For projects and funds: the attribute the figure fills (investment, capacity, fund size). */
  attribute?: FigureAttribute;
  label: string;
  value: number;
  /** Upper end of a range ("两三千万" → 20000000..30000000). */
  valueMax?: number;
  unit: Unit;
  qualifier?: Qualifier;
  period?: string;
  confidence: number;
  rule: string;
  evidence: Span[];
}

/** The proposer's whole answer for one article (printed by `pnpm ingest <file> --json`). */
export interface ProposalDocument {
  source: ProposalSource;
  entities: ProposedEntity[];
  relations: ProposedRelation[];
  metrics: ProposedMetric[];
}
