/**
 * How many items each list field of the schema can really return on a given graph: page
 * arguments (`first`, `limit`, `maxHops`) where the field has them, otherwise the graph's own
 * sizes (entity counts by type, relation count, largest degree by direction and relation type,
 * longest per-record lists). Curation lists cost the draft limits graph-data enforces
 * (curation/draft-limits.ts: proposals per kind, spans, link candidates, titles) and `drafts` its
 * `first`. A list this table does not know costs the whole graph.
 */
import {
  MAX_DESIGNATION_EVIDENCE,
  MAX_DESIGNATIONS,
  MAX_EVIDENCE,
  MAX_LINKS,
  MAX_PROPOSALS,
} from "@zonegraph/graph-data/curation/index";
import { RELATION_TYPE_IDS, type EntityType, type RelationType } from "@zonegraph/graph-data/ontology";
import type { DegreeSizes, GraphSizes } from "../graph/graph-sizes.ts";
import { MAX_K } from "../graph/k-shortest-paths.ts";
import { ENTITY_TYPENAMES } from "../ids.ts";

/** The page arguments in force where a list is selected (from the nearest field that set them). */
export interface PageScope {
  first?: number;
  /** A connection's `last` (backward paging): its page is `last` items, whatever `first` says. */
  last?: number;
  limit?: number;
  maxHops?: number;
  /** The `firstLinks` of a zone overview. */
  firstLinks?: number;
  /** The number of `ids` of a comparison. */
  ids?: number;
  /** The number of `metrics` keys of a comparison. */
  metrics?: number;
}

/** The `first` of `drafts` when none is sent (schema/curation/draft.ts). */
export const DRAFTS_FIRST = 20;

// The lists of a draft: bounded by graph-data's draft limits, whatever the graph's size.
const CURATION_LISTS: Readonly<Record<string, number>> = {
  "Draft.entities": MAX_PROPOSALS,
  "Draft.relations": MAX_PROPOSALS,
  "Draft.metrics": MAX_PROPOSALS,
  "EntityProposal.evidence": MAX_EVIDENCE,
  "RelationProposal.evidence": MAX_EVIDENCE,
  "MetricProposal.evidence": MAX_EVIDENCE,
  "EntityProposal.linksTo": MAX_LINKS,
  "EntityProposal.designations": MAX_DESIGNATIONS,
  "ProposedDesignation.evidence": MAX_DESIGNATION_EVIDENCE,
};

/** Most zones and metrics of one comparison (compareZones' own bound, see schema/compare-zones.ts). */
export const COMPARED_BOUND = 100;

/** A scanned entity or relation costs this share of a returned object (it is a typed-array read). */
export const SCAN_COST = 0.1;

const TYPE_BOUND_FIELDS: Readonly<Record<string, readonly EntityType[]>> = {
  investmentYuan: ["PROJECT"],
  year: ["PROJECT"],
  capacity: ["PROJECT"],
  status: ["PROJECT"],
  fundSizeYuan: ["INVESTOR"],
  level: ["ZONE", "PLATFORM"],
  established: ["ZONE", "PLATFORM"],
  kind: ["PLATFORM"],
  orgKind: ["ORGANIZATION"],
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * How many entities an EntityWhere can make the server scan: the smallest bound among its
 * conditions (a type list, or the types an attribute belongs to), the sum over an OR, else all.
 */
export function entityScanBound(where: unknown, sizes: GraphSizes): number {
  const n = sizes.entityCount;
  if (!isRecord(where)) return n;
  const count = (types: readonly unknown[]): number =>
    [...new Set(types)].reduce<number>((s, t) => s + (sizes.entitiesByType[t as EntityType] ?? 0), 0);
  let bound = n;
  const type = where["type"];
  if (isRecord(type)) {
    const list = Array.isArray(type["in"])
      ? type["in"]
      : typeof type["eq"] === "string"
        ? [type["eq"]]
        : null;
    if (list) bound = Math.min(bound, count(list));
  }
  for (const [field, types] of Object.entries(TYPE_BOUND_FIELDS))
    if (where[field] != null) bound = Math.min(bound, count(types));
  const and = where["AND"];
  if (Array.isArray(and)) for (const part of and) bound = Math.min(bound, entityScanBound(part, sizes));
  const or = where["OR"];
  if (Array.isArray(or) && or.length > 0)
    bound = Math.min(
      bound,
      or.reduce<number>((s, part) => s + entityScanBound(part, sizes), 0),
    );
  return bound;
}

/**
 * The scanning cost of a field's `where` (what it can scan, times SCAN_COST): over the whole graph
 * for `entities` and `aggregate` (bounded by the filter's types), every relation for `relations`,
 * the tied set for `tiedToZone` and `Zone.tied`; `search` tests only its own candidates. A
 * `groupBy: ZONE` also reads every zone's ties (about one per entity).
 */
export function scanCostOf(typeName: string, fieldName: string, args: ArgValues, sizes: GraphSizes): number {
  const key = `${typeName}.${fieldName}`;
  const where = args["where"];
  let scanned = 0;
  if (key === "Query.relations") scanned = where != null ? sizes.relationCount : 0;
  else if (key === "Query.entities" || key === "Query.tiedToZone" || key === "Zone.tied")
    scanned = where != null || args["orderBy"] != null ? entityScanBound(where, sizes) : 0;
  else if (key === "Query.aggregate") {
    scanned = entityScanBound(where, sizes);
    if (Array.isArray(args["groupBy"]) && args["groupBy"].includes("ZONE")) scanned += sizes.entityCount;
  }
  return Math.ceil(scanned * SCAN_COST);
}

/** The argument values of one field (literal, variable, variable default or field default). */
export type ArgValues = Readonly<Record<string, unknown>>;

/** Longest path `shortestPath` is costed at: the graph's diameter is not known without a search. */
export const PATH_LENGTH_BOUND = 64;

const TIED_LISTS: Readonly<Record<string, EntityType>> = {
  companies: "COMPANY",
  organizations: "ORGANIZATION",
  people: "PERSON",
  platforms: "PLATFORM",
  projects: "PROJECT",
};

// Lists of neighbours through one relation type (see the resolvers in schema/*.ts).
const NEIGHBOUR_LISTS: Readonly<Record<string, readonly ["OUT" | "IN", RelationType]>> = {
  "Company.people": ["IN", "ROLE_AT"],
  "Company.platforms": ["IN", "HOSTED_BY"],
  "Company.projects": ["IN", "OWNED_BY"],
  "Organization.people": ["IN", "ROLE_AT"],
  "Organization.administers": ["OUT", "ADMINISTERS"],
  "Investor.funded": ["IN", "FUNDED_BY"],
  "Platform.reliesOn": ["OUT", "RELIES_ON"],
  "Person.roles": ["OUT", "ROLE_AT"],
  "Project.investors": ["OUT", "FUNDED_BY"],
  "Region.zones": ["IN", "LOCATED_IN"],
  "Zone.parks": ["IN", "PART_OF"],
};

/** The GraphQL types whose lists are an entity's: the Entity interface and each entity type. */
const ENTITY_TYPES = new Set(["Entity", ...Object.values(ENTITY_TYPENAMES)]);

const num = (value: unknown, fallback: number): number =>
  typeof value === "number" && Number.isFinite(value) ? Math.max(0, value) : fallback;

/** The items of a connection page: `last` when paging backward, else `first` (default 100). */
const pageSize = (scope: PageScope): number => scope.last ?? num(scope.first, 100);

function relationsOf(sizes: GraphSizes, args: ArgValues): number {
  const direction = args["direction"];
  const d: DegreeSizes = direction === "OUT" ? sizes.out : direction === "IN" ? sizes.in : sizes.both;
  const types = args["types"];
  if (!Array.isArray(types)) return d.max;
  let sum = 0;
  for (const t of new Set(types)) sum += d.byType[RELATION_TYPE_IDS.indexOf(t as RelationType)] ?? 0;
  return Math.min(d.max, sum);
}

/**
 * Items the list field `typeName.fieldName` can return, given its arguments, the page scope it
 * sits in and the graph's sizes.
 */
export function listSizeOf(
  typeName: string,
  fieldName: string,
  args: ArgValues,
  scope: PageScope,
  sizes: GraphSizes,
): number {
  const n = sizes.entityCount;
  const m = sizes.relationCount;
  const key = `${typeName}.${fieldName}`;
  const neighbours = NEIGHBOUR_LISTS[key];
  if (neighbours) {
    const d = neighbours[0] === "OUT" ? sizes.out : sizes.in;
    return d.byType[RELATION_TYPE_IDS.indexOf(neighbours[1])] ?? d.max;
  }
  if (ENTITY_TYPES.has(typeName)) {
    if (fieldName === "relations") return relationsOf(sizes, args);
    if (fieldName === "evidence") return sizes.records().entityEvidence;
    if (fieldName === "metrics") return sizes.records().metrics;
    if (typeName === "Project" && fieldName === "capacity") return sizes.records().capacities;
    if (typeName === "Zone" && fieldName === "designations") return sizes.records().designations;
    const tied = TIED_LISTS[fieldName];
    if (typeName === "Zone" && tied) return sizes.entitiesByType[tied];
  }
  const curation = CURATION_LISTS[key];
  if (curation !== undefined) return curation;
  switch (key) {
    case "Query.drafts":
      return num(args["first"], DRAFTS_FIRST);
    case "Query.zones":
      return sizes.entitiesByType.ZONE;
    case "Query.sources":
    case "GraphStats.sources":
      return sizes.sourceCount;
    case "Query.search":
      return Math.min(num(args["first"], 10), n);
    case "GraphStats.entitiesByType":
    case "TiedEntityConnection.countsByType":
    case "Aggregate.countsByType":
    case "AggregateBucket.countsByType":
      return sizes.entityTypeCount;
    case "Aggregate.groups":
      return Math.min(num(args["first"], 100), n);
    case "ZoneComparison.zones":
    case "ZoneComparison.rows":
      return Math.min(num(scope.ids, COMPARED_BOUND), sizes.entitiesByType.ZONE);
    case "ZoneComparison.metrics":
    case "ComparisonRow.cells":
      return num(scope.metrics, COMPARED_BOUND);
    case "ComparisonCell.evidence":
      return sizes.records().metricEvidence;
    case "GraphStats.relationsByType":
      return sizes.relationTypeCount;
    case "EntityConnection.edges":
    case "TiedEntityConnection.edges":
      return Math.min(pageSize(scope), n);
    case "RelationConnection.edges":
      return Math.min(pageSize(scope), m);
    case "TiedEntity.path":
      return num(scope.maxHops, 4);
    case "Subgraph.entities":
      return Math.min(num(scope.limit, 2000), n);
    case "Subgraph.relations": {
      // Each relation among L entities is an out-relation of one of them and an in-relation of another.
      const l = Math.min(num(scope.limit, 2000), n);
      return Math.min(m, l * sizes.out.max, l * sizes.in.max);
    }
    case "Query.shortestPaths":
      return Math.min(num(args["k"], 3), MAX_K);
    case "Path.entities":
    case "Path.relations":
      return Math.min(PATH_LENGTH_BOUND, n);
    case "Relation.evidence":
      return sizes.records().relationEvidence;
    case "Metric.evidence":
      return sizes.records().metricEvidence;
    case "Designation.evidence":
      return sizes.records().designationEvidence;
    case "ZoneOverview.zones":
      return Math.min(num(scope.first, 500), sizes.entitiesByType.ZONE);
    case "ZoneOverview.links":
      return num(scope.firstLinks, 2000);
    default:
      return n + m;
  }
}
