/**
 * Refs of the schema's object and interface types, declared here and implemented each in its own
 * file, so that type files can point at one another without import cycles.
 */
import type {
  Capacity,
  EntityAttributes,
  Evidence,
  Metric,
  RelationAttributes,
  Source,
} from "@zonegraph/graph-data";
import { builder } from "../builder.ts";
import type { SearchResult } from "../graph/search-index.ts";
import type { GraphCounts } from "../graph/stats.ts";
import type { Tie } from "../graph/tied-to-zone.ts";
import type { PageWindow } from "./connection.ts";

/** A tied entity as the schema serves it: records, not indices (fields read straight off it). */
export interface TiedItem {
  entity: EntityAttributes;
  role: Tie["role"];
  hops: number;
  path: RelationAttributes[];
}

/** An edge of the tied connection. */
export interface TiedEdge {
  cursor: string;
  node: TiedItem;
}

/** A page of tied entities (its window and ties) with the counts of the whole answer. */
export interface TiedPage extends PageWindow {
  ties: Tie[];
  countsByType: { type: EntityAttributes["type"]; count: number }[];
  memberCount: number;
  counterpartyCount: number;
}

/** Entities and relations of a subgraph or path. */
export interface EntitiesAndRelations {
  entities: EntityAttributes[];
  relations: RelationAttributes[];
  totalEntities: number;
  truncated: boolean;
}

/** A person's role: the ROLE_AT relation. */
export type RoleShape = RelationAttributes;

/** The Relay Node interface. */
export const NodeRef = builder.nodeInterfaceRef();
/** The Entity interface. */
export const EntityRef = builder.interfaceRef<EntityAttributes>("Entity");
/** One object type per entity type. */
export const ZoneRef = builder.objectRef<EntityAttributes>("Zone");
export const RegionRef = builder.objectRef<EntityAttributes>("Region");
export const CompanyRef = builder.objectRef<EntityAttributes>("Company");
export const PlatformRef = builder.objectRef<EntityAttributes>("Platform");
export const ProjectRef = builder.objectRef<EntityAttributes>("Project");
export const InvestorRef = builder.objectRef<EntityAttributes>("Investor");
export const PersonRef = builder.objectRef<EntityAttributes>("Person");
export const OrganizationRef = builder.objectRef<EntityAttributes>("Organization");
/** Relations, their evidence and sources. */
export const RelationRef = builder.objectRef<RelationAttributes>("Relation");
export const EvidenceRef = builder.objectRef<Evidence>("Evidence");
export const SourceRef = builder.objectRef<Source>("Source");
export const MetricRef = builder.objectRef<Metric>("Metric");
export const CapacityRef = builder.objectRef<Capacity>("Capacity");
export const RoleRef = builder.objectRef<RoleShape>("Role");
/** Query results. */
export const SearchHitRef = builder.objectRef<SearchResult>("SearchHit");
export const TiedEntityRef = builder.objectRef<TiedItem>("TiedEntity");
export const TiedEntityEdgeRef = builder.objectRef<TiedEdge>("TiedEntityEdge");
export const TiedEntityConnectionRef = builder.objectRef<TiedPage>("TiedEntityConnection");
export const TypeCountRef = builder.objectRef<{ type: EntityAttributes["type"]; count: number }>("TypeCount");
export const SubgraphRef = builder.objectRef<EntitiesAndRelations>("Subgraph");
export const PathRef = builder.objectRef<Omit<EntitiesAndRelations, "totalEntities" | "truncated">>("Path");
export const GraphStatsRef = builder.objectRef<GraphCounts>("GraphStats");
