/**
 * The attribute shapes of ZoneGraph's Graphology graph: what every node, edge and the graph itself
 * carry once the loader has validated the curated facts and resolved their quotes to offsets.
 * Server and explorer read these types; nothing else defines them.
 */
import type { MultiDirectedGraph } from "graphology";
import type {
  Bilingual,
  EntityType,
  Level,
  MetricKey,
  OrganizationKind,
  PlatformKind,
  ProjectStatus,
  Qualifier,
  RelationType,
  Unit,
} from "./ontology.ts";

/** A quote from a source with its [start, end) offsets: `source.text.slice(start, end) === quote`. */
export interface Evidence {
  sourceId: string;
  quote: string;
  start: number;
  end: number;
}

/** A figure reported about an entity, in base units (yuan, not 亿元). */
export interface Metric {
  key: MetricKey;
  label: Bilingual;
  value: number;
  unit: Unit;
  /** e.g. "2022", "2022-01..2022-11", "..2022-12" (up to), "as of publication". */
  period?: string;
  /** How the figure relates to the true value; absent means exact. */
  qualifier?: Qualifier;
  /** What the figure is compared with or measured from, when the text says (e.g. "vs 1992"). */
  note?: string;
  evidence: Evidence[];
}

/** A capacity figure: value with unit (e.g. 100 MW, 200 MWh, 12500 tonne/year). */
export interface Capacity {
  value: number;
  unit: Unit;
}

/** A title the zone holds (e.g. 省级科技成果转化示范区, 2022), not a member platform. */
export interface Designation {
  /** The title as printed, e.g. 国家级双创示范基地. */
  name: string;
  /** Its administrative level, when the text states it. */
  level?: Level;
  /** The year it was awarded, when the text states it. */
  year?: number;
  evidence: Evidence[];
}

/** Why a fact is inferred rather than stated; absent means the text states it. */
export interface Inference {
  reason: string;
}

/** Attributes common to every entity node. */
export interface EntityBase {
  id: string;
  type: EntityType;
  /** Canonical name as printed (Chinese; for companies the full registered name). */
  name: string;
  nameEn: string;
  aliases: string[];
  evidence: Evidence[];
  metrics: Metric[];
  /** A short English description of what the entity is, when the curator wrote one. */
  description?: string;
  inferred?: Inference;
}

/** Type-specific attributes; each is optional and present only when the text states it. */
export interface EntityDetails {
  /** ZONE, PLATFORM: national / provincial / … */
  level?: Level;
  /** ZONE: date founded ("2013-09"); PLATFORM: date approved or founded. */
  established?: string;
  /** ZONE: date of a later upgrade (e.g. national status "2015-02"). */
  upgraded?: string;
  /** ZONE: the zone's own titles (称号), each with its evidence. */
  designations?: Designation[];
  /** PLATFORM */
  kind?: PlatformKind;
  /** PROJECT: total investment in yuan. */
  investmentYuan?: number;
  /** PROJECT: capacities (several when the text gives power and energy, e.g. MW and MWh). */
  capacity?: Capacity[];
  /** PROJECT */
  status?: ProjectStatus;
  /** PROJECT: the year of the status (signed/started/completed/operating), or expected year. */
  year?: number;
  /** INVESTOR: fund size in yuan. */
  fundSizeYuan?: number;
  /** ORGANIZATION */
  orgKind?: OrganizationKind;
  /** REGION: "province", "city", "division" … */
  regionKind?: string;
}

/** The attributes of an entity node. */
export type EntityAttributes = EntityBase & EntityDetails;

/** The attributes of a relation edge (the edge key equals `id`). */
export interface RelationAttributes {
  id: string;
  type: RelationType;
  /** ROLE_AT: the person's title (e.g. "局长"); otherwise an optional qualifier of the relation. */
  title?: string;
  evidence: Evidence[];
  inferred?: Inference;
}

/** An article of the corpus. */
export interface Source {
  id: string;
  title: string;
  subtitle?: string;
  publication: string;
  section?: string;
  date?: string;
  authors: string[];
  /** The zone the article is about. */
  zoneId: string;
  /** [start, end) of the article in the normalised page text (from its anchor to the next article's). */
  start: number;
  end: number;
  /** The article's own slice of the normalised page, `page.slice(start, end)`: evidence offsets refer to it. */
  text: string;
}

/** Graph-level attributes. */
export interface GraphAttributes {
  name: string;
  sources: Source[];
}

/** ZoneGraph's typed graph. */
export type ZoneGraph = MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>;
